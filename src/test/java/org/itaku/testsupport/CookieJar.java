package org.itaku.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.SmartRequestBuilder;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;

/**
 * A browser's cookies for MockMvc: sends what earlier answers set and keeps what this answer sets or deletes.
 * Sessions live in the database (Spring Session) and are found by their cookie, so a test that signs in and
 * goes on must carry the cookie the way a browser does, including the new id after sign-in.
 */
public final class CookieJar {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public CookieJar(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions perform(RequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(new SmartRequestBuilder() {
            @Override
            public MockHttpServletRequest buildRequest(ServletContext context) {
                MockHttpServletRequest built = request.buildRequest(context);
                if (!cookies.isEmpty()) {
                    built.setCookies(cookies.values().toArray(Cookie[]::new));
                }
                return built;
            }

            @Override
            public MockHttpServletRequest postProcessRequest(MockHttpServletRequest built) {
                // csrf() and the other request post-processors run here, as MockMvc runs them for the builder itself.
                return request instanceof SmartRequestBuilder smart ? smart.postProcessRequest(built) : built;
            }
        });
        for (Cookie cookie : result.andReturn().getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }
}
