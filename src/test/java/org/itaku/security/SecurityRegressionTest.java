package org.itaku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.itaku.DataDirectory;
import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.audit.AuditVerifier;
import org.itaku.audit.Verification;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.RegisterTransfer;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.MultiFactor;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.itaku.testsupport.TotpCodes;
import org.itaku.vocabulary.OperatorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
    @Autowired
    Register register;
    @Autowired
    MultiFactor multiFactor;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcClient jdbc;

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

    static RequestPostProcessor as(WorkspaceMember member) {
        return user(member.email()).authorities(new SimpleGrantedAuthority(member.role().authority()), member);
    }

    WorkspaceMember memberOf(long workspaceId, Role role) {
        long userId = accounts.createMember(workspaceId, email(role.name().toLowerCase()), "利用 者", PASSWORD.toCharArray(), role);
        return accounts.memberships(userId).get(0);
    }

    boolean enabled(long workspaceId, long userId) {
        return accounts.inventory(workspaceId).stream().filter(r -> r.userId() == userId).findFirst().orElseThrow().enabled();
    }

    static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    // ---- finding 1: a token must never become a session

    @Test
    void aTokenRequestCreatesNoSessionAndSetsNoCookie() throws Exception {
        long sessionsBefore = storedSessions();
        String read = tokens.issue(adminA, "読取", ApiTokens.Scope.read, Duration.ofDays(30)).token();
        for (int i = 0; i < 3; i++) {
            MvcResult result = mvc.perform(bearer(get("/api/register/items"), read)).andExpect(status().isOk()).andReturn();
            assertThat(result.getResponse().getCookies()).isEmpty();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
        }
        assertThat(storedSessions()).as("server sessions stored by token requests").isEqualTo(sessionsBefore);
    }

    long storedSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
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
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(page).isEmpty();
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
        // The template's rows are samples (区分 見本：…); made real rows here so that they are imported.
        String planted = template.toString(StandardCharsets.UTF_8).replace("見本：", "")
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

    // ---- finding 2: one workspace's administrator and another workspace's users

    @Test
    void anotherWorkspacesAdministratorNeitherSeesNorTouchesOurUsers() throws Exception {
        WorkspaceMember officerA = memberOf(adminA.workspaceId(), Role.OFFICER);
        Accounts.NewMember b = accounts.createWorkspaceWithAdmin("安全試験B " + UUID.randomUUID(), email("admin-b"), "管理 次郎",
                PASSWORD.toCharArray());
        WorkspaceMember adminB = accounts.memberships(b.userId()).get(0);

        // Adding A's officer by address gives the same answer as adding a new address, and adds nobody.
        mvc.perform(post("/admin/accounts").with(as(adminB)).with(csrf()).param("email", officerA.email())
                .param("displayName", "乗っ取り").param("password", PASSWORD).param("role", "ADMIN"))
                .andExpect(flash().attribute("message", "admin.memberAddedOrInvited"));
        mvc.perform(post("/admin/accounts").with(as(adminB)).with(csrf()).param("email", email("new"))
                .param("displayName", "新人 三郎").param("password", PASSWORD).param("role", "STAFF"))
                .andExpect(flash().attribute("message", "admin.memberAddedOrInvited"));
        assertThat(accounts.memberships(officerA.userId())).extracting(WorkspaceMember::workspaceId)
                .containsExactly(adminA.workspaceId());
        mvc.perform(get("/admin/accounts").with(as(adminB)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(officerA.email()))));

        // Acting on A's officer by id from B changes nothing.
        for (String action : new String[] {"disable", "mfa-reset", "remove", "role"}) {
            mvc.perform(post("/admin/accounts/" + officerA.userId() + "/" + action).with(as(adminB)).with(csrf())
                    .param("role", "STAFF")).andExpect(status().is3xxRedirection());
        }
        assertThat(enabled(adminA.workspaceId(), officerA.userId())).isTrue();
        assertThat(accounts.memberships(officerA.userId())).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(Role.OFFICER));

        // The officer accepts the invitation; B may then take them out of B, but never disable the account.
        List<Accounts.Invitation> invitations = accounts.invitations(officerA.userId());
        assertThat(invitations).singleElement().satisfies(i -> {
            assertThat(i.workspaceId()).isEqualTo(adminB.workspaceId());
            assertThat(i.role()).isEqualTo(Role.ADMIN);
        });
        mvc.perform(get("/account").with(as(officerA))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(accounts.policy(adminB.workspaceId()).name())));
        mvc.perform(post("/account/invitations/" + invitations.get(0).id() + "/accept").with(as(officerA)).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        assertThat(accounts.memberships(officerA.userId())).hasSize(2);
        mvc.perform(post("/admin/accounts/" + officerA.userId() + "/disable").with(as(adminB)).with(csrf()))
                .andExpect(flash().attribute("errors", List.of("account.sharedUser")));
        assertThat(enabled(adminA.workspaceId(), officerA.userId())).isTrue();
        mvc.perform(post("/admin/accounts/" + officerA.userId() + "/remove").with(as(adminB)).with(csrf()))
                .andExpect(flash().attribute("message", "admin.removed"));
        assertThat(accounts.memberships(officerA.userId())).extracting(WorkspaceMember::workspaceId)
                .containsExactly(adminA.workspaceId());
    }

    @Test
    void anInvitationCanOnlyBeAnsweredByItsOwnUser() throws Exception {
        WorkspaceMember staffA = memberOf(adminA.workspaceId(), Role.STAFF);
        Accounts.NewMember b = accounts.createWorkspaceWithAdmin("安全試験B " + UUID.randomUUID(), email("admin-b"), "管理 次郎",
                PASSWORD.toCharArray());
        assertThat(accounts.addOrInvite(b.workspaceId(), staffA.email(), "x", PASSWORD.toCharArray(), Role.STAFF))
                .isEqualTo(Accounts.Addition.INVITED);
        long invitation = accounts.invitations(staffA.userId()).get(0).id();
        assertThat(accounts.answerInvitation(adminA.userId(), invitation, true)).isFalse();
        assertThat(accounts.memberships(adminA.userId())).hasSize(1);
    }

    // ---- finding 5: sessions of a disabled account, TOTP brute force

    /** Signs in through the login form; sessions live in the database, so the caller keeps the session cookie. */
    Cookie signIn(WorkspaceMember member) throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", member.email()).param("password", PASSWORD)
                .with(csrf())).andExpect(redirectedUrl("/")).andReturn();
        Cookie cookie = result.getResponse().getCookie("JSESSIONID");
        assertThat(cookie).as("session cookie after signing in").isNotNull();
        return cookie;
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionsAndTokensAtOnce() throws Exception {
        WorkspaceMember staff = memberOf(adminA.workspaceId(), Role.STAFF);
        Cookie session = signIn(staff);
        mvc.perform(get("/register").cookie(session)).andExpect(status().isOk());
        tokens.issue(staff, "連携", ApiTokens.Scope.read, Duration.ofDays(30));

        accounts.disable(adminA.workspaceId(), staff.userId());

        mvc.perform(get("/register").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(tokens.list(staff)).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void changingARoleEndsTheSessionsThatCarryTheOldRole() throws Exception {
        WorkspaceMember staff = memberOf(adminA.workspaceId(), Role.STAFF);
        Cookie session = signIn(staff);
        accounts.changeRole(adminA.workspaceId(), staff.userId(), Role.AUDITOR);
        mvc.perform(get("/register").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void wrongSecondFactorCodesLockTheSecondFactorAndTheLockIsAudited() {
        WorkspaceMember officer = memberOf(adminA.workspaceId(), Role.OFFICER);
        MultiFactor.Enrolment enrolment = multiFactor.propose(officer.email());
        List<String> recovery = multiFactor.confirm(officer.userId(), enrolment.secret(),
                TotpCodes.code(enrolment.base32(), Instant.now()));
        assertThat(recovery).hasSize(10);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT code_index) FROM recovery_code WHERE user_id = ?").param(officer.userId())
                .query(Long.class).single()).as("every recovery code has its own lookup index").isEqualTo(10);

        for (int i = 0; i < 12; i++) {
            assertThat(multiFactor.verify(officer.userId(), i % 2 == 0 ? "000000" : "wrongrecov1")).isFalse();
        }
        String right = TotpCodes.code(enrolment.base32(), Instant.now().plusSeconds(30));
        assertThat(multiFactor.verify(officer.userId(), right)).as("the right code while locked").isFalse();
        assertThat(multiFactor.verify(officer.userId(), recovery.get(0))).as("a recovery code while locked").isFalse();
        assertThat(multiFactor.lockedUntil(officer.userId())).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'mfa.lock' AND target_id = ?")
                .param(String.valueOf(officer.userId())).query(Long.class).single()).isGreaterThanOrEqualTo(1);

        // Once the lock has passed, the right code works again and clears the count.
        jdbc.sql("UPDATE app_user SET mfa_locked_until = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), officer.userId()).update();
        assertThat(multiFactor.verify(officer.userId(), recovery.get(1))).isTrue();
        assertThat(multiFactor.verify(officer.userId(), recovery.get(1))).as("used up").isFalse();
    }

    // ---- finding 4: the audit chain's tail

    Verification appendThree(long ws) {
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEvent.of("probe.append").inWorkspace(ws).target("probe", i));
        }
        return verifier.verify(ws);
    }

    record HeadRow(long seq, String hash) {
    }

    HeadRow recordAt(long ws, long seq) {
        return jdbc.sql("SELECT seq, hash FROM audit_record WHERE chain_id = ? AND seq = ?").params(ws, seq)
                .query((rs, n) -> new HeadRow(rs.getLong(1), rs.getString(2))).single();
    }

    @Test
    void aWellFormedRecordAppendedPastTheHeadIsFoundAndRecordingGoesOn() throws Exception {
        long ws = accounts.createWorkspace("監査試験 " + UUID.randomUUID());
        long seq = appendThree(ws).checked();
        // A record that links correctly and hashes correctly, but that the head does not name: written around the trail.
        HeadRow before = recordAt(ws, seq);
        trail.record(AuditEvent.of("probe.forged").inWorkspace(ws).target("probe", "forged"));
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_id = ?").params(before.seq(), before.hash(), ws)
                .update();

        Verification forged = verifier.verify(ws);
        assertThat(forged.intact()).isFalse();
        assertThat(forged.firstBreak().problem()).isEqualTo(Verification.Problem.PAST_HEAD);
        assertThat(forged.firstBreak().seq()).isEqualTo(seq + 1);
        WorkspaceMember auditor = new WorkspaceMember(adminA.userId(), adminA.email(), ws, "監査試験", Role.AUDITOR);
        mvc.perform(get("/audit/verify").with(as(auditor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("チェーンの先頭情報より後に記録があります")));

        // The trail keeps recording: the break itself is recorded, then the action.
        trail.record(AuditEvent.of("probe.after").inWorkspace(ws).target("probe", "after"));
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE chain_id = ? ORDER BY seq").param(ws).query(String.class)
                .list()).endsWith("probe.forged", "audit.chain-break", "probe.after");
        assertThat(verifier.verify(ws).intact()).isFalse();
    }

    @Test
    void cuttingTheLastRecordAndRewindingTheHeadIsFoundThroughTheSealedCheckpoint() {
        long ws = accounts.createWorkspace("監査試験 " + UUID.randomUUID());
        long last = appendThree(ws).checked();
        HeadRow previous = recordAt(ws, last - 1);
        jdbc.sql("DELETE FROM audit_record WHERE chain_id = ? AND seq = ?").params(ws, last).update();
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_id = ?")
                .params(previous.seq(), previous.hash(), ws).update();

        Verification cut = verifier.verify(ws);
        assertThat(cut.intact()).isFalse();
        assertThat(cut.firstBreak().problem()).isEqualTo(Verification.Problem.MISSING_AT_END);
        assertThat(cut.firstBreak().seq()).isEqualTo(last);
    }

    // ---- finding 6: malformed parameters, the setup link, LIKE wildcards, file modes

    @Test
    void malformedParametersAnswer400WithAProblemBody() throws Exception {
        for (String url : new String[] {"/api/register/operators?page=1000000000", "/register?page=1000000000",
                "/api/register/operators?page=-1", "/api/register/operators?size=abc",
                "/register/template?format=../../etc/passwd", "/api/register/template?format=../../etc/passwd",
                "/register/export?format=csv&encoding=../../x"}) {
            MvcResult result = mvc.perform(get(url).with(as(adminA))).andReturn();
            assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).as(url).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        MvcResult error = mvc.perform(get("/error")).andReturn();
        assertThat(error.getResponse().getStatus()).isEqualTo(404);
        assertThat(error.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void aSetupLinkIsDeadOnceAnyUserExists() throws Exception {
        String token = "setup-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("INSERT INTO setup_token (token_hash, expires_at) VALUES (?, ?)")
                .params(hash, Timestamp.from(Instant.now().plus(Duration.ofHours(24)))).update();
        String planted = email("planted");
        mvc.perform(post("/setup").with(csrf()).param("token", token).param("workspaceName", "後から作る")
                .param("email", planted).param("displayName", "侵入 者").param("password", PASSWORD)
                .param("passwordConfirm", PASSWORD)).andExpect(status().isOk());
        assertThat(accounts.findUserId(planted)).isEmpty();
    }

    @Test
    void searchWildcardsAreCharactersToFind() {
        long ws = accounts.createWorkspace("検索試験 " + UUID.randomUUID());
        register.createOperator(ws, new Operator(0, "株式会社エービー", null, null, OperatorKind.PRIVATE, null, null, null, null,
                null, false));
        register.createOperator(ws, new Operator(0, "A_B商事株式会社", null, null, OperatorKind.PRIVATE, null, null, null, null,
                null, false));
        register.createOperator(ws, new Operator(0, "100%出資子会社", null, null, OperatorKind.PRIVATE, null, null, null, null,
                null, false));
        assertThat(register.searchOperators(ws, "_", 0, 50).items()).extracting(Operator::name).containsExactly("A_B商事株式会社");
        assertThat(register.searchOperators(ws, "%", 0, 50).items()).extracting(Operator::name).containsExactly("100%出資子会社");
        assertThat(register.searchOperators(ws, "_", 0, 50).total()).isEqualTo(1);
    }

    @Test
    void dataFilesAreOwnerOnly(@TempDir Path data) throws Exception {
        // A real H2 file database, created with the process umask as at first start, then a TLS key store and password.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("itaku") + ";MODE=PostgreSQL")) {
            c.createStatement().execute("CREATE TABLE probe (id INT)");
        }
        Path tls = Files.createDirectories(data.resolve("tls"));
        Files.writeString(tls.resolve("server.password"), "secret");
        Files.write(tls.resolve("server.p12"), new byte[] {1, 2, 3});
        for (Path p : List.of(data.resolve("itaku.mv.db"), tls.resolve("server.password"), tls.resolve("server.p12"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        }

        DataDirectory.restrict(data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tls))).isEqualTo("rwx------");
        for (Path p : List.of(data.resolve("itaku.mv.db"), tls.resolve("server.password"), tls.resolve("server.p12"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo("rw-------");
        }
    }
}
