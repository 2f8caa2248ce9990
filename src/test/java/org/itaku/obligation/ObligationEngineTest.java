package org.itaku.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itaku.vocabulary.DataItem.MEDICAL;
import static org.itaku.vocabulary.DataItem.MY_NUMBER;
import static org.itaku.vocabulary.DataItem.NAME;
import static org.itaku.vocabulary.DataItem.PAYMENT_CARD;
import static org.itaku.obligation.Obligation.Kind.NOTIFY_PRINCIPAL;
import static org.itaku.obligation.Obligation.Kind.PPC_FINAL;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/** Properties the rules must keep whatever the dates: thresholds, 60 days with item iii, exemptions, rule sets. */
class ObligationEngineTest {

    private final ObligationEngine engine = new ObligationEngine();
    private final AdministrativeCalendar calendar = AdministrativeCalendar.japan();

    private LocalDate finalDue(Decision decision) {
        return decision.obligations(PPC_FINAL).get(0).due();
    }

    @Test
    void itemThreeAlwaysGivesSixtyDaysEvenWithOtherItems() {
        for (LocalDate known = LocalDate.of(2024, 4, 1); known.isBefore(LocalDate.of(2026, 4, 1));
                known = known.plusDays(7)) {
            Decision withThree = engine.evaluate(TestFacts.known(known.toString()).items(NAME, MEDICAL, PAYMENT_CARD)
                    .persons(5000).types(IncidentType.RANSOMWARE).build());
            assertThat(withThree.appiCategories()).containsExactly(1, 2, 3, 4);
            assertThat(finalDue(withThree)).isEqualTo(calendar.nextOpenDayOnOrAfter(known.plusDays(59)));

            Decision withoutThree = engine.evaluate(TestFacts.known(known.toString()).items(NAME, MEDICAL, PAYMENT_CARD)
                    .persons(5000).types(IncidentType.MISDELIVERY).build());
            assertThat(withoutThree.appiCategories()).containsExactly(1, 2, 4);
            assertThat(finalDue(withoutThree)).isEqualTo(calendar.nextOpenDayOnOrAfter(known.plusDays(29)));
        }
    }

    @ParameterizedTest
    @EnumSource(value = IncidentType.class, names = {"RANSOMWARE", "UNAUTHORIZED_ACCESS", "MALWARE", "WEB_SKIMMING",
            "ACCOUNT_TAKEOVER", "INSIDER"})
    void attacksAndMisconductImplyItemThree(IncidentType type) {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").persons(1).types(type).build());
        assertThat(decision.appiCategories()).containsExactly(3);
    }

    @ParameterizedTest
    @EnumSource(value = IncidentType.class, names = {"MISDELIVERY", "WRONG_PUBLICATION", "MISCONFIGURATION",
            "LOSS_THEFT", "OTHER"})
    void errorsDoNotImplyItemThree(IncidentType type) {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").persons(1).types(type).build());
        assertThat(decision.reportable()).isFalse();
        assertThat(decision.obligations()).isEmpty();
    }

