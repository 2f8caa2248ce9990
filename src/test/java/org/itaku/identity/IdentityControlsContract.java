package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.itaku.testsupport.ControllableClockConfig;
import org.itaku.testsupport.CookieJar;
import org.itaku.testsupport.MutableClock;
import org.itaku.testsupport.TotpCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Lockout, MFA, dormancy, roles and tokens, on a clock the test moves. Run on H2 and on PostgreSQL. */
@Import(ControllableClockConfig.class)
abstract class IdentityControlsContract {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    MultiFactor multiFactor;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    WorkspaceMember staffMember(String email) {
        long workspaceId = accounts.createWorkspace("統制試験" + email.substring(0, 12));
        accounts.createMember(workspaceId, email, "担当 一郎", PASSWORD.toCharArray(), Role.STAFF);
        return accounts.memberships(accounts.findUserId(email).orElseThrow()).get(0);
    }

    @Test
    void fiveFailuresLockTheAccountForAGrowingPeriod() throws Exception {
        String email = email("lock");
        staffMember(email);
        for (int i = 0; i < SignInGuard.MAX_FAILURES; i++) {
            mvc.perform(formLogin().user(email).password("Wrong#Pass9x")).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(email).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        long userId = accounts.findUserId(email).orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'user.lock' AND target_id = ?")
                .param(String.valueOf(userId)).query(Integer.class).single()).as("the lock is audited").isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(authenticated().withRoles("STAFF"));

        // Second lock without a success in between: twice as long (30 minutes).
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SignInGuard.MAX_FAILURES; i++) {
                mvc.perform(formLogin().user(email).password("Wrong#Pass9x")).andExpect(unauthenticated());
            }
            if (round == 0) {
                clock.advance(Duration.ofMinutes(16));
            }
        }
        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(unauthenticated());
        clock.advance(Duration.ofMinutes(15));
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anUnknownUserAndAWrongPasswordLookTheSame() throws Exception {
        String email = email("same");
        staffMember(email);
        MvcResult unknown = mvc.perform(formLogin().user("nobody-" + email).password(PASSWORD)).andReturn();
        MvcResult wrong = mvc.perform(formLogin().user(email).password("Wrong#Pass9x")).andReturn();
        assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(wrong.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void aSourceAddressIsThrottledAcrossAccounts() throws Exception {
        String email = email("throttle");
        staffMember(email);
        for (int i = 0; i < 20; i++) {
            mvc.perform(loginFrom("192.0.2.77", email("ghost"), "Wrong#Pass9x"));
        }
        mvc.perform(loginFrom("192.0.2.77", email, PASSWORD)).andExpect(unauthenticated());
        mvc.perform(loginFrom("192.0.2.78", email, PASSWORD)).andExpect(authenticated());
        // One record when the address is blocked, none for each refused attempt after it.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'sign-in.address-blocked' AND target_id = ?")
                .param("192.0.2.77").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAdministratorMustEnrolMfaAndThenSignsInWithACode() throws Exception {
        String email = email("mfa");
        accounts.createWorkspaceWithAdmin("二段階試験事務所", email, "管理 花子", PASSWORD.toCharArray());

        CookieJar browser = new CookieJar(mvc);
        browser.perform(formLogin().user(email).password(PASSWORD)).andExpect(redirectedUrl("/mfa"));
        browser.perform(get("/")).andExpect(status().isForbidden());

        MvcResult enrolPage = browser.perform(get("/mfa")).andExpect(status().isOk()).andReturn();
        String secret = enrolPage.getResponse().getContentAsString().replaceAll("(?s).*<code id=\"secret\">([A-Z2-7]+)</code>.*", "$1");
        browser.perform(post("/mfa/enrol").with(csrf()).param("code", "000000"))
                .andExpect(status().isOk());
        MvcResult enrolled = browser.perform(post("/mfa/enrol").with(csrf())
                        .param("code", TotpCodes.code(secret, clock.instant())))
                .andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        List<String> recovery = (List<String>) enrolled.getModelAndView().getModel().get("recoveryCodes");
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        browser.perform(get("/")).andExpect(status().isOk());

        // Next sign-in: the code is asked for; a used code is refused, a recovery code works once.
        clock.advance(Duration.ofMinutes(2));
        CookieJar second = new CookieJar(mvc);
        second.perform(formLogin().user(email).password(PASSWORD)).andExpect(redirectedUrl("/mfa"));
        second.perform(post("/mfa/verify").with(csrf()).param("code", "123456")).andExpect(status().isOk());
        second.perform(post("/mfa/verify").with(csrf()).param("code", TotpCodes.code(secret, clock.instant())))
                .andExpect(redirectedUrl("/"));
        second.perform(get("/")).andExpect(status().isOk());

        long userId = accounts.findUserId(email).orElseThrow();
        assertThat(multiFactor.verify(userId, recovery.get(3))).isTrue();
        assertThat(multiFactor.verify(userId, recovery.get(3))).as("single use").isFalse();
        assertThat(multiFactor.unusedRecoveryCodes(userId)).isEqualTo(9);
    }

    @Test
    void dormantAccountsAreDisabledAndOnlyAnAdministratorReenablesThem() throws Exception {
        String email = email("dormant");
        WorkspaceMember member = staffMember(email);
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(authenticated());

        clock.advance(Duration.ofDays(179));
        assertThat(accounts.disableDormant()).doesNotContain(member.userId());
        clock.advance(Duration.ofDays(2));
        assertThat(accounts.disableDormant()).contains(member.userId());
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(unauthenticated());

        assertThat(accounts.inventory(member.workspaceId())).singleElement()
                .satisfies(row -> {
                    assertThat(row.enabled()).isFalse();
                    assertThat(row.disabledReason()).isEqualTo("DORMANT");
                });
        WorkspaceMember staffCaller = member;
        mvc.perform(post("/admin/accounts/{id}/enable", member.userId()).with(csrf()).with(as(staffCaller)))
                .andExpect(status().isForbidden());
        WorkspaceMember admin = new WorkspaceMember(0, "admin@example.jp", member.workspaceId(), member.workspaceName(), Role.ADMIN);
        mvc.perform(post("/admin/accounts/{id}/enable", member.userId()).with(csrf()).with(as(admin)))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(formLogin().user(email).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        String email = email("last");
        Accounts.NewMember admin = accounts.createWorkspaceWithAdmin("最後の管理者試験", email, "管理", PASSWORD.toCharArray());
        assertThatThrownBy(() -> accounts.changeRole(admin.workspaceId(), admin.userId(), Role.STAFF))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void accessTokensAreScopedExpiringAndRevocable() throws Exception {
        WorkspaceMember member = staffMember(email("token"));
        ApiTokens.Issued read = apiTokens.issue(member, "SIEM連携", ApiTokens.Scope.read, Duration.ofDays(30));
        assertThat(read.token()).startsWith("itk_");

        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + read.token())).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + read.token())).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").header("Authorization", "Bearer " + read.token()).param("name", "x")
                .param("scope", "write")).andExpect(status().isForbidden());
        mvc.perform(get("/api/register/items").header("Authorization", "Bearer itk_made-up")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/register/items")).andExpect(status().isUnauthorized());

        clock.advance(Duration.ofDays(31));
        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + read.token())).andExpect(status().isUnauthorized());

        ApiTokens.Issued write = apiTokens.issue(member, "一時", ApiTokens.Scope.write, Duration.ofDays(1));
        assertThat(apiTokens.revoke(member, write.id())).isTrue();
        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + write.token())).andExpect(status().isUnauthorized());
        assertThat(apiTokens.list(member)).hasSize(2);
    }

    @Test
    void aTokenRecordsItsLastUseToTheMinuteAndStopsWithItsMembership() throws Exception {
        WorkspaceMember member = staffMember(email("last-use"));
        ApiTokens.Issued token = apiTokens.issue(member, "集計", ApiTokens.Scope.read, Duration.ofDays(30));
        java.util.function.Supplier<Instant> lastUse = () -> apiTokens.list(member).stream()
                .filter(t -> t.id() == token.id()).findFirst().orElseThrow().lastUsedAt();
        assertThat(lastUse.get()).isNull();

        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        Instant first = lastUse.get();
        assertThat(first).isNotNull();

        clock.advance(Duration.ofSeconds(30));
        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        assertThat(lastUse.get()).as("within the minute the row is not written again").isEqualTo(first);

        clock.advance(Duration.ofSeconds(31));
        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + token.token())).andExpect(status().isOk());
        assertThat(lastUse.get()).isAfter(first);

        accounts.removeMember(member.workspaceId(), member.userId());
        mvc.perform(get("/api/register/items").header("Authorization", "Bearer " + token.token()))
                .andExpect(status().isUnauthorized());
    }

    static org.springframework.test.web.servlet.RequestBuilder loginFrom(String address, String user, String password) {
        return post("/login").param("username", user).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(WorkspaceMember member) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(member.email(), null,
                SignedInSessions.authoritiesFor(member)));
    }

}
