package org.itaku.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.Impact;
import org.itaku.entrustment.OperatorRef;
import org.itaku.entrustment.RegisterFacts;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.Decision;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Facts;
import org.itaku.obligation.IncidentType;
import org.itaku.obligation.Obligation;
import org.itaku.obligation.ObligationEngine;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The incident aggregate's rules, without a database: a SaaS vendor (1) holds the files of two 社労士 offices (2, 3);
 * office 2 has clients 10 and 11, office 3 has client 12. Each office's file at the vendor covers its clients.
 */
class IncidentCaseTest {

    static final long VENDOR = 1;
    static final long OFFICE_A = 2;
    static final long OFFICE_B = 3;
    static final long CLIENT_1 = 10;
    static final long CLIENT_2 = 11;
    static final long CLIENT_3 = 12;
    static final Instant TUESDAY_10_00 = Instant.parse("2025-05-13T01:00:00Z");
    static final Instant TUESDAY_15_00 = Instant.parse("2025-05-13T06:00:00Z");
    static final Set<DataItem> STAFF = DataItem.parseList("NAME,ADDRESS,MY_NUMBER,PENSION_NO");

    final ObligationEngine engine = new ObligationEngine();
    IncidentCase c;

    static OperatorRef ref(long id) {
        return new OperatorRef(id, "事業者" + id, null);
    }

