package org.itaku.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person's browser does between pages, over real HTTP: keeps the session cookie, sends the form's CSRF token,
 * asks for Japanese HTML, and does not follow redirects (a test looks at where they lead).
 */
public final class HttpBrowser {

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Accept-Language", "ja").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form the way the page would, with the CSRF token found on {@code page}. */
    public HttpResponse<String> post(String path, String page, Map<String, String> form) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(form);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token on the page before " + path).isTrue();
        all.put("_csrf", csrf.group(1));
        String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with a password; returns where the server sends the browser next. */
    public String signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> signedIn = post("/login", get("/login").body(), Map.of("username", email, "password", password));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn.headers().firstValue("Location").orElseThrow();
    }

    /** Signs in a user who must set up two-step verification, as the authenticator app would. */
    public void signInAndEnrol(String email, String password) throws IOException, InterruptedException {
        assertThat(signIn(email, password)).endsWith("/mfa");
        String enrol = get("/mfa").body();
        Matcher secret = Pattern.compile("id=\"secret\">([A-Z2-7]+)<").matcher(enrol);
        assertThat(secret.find()).as("the key shown at enrolment").isTrue();
        HttpResponse<String> done = post("/mfa/enrol", enrol, Map.of("code", TotpCodes.code(secret.group(1), Instant.now())));
        assertThat(done.statusCode()).isIn(200, 302);
    }
}
