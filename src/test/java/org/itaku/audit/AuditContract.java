package org.itaku.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.itaku.identity.Accounts;
import org.itaku.identity.MfaPending;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The audit trail's promises, on every supported database. */
abstract class AuditContract {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    AuditRecords records;
    @Autowired
    AuditCheckpoints checkpoints;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void clearSecurityContext() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A fresh chain. The trail needs no workspace row (it outlives them), and a workspace created through
     * identity would start its chain with identity's own records.
     */
    static long newWorkspace() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 1_000_000_000_000L);
    }

    static String uniqueEmail() {
        return "a" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
    }

    /** Five records in a fresh workspace: incident 1..5 created by one officer. */
    long workspaceWithFiveRecords() {
        long ws = newWorkspace();
        for (int i = 1; i <= 5; i++) {
            trail.record(AuditEvent.of("incident.create").inWorkspace(ws).by(7L, "officer@example.jp")
                    .target("incident", i).changed("title", "severity").from("192.0.2.1", "JUnit"));
        }
        return ws;
    }

    List<AuditRecord> all(long ws) {
        List<AuditRecord> list = new ArrayList<>();
        records.forEach(ws, AuditFilter.none(), list::add);
        return list;
    }

    // --- appending and verifying -------------------------------------------------------------------------

    @Test
    void appendedRecordsFormAnIntactChain() {
        long ws = workspaceWithFiveRecords();

        List<AuditRecord> stored = all(ws);
        assertThat(stored).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stored.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).prevHash()).isEqualTo(stored.get(i - 1).hash());
        }
        assertThat(stored.get(2)).satisfies(r -> {
            assertThat(r.workspaceId()).isEqualTo(ws);
            assertThat(r.actorUserId()).isEqualTo(7L);
            assertThat(r.actorEmail()).isEqualTo("officer@example.jp");
            assertThat(r.targetType()).isEqualTo("incident");
            assertThat(r.targetId()).isEqualTo("3");
            assertThat(r.changedFields()).containsExactly("severity", "title");
            assertThat(r.sourceAddress()).isEqualTo("192.0.2.1");
            assertThat(r.userAgent()).isEqualTo("JUnit");
            assertThat(r.occurredAt().getNano() % 1000).as("truncated to microseconds").isZero();
        });

        Verification v = verifier.verify(ws);
        assertThat(v.intact()).as(v.describe()).isTrue();
        assertThat(v.checked()).isEqualTo(5);
        assertThat(v.lastHash()).isEqualTo(stored.get(4).hash());
    }

    @Test
    void anEmptyChainIsIntact() {
        Verification v = verifier.verify(newWorkspace());
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isZero();
    }

    @Test
    void workspaceActorAndRequestComeFromTheSignedInMember() {
        long ws = newWorkspace();
        WorkspaceMember member = new WorkspaceMember(99, "staff@example.jp", ws, "ws", Role.STAFF);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff@example.jp", null, List.of(new SimpleGrantedAuthority("ROLE_STAFF"), member)));

        AuditTrail.Appended appended = trail.record(AuditEvent.of("holding.update").target("holding", "H-1").changed("items"));

        assertThat(appended.workspaceId()).isEqualTo(ws);
        assertThat(appended.seq()).isEqualTo(1);
        assertThat(all(ws)).singleElement().satisfies(r -> {
            assertThat(r.actorUserId()).isEqualTo(99L);
            assertThat(r.actorEmail()).isEqualTo("staff@example.jp");
        });
    }

    @Test
    void duringTheSecondFactorStepTheMemberToBeIsTheActor() {
        long ws = newWorkspace();
        WorkspaceMember target = new WorkspaceMember(98, "admin@example.jp", ws, "ws", Role.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin@example.jp", null, List.of(new MfaPending(MfaPending.Step.VERIFY, target))));

        trail.record(AuditEvent.of("mfa.verify-failed").target("user", 98));

        assertThat(all(ws)).singleElement().satisfies(r -> assertThat(r.actorUserId()).isEqualTo(98L));
    }

    @Test
    void chainsOfDifferentWorkspacesAreIndependent() {
        long first = workspaceWithFiveRecords();
        long second = workspaceWithFiveRecords();

        jdbc.sql("UPDATE audit_record SET target_id = '999' WHERE chain_id = ? AND seq = 2").param(first).update();

        assertThat(verifier.verify(first).intact()).isFalse();
        assertThat(verifier.verify(second).intact()).isTrue();
        assertThat(all(second)).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    // --- tampering directly in the database ---------------------------------------------------------------

    @Test
    void aChangedFieldIsFoundAtThatRecord() {
        long ws = workspaceWithFiveRecords();
        long id = idAt(ws, 3);

        jdbc.sql("UPDATE audit_record SET actor_email = 'someone.else@example.jp' WHERE id = ?").param(id).update();

        assertBrokenAt(ws, 3, id, Verification.Problem.HASH_MISMATCH);
    }

    @Test
    void aChangedTimeIsFoundAtThatRecord() {
        long ws = workspaceWithFiveRecords();
        long id = idAt(ws, 4);

        jdbc.sql("UPDATE audit_record SET occurred_at = occurred_at - INTERVAL '1' HOUR WHERE id = ?").param(id).update();

        assertBrokenAt(ws, 4, id, Verification.Problem.HASH_MISMATCH);
    }

    @Test
    void aRecomputedHashBreaksTheLinkOfTheNextRecord() {
        long ws = workspaceWithFiveRecords();
        AuditRecord third = all(ws).get(2);
        AuditRecord forged = new AuditRecord(third.id(), third.workspaceId(), third.seq(), third.occurredAt(),
                third.actorUserId(), third.actorEmail(), "incident.delete", third.targetType(), third.targetId(),
                third.changedFields(), third.sourceAddress(), third.userAgent(), third.prevHash(), "x");

        jdbc.sql("UPDATE audit_record SET action = ?, hash = ? WHERE id = ?")
                .params(forged.action(), ChainHash.of(forged), third.id()).update();

        assertBrokenAt(ws, 4, idAt(ws, 4), Verification.Problem.BROKEN_LINK);
    }

    @Test
    void aDeletedRecordIsFoundAtItsPlace() {
        long ws = workspaceWithFiveRecords();

        jdbc.sql("DELETE FROM audit_record WHERE chain_id = ? AND seq = 3").param(ws).update();

        Verification v = verifier.verify(ws);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBreak().seq()).isEqualTo(3);
        assertThat(v.firstBreak().id()).isNull();
        assertThat(v.firstBreak().problem()).isEqualTo(Verification.Problem.SEQUENCE_GAP);
        assertThat(v.checked()).isEqualTo(2);
    }

    @Test
    void theDeletedFirstRecordIsFound() {
        long ws = workspaceWithFiveRecords();

        jdbc.sql("DELETE FROM audit_record WHERE chain_id = ? AND seq = 1").param(ws).update();

        Verification v = verifier.verify(ws);
        assertThat(v.firstBreak().seq()).isEqualTo(1);
        assertThat(v.firstBreak().problem()).isEqualTo(Verification.Problem.SEQUENCE_GAP);
    }

    @Test
    void aDeletedLastRecordIsFoundThroughTheChainHead() {
        long ws = workspaceWithFiveRecords();

        jdbc.sql("DELETE FROM audit_record WHERE chain_id = ? AND seq = 5").param(ws).update();

        Verification v = verifier.verify(ws);
        assertThat(v.firstBreak().seq()).isEqualTo(5);
        assertThat(v.firstBreak().problem()).isEqualTo(Verification.Problem.MISSING_AT_END);
    }

    @Test
    void swappedRecordsAreFoundAtTheFirstOfThem() {
        long ws = workspaceWithFiveRecords();
        long third = idAt(ws, 3);
        long fourth = idAt(ws, 4);

        // three steps, because the unique key on (chain, seq) holds after every statement
        jdbc.sql("UPDATE audit_record SET seq = -1 WHERE id = ?").param(third).update();
        jdbc.sql("UPDATE audit_record SET seq = 3 WHERE id = ?").param(fourth).update();
        jdbc.sql("UPDATE audit_record SET seq = 4 WHERE id = ?").param(third).update();

        assertBrokenAt(ws, 3, fourth, Verification.Problem.REORDERED);
    }

    @Test
    void aRecordMovedToTheEndIsFoundWhereItWas() {
        long ws = workspaceWithFiveRecords();
        long second = idAt(ws, 2);
        long head = jdbc.sql("SELECT last_seq FROM audit_chain WHERE chain_id = ?").param(ws).query(Long.class).single();

        jdbc.sql("UPDATE audit_record SET seq = 6 WHERE id = ?").param(second).update();
        jdbc.sql("UPDATE audit_chain SET last_seq = 6 WHERE chain_id = ?").param(ws).update();

        assertThat(head).isEqualTo(5);
        Verification v = verifier.verify(ws);
        assertThat(v.firstBreak().seq()).isEqualTo(2);
        assertThat(v.firstBreak().problem()).isIn(Verification.Problem.REORDERED, Verification.Problem.SEQUENCE_GAP);
    }

    void assertBrokenAt(long ws, long seq, long id, Verification.Problem problem) {
        Verification v = verifier.verify(ws);
        assertThat(v.intact()).as("tampering must be found").isFalse();
        assertThat(v.firstBreak().seq()).as(v.describe()).isEqualTo(seq);
        assertThat(v.firstBreak().id()).as(v.describe()).isEqualTo(id);
        assertThat(v.firstBreak().problem()).as(v.describe()).isEqualTo(problem);
        assertThat(v.checked()).isEqualTo(seq - 1);
    }

    long idAt(long ws, long seq) {
        return jdbc.sql("SELECT id FROM audit_record WHERE chain_id = ? AND seq = ?").params(ws, seq)
                .query(Long.class).single();
    }

    // --- concurrency ------------------------------------------------------------------------------------

    @Test
    void concurrentAppendsToOneWorkspaceDoNotForkTheChain() throws Exception {
        long ws = newWorkspace();
        int threads = 6;
        int each = 20;
        together(threads, 120, thread -> {
            for (int i = 0; i < each; i++) {
                trail.record(AuditEvent.of("register.update").inWorkspace(ws).by((long) thread, "t" + thread + "@example.jp")
                        .target("holding", thread * 1000 + i));
            }
        });

        List<AuditRecord> stored = all(ws);
        assertThat(stored).hasSize(threads * each);
        assertThat(stored).extracting(AuditRecord::seq).doesNotHaveDuplicates();
        assertThat(stored.get(stored.size() - 1).seq()).isEqualTo(threads * each);
        Verification v = verifier.verify(ws);
        assertThat(v.intact()).as(v.describe()).isTrue();
        assertThat(v.checked()).isEqualTo(threads * each);
        assertThat(checkpoints.read(ws)).get().satisfies(c -> {
            assertThat(c.genuine()).isTrue();
            assertThat(c.seq()).as("sealed at the last record once every append has returned").isEqualTo(threads * each);
            assertThat(c.hash()).isEqualTo(stored.get(stored.size() - 1).hash());
        });
    }

    @Test
    void checkpointsHandedOverAtOnceEndAtTheNewestAndNeverGoBack() throws Exception {
        long chain = newWorkspace();
        int threads = 8;
        int each = 50;
        together(threads, 60, thread -> {
            // Out of order across threads, as after-commit callbacks finish.
            for (int i = 0; i < each; i++) {
                long seq = 1 + i * threads + thread;
                checkpoints.advance(chain, seq, "h" + seq);
            }
        });
        assertThat(checkpoints.read(chain)).get().satisfies(c -> {
            assertThat(c.genuine()).isTrue();
            assertThat(c.seq()).isEqualTo(threads * each);
            assertThat(c.hash()).isEqualTo("h" + threads * each);
        });
        checkpoints.advance(chain, 3, "h3");
        assertThat(checkpoints.read(chain)).get().extracting(AuditCheckpoints.Checkpoint::seq).isEqualTo((long) threads * each);
    }

    /** What one of several threads does; {@code thread} is its number from 0. */
    interface ThreadTask {
        void run(int thread) throws Exception;
    }

    /** Runs the task on {@code threads} threads released at once, and waits for every one to end without an error. */
    static void together(int threads, long timeoutSeconds, ThreadTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    task.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(timeoutSeconds, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- sign-in ----------------------------------------------------------------------------------------

    /** A sign-in attempt from its own source address, so that the per-address throttle of other tests never interferes. */
    static RequestBuilder signIn(String email, String password, String address) {
        return servletContext -> {
            MockHttpServletRequest request = formLogin("/login").user(email).password(password).buildRequest(servletContext);
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", "AuditTest/1.0");
            return request;
        };
    }

    static String randomAddress() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void successfulAndFailedSignInsAreRecorded() throws Exception {
        String email = uniqueEmail();
        Accounts.NewMember admin = accounts.createWorkspaceWithAdmin("サインイン監査", email, "監査 太郎", PASSWORD.toCharArray());
        String staffEmail = uniqueEmail();
        long staff = accounts.createMember(admin.workspaceId(), staffEmail, "担当 花子", PASSWORD.toCharArray(), Role.STAFF);
        String address = randomAddress();

        mvc.perform(signIn(staffEmail, "Wrong#Pass123", address)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(staffEmail, PASSWORD, address)).andExpect(redirectedUrl("/"));
        // administrators need a second factor by default: the password step is recorded as such
        mvc.perform(signIn(email, PASSWORD, address)).andExpect(redirectedUrl("/mfa"));

        List<AuditRecord> stored = all(admin.workspaceId()).stream().filter(r -> r.action().startsWith("sign-in")).toList();
        assertThat(stored).extracting(AuditRecord::action)
                .containsExactly("sign-in.failed", "sign-in", "sign-in.mfa-pending");
        assertThat(stored.subList(0, 2)).allSatisfy(r -> {
            assertThat(r.actorUserId()).isEqualTo(staff);
            assertThat(r.actorEmail()).isEqualTo(staffEmail);
            assertThat(r.targetType()).isEqualTo("user");
            assertThat(r.targetId()).isEqualTo(String.valueOf(staff));
        });
        assertThat(stored.get(2).actorUserId()).isEqualTo(admin.userId());
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.sourceAddress()).isEqualTo(address);
            assertThat(r.userAgent()).isEqualTo("AuditTest/1.0");
        });
        assertThat(verifier.verify(admin.workspaceId()).intact()).isTrue();
    }

    @Test
    void aFailedSignInOfAnUnknownNameGoesToTheSystemChain() throws Exception {
        String email = uniqueEmail();
        String address = randomAddress();

        mvc.perform(signIn(email, "Wrong#Pass123", address)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn("not an address Kx7#mQ2", "x", address)).andExpect(redirectedUrl("/login?error"));

        List<AuditRecord> system = jdbc.sql("SELECT " + AuditRecords.COLUMNS + " FROM audit_record WHERE chain_id = 0 ORDER BY seq")
                .query((rs, n) -> AuditRecords.map(rs)).list();
        assertThat(system).anySatisfy(r -> {
            assertThat(r.workspaceId()).isNull();
            assertThat(r.action()).isEqualTo("sign-in.failed");
            assertThat(r.actorEmail()).isEqualTo(email);
            assertThat(r.actorUserId()).isNull();
            assertThat(r.sourceAddress()).isEqualTo(address);
        });
        assertThat(system).extracting(AuditRecord::actorEmail).doesNotContain("not an address Kx7#mQ2");
        assertThat(verifier.verify(null).intact()).isTrue();
    }

    @Test
    void signOutIsRecorded() throws Exception {
        long ws = newWorkspace();
        mvc.perform(post("/logout").with(csrf()).with(member(ws, Role.STAFF))).andExpect(redirectedUrl("/login?signedOut"));

        assertThat(all(ws)).extracting(AuditRecord::action).containsExactly("sign-out");
    }

    @Test
    void signOutEverywhereIsRecorded() throws Exception {
        long ws = newWorkspace();
        mvc.perform(post("/account/sign-out-everywhere").with(csrf()).with(member(ws, Role.AUDITOR)))
                .andExpect(redirectedUrl("/login?signedOut"));

        assertThat(all(ws)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("sign-out.everywhere");
            assertThat(r.targetId()).isEqualTo(String.valueOf(1000 + Role.AUDITOR.ordinal()));
        });
    }

    // --- identity's changes ------------------------------------------------------------------------------

    @Test
    void identityChangesAreRecordedInTheirWorkspace() {
        String email = uniqueEmail();
        Accounts.NewMember admin = accounts.createWorkspaceWithAdmin("変更監査", email, "管理 一郎", PASSWORD.toCharArray());
        long staff = accounts.createMember(admin.workspaceId(), uniqueEmail(), "担当 次郎", PASSWORD.toCharArray(), Role.STAFF);
        accounts.changeRole(admin.workspaceId(), staff, Role.OFFICER);

        List<AuditRecord> stored = all(admin.workspaceId());
        assertThat(stored).extracting(AuditRecord::action)
                .containsSubsequence("workspace.create", "member.create", "member.create", "member.role-change");
        assertThat(stored).filteredOn(r -> r.action().equals("member.role-change")).singleElement().satisfies(r -> {
            assertThat(r.targetType()).isEqualTo("user");
            assertThat(r.targetId()).isEqualTo(String.valueOf(staff));
            assertThat(r.changedFields()).containsExactly("role");
        });
        assertThat(verifier.verify(admin.workspaceId()).intact()).isTrue();
    }

    // --- pages and exports ---------------------------------------------------------------------------

    static UserRequestPostProcessor member(long ws, Role role) {
        String email = role.name().toLowerCase() + "@example.jp";
        return user(email).authorities(new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(1000 + role.ordinal(), email, ws, "ページ試験", role));
    }

    @Test
    void staffMayNotSeeTheTrail() throws Exception {
        long ws = workspaceWithFiveRecords();
        for (String path : List.of("/audit", "/audit/verify", "/audit/export.csv", "/audit/export.jsonl")) {
            mvc.perform(get(path).with(member(ws, Role.STAFF))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(member(ws, Role.OFFICER))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/audit").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        assertThat(all(ws)).hasSize(5);
    }

    @Test
    void auditorsAndAdministratorsSeeTheTrail() throws Exception {
        long ws = workspaceWithFiveRecords();
        for (Role role : List.of(Role.AUDITOR, Role.ADMIN)) {
            mvc.perform(get("/audit").with(member(ws, role))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("officer@example.jp")));
            mvc.perform(get("/audit/verify").with(member(ws, role))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("verification-result")));
        }
        mvc.perform(get("/audit").param("lang", "en").param("action", "incident.create").param("from", "2000-01-01")
                .with(member(ws, Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("5 records")));
    }

    @Test
    void theNavigationOffersTheTrailOnlyToAdministratorsAndAuditors() throws Exception {
        long ws = newWorkspace();
        String link = "href=\"/audit\"";
        for (Role role : List.of(Role.ADMIN, Role.AUDITOR)) {
            mvc.perform(get("/").with(member(ws, role))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
        }
        for (Role role : List.of(Role.STAFF, Role.OFFICER)) {
            mvc.perform(get("/").with(member(ws, role))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link))));
        }
    }

    @Test
    void theReviewPageIsPaginated() throws Exception {
        long ws = newWorkspace();
        for (int i = 0; i < 55; i++) {
            trail.record(AuditEvent.of("register.update").inWorkspace(ws).by(5L, "pager@example.jp").target("holding", i));
        }
        mvc.perform(get("/audit").param("lang", "en").with(member(ws, Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page 1 of 2")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/audit?page=1\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>55</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<td>5</td>"))));
        mvc.perform(get("/audit").param("lang", "en").param("page", "1").with(member(ws, Role.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page 2 of 2")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>5</td>")));
    }

    @Test
    void theVerifyPageNamesTheFirstBrokenRecord() throws Exception {
        long ws = workspaceWithFiveRecords();
        jdbc.sql("UPDATE audit_record SET target_id = '42' WHERE chain_id = ? AND seq = 2").param(ws).update();

        mvc.perform(get("/audit/verify").param("lang", "en").with(member(ws, Role.AUDITOR))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The record was changed (hash mismatch)")));
    }

    @Test
    void exportsFollowTheFiltersAndAreThemselvesAudited() throws Exception {
        long ws = workspaceWithFiveRecords();
        trail.record(AuditEvent.of("incident.delete").inWorkspace(ws).by(8L, "=cmd@example.jp").target("incident", 1));

        String csv = mvc.perform(get("/audit/export.csv").param("action", "incident.delete").with(member(ws, Role.AUDITOR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("id,workspace_id,seq,").contains(",\"'=cmd@example.jp\",incident.delete,");

        String jsonl = mvc.perform(get("/audit/export.jsonl").with(member(ws, Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String[] lines = jsonl.split("\n");
        // five creates, one delete, the CSV export and this export (recorded before the first byte)
        assertThat(lines).hasSize(8);
        assertThat(lines[0]).startsWith("{\"id\":").contains("\"seq\":1,").contains("\"changed_fields\":[\"severity\",\"title\"]");
        assertThat(lines[7]).contains("\"action\":\"audit.export\"").contains("\"target_id\":\"jsonl\"");

        assertThat(all(ws)).filteredOn(r -> r.action().equals("audit.export")).extracting(AuditRecord::targetId)
                .containsExactly("csv", "jsonl");
        assertThat(verifier.verify(ws).intact()).isTrue();
    }

    @Test
    void theReviewFiltersNarrowTheTrail() {
        long ws = workspaceWithFiveRecords();
        trail.record(AuditEvent.of("incident.delete").inWorkspace(ws).by(8L, "Chief_Officer@example.jp").target("incident", 3));

        assertThat(records.count(ws, new AuditFilter("chief_", null, null, null, null, null))).isEqualTo(1);
        assertThat(records.count(ws, new AuditFilter("%", null, null, null, null, null))).isZero();
        assertThat(records.count(ws, new AuditFilter(null, "incident.create", null, null, null, null))).isEqualTo(5);
        assertThat(records.count(ws, new AuditFilter(null, null, "incident", "3", null, null))).isEqualTo(2);
        assertThat(records.search(ws, AuditFilter.none(), 1, 4)).extracting(AuditRecord::seq).containsExactly(2L, 1L);
        java.time.Instant now = java.time.Instant.now();
        assertThat(records.count(ws, new AuditFilter(null, null, null, null, now.minusSeconds(3600), now.plusSeconds(60))))
                .isEqualTo(6);
        assertThat(records.count(ws, new AuditFilter(null, null, null, null, now.plusSeconds(60), now.plusSeconds(120))))
                .isZero();
    }
}