    static IncidentFacts ransomware() {
        return new IncidentFacts("労務SaaSへのランサムウェア攻撃", VENDOR, BreachEvent.LEAK, Certainty.POSSIBLE, Discoverer.SELF,
                LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 12), null, Set.of(IncidentType.RANSOMWARE),
                "サーバーの暗号化", Set.of(), null, false, false, false, Set.of(), null);
    }

    /** What the register's impact() answers for the vendor. */
    static Impact impact() {
        Impact.AffectedHolding fileA = new Impact.AffectedHolding(100, "事務所Aの手続データ", ref(OFFICE_A),
                PersonCount.exact(1500), STAFF, DataItem.flagsOf(STAFF), Encryption.AT_REST, false, false,
                List.of(ref(OFFICE_A), ref(VENDOR)));
        Impact.AffectedHolding fileB = new Impact.AffectedHolding(101, "事務所Bの手続データ", ref(OFFICE_B),
                PersonCount.exact(40), STAFF, DataItem.flagsOf(STAFF), Encryption.AT_REST, false, false,
                List.of(ref(OFFICE_B), ref(VENDOR)));
        List<Impact.AffectedPrincipal> principals = new ArrayList<>();
        principals.add(principal(OFFICE_A, 1, 100, 1500, List.of(OFFICE_A, VENDOR), null));
        principals.add(principal(OFFICE_B, 1, 101, 40, List.of(OFFICE_B, VENDOR), null));
        // Impact gives every principal above a holding the whole holding (an upper bound), and with it what each
        // client entrusted to its own office: its own share.
        principals.add(principal(CLIENT_1, 2, 100, 1500, List.of(CLIENT_1, OFFICE_A, VENDOR),
                new Impact.OwnShare(1200, 1200, DataItem.parseList("NAME,MY_NUMBER"))));
        principals.add(principal(CLIENT_2, 2, 100, 1500, List.of(CLIENT_2, OFFICE_A, VENDOR),
                new Impact.OwnShare(300, 300, STAFF)));
        principals.add(principal(CLIENT_3, 2, 101, 40, List.of(CLIENT_3, OFFICE_B, VENDOR),
                new Impact.OwnShare(40, 40, STAFF)));
        return new Impact(ref(VENDOR), List.of(fileA, fileB), principals);
    }

    static Impact.AffectedPrincipal principal(long id, int distance, long holding, long persons, List<Long> path,
            Impact.OwnShare own) {
        return new Impact.AffectedPrincipal(ref(id), distance, List.of(holding), persons, persons, STAFF,
                DataItem.flagsOf(STAFF), Set.of(Encryption.AT_REST), false, path.stream().map(IncidentCaseTest::ref).toList(),
                own);
    }

    /** The register's kinds. */
    static RegisterFacts register() {
        return RegisterFacts.of(Map.of(CLIENT_3, OperatorKind.HEALTH_INSURANCE_SOCIETY));
    }

    @BeforeEach
    void open() {
        Incident incident = new Incident(7, ransomware(), IncidentStatus.OPEN, TUESDAY_10_00);
        c = new IncidentCase(incident, IncidentCase.partiesFrom(incident.facts(), impact(), register()), List.of());
    }

    Party party(long id) {
        return c.party(id).orElseThrow();
    }

    @Test
    void partiesComeFromTheImpactWithTheirOwnShareRoleAndKind() {
        assertThat(c.parties()).extracting(Party::operatorId).containsExactly(VENDOR, OFFICE_A, OFFICE_B, CLIENT_1,
                CLIENT_2, CLIENT_3);
        assertThat(party(VENDOR).isSite()).isTrue();
        assertThat(party(VENDOR).role()).isEqualTo(EntrustmentRole.ENTRUSTEE); // holds only others' data
        assertThat(party(VENDOR).persons()).isEqualTo(1540);
        // An office is somebody's next link down: it holds its clients' data as entrustee.
        assertThat(party(OFFICE_A).role()).isEqualTo(EntrustmentRole.ENTRUSTEE);
        // Each client counts what it entrusted itself (GL 3-5-3-1 (4)), not the office's whole file.
        assertThat(party(CLIENT_1).role()).isEqualTo(EntrustmentRole.PRINCIPAL);
        assertThat(party(CLIENT_1).persons()).isEqualTo(1200);
        assertThat(party(CLIENT_1).items()).containsExactlyInAnyOrder(DataItem.NAME, DataItem.MY_NUMBER);
        assertThat(party(CLIENT_2).persons()).isEqualTo(300);
        assertThat(party(CLIENT_3).kind()).isEqualTo(OperatorKind.HEALTH_INSURANCE_SOCIETY);
        assertThat(party(CLIENT_1).entrusteeId()).isEqualTo(OFFICE_A);
    }

    @Test
    void onlyThoseWhoKnowAreJudgedAndEqualFactsAreJudgedOnce() {
        AtomicInteger calls = new AtomicInteger();
        Function<Facts, Decision> counting = f -> {
            calls.incrementAndGet();
            return engine.evaluate(f);
        };
        IncidentCase.Judgement first = c.reevaluate(counting, "登録", TUESDAY_10_00);

        assertThat(first.decided()).isEqualTo(1); // only the vendor knows (GL 3-5-3-5: nobody else's clock runs)
        assertThat(party(VENDOR).verdict().reportable()).isTrue();
        assertThat(party(CLIENT_1).verdict()).isNull();
        assertThat(first.inserted()).allMatch(d -> d.operatorId() == VENDOR)
                .extracting(Duty::kind).contains(Obligation.Kind.PPC_FINAL, Obligation.Kind.NOTIFY_PRINCIPAL);
        assertThat(first.evaluations()).hasSize(1);

        // Judging again without a change writes nothing and asks the engine once per distinct facts.
        c.notifyPrincipals(VENDOR, TUESDAY_10_00);
        c.relay(1, TUESDAY_15_00);
        calls.set(0);
        IncidentCase.Judgement all = c.reevaluate(counting, "通知", TUESDAY_15_00);
        assertThat(all.decided()).isEqualTo(6);
        assertThat(calls.get()).isLessThanOrEqualTo(6);
        IncidentCase.Judgement again = c.reevaluate(counting, "再判定", TUESDAY_15_00);
        assertThat(again.inserted()).isEmpty();
        assertThat(again.replaced()).isEmpty();
        assertThat(again.evaluations()).isEmpty();
        assertThat(again.reportableBefore()).isEqualTo(again.reportableAfter());
    }

    @Test
    void aNoticeReachesOnlyTheDirectPrincipalsAndAnEarlierNoticeKeepsTheClock() {
        IncidentCase.Notices fromVendor = c.notifyPrincipals(VENDOR, TUESDAY_10_00);

        assertThat(fromVendor.log()).extracting(Notice::toOperatorId).containsExactlyInAnyOrder(OFFICE_A, OFFICE_B);
        assertThat(fromVendor.firstReceived()).isEqualTo(2);
        assertThat(party(OFFICE_A).noticeReceivedAt()).isEqualTo(TUESDAY_10_00);
        // A client two levels up is notified by its own office, not by the vendor's notice.
        assertThat(party(CLIENT_1).noticeReceivedAt()).isNull();

        // Office A tells its clients at 15:00 the same day: recorded, and their clocks start then.
        IncidentCase.Notices fromOffice = c.notifyPrincipals(OFFICE_A, TUESDAY_15_00);
        assertThat(fromOffice.log()).extracting(Notice::toOperatorId).containsExactlyInAnyOrder(CLIENT_1, CLIENT_2);
        assertThat(party(CLIENT_1).noticeReceivedAt()).isEqualTo(TUESDAY_15_00);
        assertThat(party(CLIENT_1).noticeReceivedFrom()).isEqualTo(OFFICE_A);

        // The vendor records a second notice later the same day: kept in the log, the earlier one still counts.
        IncidentCase.Notices again = c.notifyPrincipals(VENDOR, TUESDAY_15_00);
        assertThat(again.log()).hasSize(2);
        assertThat(again.firstReceived()).isZero();
        assertThat(party(OFFICE_A).noticeReceivedAt()).isEqualTo(TUESDAY_10_00);
        assertThat(party(VENDOR).notifiedPrincipalsAt()).isEqualTo(TUESDAY_10_00);

        assertThatThrownBy(() -> c.notifyPrincipals(CLIENT_1, TUESDAY_15_00))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("委託元がありません");
    }

    @Test
    void aRelayNotifiesEveryPrincipalOfEveryPartyAtOneLevelThatKnows() {
        assertThatThrownBy(() -> c.relay(1, TUESDAY_15_00)).isInstanceOf(IllegalArgumentException.class);
        c.notifyPrincipals(VENDOR, TUESDAY_10_00);

        IncidentCase.Notices relayed = c.relay(1, TUESDAY_15_00);

        assertThat(relayed.senders()).isEqualTo(2);
        assertThat(relayed.log()).extracting(Notice::toOperatorId).containsExactlyInAnyOrder(CLIENT_1, CLIENT_2, CLIENT_3);
        assertThat(party(CLIENT_3).noticeReceivedFrom()).isEqualTo(OFFICE_B);
        assertThat(party(OFFICE_B).notifiedPrincipalsAt()).isEqualTo(TUESDAY_15_00);
        List<Parties.Change> changes = c.takeChanges();
        assertThat(changes).extracting(ch -> ch.after().operatorId())
                .containsExactlyInAnyOrder(VENDOR, OFFICE_A, OFFICE_B, CLIENT_1, CLIENT_2, CLIENT_3);
        assertThat(changes).filteredOn(ch -> ch.after().operatorId() == CLIENT_3).singleElement()
                .satisfies(ch -> assertThat(ch.before().noticeReceivedAt()).isNull());
        assertThat(c.takeChanges()).isEmpty();
    }

    @Test
    void theCountsAPageOpensWithComeFromOnePassAndFollowOneObligation() {
        IncidentCase.Judgement first = c.reevaluate(engine::evaluate, "登録", TUESDAY_10_00);
        CaseTally before = c.tally();
        // Only the vendor knows: one decided party at distance 0, five awaiting a notice.
        assertThat(before.parties()).extracting(PartySummary.Row::distance).containsExactly(0, 1, 2);
        assertThat(new PartySummary(before.parties()).decided()).isEqualTo(1);
        assertThat(new PartySummary(before.parties()).parties()).isEqualTo(6);
        assertThat(before.matching(new PartyFilter(2, null, PartyFilter.DecisionState.AWAITING, null, null)))
                .contains(3L);
        assertThat(before.matching(new PartyFilter(null, null, null, "事業者1", null))).isEmpty();

        c.notifyPrincipals(VENDOR, TUESDAY_10_00);
        c.relay(1, TUESDAY_15_00);
        IncidentCase.Judgement j = c.reevaluate(engine::evaluate, "通知", TUESDAY_15_00);
        CaseTally after = c.tally();
        assertThat(new PartySummary(after.parties()).decided()).isEqualTo(6);
        assertThat(after.parties()).filteredOn(r -> r.distance() == 2).allMatch(PartySummary.Row::noticed);
        assertThat(after.parties().stream().filter(r -> r.distance() == 2).mapToLong(PartySummary.Row::persons).sum())
                .isEqualTo(1200 + 300 + 40);
        long duties = after.duties(null, null);
        assertThat(duties).isEqualTo(first.inserted().size() + j.inserted().size());
        assertThat(after.matching(PartyFilter.ALL)).contains(6L);

        Duty open = j.inserted().stream().filter(d -> d.kind() == Obligation.Kind.PPC_FINAL).findFirst().orElseThrow();
        CaseTally moved = after.withDutyChanged(open, open.fulfil(LocalDate.of(2025, 6, 1)));
        assertThat(moved.duties(Obligation.Kind.PPC_FINAL, DutyStatus.FULFILLED)).isEqualTo(1);
        assertThat(moved.duties(Obligation.Kind.PPC_FINAL, DutyStatus.OPEN))
                .isEqualTo(after.duties(Obligation.Kind.PPC_FINAL, DutyStatus.OPEN) - 1);
        assertThat(moved.duties(null, null)).isEqualTo(duties);
        assertThat(moved.duties()).allMatch(t -> t.count() > 0);
    }

    @Test
    void importedNoticesGiveEachSenderItsOwnMoment() {
        c.recordNotices(Map.of(VENDOR, TUESDAY_10_00, OFFICE_B, TUESDAY_15_00));

        assertThat(party(OFFICE_A).noticeReceivedAt()).isEqualTo(TUESDAY_10_00);
        assertThat(party(CLIENT_3).noticeReceivedAt()).isEqualTo(TUESDAY_15_00);
        assertThat(party(CLIENT_1).noticeReceivedAt()).isNull();
        assertThatThrownBy(() -> c.recordNotices(Map.of(99L, TUESDAY_10_00)))
                .isInstanceOf(IncidentNotFoundException.class);
    }

    @Test
    void aForensicFindingThatRulesItOutKeepsTheFinalReportOfWhoeverFiledAPreliminaryOne() {
        c.notifyPrincipals(VENDOR, TUESDAY_10_00);
        c.relay(1, TUESDAY_15_00);
        c.reevaluate(engine::evaluate, "通知", TUESDAY_15_00);
        assertThat(party(CLIENT_1).verdict().reportable()).isTrue();
        // Client 1 filed its 速報; the others have not yet.
        IncidentCase reloaded = new IncidentCase(c.incident(), c.parties(), storedWithPreliminaryFiledBy(CLIENT_1));

        List<IncidentCase.Event> events = reloaded.recordForensicResult(new ForensicResult(LocalDate.of(2025, 5, 20),
                ForensicResult.Outcome.RULED_OUT, Set.of(), null, null));
        IncidentCase.Judgement j = reloaded.reevaluate(engine::evaluate, "調査結果", TUESDAY_15_00);

        assertThat(events).extracting(IncidentCase.Event::code).containsExactly("forensic.ruled_out");
        assertThat(events.get(0).params()).containsExactly("2025-05-20", "msg:incident.kind.leak_possible",
                "msg:incident.kind.leak_ruled_out");
        assertThat(reloaded.incident().facts().certainty()).isEqualTo(Certainty.RULED_OUT);
        assertThat(j.reportableAfter()).isZero();
        assertThat(j.finalsKept()).isEqualTo(1);
        assertThat(j.event().code()).isEqualTo("decisions.changed.finalKept");
        // The 確報 of client 1 stays open to state the outcome; everyone else's open duties are withdrawn.
        assertThat(j.replaced()).extracting(IncidentCase.DutyChange::after)
                .noneMatch(d -> d.operatorId() == CLIENT_1 && d.kind() == Obligation.Kind.PPC_FINAL)
                .anyMatch(d -> d.operatorId() == CLIENT_2 && d.kind() == Obligation.Kind.PPC_FINAL
                        && d.status() == DutyStatus.WITHDRAWN);
    }

    /** Every duty as the register would hold it after judging, with one operator's 速報 filed on 05-14. */
    private List<Duty> storedWithPreliminaryFiledBy(long operatorId) {
        IncidentCase.Judgement fresh = new IncidentCase(c.incident(), c.parties(), List.of())
                .reevaluate(engine::evaluate, "-", TUESDAY_15_00);
        List<Duty> out = new ArrayList<>();
        long id = 1;
        for (Duty d : fresh.inserted()) {
            Duty stored = new Duty(id++, d.incidentId(), d.operatorId(), d.duty(), d.kind(), d.authority(), d.dueOn(),
                    d.windowFrom(), d.windowTo(), d.binding(), d.basis(), d.ruleSet(), d.status(), d.fulfilledOn(),
                    d.onTime(), null, null, null);
            boolean filed = d.operatorId() == operatorId && d.kind() == Obligation.Kind.PPC_PRELIMINARY;
            out.add(filed ? stored.fulfil(LocalDate.of(2025, 5, 14)) : stored);
        }
        return out;
    }

    @Test
    void changingTheEventIsToldInCodesAndReJudgesEveryone() {
        c.notifyPrincipals(VENDOR, TUESDAY_10_00);
        c.relay(1, TUESDAY_15_00);
        c.reevaluate(engine::evaluate, "通知", TUESDAY_15_00);
        IncidentFacts f = c.incident().facts();
        IncidentFacts damage = new IncidentFacts(f.title(), f.operatorId(), BreachEvent.DAMAGE, Certainty.CONFIRMED,
                f.discoverer(), f.occurredOn(), f.discoveredOn(), f.containedOn(), EnumSet.of(IncidentType.RANSOMWARE),
                f.cause(), f.indicators(), f.unauthorizedPurpose(), false, false, false, Set.of(), null);

        List<IncidentCase.Event> events = c.changeFacts(damage);
        IncidentCase.Judgement j = c.reevaluate(engine::evaluate, "毀損", TUESDAY_15_00);

        assertThat(events).containsExactly(new IncidentCase.Event("facts.kind",
                List.of("msg:incident.kind.leak_possible", "msg:incident.kind.damage")));
        assertThat(j.decided()).isEqualTo(6);
        assertThat(j.event().params()).hasSize(3);
    }

    @Test
    void aClosedCaseRefusesEveryChange() {
        Incident closed = new Incident(7, ransomware(), IncidentStatus.OPEN, TUESDAY_10_00)
                .contain(LocalDate.of(2025, 5, 13)).close(0);
        IncidentCase done = new IncidentCase(closed, c.parties(), List.of());

        assertThatThrownBy(() -> done.notifyPrincipals(VENDOR, TUESDAY_10_00)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.relay(1, TUESDAY_10_00)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.changeFacts(ransomware())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.recordForensicResult(new ForensicResult(LocalDate.of(2025, 5, 20),
                ForensicResult.Outcome.CONFIRMED, Set.of(), null, null))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> done.changeParty(CLIENT_1, EntrustmentRole.PRINCIPAL, Set.of(), 1, null, false, null))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void everyReportComesFromOnePassWithPrincipalsEntrusteesAndVerdicts() {
        c.notifyPrincipals(VENDOR, TUESDAY_10_00);
        c.reevaluate(engine::evaluate, "通知", TUESDAY_10_00);

        List<IncidentReport> reports = c.reports(null, List.of());

        assertThat(reports).extracting(IncidentReport::reporterId).containsExactly(VENDOR, OFFICE_A, OFFICE_B, CLIENT_1,
                CLIENT_2, CLIENT_3);
        IncidentReport vendor = reports.get(0);
        assertThat(vendor.principals()).extracting(IncidentReport.PartyRef::operatorId).containsExactly(OFFICE_A, OFFICE_B);
        assertThat(vendor.entrustees()).isEmpty();
        IncidentReport officeA = reports.get(1);
        assertThat(officeA.entrustees()).extracting(IncidentReport.PartyRef::operatorId).containsExactly(VENDOR);
        assertThat(officeA.reportable()).isTrue();
        assertThat(officeA.kind()).isEqualTo("leak_possible");
        assertThat(c.reports(List.of(CLIENT_1), List.of()).get(0).knownOn()).isNull(); // not told yet
        assertThatThrownBy(() -> c.reports(List.of(99L), List.of())).isInstanceOf(IncidentNotFoundException.class);
    }
}
