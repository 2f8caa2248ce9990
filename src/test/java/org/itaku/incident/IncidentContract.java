package org.itaku.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.itaku.incident.IncidentFixtures.entrust;
import static org.itaku.incident.IncidentFixtures.facts;
import static org.itaku.incident.IncidentFixtures.holding;
import static org.itaku.incident.IncidentFixtures.operator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.obligation.Decision;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.IncidentType;
import org.itaku.obligation.Obligation;
import org.itaku.testsupport.ControllableClockConfig;
import org.itaku.testsupport.MutableClock;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * The incident module against a real database: the cascade along a three-level chain (vendor → 社労士 office →
 * client companies), notices, re-evaluation with history, guarded state changes, reminders through a real SMTP
 * server and the calendar feed. Run on H2 and on PostgreSQL.
 */
@Import(ControllableClockConfig.class)
abstract class IncidentContract {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("spring.mail.default-encoding", () -> "UTF-8");
        // The test runs the job by hand; the schedule must not fire in between.
        registry.add("itaku.incident.reminder-cron", () -> "-");
    }

    @Autowired
    Incidents incidents;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    Reminders reminders;
    @Autowired
    DeadlineCalendar calendar;
    @Autowired
    MutableClock clock;
    @Autowired
    Tallies tallies;
    @Autowired
    Parties partyRows;
    @Autowired
    Duties dutyRows;
    @Autowired
    CaseEntries entries;
    @Autowired
    PlatformTransactionManager transactions;

    long ws;
    long vendor;
    long office;
    long clientA;
    long clientB;

    @BeforeEach
    void chain() {
        clock.set(Instant.parse("2025-05-12T01:00:00Z")); // 10:00 in Tokyo, Monday
        ws = accounts.createWorkspace("事案 " + UUID.randomUUID());
        vendor = register.createOperator(ws, operator("クラウド労務株式会社"));
        office = register.createOperator(ws, operator("みどり社会保険労務士事務所"));
        clientA = register.createOperator(ws, operator("株式会社さくら製作所"));
        clientB = register.createOperator(ws, operator("あおい運輸株式会社"));
        register.createEntrustment(ws, entrust(clientA, office, "社会保険手続"));
        register.createEntrustment(ws, entrust(clientB, office, "社会保険手続"));
        register.createEntrustment(ws, entrust(office, vendor, "手続システムの提供"));
        register.createHolding(ws, holding(office, clientA, "さくら製作所 従業員台帳", "NAME,ADDRESS,SALARY", 600));
        register.createHolding(ws, holding(office, clientB, "あおい運輸 従業員台帳", "NAME,HEALTH_CHECK", 500));
        register.createHolding(ws, holding(vendor, office, "手続データ（全顧問先）", "NAME,ADDRESS,SALARY,HEALTH_CHECK", 1100));
    }

    long incidentAtVendor() {
        return incidents.create(ws, facts(vendor, LocalDate.of(2025, 5, 12), IncidentType.MISCONFIGURATION), 1L,
                "担当 一郎");
    }

    Map<Long, PartyView> parties(long id) {
        return incidents.view(ws, id).parties().stream()
                .collect(Collectors.toMap(p -> p.party().operatorId(), Function.identity()));
    }

    static Duty duty(List<Duty> duties, long operatorId, Obligation.Kind kind) {
        return duties.stream().filter(d -> d.operatorId() == operatorId && d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void eachOperatorUpTheChainGetsItsOwnFactsAndDecision() {
        long id = incidentAtVendor();
        Map<Long, PartyView> p = parties(id);

        assertThat(p).containsOnlyKeys(vendor, office, clientA, clientB);
        Party site = p.get(vendor).party();
        assertThat(site.isSite()).isTrue();
        assertThat(site.role()).isEqualTo(EntrustmentRole.ENTRUSTEE);
        assertThat(site.persons()).isEqualTo(1100);
        assertThat(p.get(office).party().role()).isEqualTo(EntrustmentRole.ENTRUSTEE);
        assertThat(p.get(office).party().distance()).isEqualTo(1);

        // Each client counts its own employees and items, not the whole file at the vendor (GL 3-5-3-1 (4)).
        Party a = p.get(clientA).party();
        assertThat(a.role()).isEqualTo(EntrustmentRole.PRINCIPAL);
        assertThat(a.distance()).isEqualTo(2);
        assertThat(a.path()).containsExactly(clientA, office, vendor);
        assertThat(a.persons()).isEqualTo(600);
        assertThat(a.items()).containsExactlyInAnyOrder(DataItem.NAME, DataItem.ADDRESS, DataItem.SALARY);
        Party b = p.get(clientB).party();
        assertThat(b.persons()).isEqualTo(500);
        assertThat(b.items()).containsExactlyInAnyOrder(DataItem.NAME, DataItem.HEALTH_CHECK);
        assertThat(a.kind()).isEqualTo(OperatorKind.PRIVATE);

        // The vendor knows and owes the reports until it notifies: special-care data (i) and 1,100 persons (iv).
        Decision atVendor = p.get(vendor).decision();
        assertThat(atVendor.reportable()).isTrue();
        assertThat(atVendor.appiCategories()).containsExactly(1, 4);
        assertThat(atVendor.obligations(Obligation.Kind.NOTIFY_PRINCIPAL)).hasSize(1);
        // The clients have not been told: no clock runs for them yet.
        assertThat(p.get(clientA).awaitingNotice()).isTrue();
        assertThat(p.get(clientB).awaitingNotice()).isTrue();

        List<Duty> duties = incidents.duties(ws, id);
        assertThat(duty(duties, vendor, Obligation.Kind.PPC_FINAL).dueOn()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(duty(duties, vendor, Obligation.Kind.PPC_FINAL).ruleSet()).isEqualTo("appi-2024-04");
        assertThat(duties).noneMatch(d -> d.operatorId() == clientA || d.operatorId() == clientB);
    }

    @Test
    void notifyingAllPrincipalsRelievesTheVendorAndStartsThePrincipalsClocks() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T01:30:00Z")); // Wednesday 10:30 in Tokyo

        assertThatThrownBy(() -> incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-15T00:00:00Z"), 1L,
                "x")).isInstanceOf(IllegalArgumentException.class);
        int notified = incidents.notifyPrincipals(ws, id, vendor, 1L, "担当 一郎");

        // The vendor's notice reaches its own principal, the office; the clients learn from the office (GL 3-5-3-5).
        assertThat(notified).isEqualTo(1);
        IncidentView view = incidents.view(ws, id);
        assertThat(view.notices()).extracting(Notice::toOperatorId).containsExactly(office);
        assertThat(view.notices()).allMatch(n -> n.sentAt().equals(Instant.parse("2025-05-14T01:30:00Z")));
        assertThat(parties(id).get(clientA).awaitingNotice()).isTrue();

        // The office tells its two clients later the same day: their clocks start at that moment, not the vendor's.
        clock.set(Instant.parse("2025-05-14T06:00:00Z")); // 15:00 in Tokyo
        assertThat(incidents.notifyPrincipals(ws, id, office, 1L, "担当 二郎")).isEqualTo(2);
        assertThat(incidents.party(ws, id, clientA).noticeReceivedAt()).isEqualTo(Instant.parse("2025-05-14T06:00:00Z"));
        assertThat(incidents.party(ws, id, clientA).noticeReceivedFrom()).isEqualTo(office);
        Map<Long, PartyView> p = parties(id);

        // APPI Art. 26(1) proviso: the vendor is relieved, and its notice counts as done on time (window 05-15–05-17).
        Decision atVendor = p.get(vendor).decision();
        assertThat(atVendor.reportable()).isFalse();
        assertThat(atVendor.exemption()).isEqualTo(Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL);
        List<Duty> duties = incidents.duties(ws, id);
        Duty notice = duty(duties, vendor, Obligation.Kind.NOTIFY_PRINCIPAL);
        assertThat(notice.status()).isEqualTo(DutyStatus.FULFILLED);
        assertThat(notice.fulfilledOn()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(notice.onTime()).isTrue();
        assertThat(duty(duties, vendor, Obligation.Kind.PPC_FINAL).status()).isEqualTo(DutyStatus.WITHDRAWN);
        assertThat(incidents.dutyHistoryCount(ws, id, vendor)).isGreaterThanOrEqualTo(2);

        // GL 3-5-3-5: each principal knows at the latest on receipt (05-14), day 30 = 06-12 (appi-rules §11 row 13).
        Party a = p.get(clientA).party();
        assertThat(a.noticeReceivedOn()).contains(LocalDate.of(2025, 5, 14));
        assertThat(p.get(clientA).decision().reportable()).isFalse(); // 600 persons, nothing sensitive
        Decision atB = p.get(clientB).decision();
        assertThat(atB.reportable()).isTrue();
        assertThat(atB.appiCategories()).containsExactly(1); // health check results: 要配慮個人情報
        assertThat(duty(duties, clientB, Obligation.Kind.PPC_FINAL).dueOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        // The office notified A and B itself: it is relieved too, and its notice is done.
        assertThat(p.get(office).decision().reportable()).isFalse();
        assertThat(duty(duties, office, Obligation.Kind.NOTIFY_PRINCIPAL).status()).isEqualTo(DutyStatus.FULFILLED);

        IncidentReport report = incidents.report(ws, id, clientB);
        assertThat(report.knownOn()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(report.appiCategories()).containsExactly(1);
        assertThat(report.entrustees()).extracting(IncidentReport.PartyRef::operatorId).containsExactly(office);
        assertThat(incidents.report(ws, id, office).principals()).extracting(IncidentReport.PartyRef::operatorId)
                .containsExactlyInAnyOrder(clientA, clientB);
        assertThat(report.kind()).isEqualTo("leak");
        assertThat(report.timeline()).isNotEmpty();
        assertThat(incidents.reports(ws, id)).extracting(IncidentReport::reporterId)
                .containsExactly(vendor, office, clientA, clientB);
    }

    @Test
    void passingOneThousandPersonsMakesItReportableAndKeepsHistory() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T01:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, 1L, "担当 一郎");
        incidents.notifyPrincipals(ws, id, office, 1L, "担当 一郎");
        Party a = incidents.party(ws, id, clientA);
        assertThat(incidents.duties(ws, id)).noneMatch(d -> d.operatorId() == clientA && d.isOpen()
                && d.kind() == Obligation.Kind.PPC_FINAL);

        // A recount finds 1,200 of A's employees in the file: Rules Art. 7(iv) applies from now.
        incidents.updateParty(ws, id, clientA, a.role(), a.items(), 1200, null, false, null, "担当 一郎");

        Decision d = parties(id).get(clientA).decision();
        assertThat(d.reportable()).isTrue();
        assertThat(d.appiCategories()).containsExactly(4);
        Duty fin = duty(incidents.duties(ws, id), clientA, Obligation.Kind.PPC_FINAL);
        assertThat(fin.dueOn()).isEqualTo(LocalDate.of(2025, 6, 12));

        // A learns it had known a day earlier: the due date moves and the old one stays in the history.
        int before = incidents.dutyHistoryCount(ws, id, clientA);
        incidents.updateParty(ws, id, clientA, a.role(), a.items(), 1200, null, false, LocalDate.of(2025, 5, 13), "x");
        Duty moved = incidents.duty(ws, fin.id());
        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(incidents.dutyHistoryCount(ws, id, clientA)).isGreaterThan(before);
        assertThat(incidents.view(ws, id).evaluations()).filteredOn(e -> e.operatorId() == clientA)
                .extracting(Evaluation::reportable).contains(false, true);

        // Unauthorized purpose found (it was an insider after all): item iii, 60 days (GL 3-5-3-1 (3)).
        IncidentFacts f = incidents.incident(ws, id).facts();
        incidents.updateFacts(ws, id, new IncidentFacts(f.title(), f.operatorId(), f.event(), f.certainty(),
                f.discoverer(), f.occurredOn(), f.discoveredOn(), f.containedOn(),
                EnumSet.of(IncidentType.MISCONFIGURATION, IncidentType.INSIDER), f.cause(), f.indicators(), null,
                false, false, false, Set.of(), null), "担当 一郎");
        assertThat(parties(id).get(clientA).decision().appiCategories()).containsExactly(3, 4);
        assertThat(incidents.duty(ws, fin.id()).dueOn()).isEqualTo(LocalDate.of(2025, 7, 11));

        // Encryption proven for all the data: nothing is owed (Rules Art. 7(i) parenthetical); open duties withdrawn.
        f = incidents.incident(ws, id).facts();
        incidents.updateFacts(ws, id, new IncidentFacts(f.title(), f.operatorId(), f.event(), f.certainty(),
                f.discoverer(), f.occurredOn(), f.discoveredOn(), f.containedOn(), f.incidentTypes(), f.cause(),
                f.indicators(), null, true, false, false, Set.of(), null), "担当 一郎");
        assertThat(parties(id).get(clientA).decision().exemption()).isEqualTo(Decision.STRONG_ENCRYPTION);
        assertThat(incidents.duty(ws, fin.id()).status()).isEqualTo(DutyStatus.WITHDRAWN);
    }

    @Test
    void fulfilmentIsFrozenAndWaiversNeedAnApproverAndAReason() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T01:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, 1L, "担当 一郎");
        incidents.notifyPrincipals(ws, id, office, 1L, "担当 一郎");
        Duty fin = duty(incidents.duties(ws, id), clientB, Obligation.Kind.PPC_FINAL);

        Duty late = incidents.fulfil(ws, fin.id(), LocalDate.of(2025, 6, 13), "担当 一郎");
        assertThat(late.onTime()).isFalse();
        assertThatThrownBy(() -> incidents.fulfil(ws, fin.id(), LocalDate.of(2025, 6, 1), "x"))
                .isInstanceOf(IllegalTransitionException.class);
        // Later facts move nothing that is settled.
        Party b = incidents.party(ws, id, clientB);
        incidents.updateParty(ws, id, clientB, b.role(), b.items(), 500, null, false, LocalDate.of(2025, 5, 20), "x");
        Duty still = incidents.duty(ws, fin.id());
        assertThat(still.status()).isEqualTo(DutyStatus.FULFILLED);
        assertThat(still.onTime()).isFalse();
        assertThat(still.dueOn()).isEqualTo(LocalDate.of(2025, 6, 12));

        Duty pre = duty(incidents.duties(ws, id), clientB, Obligation.Kind.PPC_PRELIMINARY);
        assertThatThrownBy(() -> new Waiver("担当 一郎", null, Role.OFFICER, "受信者が未開封で削除したため"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("承認者");
        assertThatThrownBy(() -> new Waiver("担当 一郎", "担当 二郎", Role.STAFF, "受信者が未開封で削除したため"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Waiver("管理者 花子", "管理者 花子", Role.OFFICER, "受信者が未開封で削除したため"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("申請者と承認者");
        assertThatThrownBy(() -> new Waiver("担当 一郎", "管理者 花子", Role.OFFICER, "不要"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("理由");
        Duty waived = incidents.waive(ws, pre.id(), new Waiver("担当 一郎", "管理者 花子", Role.OFFICER,
                "確報を期限前に提出するため速報は確報と同時に行う"));
        assertThat(waived.status()).isEqualTo(DutyStatus.NOT_REQUIRED);
        assertThat(incidents.duty(ws, pre.id()).approvedBy()).isEqualTo("管理者 花子");
        assertThatThrownBy(() -> incidents.waive(ws, pre.id(), new Waiver(null, "管理者 花子", Role.ADMIN,
                "二度目の判断は受け付けない"))).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void removingAHoldingRecountsAndProposingAgainRestores() {
        long extra = register.createHolding(ws, holding(vendor, office, "旧システムのバックアップ", "NAME,MY_NUMBER", 80));
        long id = incidentAtVendor();
        assertThat(incidents.party(ws, id, vendor).persons()).isEqualTo(1180);
        assertThat(incidents.party(ws, id, vendor).items()).contains(DataItem.MY_NUMBER);
        assertThat(parties(id).get(vendor).decision().myNumberCategories()).isNotEmpty();

        // The backup turns out not to have been reached: the vendor's figures and decision follow.
        incidents.removeHolding(ws, id, extra, "担当 一郎");
        assertThat(incidents.view(ws, id).holdings()).extracting(AffectedHolding::holdingId).doesNotContain(extra);
        assertThat(incidents.party(ws, id, vendor).persons()).isEqualTo(1100);
        assertThat(incidents.party(ws, id, vendor).items()).doesNotContain(DataItem.MY_NUMBER);
        assertThat(parties(id).get(vendor).decision().myNumberCategories()).isEmpty();
        assertThat(incidents.party(ws, id, clientA).persons()).isEqualTo(600);
        keptCountsAreTheRowCounts(id); // a change of holdings counts them again

        incidents.reproposeHoldings(ws, id, "担当 一郎");
        assertThat(incidents.party(ws, id, vendor).persons()).isEqualTo(1180);
        assertThat(incidents.view(ws, id).holdings()).hasSize(2);
        keptCountsAreTheRowCounts(id);
    }

    @Test
    void statusMovesOnlyAlongTheGuardedPath() {
        long id = incidentAtVendor();
        assertThatThrownBy(() -> incidents.close(ws, id, "x")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> incidents.reopen(ws, id, "x")).isInstanceOf(IllegalTransitionException.class);
        incidents.contain(ws, id, LocalDate.of(2025, 5, 12), "x");
        assertThat(incidents.incident(ws, id).status()).isEqualTo(IncidentStatus.CONTAINED);
        assertThat(incidents.incident(ws, id).facts().containedOn()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThatThrownBy(() -> incidents.contain(ws, id, LocalDate.of(2025, 5, 13), "x"))
                .isInstanceOf(IllegalTransitionException.class);
        // Obligations are still open: it cannot be closed yet.
        assertThatThrownBy(() -> incidents.close(ws, id, "x")).isInstanceOf(IllegalTransitionException.class)
                .hasMessageMatching("未了の義務が \\d+ 件あるため完了にできません。")
                .extracting(e -> ((IllegalTransitionException) e).code()).isEqualTo("incident.transition.openObligations");
        incidents.reopen(ws, id, "x");
        assertThat(incidents.incident(ws, id).status()).isEqualTo(IncidentStatus.OPEN);
    }

    @Test
    void theVendorNotifiesOnceEveryOfficeRelaysInOneStepAndEveryPartyIsDecided() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T06:30:00Z")); // Wednesday 15:30 in Tokyo

        assertThat(incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当"))
                .isEqualTo(1);
        assertThat(incidents.relayNotices(ws, id, 1, Instant.parse("2025-05-14T05:00:00Z"), 1L, "担当")).isEqualTo(2);

        Map<Long, PartyView> p = parties(id);
        assertThat(p.values()).noneMatch(PartyView::awaitingNotice);
        assertThat(p.get(clientB).party().noticeReceivedFrom()).isEqualTo(office);
        assertThat(p.get(clientB).party().noticeReceivedAt()).isEqualTo(Instant.parse("2025-05-14T05:00:00Z"));
        IncidentPage page = incidents.page(ws, id, PartyFilter.ALL, 0, 50);
        assertThat(page.summary().decided()).isEqualTo(4);
        assertThat(page.notices()).isEqualTo(3);
        // The office's notice to its two clients at one moment is one row (V36) and reads back as two notices.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_notice WHERE workspace_id = ? AND incident_id = ?")
                .params(ws, id).query(Long.class).single()).isEqualTo(2);
        assertThat(incidents.view(ws, id).notices()).extracting(Notice::fromOperatorId, Notice::toOperatorId)
                .containsExactlyInAnyOrder(tuple(vendor, office), tuple(office, clientA), tuple(office, clientB));
        assertThat(page.timeline()).extracting(TimelineEntry::code).contains("notice.sent", "notice.relayed");
        // The clients have no principals of their own: relaying from their level is refused, nothing is written.
        assertThatThrownBy(() -> incidents.relayNotices(ws, id, 2, null, 1L, "担当"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(incidents.page(ws, id, PartyFilter.ALL, 0, 50).notices()).isEqualTo(3);
        // The page filters by level and decision and counts what matches.
        IncidentPage clients = incidents.page(ws, id, new PartyFilter(2, null, PartyFilter.DecisionState.REPORTABLE,
                null, null), 0, 50);
        assertThat(clients.parties()).extracting(v -> v.party().operatorId()).containsExactly(clientB);
        assertThat(clients.matching()).isEqualTo(1);
    }

    /**
     * Parties alike in items, notices and verdict share one state row (migration 39), within one entrustee: a notice
     * that moves all members alike rewrites their row once; members it moves apart split, the larger part keeping the
     * row; a member whose facts change alone keeps or leaves its row as the rest stand; a forensic narrowing rewrites
     * every row. Every party reads back as judged.
     */
    @Test
    void partiesAlikeShareAStateRowAndOneThatChangesAloneLeavesIt() {
        SecondOffice second = secondOffice();
        long office2 = second.office();
        long clientC = second.clientC();
        long clientD = second.clientD();
        long id = incidentAtVendor();
        // The vendor; the two offices (alike); A, B (unlike each other); C and D (alike while neither knows).
        assertThat(stateRows(id)).isEqualTo(5);

        clock.set(Instant.parse("2025-05-14T06:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当");
        assertThat(stateRows(id)).as("the offices' row moved as one").isEqualTo(5);
        incidents.notifyPrincipals(ws, id, office2, Instant.parse("2025-05-14T05:00:00Z"), 1L, "担当");
        // The second office's own notice took it off the offices' row; C (past 1,000 persons, Rules Art. 7(iv)) and D
        // were told alike but judged apart.
        assertThat(stateRows(id)).isEqualTo(7);
        Map<Long, PartyView> p = parties(id);
        for (long client : List.of(clientC, clientD)) {
            assertThat(p.get(client).party().noticeReceivedFrom()).isEqualTo(office2);
            assertThat(p.get(client).party().noticeReceivedAt()).isEqualTo(Instant.parse("2025-05-14T05:00:00Z"));
        }
        assertThat(p.get(clientC).decision().reportable()).isTrue();
        assertThat(p.get(clientC).decision().appiCategories()).contains(4);
        assertThat(p.get(clientD).decision().reportable()).isFalse();
        assertThat(p.get(clientA).party().noticeReceivedAt()).isNull();
        assertThat(p.get(office).party().notifiedPrincipalsAt()).isNull();
        assertThat(p.get(office2).party().notifiedPrincipalsAt()).isEqualTo(Instant.parse("2025-05-14T05:00:00Z"));

        // D passes 1,000 persons too: its row is its own, so it is rewritten; C's is untouched.
        incidents.updateParty(ws, id, clientD, EntrustmentRole.PRINCIPAL, Set.of(DataItem.NAME, DataItem.ADDRESS,
                DataItem.SALARY), 1500, null, false, null, "担当");
        assertThat(stateRows(id)).isEqualTo(7);
        p = parties(id);
        assertThat(p.get(clientD).decision().appiCategories()).contains(4);
        assertThat(p.get(clientD).party().persons()).isEqualTo(1500);
        assertThat(p.get(clientC).party().persons()).as("its share at the vendor, past 1,000").isGreaterThan(1000);

        // Narrowed to names: every row is rewritten in place, none added, and every party reads its new items.
        clock.set(Instant.parse("2025-05-20T01:30:00Z"));
        incidents.recordForensicResult(ws, id, new ForensicResult(LocalDate.of(2025, 5, 19),
                ForensicResult.Outcome.NARROWED, Set.of(DataItem.NAME), null, null), "担当");
        assertThat(stateRows(id)).isEqualTo(7);
        assertThat(parties(id).values()).allSatisfy(v -> assertThat(v.party().items()).containsOnly(DataItem.NAME));
        IncidentPage clients = incidents.page(ws, id, new PartyFilter(2, null, PartyFilter.DecisionState.REPORTABLE,
                null, null), 0, 50);
        assertThat(clients.parties()).extracting(v -> v.party().operatorId()).containsExactly(clientC, clientD);
        // A name searched with a decision is counted in SQL, through the state rows (A was never told: awaiting).
        assertThat(incidents.page(ws, id, new PartyFilter(2, null, PartyFilter.DecisionState.AWAITING,
                "さくら", null), 0, 50).matching()).isEqualTo(1);
        assertThat(incidents.page(ws, id, new PartyFilter(2, null, PartyFilter.DecisionState.REPORTABLE,
                "さくら", null), 0, 50).matching()).isZero();
        keptCountsAreTheRowCounts(id);
    }

    /** A second office at the vendor with clients C (1,200 persons) and D (200), alike in their items. */
    record SecondOffice(long office, long clientC, long clientD) {
    }

    SecondOffice secondOffice() {
        long office2 = register.createOperator(ws, operator("あさひ社会保険労務士事務所"));
        long clientC = register.createOperator(ws, operator("株式会社かえで食品"));
        long clientD = register.createOperator(ws, operator("もみじ建設株式会社"));
        register.createEntrustment(ws, entrust(office2, vendor, "手続システムの提供"));
        register.createEntrustment(ws, entrust(clientC, office2, "社会保険手続"));
        register.createEntrustment(ws, entrust(clientD, office2, "社会保険手続"));
        register.createHolding(ws, holding(vendor, office2, "手続データ（全顧問先）", "NAME,ADDRESS,SALARY,HEALTH_CHECK", 1100));
        register.createHolding(ws, holding(office2, clientC, "かえで食品 従業員台帳", "NAME,ADDRESS,SALARY", 1200));
        register.createHolding(ws, holding(office2, clientD, "もみじ建設 従業員台帳", "NAME,ADDRESS,SALARY", 200));
        return new SecondOffice(office2, clientC, clientD);
    }

    /**
     * Two offices record their notices to their clients at the same moment: each change loads the whole case, so
     * without waiting for the other it would write over it (or number a new shared row as the other did). Both land.
     */
    @Test
    void twoChangesToOneCaseAtOnceBothLand() throws Exception {
        SecondOffice second = secondOffice();
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T06:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当");
        Instant at = Instant.parse("2025-05-14T05:00:00Z");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> done = List.of(
                    pool.submit(() -> {
                        start.await();
                        return incidents.notifyPrincipals(ws, id, office, at, 1L, "担当 一郎");
                    }),
                    pool.submit(() -> {
                        start.await();
                        return incidents.notifyPrincipals(ws, id, second.office(), at, 1L, "担当 二郎");
                    }));
            start.countDown();
            for (java.util.concurrent.Future<Integer> f : done) {
                assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Long, PartyView> p = parties(id);
        assertThat(p.get(office).party().notifiedPrincipalsAt()).isEqualTo(at);
        assertThat(p.get(second.office()).party().notifiedPrincipalsAt()).isEqualTo(at);
        for (long client : List.of(clientA, clientB)) {
            assertThat(p.get(client).party().noticeReceivedFrom()).isEqualTo(office);
        }
        for (long client : List.of(second.clientC(), second.clientD())) {
            assertThat(p.get(client).party().noticeReceivedFrom()).isEqualTo(second.office());
        }
        assertThat(p.values()).allMatch(v -> v.decision() != null);
        assertThat(incidents.page(ws, id, PartyFilter.ALL, 0, 50).notices()).isEqualTo(6);
        keptCountsAreTheRowCounts(id);
    }

    private long stateRows(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_party_state WHERE workspace_id = ? AND incident_id = ?")
                .params(ws, id).query(Long.class).single();
    }

    /** Operators one change judged alike share an evaluation row (V35); they read back one each, newest first. */
    @Test
    void evaluationsOfOneChangeShareRowsAndReadBackOneEachNewestFirst() {
        long id = incidentAtVendor();
        int before = entries.evaluations(ws, id, Integer.MAX_VALUE).size();
        Instant at = Instant.parse("2025-05-14T05:00:00Z");
        List<Evaluation> judged = new java.util.ArrayList<>();
        for (long operator = 1; operator <= 2_500; operator++) {
            judged.add(new Evaluation(operator, true, "1", "", null, "appi-2022", "委託先から通知を受けた", at));
        }
        judged.add(new Evaluation(9_999, false, "", "", "encryption", "appi-2022", "委託先から通知を受けた", at));
        entries.addEvaluations(ws, id, judged);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_evaluation WHERE workspace_id = ? AND incident_id = ? "
                + "AND evaluated_at = ?").params(ws, id, java.sql.Timestamp.from(at)).query(Long.class).single())
                .as("1,000 alike per row, the one unlike on its own").isEqualTo(4);
        assertThat(entries.evaluations(ws, id, 3)).extracting(Evaluation::operatorId).containsExactly(9_999L, 2_500L,
                2_499L);
        List<Evaluation> all = entries.evaluations(ws, id, Integer.MAX_VALUE);
        assertThat(all).hasSize(before + 2_501);
        List<Evaluation> newestFirst = new java.util.ArrayList<>(judged);
        java.util.Collections.reverse(newestFirst);
        assertThat(all.subList(0, 2_501)).isEqualTo(newestFirst);
    }

    /**
     * Obligations alike but for the operator share rows of up to 1,000 (migration 37); each member keeps an id inside
     * its row's block, reads back on its own, and leaves the row under that id when it alone changes.
     */
    @Test
    void alikeObligationsShareRowsAndEachKeepsItsOwnId() {
        long id = incidentAtVendor();
        LocalDate due = LocalDate.of(2025, 6, 13);
        Duty shape = new Duty(0, id, 0, "ppc_final", Obligation.Kind.PPC_FINAL, null, due, null, null, true,
                List.of("規則8条"), "appi-2022", DutyStatus.OPEN, null, null, null, null, null);
        long first = 500_000;
        List<Duty> fresh = new java.util.ArrayList<>();
        for (long o = first + 2_499; o >= first; o--) { // out of order on purpose: rows hold ascending operators
            fresh.add(shape.as(0, o));
        }
        Duty unlike = new Duty(0, id, 999_999, "ppc_final", Obligation.Kind.PPC_FINAL, null, due.plusDays(1), null,
                null, true, List.of("規則8条"), "appi-2022", DutyStatus.OPEN, null, null, null, null, null);
        fresh.add(unlike);
        dutyRows.insertAll(ws, fresh, clock.instant());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_obligation WHERE workspace_id = ? AND incident_id = ? "
                + "AND operator_id >= ?").params(ws, id, first).query(Long.class).single())
                .as("three shared rows (1,000 + 1,000 + 500) and the unlike one").isEqualTo(4);
        assertThat(dutyRows.count(ws, id, Obligation.Kind.PPC_FINAL, DutyStatus.OPEN))
                .isEqualTo(2_501 + countOther(id));

        List<Duty> mine = dutyRows.of(ws, id).stream().filter(d -> d.operatorId() >= first).toList();
        assertThat(mine).hasSize(2_501);
        assertThat(mine).extracting(Duty::operatorId).isSorted().doesNotHaveDuplicates();
        assertThat(mine).extracting(Duty::id).doesNotHaveDuplicates();
        for (Duty d : List.of(mine.get(0), mine.get(999), mine.get(1_000), mine.get(2_499), mine.get(2_500))) {
            assertThat(dutyRows.find(ws, d.id())).contains(d);
            assertThat(dutyRows.find(ws + 1_000_000, d.id())).isEmpty();
        }
        assertThat(dutyRows.ofOperators(ws, id, List.of(first + 5, first + 1_500, 999_999L)))
                .extracting(Duty::operatorId).containsExactly(first + 5, first + 1_500, 999_999L);

        // One member fulfilled alone: it leaves its row under the same id; the rest stay shared.
        Duty one = mine.get(1_200);
        Duty done = one.fulfil(LocalDate.of(2025, 6, 1));
        dutyRows.replace(ws, one, done, "確報を提出", clock.instant());
        assertThat(dutyRows.find(ws, one.id())).contains(done);
        assertThat(dutyRows.historyCount(ws, id, one.operatorId())).isEqualTo(1);
        assertThat(dutyRows.historyCount(ws, id, one.operatorId() + 1)).isZero();
        assertThat(dutyRows.count(ws, id, Obligation.Kind.PPC_FINAL, DutyStatus.FULFILLED)).isEqualTo(1);
        List<Duty> after = dutyRows.of(ws, id).stream().filter(d -> d.operatorId() >= first).toList();
        assertThat(after).hasSize(2_501).contains(done).doesNotContain(one);

        // Every remaining member of the second row moves alike: one update and one history row for the 999 of them.
        List<IncidentCase.DutyChange> moved = after.stream()
                .filter(d -> d.operatorId() >= first + 1_000 && d.operatorId() < first + 2_000 && d.isOpen())
                .map(d -> new IncidentCase.DutyChange(d, d.withdrawn())).toList();
        assertThat(moved).hasSize(999);
        long historyBefore = historyRows(id);
        dutyRows.replaceAll(ws, moved, "事実の変更", clock.instant());
        assertThat(historyRows(id) - historyBefore).isEqualTo(1);
        assertThat(dutyRows.count(ws, id, Obligation.Kind.PPC_FINAL, DutyStatus.WITHDRAWN)).isEqualTo(999);
        assertThat(dutyRows.historyCount(ws, id, first + 1_000)).isEqualTo(1);
        assertThat(dutyRows.historyCount(ws, id, one.operatorId())).as("it had left before").isEqualTo(1);
        assertThat(dutyRows.find(ws, moved.get(0).before().id())).contains(moved.get(0).after());

        // Pages walk the members in order without gaps or repeats, whatever the page size.
        List<Duty> paged = new java.util.ArrayList<>();
        long total = dutyRows.count(ws, id, null, null);
        for (int offset = 0; offset < total; offset += 333) {
            paged.addAll(dutyRows.page(ws, id, null, null, offset, 333));
        }
        assertThat(paged).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(paged).containsExactlyInAnyOrderElementsOf(dutyRows.of(ws, id));
        assertThat(dutyRows.page(ws, id, Obligation.Kind.PPC_FINAL, DutyStatus.WITHDRAWN, 998, 5)).hasSize(1);
    }

    private long countOther(long id) {
        return jdbc.sql("SELECT COALESCE(SUM(members), 0) FROM incident_obligation WHERE workspace_id = ? "
                + "AND incident_id = ? AND kind = 'PPC_FINAL' AND status = 'OPEN' AND operator_id < 500000")
                .params(ws, id).query(Long.class).single();
    }

    private long historyRows(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM incident_obligation_history WHERE workspace_id = ? AND incident_id = ?")
                .params(ws, id).query(Long.class).single();
    }

    /** The counts kept with each change are those the database counts from the rows themselves. */
    void keptCountsAreTheRowCounts(long id) {
        Tallies.Kept kept = tallies.read(ws, id).orElseThrow();
        assertThat(kept.tally()).isEqualTo(new CaseTally(partyRows.summary(ws, id), dutyRows.tally(ws, id)));
        assertThat(kept.holdings()).isEqualTo(entries.countHoldings(ws, id));
        assertThat(kept.notices()).isEqualTo(entries.countNotices(ws, id));
        LocalDate until = LocalDate.of(2025, 12, 31);
        assertThat(incidents.openDutyCount(ws, until)).isEqualTo(dutyRows.countOpenWithDeadline(ws, until));
        // The agenda reads the kept deadline column: every open obligation due by then, soonest first.
        List<Duty> agenda = incidents.agenda(ws, until, 1000).stream().map(Incidents.AgendaItem::duty).toList();
        assertThat(agenda).hasSize(dutyRows.countOpenWithDeadline(ws, until)).allMatch(Duty::isOpen)
                .isSortedAccordingTo(java.util.Comparator.comparing(Duty::deadline));
    }

    @Test
    void theCountsAPageOpensWithAreKeptWithEveryKindOfChange() {
        long id = incidentAtVendor();
        keptCountsAreTheRowCounts(id);
        clock.set(Instant.parse("2025-05-14T06:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当");
        incidents.relayNotices(ws, id, 1, Instant.parse("2025-05-14T05:00:00Z"), 1L, "担当");
        keptCountsAreTheRowCounts(id);

        Duty fin = duty(incidents.duties(ws, id), clientB, Obligation.Kind.PPC_FINAL);
        incidents.fulfil(ws, fin.id(), LocalDate.of(2025, 6, 1), "担当 一郎");
        Duty pre = duty(incidents.duties(ws, id), clientB, Obligation.Kind.PPC_PRELIMINARY);
        incidents.waive(ws, pre.id(), new Waiver("担当 一郎", "管理者 花子", Role.OFFICER,
                "確報を期限前に提出するため速報は確報と同時に行う"));
        keptCountsAreTheRowCounts(id);
        assertThat(incidents.duties(ws, id, Obligation.Kind.PPC_FINAL, DutyStatus.FULFILLED, 0, 50).total())
                .isEqualTo(1);

        incidents.recordForensicResult(ws, id, new ForensicResult(LocalDate.of(2025, 5, 14),
                ForensicResult.Outcome.NARROWED, Set.of(DataItem.NAME), null, null), "担当");
        keptCountsAreTheRowCounts(id);
        Party a = incidents.party(ws, id, clientA);
        incidents.updateParty(ws, id, clientA, a.role(), a.items(), 1500, null, false, null, "担当");
        keptCountsAreTheRowCounts(id);
        IncidentPage page = incidents.page(ws, id, new PartyFilter(2, null, null, null, null), 0, 1);
        assertThat(page.matching()).isEqualTo(2);
        assertThat(page.parties()).hasSize(1);
        assertThat(incidents.page(ws, id, new PartyFilter(null, null, null, "さくら", null), 0, 50).matching())
                .isEqualTo(1);
    }

    @Test
    void theReportsOfSomeOperatorsReadOnlyTheirNeighboursAndEqualThoseOfTheWholeCase() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T06:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当");
        incidents.relayNotices(ws, id, 1, Instant.parse("2025-05-14T05:00:00Z"), 1L, "担当");
        List<IncidentReport> all = incidents.reports(ws, id);
        for (long operator : List.of(vendor, office, clientA)) {
            assertThat(incidents.reports(ws, id, List.of(operator)))
                    .containsExactly(all.stream().filter(r -> r.reporterId() == operator).findFirst().orElseThrow());
        }
        assertThat(incidents.reports(ws, id, List.of(office, clientB))).extracting(IncidentReport::reporterId)
                .containsExactly(office, clientB);
        assertThat(incidents.report(ws, id, office).principals()).extracting(IncidentReport.PartyRef::operatorId)
                .containsExactlyInAnyOrder(clientA, clientB);
    }

    @Test
    void anImportOfNoticeDatesIsAllOrNothing() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-15T01:00:00Z"));
        String csv = "operator_id,notified_on\n" + vendor + ",2025-05-13\n" + office + ",2025-05-14T09:30\n";

        assertThat(incidents.importNotices(ws, id, NoticeImport.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                false), 1L, "担当")).isEqualTo(3);

        assertThat(incidents.party(ws, id, office).noticeReceivedOn()).contains(LocalDate.of(2025, 5, 13));
        assertThat(incidents.party(ws, id, clientA).noticeReceivedAt()).isEqualTo(Instant.parse("2025-05-14T00:30:00Z"));
        assertThat(incidents.events(ws, id)).filteredOn(e -> e.code().equals("notice.imported"))
                .singleElement().satisfies(e -> assertThat(e.params()).containsExactly("2", "3", "3"));
        keptCountsAreTheRowCounts(id); // the kept notices moved by the three imported

        // An unknown operator refuses the whole file, and what was recorded stays as it was.
        long other = incidentAtVendor();
        Map<Long, Instant> bad = new java.util.LinkedHashMap<>();
        bad.put(vendor, Instant.parse("2025-05-13T01:00:00Z"));
        bad.put(999_999L, Instant.parse("2025-05-13T01:00:00Z"));
        assertThatThrownBy(() -> incidents.importNotices(ws, other, bad, 1L, "担当"))
                .isInstanceOf(IncidentNotFoundException.class);
        assertThat(incidents.page(ws, other, PartyFilter.ALL, 0, 50).notices()).isZero();
        assertThat(incidents.party(ws, other, office).noticeReceivedAt()).isNull();
        assertThatThrownBy(() -> NoticeImport.read("operator_id,notified_on\nx,2025-05-13\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), false))
                .hasMessage("読み取れない行があります。事業者IDが数字でない行: 2。通知日を読めない行（YYYY-MM-DD）: なし。");
    }

    @Test
    void aForensicFindingIsDatedReJudgesEveryoneAndTheHistorySaysWhatItMeans() {
        long id = incidentAtVendor();
        clock.set(Instant.parse("2025-05-14T01:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, 1L, "担当");
        incidents.notifyPrincipals(ws, id, office, 1L, "担当");
        assertThat(parties(id).get(clientB).decision().reportable()).isTrue();
        Duty preliminary = duty(incidents.duties(ws, id), clientB, Obligation.Kind.PPC_PRELIMINARY);
        incidents.fulfil(ws, preliminary.id(), LocalDate.of(2025, 5, 14), "担当");

        clock.set(Instant.parse("2025-05-20T01:30:00Z"));
        incidents.recordForensicResult(ws, id, new ForensicResult(LocalDate.of(2025, 5, 19),
                ForensicResult.Outcome.RULED_OUT, Set.of(), null, null), "担当");

        assertThat(incidents.incident(ws, id).facts().kindCode()).isEqualTo("leak_ruled_out");
        assertThat(parties(id).values()).allMatch(v -> v.decision() != null && !v.decision().reportable());
        // Client B filed its 速報: its 確報 stays open to report the outcome; A's open duties are withdrawn.
        List<Duty> duties = incidents.duties(ws, id);
        assertThat(duty(duties, clientB, Obligation.Kind.PPC_FINAL).status()).isEqualTo(DutyStatus.OPEN);
        assertThat(incidents.events(ws, id)).extracting(TimelineEntry::entry)
                .contains("2025-05-19 の調査の結果、漏えい等は発生していないことが判明しました（「漏えい」→「漏えい（調査により否定）」）。")
                .anyMatch(e -> e.contains("速報を提出済みの 1 者は、確報で調査の結果を報告します。"));
        assertThatThrownBy(() -> incidents.recordForensicResult(ws, id, new ForensicResult(LocalDate.of(2025, 6, 1),
                ForensicResult.Outcome.CONFIRMED, Set.of(), null, null), "担当"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未来");
    }

    /**
     * The parties a node keeps after its own change (KeptParties) are those stored, after every kind of change, and are
     * used again while they are; a change rolled back or made elsewhere (another node: a new stamp in the table) is
     * read from the database.
     */
    @Test
    void theKeptPartiesAreThoseStoredAfterEveryKindOfChange() {
        long extra = register.createHolding(ws, holding(vendor, office, "旧システムのバックアップ", "NAME,MY_NUMBER", 80));
        long id = incidentAtVendor();
        keptPartiesAreStored(id);
        assertThat(partyRows.of(ws, id)).as("kept, not read again").isSameAs(partyRows.of(ws, id));

        clock.set(Instant.parse("2025-05-14T06:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当");
        keptPartiesAreStored(id);
        incidents.relayNotices(ws, id, 1, Instant.parse("2025-05-14T05:00:00Z"), 1L, "担当");
        keptPartiesAreStored(id);
        incidents.updateParty(ws, id, clientA, EntrustmentRole.PRINCIPAL, Set.of(DataItem.NAME, DataItem.HEALTH_CHECK),
                1200, 1300L, false, LocalDate.of(2025, 5, 13), "担当");
        keptPartiesAreStored(id);
        incidents.removeHolding(ws, id, extra, "担当");
        keptPartiesAreStored(id);
        incidents.reproposeHoldings(ws, id, "担当");
        keptPartiesAreStored(id);
        clock.set(Instant.parse("2025-05-20T01:30:00Z"));
        incidents.recordForensicResult(ws, id, new ForensicResult(LocalDate.of(2025, 5, 19),
                ForensicResult.Outcome.NARROWED, Set.of(DataItem.NAME), null, null), "担当");
        keptPartiesAreStored(id);
        List<Party> before = partyRows.of(ws, id);

        // A change that fails after writing the parties leaves nothing kept from it.
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> {
                    incidents.updateParty(ws, id, clientB, EntrustmentRole.PRINCIPAL, Set.of(DataItem.NAME), 5, null,
                            false, null, "担当");
                    throw new IllegalStateException("rolled back");
                })).hasMessage("rolled back");
        assertThat(partyRows.of(ws, id)).isEqualTo(before);
        assertThat(incidents.party(ws, id, clientB).persons()).isEqualTo(500);

        // Another node's change: its rows and a new stamp.
        jdbc.sql("UPDATE incident_party SET persons = 7 WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?")
                .params(ws, id, clientB).update();
        jdbc.sql("UPDATE incident SET parties_version = parties_version + 1 WHERE workspace_id = ? AND id = ?")
                .params(ws, id).update();
        assertThat(partyRows.of(ws, id)).filteredOn(p -> p.operatorId() == clientB).extracting(Party::persons)
                .containsExactly(7L);
        keptPartiesAreStored(id);
    }

    void keptPartiesAreStored(long id) {
        List<Party> kept = partyRows.of(ws, id);
        assertThat(kept).isNotEmpty().isEqualTo(partyRows.read(ws, id));
        assertThatThrownBy(() -> kept.add(kept.get(0))).isInstanceOf(UnsupportedOperationException.class);
        // A page of the documents overview takes its parties' neighbours from the kept parties, as the read would.
        for (List<Long> page : List.of(List.of(vendor), List.of(office, clientA), List.of(clientB, clientA, vendor))) {
            assertThat(partyRows.around(ws, id, page)).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(partyRows.aroundStored(ws, id, page));
        }
    }

    @Test
    void anotherWorkspaceSeesNothing() {
        long id = incidentAtVendor();
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        assertThatThrownBy(() -> incidents.view(other, id)).isInstanceOf(IncidentNotFoundException.class);
        assertThatThrownBy(() -> incidents.notifyPrincipals(other, id, vendor, 1L, "x"))
                .isInstanceOf(IncidentNotFoundException.class);
        Duty any = incidents.duties(ws, id).get(0);
        assertThatThrownBy(() -> incidents.fulfil(other, any.id(), LocalDate.of(2025, 5, 20), "x"))
                .isInstanceOf(IncidentNotFoundException.class);
        assertThat(incidents.search(other, "", null)).isEmpty();
        assertThat(incidents.search(ws, "設定", null)).extracting(Incident::id).containsExactly(id);
    }

    /** appi-rules.md §11 row 9: 1,500 customers, known Mon 2025-08-25; day 30 is 秋分の日 → 確報 due 2025-09-24. */
    long ownDataIncident(String officerEmail) {
        long self = register.createOperator(ws, operator("株式会社みなと通販"));
        register.createHolding(ws, holding(self, self, "顧客名簿", "NAME,EMAIL", 1500));
        accounts.createMember(ws, officerEmail, "保護管理者 花子", PASSWORD.toCharArray(), Role.OFFICER);
        clock.set(Instant.parse("2025-08-25T01:00:00Z"));
        return incidents.create(ws, facts(self, LocalDate.of(2025, 8, 25), IncidentType.MISDELIVERY), 1L, "担当");
    }

    @Test
    void remindersReachTheOfficersOnceEachEvenWhenTheJobRunsTwice() throws Exception {
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        long id = ownDataIncident(officer);
        Duty fin = duty(incidents.duties(ws, id), incidents.incident(ws, id).facts().operatorId(), Obligation.Kind.PPC_FINAL);
        assertThat(fin.dueOn()).isEqualTo(LocalDate.of(2025, 9, 24));

        clock.set(Instant.parse("2025-09-21T00:00:00Z")); // 09:00 in Tokyo, three days before
        reminders.send();
        reminders.send();
        List<String> subjects = subjectsTo(officer);
        // The 確報 three days ahead, and the 速報 window (08-28–08-30) long past.
        assertThat(subjects).hasSize(2);
        assertThat(subjects).anyMatch(s -> s.contains("3日前") && s.contains("確報") && s.contains("2025-09-24"));
        assertThat(subjects).anyMatch(s -> s.contains("過ぎています") && s.contains("速報"));

        clock.set(Instant.parse("2025-09-23T00:00:00Z"));
        reminders.send();
        clock.set(Instant.parse("2025-09-25T00:00:00Z"));
        reminders.send();
        reminders.send();
        subjects = subjectsTo(officer);
        assertThat(subjects).hasSize(4);
        assertThat(subjects).filteredOn(s -> s.contains("確報")).hasSize(3);
        assertThat(subjects).anyMatch(s -> s.contains("明日") && s.contains("確報"));
        assertThat(subjects).anyMatch(s -> s.contains("過ぎています") && s.contains("確報"));

        // Done: no more reminders.
        incidents.fulfil(ws, fin.id(), LocalDate.of(2025, 9, 25), "保護管理者 花子");
        clock.set(Instant.parse("2025-09-30T00:00:00Z"));
        reminders.send();
        assertThat(subjectsTo(officer)).hasSize(4);
    }

    /** The clients an office notified at one moment owe the same 確報 by the same day: one mail says so for all. */
    @Test
    void obligationsOfOneIncidentKindAndDeadlineAreRemindedInOneMail() throws Exception {
        String officer = "digest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        accounts.createMember(ws, officer, "保護管理者 花子", PASSWORD.toCharArray(), Role.OFFICER);
        long id = incidents.create(ws, facts(vendor, LocalDate.of(2025, 5, 12), IncidentType.RANSOMWARE), 1L, "担当");
        clock.set(Instant.parse("2025-05-14T06:30:00Z"));
        incidents.notifyPrincipals(ws, id, vendor, Instant.parse("2025-05-14T01:00:00Z"), 1L, "担当");
        incidents.relayNotices(ws, id, 1, Instant.parse("2025-05-14T05:00:00Z"), 1L, "担当");
        List<Duty> duties = incidents.duties(ws, id);
        Duty a = duty(duties, clientA, Obligation.Kind.PPC_FINAL);
        assertThat(duty(duties, clientB, Obligation.Kind.PPC_FINAL).dueOn()).isEqualTo(a.dueOn());
        LocalDate due = a.dueOn();

        clock.set(due.minusDays(3).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant());
        reminders.send();
        reminders.send();
        List<MimeMessage> finals = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessagesForDomain(officer)) {
            if (m.getSubject().contains("確報") && m.getSubject().contains(due.toString())) {
                finals.add(m);
            }
        }
        assertThat(finals).as("one mail for both clients, sent once").hasSize(1);
        assertThat(finals.get(0).getSubject()).contains("3日前", "2事業者");
        assertThat((String) finals.get(0).getContent()).contains("株式会社さくら製作所", "あおい運輸株式会社",
                "/incidents/" + id + "/obligations?kind=ppc_final&status=open");

        // One client reports; the day before, the other is reminded alone, as its own obligation.
        clock.set(due.minusDays(1).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant());
        incidents.fulfil(ws, a.id(), due.minusDays(2), "保護管理者 花子");
        reminders.send();
        List<MimeMessage> tomorrow = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessagesForDomain(officer)) {
            if (m.getSubject().contains("明日") && m.getSubject().contains("確報")) {
                tomorrow.add(m);
            }
        }
        assertThat(tomorrow).hasSize(1);
        assertThat(tomorrow.get(0).getSubject()).doesNotContain("事業者");
        String text = (String) tomorrow.get(0).getContent();
        assertThat(text).contains("あおい運輸株式会社").doesNotContain("株式会社さくら製作所")
                .contains("/incidents/" + id).doesNotContain("/obligations?kind=");
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        String officer = "race-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ownDataIncident(officer);
        clock.set(Instant.parse("2025-09-21T00:00:00Z"));
        // Two "nodes" share one database; the sent-reminder key decides who sends.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return reminders.send();
            }));
        }
        start.countDown();
        int total = 0;
        for (java.util.concurrent.Future<Integer> run : runs) {
            total += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(subjectsTo(officer)).hasSize(2);
        assertThat(total).isGreaterThanOrEqualTo(2);
    }

    List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessagesForDomain(address)) {
            subjects.add(m.getSubject());
        }
        return subjects;
    }

    @Test
    void theCalendarFeedListsOpenDeadlinesInRfc5545() {
        String officer = "cal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        ownDataIncident(officer);
        String ics = calendar.feed(ws, "https://itaku.example.jp/");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250924\r\n", "DTEND;VALUE=DATE:20250925\r\n");
        assertThat(ics).contains("SUMMARY:確報期限：株式会社みなと通販");
        assertThat(ics.split("\r\n")).allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3); // the 速報 window and the 確報; 本人通知 has no date
        // Without itaku.base-url the links lead back to the address the calendar app used.
        assertThat(ics).contains("URL:https://itaku.example.jp/incidents/").doesNotContain("localhost");
        assertThat(calendar.feed(accounts.createWorkspace("空 " + UUID.randomUUID()), "https://itaku.example.jp"))
                .doesNotContain("VEVENT");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** H2 hands out the bulk tables' ids from a large cache (migration 26); PostgreSQL keeps its one-per-call default. */
    @Test
    void bulkTablesNumberTheirRowsFromALargeCacheOnH2Only() throws Exception {
        boolean h2 = jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single().equals("H2");
        for (String table : IdentityCacheMigration.TABLES) {
            long cache = h2
                    ? jdbc.sql("SELECT identity_cache FROM information_schema.columns WHERE table_name = ? "
                            + "AND column_name = 'id'").param(table).query(Long.class).single()
                    : jdbc.sql("SELECT seqcache FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence(?, 'id')::regclass")
                            .param(table).query(Long.class).single();
            assertThat(cache).as(table).isEqualTo(h2 ? IdentityCacheMigration.CACHE : 1);
        }
    }

    /** Migrations 31 and 34: the tables a case fills per party keep no foreign key; the small ones keep theirs. */
    @Test
    void thePerPartyCaseTablesKeepNoForeignKeys() {
        for (String table : CaseForeignKeyMigration.TABLES) {
            assertThat(foreignKeys(table)).as(table).isZero();
        }
        for (String table : List.of("incident_holding", "incident_timeline", "incident_task", "incident_reminder_sent")) {
            assertThat(foreignKeys(table)).as(table).isPositive();
        }
    }

    private long foreignKeys(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' "
                + "AND LOWER(table_name) = ? AND constraint_schema = CURRENT_SCHEMA").param(table)
                .query(Long.class).single();
    }

    @Test
    void aMisdeliveryIsDecidedAtOnce() {
        Misdelivery sent = new Misdelivery(Misdelivery.Channel.EMAIL, "取引先の担当者", 1500,
                Set.of(DataItem.NAME, DataItem.EMAIL), false, OperatorKind.PRIVATE, LocalDate.of(2025, 8, 25));
        Decision d = incidents.decide(sent);
        assertThat(d.reportable()).isTrue();
        assertThat(d.appiCategories()).containsExactly(4);
        assertThat(d.obligations(Obligation.Kind.PPC_FINAL).get(0).due()).isEqualTo(LocalDate.of(2025, 9, 24));

        Misdelivery deleted = new Misdelivery(Misdelivery.Channel.EMAIL, "取引先の担当者", 1500,
                Set.of(DataItem.NAME, DataItem.EMAIL), true, OperatorKind.PRIVATE, LocalDate.of(2025, 8, 25));
        assertThat(incidents.decide(deleted).reportable()).isFalse();
        assertThatThrownBy(() -> new Misdelivery(Misdelivery.Channel.FAX, null, 1, Set.of(), false, null,
                LocalDate.of(2025, 8, 25))).isInstanceOf(IllegalArgumentException.class);
    }
}