    @Test
    void anExplicitAnswerOnUnauthorizedPurposeWinsOverTheIncidentTypes() {
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").persons(1).types(IncidentType.RANSOMWARE)
                .unauthorizedPurpose(false).build()).appiCategories()).isEmpty();
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").persons(1).types(IncidentType.LOSS_THEFT)
                .unauthorizedPurpose(true).build()).appiCategories()).containsExactly(3);
    }

    @Test
    void oneThousandPersonsIsNotItemFourButOneThousandAndOneIs() {
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").persons(1000).build()).appiCategories()).isEmpty();
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").persons(1001).build()).appiCategories())
                .containsExactly(4);
        // the maximum possible count decides when it is given (GL 3-5-3-1 (4))
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").certainty(Certainty.POSSIBLE).persons(10)
                .personsMax(1000).build()).appiCategories()).isEmpty();
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").certainty(Certainty.POSSIBLE).persons(10)
                .personsMax(1001).build()).appiCategories()).containsExactly(4);
    }

    @Test
    void publicBodiesAndMyNumberUseOneHundred() {
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").operator(OperatorKind.PUBLIC_BODY).persons(100)
                .build()).reportable()).isFalse();
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").operator(OperatorKind.PUBLIC_BODY).persons(101)
                .build()).appiCategories()).containsExactly(4);
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").items(NAME, MY_NUMBER).persons(100).build())
                .myNumberCategories()).isEmpty();
        assertThat(engine.evaluate(TestFacts.known("2025-06-02").items(NAME, MY_NUMBER).persons(101).build())
                .myNumberCategories()).containsExactly(4);
    }

    @Test
    void myNumberDataViewableOnlineIsItemThreeWithoutThreshold() {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").items(NAME, MY_NUMBER).persons(3)
                .types(IncidentType.MISCONFIGURATION).publiclyViewable().build());
        assertThat(decision.myNumberCategories()).containsExactly(3);
        assertThat(decision.appiCategories()).isEmpty();
        assertThat(decision.reportable()).isTrue();
        assertThat(decision.reasons()).extracting(Reason::rule).contains("My Number Rule Art. 2(iii)");
    }

    @Test
    void myNumberDataOutsideTheCategoriesCarryOnlyTheEffortDuty() {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").items(NAME, MY_NUMBER).persons(3)
                .types(IncidentType.MISDELIVERY).build());
        assertThat(decision.reportable()).isFalse();
        assertThat(decision.reasons()).extracting(Reason::rule).contains("My Number Act Art. 29-4");
    }

    @ParameterizedTest
    @EnumSource(OperatorKind.class)
    void strongEncryptionRemovesEveryDuty(OperatorKind kind) {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").operator(kind)
                .items(NAME, MEDICAL, PAYMENT_CARD, MY_NUMBER).persons(100_000).types(IncidentType.RANSOMWARE)
                .encrypted().build());
        assertThat(decision.reportable()).isFalse();
        assertThat(decision.obligations()).isEmpty();
        assertThat(decision.exemption()).isEqualTo(Decision.STRONG_ENCRYPTION);
        // Rules Art. 7(i) parenthetical; for public bodies the same words in Rules Art. 43(i).
        assertThat(decision.reasons()).extracting(Reason::rule)
                .contains(kind == OperatorKind.PUBLIC_BODY ? "Rules Art. 43(i)" : "Rules Art. 7(i)");
    }

    @ParameterizedTest
    @EnumSource(OperatorKind.class)
    void ruledOutMeansNothing(OperatorKind kind) {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").operator(kind).certainty(Certainty.RULED_OUT)
                .items(NAME, MEDICAL, MY_NUMBER).persons(100_000).types(IncidentType.RANSOMWARE).build());
        assertThat(decision.reportable()).isFalse();
        assertThat(decision.obligations()).isEmpty();
        assertThat(decision.appiCategories()).isEmpty();
        assertThat(decision.myNumberCategories()).isEmpty();
        assertThat(decision.exemption()).isNull();
    }

    @Test
    void webSkimmingOfDataBeingAcquiredIsCoveredOnlyFromApril2024() {
        TestFacts before = TestFacts.known("2024-03-31").items(NAME, PAYMENT_CARD).persons(800)
                .types(IncidentType.WEB_SKIMMING).acquiring();
        Decision old = engine.evaluate(before.build());
        assertThat(old.ruleSet()).isEqualTo("appi-2022-04");
        assertThat(old.reportable()).isFalse();
        assertThat(old.appiCategories()).isEmpty();
        assertThat(old.reasons()).extracting(Reason::rule).contains("Rules Art. 7(iii)");

        Decision amended = engine.evaluate(TestFacts.known("2024-04-01").items(NAME, PAYMENT_CARD).persons(800)
                .types(IncidentType.WEB_SKIMMING).acquiring().build());
        assertThat(amended.ruleSet()).isEqualTo("appi-2024-04");
        // The amendment reaches item iii alone: card numbers being typed in are not yet personal data for item ii.
        assertThat(amended.appiCategories()).containsExactly(3);
        // 2024-04-01 + 59 = 2024-05-30 (Thu)
        assertThat(finalDue(amended)).isEqualTo(LocalDate.of(2024, 5, 30));

        // Data already held as personal data were covered under both versions.
        Decision held = engine.evaluate(TestFacts.known("2024-03-31").items(NAME, PAYMENT_CARD).persons(800)
                .types(IncidentType.WEB_SKIMMING).build());
        assertThat(held.ruleSet()).isEqualTo("appi-2022-04");
        assertThat(held.appiCategories()).containsExactly(2, 3);
    }

    @Test
    void noRuleSetBeforeMandatoryReporting() {
        assertThatThrownBy(() -> engine.evaluate(TestFacts.known("2022-03-31").persons(5000).build()))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageStartingWith("known_on:")
                .extracting(e -> ((InvalidFactsException) e).field()).isEqualTo("known_on");
        assertThat(RuleSet.inForceOn(LocalDate.of(2022, 4, 1))).isEqualTo(RuleSet.APPI_2022_04);
        assertThat(RuleSet.inForceOn(LocalDate.of(2024, 3, 31))).isEqualTo(RuleSet.APPI_2022_04);
        assertThat(RuleSet.inForceOn(LocalDate.of(2024, 4, 1))).isEqualTo(RuleSet.APPI_2024_04);
    }

    @Test
    void anEntrusteeIsRelievedOnlyAfterNotifying() {
        TestFacts facts = TestFacts.known("2025-05-12").entrustee().persons(2000).types(IncidentType.MISCONFIGURATION);
        Decision before = engine.evaluate(facts.build());
        assertThat(before.reportable()).isTrue();
        assertThat(before.obligations(NOTIFY_PRINCIPAL)).singleElement()
                .satisfies(o -> assertThat(o.doneOn()).isNull());

        Decision after = engine.evaluate(facts.notifiedPrincipalOn("2025-05-20").build());
        assertThat(after.reportable()).isFalse();
        assertThat(after.exemption()).isEqualTo(Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL);
        assertThat(after.obligations()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(NOTIFY_PRINCIPAL);
            assertThat(o.from()).isEqualTo(LocalDate.of(2025, 5, 15));
            assertThat(o.to()).isEqualTo(LocalDate.of(2025, 5, 17));
            assertThat(o.binding()).isFalse();
            assertThat(o.doneOn()).isEqualTo(LocalDate.of(2025, 5, 20));
            assertThat(o.basis()).contains("APPI Art. 26(1) proviso", "Rules Art. 9");
        });
        assertThat(after.reasons()).extracting(Reason::rule).contains("APPI Art. 26(1) proviso", "Rules Art. 9");
    }

    @Test
    void aPrincipalsClockStartsAtTheLatestWhenTheEntrusteesNoticeArrives() {
        // §11 row 5b: notice received 2024-06-20; a known_on typed later does not delay the clock.
        Decision late = engine.evaluate(TestFacts.known("2024-06-27").persons(2000).types(IncidentType.RANSOMWARE)
                .notifiedPrincipalOn("2024-06-20").build());
        assertThat(finalDue(late)).isEqualTo(LocalDate.of(2024, 8, 19));
        assertThat(late.reasons()).extracting(Reason::rule).contains("GL 3-5-3-5");
        // A principal that knew before the notice keeps its own earlier date.
        Decision early = engine.evaluate(TestFacts.known("2024-06-20").persons(2000).types(IncidentType.RANSOMWARE)
                .notifiedPrincipalOn("2024-06-25").build());
        assertThat(finalDue(early)).isEqualTo(LocalDate.of(2024, 8, 19));
        // The rule set follows the awareness date as well.
        Decision acrossAmendment = engine.evaluate(TestFacts.known("2024-04-02").items(NAME, PAYMENT_CARD).persons(10)
                .types(IncidentType.WEB_SKIMMING).acquiring().notifiedPrincipalOn("2024-03-29").build());
        assertThat(acrossAmendment.ruleSet()).isEqualTo("appi-2022-04");
    }

    @Test
    void aHealthInsuranceSocietyAsPrincipalIsNeverRelievedByItsEntrusteesNotice() {
        // 健保Q&A 問203: the society as 委託元 keeps its duty although its 委託先 notified it.
        Decision decision = engine.evaluate(TestFacts.known("2025-05-13").operator(OperatorKind.HEALTH_INSURANCE_SOCIETY)
                .persons(2000).types(IncidentType.MISCONFIGURATION).notifiedPrincipalOn("2025-05-13").build());
        assertThat(decision.reportable()).isTrue();
        assertThat(decision.exemption()).isNull();
        assertThat(decision.obligations(PPC_FINAL)).hasSize(1);
        assertThat(decision.reasons()).extracting(Reason::rule).contains("健保Q&A 問203", "健保Q&A 問202");
    }

    @Test
    void aBankReportsAnyCustomerLeakToItsSupervisorAsWell() {
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").operator(OperatorKind.FINANCIAL)
                .items(NAME, PAYMENT_CARD).persons(3).types(IncidentType.MISDELIVERY).build());
        assertThat(decision.appiCategories()).containsExactly(2);
        assertThat(decision.obligations()).extracting(Obligation::kind).containsExactly(Obligation.Kind.PPC_PRELIMINARY,
                PPC_FINAL, Obligation.Kind.NOTIFY_INDIVIDUALS, Obligation.Kind.SECTOR_REPORT);
        assertThat(decision.obligations(Obligation.Kind.SECTOR_REPORT).get(0).authority()).isEqualTo("FSA");
    }

    @Test
    void bothLawsShareOneFinalReportEntryWhenTheirDeadlinesAgree() {
        // APPI item i and My Number item iv: both 30 days, so one 確報 entry citing both statutes.
        Decision decision = engine.evaluate(TestFacts.known("2025-06-02").items(NAME, MEDICAL, MY_NUMBER).persons(150)
                .build());
        assertThat(decision.appiCategories()).containsExactly(1);
        assertThat(decision.myNumberCategories()).containsExactly(4);
        assertThat(decision.obligations(PPC_FINAL)).hasSize(1);
        assertThat(decision.obligations(PPC_FINAL).get(0).basis())
                .containsExactly("APPI Art. 26(1)", "My Number Act Art. 29-4(1)");
    }

    @Test
    void reasonsCiteArticlesInBothLanguages() {
        Decision decision = engine.evaluate(TestFacts.known("2025-10-01").items(NAME, PAYMENT_CARD).persons(1500)
                .types(IncidentType.WEB_SKIMMING).acquiring().build());
        // Being acquired: item iii only (2024 amendment); the reasons still say why items i, ii and iv do not apply.
        assertThat(decision.reasons()).extracting(Reason::rule)
                .contains("Rules Art. 7", "Rules Art. 7(iii)", "Rules Art. 8(1)", "Rules Art. 8(2)", "APPI Art. 26(2)");
        assertThat(decision.reasons()).allSatisfy(r -> {
            assertThat(r.ja()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            assertThat(r.ja()).doesNotContain("Art.", "APPI", "Rules");
            assertThat(r.ruleJa()).doesNotContain("Art.", "APPI", "Rules");
            assertThat(r.en()).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -1000})
    void factsRefuseNegativeCounts(int persons) {
        assertThatThrownBy(() -> TestFacts.known("2025-06-02").persons(persons).build())
                .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("persons:");
    }

    @Test
    void factsRefuseInconsistentInput() {
        assertThatThrownBy(() -> TestFacts.known("2025-06-02").persons(10).personsMax(9).build())
                .hasMessageStartingWith("persons_max:");
        assertThatThrownBy(() -> TestFacts.known("2025-06-02").entrustee().notifiedPrincipalOn("2025-06-01").build())
                .hasMessageStartingWith("notified_principal_on:");
        assertThatThrownBy(() -> new Facts(OperatorKind.PRIVATE, EntrustmentRole.PRINCIPAL, null, BreachEvent.LEAK,
                Certainty.CONFIRMED, EnumSet.noneOf(DataItem.class), 1, null, EnumSet.noneOf(IncidentType.class), null,
                false, false, false, null)).hasMessageStartingWith("known_on:");
        assertThat(new Facts(OperatorKind.PRIVATE, EntrustmentRole.PRINCIPAL, LocalDate.of(2025, 1, 6),
                BreachEvent.LEAK, Certainty.CONFIRMED, EnumSet.of(NAME), 1, null, EnumSet.noneOf(IncidentType.class),
                null, false, false, false, null).dataItems()).isEqualTo(java.util.Set.of(NAME));
        assertThat(List.of(Certainty.values())).hasSize(3);
    }
}
