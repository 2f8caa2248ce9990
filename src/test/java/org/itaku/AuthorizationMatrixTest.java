package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTTP endpoint the application maps, taken from the application itself, must have a declared rule in
 * security/endpoints.csv; each is then tried signed out, and as every role three times: with a signed-in session,
 * with a read token and with a write token. A token reaches only the API (and the calendar feed) and a read token
 * only reads, whatever its owner's role. A new endpoint without a rule, or an endpoint that answers a caller it
 * should refuse (or refuses one it should serve), fails this test.
 */
@ItakuTest
class AuthorizationMatrixTest {

    /** Paths that belong to libraries, not to Itaku (OpenAPI description: behind sign-in, checked elsewhere). */
    private static final Set<String> LIBRARY_PATHS = Set.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/{group}",
            "/v3/api-docs/swagger-config", "/error", "/swagger-ui.html");

    record Rule(String method, String path, String access) {
        boolean allows(Role role) {
            return switch (access) {
                case "PUBLIC", "SIGNED_IN" -> true;
                case "MEMBER" -> role != Role.VENDOR_RESPONDENT;
                default -> Set.of(access.split("\\|")).contains(role.name());
            };
        }
    }

    static Map<String, Rule> rules;

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens apiTokens;

    @BeforeAll
    static void readRules() throws IOException {
        rules = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream("/security/endpoints.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                rules.put(parts[0] + " " + parts[1], new Rule(parts[0], parts[1], parts[2]));
            }
        }
    }

    List<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (LIBRARY_PATHS.contains(path) || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    endpoints.add(method.name() + " " + path);
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    @Test
    void everyEndpointHasADeclaredRuleAndEveryRuleAnEndpoint() {
        List<String> mapped = mappedEndpoints();
        List<String> undeclared = mapped.stream().filter(e -> !rules.containsKey(e)).toList();
        assertThat(undeclared).as("endpoints without a rule in security/endpoints.csv").isEmpty();
        assertThat(rules.keySet()).as("rules for endpoints that no longer exist").allMatch(mapped::contains);
        assertThat(mapped).hasSizeGreaterThan(10);
    }

    @Test
    void everyEndpointAnswersEachCallerAsDeclared() throws Exception {
        long workspaceId = accounts.createWorkspace("権限表試験");
        Map<Role, String> readTokens = new java.util.EnumMap<>(Role.class);
        Map<Role, String> writeTokens = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String email = role.name().toLowerCase() + "-" + java.util.UUID.randomUUID() + "@matrix.example";
            long userId = accounts.createMember(workspaceId, email, "権限 " + role, "Kx7#mQ2!vW9z".toCharArray(), role);
            WorkspaceMember owner = accounts.memberships(userId).get(0);
            readTokens.put(role, apiTokens.issue(owner, "matrix", ApiTokens.Scope.read, java.time.Duration.ofDays(1)).token());
            writeTokens.put(role, apiTokens.issue(owner, "matrix", ApiTokens.Scope.write, java.time.Duration.ofDays(1)).token());
        }
        List<String> wrong = new ArrayList<>();
        for (Rule rule : rules.values()) {
            String path = rule.path().replaceAll("\\{[^}]+}", "999999999");
            HttpMethod method = HttpMethod.valueOf(rule.method());

            int anonymous = perform(method, path, null);
            boolean refusedAnonymous = anonymous == 401 || anonymous == 403 || isRedirectToLogin(method, path, null);
            if (rule.access().equals("PUBLIC") == refusedAnonymous) {
                wrong.add(rule + " signed out -> " + anonymous);
            }
            for (Role role : Role.values()) {
                WorkspaceMember member = new WorkspaceMember(900_000 + role.ordinal(), role.name().toLowerCase() + "@matrix.example",
                        workspaceId, "権限表試験", role);
                int status = perform(method, path, member);
                boolean refused = status == 401 || status == 403;
                if (rule.allows(role) == refused || status >= 500) {
                    wrong.add(rule + " as " + role + " -> " + status);
                }
                boolean tokenEndpoint = path.startsWith("/api/") || (method == HttpMethod.GET && path.equals("/incidents/calendar.ics"));
                boolean reads = method == HttpMethod.GET || method == HttpMethod.HEAD;
                int read = performWithToken(method, path, readTokens.get(role));
                if ((tokenEndpoint && reads && rule.allows(role)) == (read == 401 || read == 403) || read >= 500) {
                    wrong.add(rule + " with a read token of " + role + " -> " + read);
                }
                int write = performWithToken(method, path, writeTokens.get(role));
                if ((tokenEndpoint && rule.allows(role)) == (write == 401 || write == 403) || write >= 500) {
                    wrong.add(rule + " with a write token of " + role + " -> " + write);
                }
            }
        }
        assertThat(wrong).as("endpoints answering against their declared rule").isEmpty();
    }

    private int perform(HttpMethod method, String path, WorkspaceMember member) throws Exception {
        var builder = request(method, path).with(csrf());
        if (member != null) {
            builder = builder.with(user(member.email()).authorities(new SimpleGrantedAuthority(member.role().authority()), member));
        }
        try {
            MvcResult result = mvc.perform(builder).andReturn();
            return result.getResponse().getStatus();
        } catch (jakarta.servlet.ServletException e) {
            return 500; // an exception no handler turned into a response: the server would answer 500
        }
    }

    /** A token call as a script makes it: no cookie, no CSRF token, no session. */
    private int performWithToken(HttpMethod method, String path, String token) throws Exception {
        try {
            MvcResult result = mvc.perform(request(method, path).header("Authorization", "Bearer " + token)).andReturn();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as("session cookie set by a token call to " + path).isEmpty();
            return result.getResponse().getStatus();
        } catch (jakarta.servlet.ServletException e) {
            return 500;
        }
    }

    private boolean isRedirectToLogin(HttpMethod method, String path, WorkspaceMember member) throws Exception {
        MvcResult result = mvc.perform(request(method, path).with(csrf())
                .accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return location != null && location.endsWith("/login");
    }
}
