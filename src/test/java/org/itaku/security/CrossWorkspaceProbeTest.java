package org.itaku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.DemoLoader;
import org.itaku.casebook.Casebook;
import org.itaku.casebook.NoticeSource;
import org.itaku.document.DateStyle;
import org.itaku.document.Format;
import org.itaku.document.IncidentDocumentKind;
import org.itaku.document.IncidentDocuments;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The attacker's probe between two workspaces, over every endpoint the application maps: workspace A holds the
 * demo (register, incident with duties and a generated document, assessment with a finding, a case, a token);
 * workspace B's administrator calls every endpoint with A's real ids put into its path variables, once as a
 * signed-in session (with a CSRF token) and, on the API, once more with B's write token. Every call must be refused
 * (400, 403, 404, 405 or 415, or a form's redirect that carries an error message), no answer may name A's data, and
 * afterwards A's rows, its members' accounts and its audit trail must be exactly as they were. A new endpoint that forgets the workspace fails here without anyone writing a test for it.
 */
@ItakuTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-cross-workspace;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class CrossWorkspaceProbeTest {

    static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");
    /** Tables whose rows of workspace A must not change, whatever B sends. */
    static final List<String> A_TABLES = List.of("operator", "entrustment", "holding", "incident", "incident_party",
            "incident_party_state",
            "incident_obligation", "incident_notice", "incident_task", "incident_timeline", "generated_document",
            "assessment", "assessment_answer", "assessment_finding", "assessment_link", "casebook_case", "api_token",
            "membership");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    DemoLoader demo;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Casebook casebook;
    @Autowired
    IncidentDocuments documents;
    @Autowired
    JdbcClient jdbc;

    long a;

    @Test
    void workspaceBReachesNothingOfWorkspaceAThroughAnyEndpoint() throws Exception {
        demo.load(new PrintStream(OutputStream.nullOutputStream()));
        a = jdbc.sql("SELECT id FROM workspace WHERE name LIKE 'デモ%'").query(Long.class).single();
        long incident = first("SELECT id FROM incident WHERE workspace_id = ?");
        long party = first("SELECT operator_id FROM incident_party WHERE workspace_id = ? AND distance = 0");
        documents.generate(a, incident, party, IncidentDocumentKind.PRELIMINARY, Format.PDF, DateStyle.SEIREKI, "試験");
        casebook.importNotices(a, List.of(new NoticeSource("ec-card-skimming.txt",
                Files.readString(Path.of("src/test/resources/casebook/ec-card-skimming.txt")))), null, null);
        long officerA = first("SELECT user_id FROM membership WHERE workspace_id = ?");
        tokens.issue(accounts.activeMembership(officerA, a).orElseThrow(), "A の連携", ApiTokens.Scope.read,
                Duration.ofDays(30));

        long b = accounts.createWorkspace("攻撃者の事務所");
        String emailB = "attacker@b.example";
        long userB = accounts.createMember(b, emailB, "攻撃 者", "Kx7#mQ2!vW9z".toCharArray(), Role.ADMIN);
        WorkspaceMember adminB = accounts.activeMembership(userB, b).orElseThrow();
        String tokenB = tokens.issue(adminB, "B の連携", ApiTokens.Scope.write, Duration.ofDays(30)).token();

        Map<String, String> before = snapshotOfA();
        List<String> secretsOfA = List.of(jdbc.sql("SELECT name FROM workspace WHERE id = ?").param(a)
                .query(String.class).single(), jdbc.sql("SELECT name FROM operator WHERE id = ?").param(party)
                .query(String.class).single(), "officer@demo.itaku.example");

        List<String> answered = new ArrayList<>();
        int probes = 0;
        for (String endpoint : endpointsWithIds()) {
            String[] parts = endpoint.split(" ", 2);
            HttpMethod method = HttpMethod.valueOf(parts[0]);
            Optional<String> path = withIdsOfA(parts[1]);
            if (path.isEmpty()) {
                continue;
            }
            List<MockHttpServletRequestBuilder> calls = new ArrayList<>();
            calls.add(request(method, path.get()).with(csrf())
                    .with(user(emailB).authorities(new SimpleGrantedAuthority(Role.ADMIN.authority()), adminB)));
            if (path.get().startsWith("/api/")) {
                calls.add(request(method, path.get()).header("Authorization", "Bearer " + tokenB));
            }
            for (MockHttpServletRequestBuilder call : calls) {
                if (method != HttpMethod.GET) {
                    call.contentType(MediaType.APPLICATION_JSON).content("{}");
                }
                probes++;
                MvcResult result;
                try {
                    result = mvc.perform(call).andReturn();
                } catch (jakarta.servlet.ServletException e) {
                    answered.add(endpoint + " -> exception " + e.getMessage());
                    continue;
                }
                int status = result.getResponse().getStatus();
                String body = result.getResponse().getContentAsString();
                boolean refusedForm = status == 302 && (result.getFlashMap().containsKey("error")
                        || result.getFlashMap().containsKey("errors"));
                if (!Set.of(400, 403, 404, 405, 415).contains(status) && !refusedForm) {
                    answered.add(endpoint + " " + path.get() + " -> " + status + " " + result.getResponse().getRedirectedUrl());
                }
                for (String secret : secretsOfA) {
                    if (body.contains(secret)) {
                        answered.add(endpoint + " " + path.get() + " revealed 「" + secret + "」");
                    }
                }
            }
        }
        assertThat(probes).as("probes with A's ids").isGreaterThan(100);
        assertThat(answered).as("endpoints that served B with A's ids").isEmpty();
        assertThat(snapshotOfA()).as("A's rows after B's probes").isEqualTo(before);
    }

    long first(String sql) {
        return jdbc.sql(sql + " ORDER BY 1 FETCH FIRST 1 ROWS ONLY").param(a).query(Long.class).single();
    }

    /** Every mapped endpoint with a variable in its path (those without one only ever see the caller's workspace). */
    List<String> endpointsWithIds() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (!path.contains("{") || path.startsWith("/v3/") || path.startsWith("/respond/")
                        || path.startsWith("/calendar/feed/")) {
                    continue; // public token links are probed by their own tests: a token is not an id to guess
                }
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    endpoints.add(method.name() + " " + path);
                }
            }
        }
        return new ArrayList<>(endpoints);
    }

    /** The path with A's ids; empty when A has no record of that kind (nothing to probe). */
    Optional<String> withIdsOfA(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Optional<String> value = valueFor(pattern, m.group(1));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(path);
        return Optional.of(path.toString());
    }

    Optional<String> valueFor(String pattern, String variable) {
        String table = switch (variable) {
            case "operatorId" -> "incident_party";
            case "dutyId" -> "incident_obligation";
            case "taskId" -> "incident_task";
            case "holdingId" -> "holding";
            case "findingId" -> "assessment_finding";
            case "evidenceId" -> "assessment_evidence";
            case "versionId" -> "generated_document";
            case "userId" -> "membership";
            case "kind" -> null;
            case "format" -> null;
            case "answer" -> null;
            case "group" -> null;
            default -> tableOf(pattern);
        };
        if (variable.equals("kind")) {
            return Optional.of("preliminary");
        }
        if (variable.equals("format")) {
            return Optional.of("pdf");
        }
        if (variable.equals("answer")) {
            return Optional.of("accept");
        }
        if (table == null) {
            return Optional.empty();
        }
        String column = switch (table) {
            case "incident_party" -> "operator_id";
            case "membership" -> "user_id";
            default -> "id";
        };
        return jdbc.sql("SELECT MIN(" + column + ") FROM " + table + " WHERE workspace_id = ?").param(a)
                .query(Long.class).optional().map(String::valueOf);
    }

    /** The table behind {@code {id}}, from the path's first segments. */
    static String tableOf(String pattern) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("/incidents/", "incident");
        prefixes.put("/api/incidents/", "incident");
        prefixes.put("/register/operators/", "operator");
        prefixes.put("/api/register/operators/", "operator");
        prefixes.put("/register/entrustments/", "entrustment");
        prefixes.put("/api/register/entrustments/", "entrustment");
        prefixes.put("/register/holdings/", "holding");
        prefixes.put("/api/register/holdings/", "holding");
        prefixes.put("/casebook/", "casebook_case");
        prefixes.put("/api/casebook/", "casebook_case");
        prefixes.put("/assessments/", "assessment");
        prefixes.put("/api/assessments/", "assessment");
        prefixes.put("/vendor/assessments/", "assessment");
        prefixes.put("/account/tokens/", "api_token");
        prefixes.put("/account/invitations/", "membership_invitation");
        prefixes.put("/admin/devices/", "device_certificate");
        return prefixes.entrySet().stream().filter(e -> pattern.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no table known for the ids of " + pattern
                        + ": add it here so the probe covers the new endpoint"));
    }

    /** Every row of A in the tables above, as text, so that any change B makes shows as a difference. */
    Map<String, String> snapshotOfA() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String table : A_TABLES) {
            rows.put(table, String.join("\n", jdbc.sql("SELECT * FROM " + table + " WHERE workspace_id = ? ORDER BY 1, 2")
                    .param(a).query((rs, n) -> {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        return row.toString();
                    }).list()));
        }
        rows.put("accounts of A's members", String.join("\n", jdbc.sql("SELECT u.id, u.email, u.enabled, u.password_hash, u.totp_secret, "
                + "m.role FROM app_user u JOIN membership m ON m.user_id = u.id WHERE m.workspace_id = ? ORDER BY u.id")
                .param(a).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getString(6)).list()));
        rows.put("audit records", String.valueOf(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE chain_id = ?")
                .param(a).query(Long.class).single()));
        return rows;
    }
}
