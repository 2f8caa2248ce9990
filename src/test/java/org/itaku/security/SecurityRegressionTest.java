package org.itaku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.itaku.entrustment.RegisterTransfer;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every probe of the security review of issue 10, kept as a test: each one failed before the fix. Findings:
 * 1 token → admin session, 2 cross-workspace account actions, 3 tokens on pages, 4 audit tail forgery and
 * truncation, 5 disabled accounts' sessions, TOTP brute force, sessions per token request, 6 CSV formulas,
 * malformed parameters, the setup link after users exist, LIKE wildcards and file modes.
 */
@ItakuTest
class SecurityRegressionTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    RegisterTransfer transfer;

    WorkspaceMember adminA;

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    @BeforeEach
    void workspaceA() {
        Accounts.NewMember admin = accounts.createWorkspaceWithAdmin("安全試験A " + UUID.randomUUID(), email("admin-a"),
                "管理 花子", PASSWORD.toCharArray());
        adminA = accounts.memberships(admin.userId()).get(0);
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    // ---- finding 1: a token must never become a session

    @Test
    void aTokenRequestCreatesNoSessionAndSetsNoCookie() throws Exception {
        String read = tokens.issue(adminA, "読取", ApiTokens.Scope.read, Duration.ofDays(30)).token();
        for (int i = 0; i < 3; i++) {
            MvcResult result = mvc.perform(bearer(get("/api/register/items"), read)).andExpect(status().isOk()).andReturn();
            assertThat(result.getRequest().getSession(false)).as("server session created by a token request").isNull();
            assertThat(result.getResponse().getCookies()).isEmpty();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void aRevokedTokenStopsAtOnce() throws Exception {
        ApiTokens.Issued write = tokens.issue(adminA, "書込", ApiTokens.Scope.write, Duration.ofDays(30));
        mvc.perform(bearer(get("/api/register/items"), write.token())).andExpect(status().isOk());
        tokens.revoke(adminA, write.id());
        mvc.perform(bearer(get("/api/register/items"), write.token())).andExpect(status().isUnauthorized());
    }

    // ---- finding 3: tokens on pages, without CSRF

    @Test
    void anAdministratorsWriteTokenOpensNoPageAndManagesNothing() throws Exception {
        String write = tokens.issue(adminA, "書込", ApiTokens.Scope.write, Duration.ofDays(30)).token();
        String newAdmin = email("planted");
        mvc.perform(bearer(post("/admin/accounts"), write).param("email", newAdmin).param("displayName", "侵入 者")
                .param("password", PASSWORD).param("role", "ADMIN")).andExpect(status().isForbidden());
        assertThat(accounts.findUserId(newAdmin)).isEmpty();
        mvc.perform(bearer(post("/account/tokens"), write).param("name", "もう一つ").param("scope", "write")
                .param("days", "30")).andExpect(status().isForbidden());
        assertThat(tokens.list(adminA)).hasSize(1);
        mvc.perform(bearer(post("/admin/policy"), write).param("passwordMinLength", "8").param("passwordMinClasses", "1")
                .param("dormantDays", "730")).andExpect(status().isForbidden());
        assertThat(accounts.policy(adminA.workspaceId()).passwordMinLength()).isNotEqualTo(8);
        for (String page : new String[] {"/", "/admin/accounts", "/admin/devices", "/audit", "/audit/export.csv",
                "/audit/export.jsonl", "/account", "/v3/api-docs", "/register"}) {
            MvcResult result = mvc.perform(bearer(get(page), write)).andReturn();
            assertThat(result.getResponse().getStatus()).as(page).isEqualTo(403);
            assertThat(result.getResponse().getContentType()).as(page).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(result.getRequest().getSession(false)).as(page).isNull();
        }
    }

    @Test
    void aReadTokenReadsTheApiButWritesNothing() throws Exception {
        String read = tokens.issue(adminA, "読取", ApiTokens.Scope.read, Duration.ofDays(30)).token();
        mvc.perform(bearer(get("/api/register/operators"), read)).andExpect(status().isOk());
        mvc.perform(bearer(post("/api/register/operators"), read).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"読取で作る\",\"kind\":\"PRIVATE\"}")).andExpect(status().isForbidden());
        mvc.perform(bearer(get("/admin/accounts"), read)).andExpect(status().isForbidden());
    }

    // ---- finding 6: CSV formulas

    @Test
    void theRegisterExportWritesFormulaCellsAsTextAndImportsThemUnchanged() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        transfer.template(template, RegisterTransfer.Format.CSV, StandardCharsets.UTF_8);
        String planted = template.toString(StandardCharsets.UTF_8)
                .replace("株式会社サンプル商事", "\"=HYPERLINK(\"\"http://evil.example/\"\",\"\"開く\"\")\"")
                .replace("サンプル社会保険労務士事務所", "+cmd|' /C calc'!A0")
                .replace("卸売業", "@SUM(1+1)");
        long source = accounts.createWorkspace("CSV試験 " + UUID.randomUUID());
        transfer.importRegister(source, new ByteArrayInputStream(planted.getBytes(StandardCharsets.UTF_8)),
                RegisterTransfer.Format.CSV, null);

        String exported = export(source);
        assertThat(exported).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"開く\"\")\"", "\"'+cmd|' /C calc'!A0\"",
                "\"'@SUM(1+1)\"");
        for (String line : exported.split("\r\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell).as("a cell a spreadsheet would run").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
        long copy = accounts.createWorkspace("CSV試験 " + UUID.randomUUID());
        transfer.importRegister(copy, new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)),
                RegisterTransfer.Format.CSV, null);
        assertThat(export(copy)).as("export → import → export").isEqualTo(exported);
    }

    private String export(long workspaceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.exportRegister(workspaceId, out, RegisterTransfer.Format.CSV, StandardCharsets.UTF_8);
        return out.toString(StandardCharsets.UTF_8);
    }
}
