package org.itaku.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RespondThrottleTest {

    /** The application's own assessment bundle, read as the application reads it. */
    static org.springframework.context.MessageSource bundle() {
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasename("messages/assessment");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    List<Integer> statuses(RespondThrottle throttle, String address, String path, int answer, int times) throws Exception {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.setRemoteAddr(address);
            MockHttpServletResponse response = new MockHttpServletResponse();
            throttle.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(answer));
            out.add(response.getStatus());
        }
        return out;
    }

    @Test
    void anAddressThatKeepsMissingIsToldToWait() throws Exception {
        RespondThrottle throttle = new RespondThrottle(1000, 3, bundle());
        assertThat(statuses(throttle, "203.0.113.9", "/respond/guess", 404, 5)).containsExactly(404, 404, 404, 429, 429);
        assertThat(statuses(throttle, "198.51.100.7", "/respond/valid", 200, 2)).containsExactly(200, 200);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/respond/guess");
        request.setRemoteAddr("203.0.113.9");
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, (req, res) -> { });
        assertThat(response.getContentAsString()).isEqualTo(
                "リクエストが多すぎます。しばらくしてからお試しください。\nToo many requests; try again later.");
    }

    @Test
    void tooManyRequestsFromOneAddressAreRefusedAndOtherPathsAreNotCounted() throws Exception {
        RespondThrottle throttle = new RespondThrottle(4, 100, bundle());
        assertThat(statuses(throttle, "203.0.113.10", "/assessments", 200, 10)).containsOnly(200);
        assertThat(statuses(throttle, "203.0.113.10", "/respond/t", 200, 6)).containsExactly(200, 200, 200, 200, 429, 429);
    }
}
