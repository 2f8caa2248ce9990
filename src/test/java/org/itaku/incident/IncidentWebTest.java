package org.itaku.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.itaku.incident.IncidentFixtures.entrust;
import static org.itaku.incident.IncidentFixtures.holding;
import static org.itaku.incident.IncidentFixtures.operator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.obligation.IncidentType;
import org.itaku.obligation.Obligation;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The incident pages and API: who may do what, and what the pages show. */
@ItakuTest
class IncidentWebTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    Incidents incidents;

    long ws;
    long vendor;
    long client;

    @BeforeEach
    void register() {
        ws = accounts.createWorkspace("ウェブ事案 " + UUID.randomUUID());
        vendor = register.createOperator(ws, operator("クラウド名簿株式会社"));
        client = register.createOperator(ws, operator("株式会社ひかり商事"));
        register.createEntrustment(ws, entrust(client, vendor, "顧客名簿の管理"));
        register.createHolding(ws, holding(vendor, client, "顧客名簿", "NAME,EMAIL,HEALTH_CHECK", 1500));
    }

    static RequestPostProcessor as(Role role, long workspaceId) {
        return user("u" + workspaceId + role + "@example.jp").authorities(new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(7, "u" + role + "@example.jp", workspaceId, "ws", role));
    }

    /** {@code n} more principals of the vendor, numbered after {@code name}, each with a list the vendor holds. */
    void morePrincipals(int n, String name, String items, long persons) {
        for (int i = 0; i < n; i++) {
            long other = register.createOperator(ws, operator(name + i));
            register.createEntrustment(ws, entrust(other, vendor, "顧客名簿の管理"));
            register.createHolding(ws, holding(vendor, other, "顧客名簿" + i, items, persons));
        }
    }

    long created() {
        return incidents.create(ws, IncidentFixtures.facts(vendor, LocalDate.of(2025, 5, 12), IncidentType.MISCONFIGURATION),
                7L, "テスト");
    }

    @Test
    void theDashboardListsOpenObligationsOfTheOwnWorkspaceOnly() throws Exception {
        long id = created();
        String title = incidents.incident(ws, id).facts().title();
        mvc.perform(get("/").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/incidents/" + id)))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("期限切れ")))
                .andExpect(content().string(containsString("個人情報保護委員会への確報")));

        long other = accounts.createWorkspace("別の事務所 " + UUID.randomUUID());
        mvc.perform(get("/").with(as(Role.OFFICER, other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(title))))
                .andExpect(content().string(containsString("期限が近い報告・通知はありません")));
    }

    @Test
    void aVendorNotifiesHundredsOfPrincipalsInOneEventWithTheirCount() {
        morePrincipals(300, "株式会社取引先", "NAME,EMAIL", 10);
        long id = created();
        assertThat(incidents.notifyPrincipals(ws, id, vendor, 7L, "テスト")).isEqualTo(301);
        assertThat(incidents.view(ws, id).timeline()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("notice.sent");
            assertThat(e.entry()).isEqualTo("クラウド名簿株式会社 が委託元 301 者へ通知しました（このうち初めて知らされたのは 301 者）。");
        });
    }

    @Test
    void theDashboardShowsTheFirstFiftyObligationsAndHowManyMore() throws Exception {
        morePrincipals(60, "株式会社顧客", "NAME,EMAIL,HEALTH_CHECK", 20);
        // Once the vendor has notified them, every principal has its own dated reports to make.
        incidents.notifyPrincipals(ws, created(), vendor, 7L, "テスト");
        int total = incidents.openDutyCount(ws, incidents.today().plusDays(14));
        assertThat(total).isGreaterThan(50);

        String page = mvc.perform(get("/").with(as(Role.STAFF, ws))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.split("<tr>", -1).length - 2).as("rows after the header").isEqualTo(50);
        assertThat(page).contains("ほかに " + (total - 50) + " 件あります");
    }

    @Test
    void staffRecordsAnIncidentAndThePageShowsEachDecisionWithItsReasons() throws Exception {
        MvcResult result = mvc.perform(post("/incidents").with(as(Role.STAFF, ws)).with(csrf())
                        .param("title", "名簿の公開設定ミス").param("operatorId", String.valueOf(vendor))
                        .param("event", "leak").param("certainty", "confirmed").param("discoverer", "CUSTOMER")
                        .param("discoveredOn", "2025-05-12").param("incidentTypes", "misconfiguration")
                        .param("cause", "共有リンクの設定誤り"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/incidents/*"))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名簿の公開設定ミス")))
                .andExpect(content().string(containsString("株式会社ひかり商事")))
                .andExpect(content().string(containsString("規則第7条第1号")))
                .andExpect(content().string(containsString("適用規則: 2024年4月1日施行の版")))
                .andExpect(content().string(containsString("顧客・会員")))
                .andExpect(content().string(containsString("2025年6月10日 まで"))); // vendor's 確報, day 30 from 05-12
        mvc.perform(get(location).with(as(Role.AUDITOR, ws)).cookie(new Cookie("itaku-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rule set appi-2024-04")));
        mvc.perform(get("/incidents").param("q", "公開設定").with(as(Role.STAFF, ws)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("名簿の公開設定ミス")));
        mvc.perform(get("/incidents/new").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get(location + "/edit").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get("/").with(as(Role.STAFF, ws))).andExpect(content().string(containsString("href=\"/incidents\"")));
    }

    @Test
    void editingFactsReEvaluates() throws Exception {
        long id = created();
        mvc.perform(post("/incidents/{id}/edit", id).with(as(Role.STAFF, ws)).with(csrf())
                        .param("title", "名簿の公開設定ミス（内部不正の疑い）").param("event", "leak")
                        .param("certainty", "confirmed").param("discoverer", "SELF").param("discoveredOn", "2025-05-12")
                        .param("incidentTypes", "misconfiguration", "insider"))
                .andExpect(status().is3xxRedirection());
        // Item iii: 60 days from 05-12 is 07-10 (Thu).
        mvc.perform(get("/incidents/{id}", id).with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("2025年7月10日 まで")))
                .andExpect(content().string(containsString("規則第7条第3号")));
    }

    /** The incident page lists the case's holdings 50 at a time, with a way to the next 50 and back. */
    @Test
    void theHoldingsOfACaseArePagedFiftyAtATime() throws Exception {
        morePrincipals(60, "株式会社保有先", "NAME", 10);
        long id = created();
        mvc.perform(get("/incidents/{id}", id).with(as(Role.AUDITOR, ws)))
                .andExpect(content().string(containsString("全 61 件のうち 1〜50 件目を表示しています。")))
                .andExpect(content().string(containsString("顧客名簿</td>")))
                .andExpect(content().string(containsString("href=\"/incidents/" + id + "?holdings=1#holdings\"")));
        mvc.perform(get("/incidents/{id}", id).param("holdings", "1").with(as(Role.AUDITOR, ws)))
                .andExpect(content().string(containsString("全 61 件のうち 51〜61 件目を表示しています。")))
                .andExpect(content().string(containsString("顧客名簿59</td>")))
                .andExpect(content().string(not(containsString("顧客名簿</td>"))))
                .andExpect(content().string(containsString("href=\"/incidents/" + id + "?holdings=0#holdings\"")));
        mvc.perform(get("/incidents/{id}", id).param("holdings", "2147483647").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk());
    }

    /** The incident page links each party to its own page, where its facts are changed and it is judged again. */
    @Test
    void aPartysOwnPageChangesItsFactsAndShowsTheNewDecision() throws Exception {
        long id = created();
        String partyPage = "/incidents/" + id + "/parties/" + vendor;
        mvc.perform(get("/incidents/{id}", id).with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("href=\"" + partyPage + "\"")))
                .andExpect(content().string(not(containsString("name=\"personsMax\""))));
        mvc.perform(get(partyPage).with(as(Role.STAFF, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>クラウド名簿株式会社 の判定と義務</h1>")))
                .andExpect(content().string(containsString("name=\"personsMax\"")))
                .andExpect(content().string(containsString("class=\"decision\"")));
        mvc.perform(get(partyPage).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"personsMax\""))));
        // My Number data found at the vendor, and a count: the page shows the facts it was judged on again.
        mvc.perform(post(partyPage).with(as(Role.STAFF, ws)).with(csrf()).param("role", "entrustee")
                        .param("items", "NAME", "MY_NUMBER").param("persons", "1200"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(partyPage));
        mvc.perform(get(partyPage).with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("value=\"1200\"")))
                .andExpect(content().string(containsString("value=\"MY_NUMBER\" checked=\"checked\"")));
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        mvc.perform(get(partyPage).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/incidents/{id}/parties/{op}", id, 999_999_999L).with(as(Role.STAFF, ws)))
                .andExpect(status().isNotFound());
    }

    @Test
    void auditorsReadButDoNotWriteAndVendorRespondentsSeeNothing() throws Exception {
        long id = created();
        mvc.perform(get("/incidents").with(as(Role.AUDITOR, ws))).andExpect(status().isOk());
        mvc.perform(post("/incidents").with(as(Role.AUDITOR, ws)).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/incidents/{id}/timeline", id).with(as(Role.AUDITOR, ws)).with(csrf()).param("entry", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/incidents").with(as(Role.AUDITOR, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/incidents").with(as(Role.VENDOR_RESPONDENT, ws))).andExpect(status().isForbidden());
        mvc.perform(get("/api/incidents/{id}", id).with(as(Role.VENDOR_RESPONDENT, ws))).andExpect(status().isForbidden());
    }

    @Test
    void anotherWorkspacesMemberGetsNotFound() throws Exception {
        long id = created();
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        mvc.perform(get("/incidents/{id}", id).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/{id}", id).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(post("/incidents/{id}/status", id).with(as(Role.ADMIN, other)).with(csrf()).param("status", "CONTAINED"))
                .andExpect(status().isNotFound());
        Duty any = incidents.duties(ws, id).get(0);
        mvc.perform(post("/incidents/{id}/obligations/{d}/fulfil", id, any.id()).with(as(Role.OFFICER, other)).with(csrf())
                        .param("on", "2025-05-20"))
                .andExpect(status().isNotFound());
    }

    /** Clients told at one moment share obligation rows; each obligation is still fulfilled on its own, in its workspace. */
    @Test
    void oneClientsObligationInASharedRowIsFulfilledAloneAndHiddenFromOtherWorkspaces() throws Exception {
        morePrincipals(4, "株式会社なかま", "NAME,EMAIL,HEALTH_CHECK", 1500);
        long id = created();
        incidents.notifyPrincipals(ws, id, vendor, 7L, "テスト");
        List<Duty> finals = incidents.duties(ws, id).stream()
                .filter(d -> d.kind() == Obligation.Kind.PPC_FINAL && d.operatorId() != vendor).toList();
        org.assertj.core.api.Assertions.assertThat(finals).hasSize(5);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_obligation WHERE "
                + "workspace_id = ? AND incident_id = ? AND kind = 'PPC_FINAL' AND members = 5").params(ws, id)
                .query(Long.class).single()).as("the five clients' 確報 in one row").isEqualTo(1);
        Duty third = finals.get(2);

        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        mvc.perform(post("/incidents/{id}/obligations/{d}/fulfil", id, third.id()).with(as(Role.OFFICER, other))
                        .with(csrf()).param("on", "2025-05-20"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/incidents/{id}/obligations/{d}/fulfil", id, third.id()).with(as(Role.OFFICER, ws))
                        .with(csrf()).param("on", "2025-05-20"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(incidents.duty(ws, third.id()).status())
                .isEqualTo(DutyStatus.FULFILLED);
        org.assertj.core.api.Assertions.assertThat(incidents.duties(ws, id).stream()
                        .filter(d -> d.kind() == Obligation.Kind.PPC_FINAL && d.operatorId() != vendor))
                .extracting(Duty::id, Duty::status)
                .containsExactlyInAnyOrderElementsOf(finals.stream().map(d -> org.assertj.core.api.Assertions.tuple(
                        d.id(), d.id() == third.id() ? DutyStatus.FULFILLED : DutyStatus.OPEN)).toList());
    }

    @Test
    void onlyAnOfficerOrAdminWaivesAnObligationAndOnlyWithAReason() throws Exception {
        long id = created();
        Duty pre = incidents.duties(ws, id).stream().filter(d -> d.kind() == Obligation.Kind.PPC_PRELIMINARY)
                .findFirst().orElseThrow();
        String path = "/incidents/" + id + "/obligations/" + pre.id() + "/not-required";
        mvc.perform(post(path).with(as(Role.STAFF, ws)).with(csrf()).param("reason", "受信者が未開封で削除したため"))
                .andExpect(status().isForbidden());
        mvc.perform(post(path).with(as(Role.OFFICER, ws)).with(csrf()).param("reason", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "理由を10文字以上で記入してください。"));
        org.assertj.core.api.Assertions.assertThat(incidents.duty(ws, pre.id()).status()).isEqualTo(DutyStatus.OPEN);
        mvc.perform(post(path).with(as(Role.OFFICER, ws)).with(csrf()).param("requestedBy", "担当 一郎")
                        .param("reason", "委託元への通知で免除されるため速報は不要と判断"))
                .andExpect(status().is3xxRedirection());
        Duty waived = incidents.duty(ws, pre.id());
        org.assertj.core.api.Assertions.assertThat(waived.status()).isEqualTo(DutyStatus.NOT_REQUIRED);
        org.assertj.core.api.Assertions.assertThat(waived.approvedBy()).isEqualTo("uOFFICER@example.jp");
    }

    @Test
    void theApiCreatesShowsDecisionsAndRefusesIllegalTransitions() throws Exception {
        String body = """
                {"title": "ランサムウェア感染", "operatorId": %d, "event": "leak", "certainty": "possible",
                 "discoverer": "SELF", "discoveredOn": "2025-05-12", "incidentTypes": ["ransomware"],
                 "indicators": ["C2_TRAFFIC"]}""".formatted(vendor);
        MvcResult created = mvc.perform(post("/api/incidents").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("leak_possible"))
                .andExpect(jsonPath("$.parties[0].operator").value("クラウド名簿株式会社"))
                .andExpect(jsonPath("$.parties[0].decision.reportable").value(true))
                .andExpect(jsonPath("$.parties[0].decision.reasons[0].rule").exists())
                .andExpect(jsonPath("$.parties[1].awaiting_notice").value(true))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        mvc.perform(post(location + "/status").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("incident.transition.status"))
                .andExpect(jsonPath("$.args[0]").value("対応中"))
                .andExpect(jsonPath("$.message").value("状態を「対応中」から「完了」に変更できません。"))
                .andExpect(jsonPath("$.detail").value("状態を「対応中」から「完了」に変更できません。"));
        // The same refusal in the reader's language: the code and its parameters do not change, the words do.
        mvc.perform(post(location + "/status").with(as(Role.STAFF, ws)).with(csrf())
                        .cookie(new Cookie("itaku-lang", "en"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("incident.transition.status"))
                .andExpect(jsonPath("$.title").value("Not allowed now"))
                .andExpect(jsonPath("$.message").value("Cannot move from \"Open\" to \"Closed\"."));
        mvc.perform(post(location + "/parties/" + vendor + "/notify-principals").with(as(Role.STAFF, ws)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].decision.exemption").value("entrustee_notified_principal"))
                .andExpect(jsonPath("$.parties[1].decision.reportable").value(true));
        mvc.perform(post("/api/incidents").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\", \"operatorId\": " + vendor
                                + ", \"event\": \"spill\", \"discoveredOn\": \"2025-05-12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("event")));
    }

    @Test
    void theCalendarFeedIsServedAsTextCalendar() throws Exception {
        created();
        mvc.perform(get("/incidents/calendar.ics").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\n")))
                .andExpect(content().string(containsString("DTSTART;VALUE=DATE:20250610\r\n")));
    }

    @Test
    void aCalendarAppSubscribesWithAPersonalAccessToken(@Autowired org.itaku.identity.ApiTokens tokens) throws Exception {
        created();
        String email = "cal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        long userId = accounts.createMember(ws, email, "監査 三郎", "Kx7#mQ2!vW9z".toCharArray(), Role.AUDITOR);
        WorkspaceMember member = accounts.memberships(userId).get(0);
        String token = tokens.issue(member, "カレンダー", org.itaku.identity.ApiTokens.Scope.read,
                java.time.Duration.ofDays(30)).token();
        mvc.perform(get("/incidents/calendar.ics").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andExpect(content().string(containsString("SUMMARY:確報期限：クラウド名簿株式会社")));
        mvc.perform(get("/incidents/calendar.ics")).andExpect(status().is(org.hamcrest.Matchers.not(200)));
    }

    @Test
    void theMisdeliveryFormDecidesAtOnce() throws Exception {
        mvc.perform(get("/incidents/misdelivery").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        // appi-rules.md §11 row 9: 1,500 customers' names and e-mail addresses, known 2025-08-25 → 確報 by 2025-09-24.
        mvc.perform(post("/incidents/misdelivery").with(as(Role.STAFF, ws)).with(csrf())
                        .param("channel", "EMAIL").param("recipient", "取引先").param("persons", "1500")
                        .param("items", "NAME", "EMAIL").param("operatorKind", "private").param("knownOn", "2025-08-25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当局への報告が必要です")))
                .andExpect(content().string(containsString("2025年9月24日 まで")))
                .andExpect(content().string(containsString("規則第7条第4号")));
        mvc.perform(post("/incidents/misdelivery").with(as(Role.STAFF, ws)).with(csrf())
                        .param("channel", "EMAIL").param("persons", "1500").param("items", "NAME", "EMAIL")
                        .param("retrievedUnread", "true").param("operatorKind", "private").param("knownOn", "2025-08-25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当局への報告義務はありません")))
                .andExpect(content().string(not(containsString("2025年9月24日 まで"))));
    }
}
