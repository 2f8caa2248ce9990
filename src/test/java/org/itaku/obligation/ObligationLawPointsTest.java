package org.itaku.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itaku.vocabulary.DataItem.ADDRESS;
import static org.itaku.vocabulary.DataItem.CREDENTIALS;
import static org.itaku.vocabulary.DataItem.EMAIL;
import static org.itaku.vocabulary.DataItem.MEDICAL;
import static org.itaku.vocabulary.DataItem.MY_NUMBER;
import static org.itaku.vocabulary.DataItem.NAME;
import static org.itaku.vocabulary.DataItem.PAYMENT_CARD;
import static org.itaku.obligation.Obligation.Kind.NOTIFY_INDIVIDUALS;
import static org.itaku.obligation.Obligation.Kind.NOTIFY_PRINCIPAL;
import static org.itaku.obligation.Obligation.Kind.PPC_FINAL;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * The law points of a review of the engine against the Act, the Rules and the guidelines, one test each, with the
 * source each rests on in its comment.
 */
class ObligationLawPointsTest {

    private final ObligationEngine engine = new ObligationEngine();

    private static List<String> rules(Decision d) {
        return d.reasons().stream().map(Reason::rule).toList();
    }

    private static String japanese(Decision d) {
        return String.join("\n", d.reasons().stream().map(Reason::ja).toList());
    }

    // APPI Art. 26(1) proviso ("他の個人情報取扱事業者…から…委託を受けた場合であって…通知したとき") and Rules Art. 9
    // relieve every entrustee that notified; 健保Q&A 問203 denies relief to a health insurance society only as 委託元.
    @Test
    void anyEntrusteeThatNotifiedIsRelievedEvenAHealthInsuranceSociety() {
        for (OperatorKind kind : List.of(OperatorKind.PRIVATE, OperatorKind.MEDICAL, OperatorKind.FINANCIAL,
                OperatorKind.HEALTH_INSURANCE_SOCIETY)) {
            Decision d = engine.evaluate(TestFacts.known("2025-05-12").operator(kind).entrustee().persons(2000)
                    .types(IncidentType.RANSOMWARE).notifiedPrincipalOn("2025-05-13").build());
            assertThat(d.exemption()).as(kind.code()).isEqualTo(Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL);
            assertThat(d.reportable()).as(kind.code()).isFalse();
            assertThat(d.obligations()).extracting(Obligation::kind).as(kind.code()).containsExactly(NOTIFY_PRINCIPAL);
        }
        Decision society = engine.evaluate(TestFacts.known("2025-05-12").operator(OperatorKind.HEALTH_INSURANCE_SOCIETY)
                .entrustee().persons(2000).types(IncidentType.RANSOMWARE).notifiedPrincipalOn("2025-05-13").build());
        assertThat(japanese(society)).contains("委託元としての健康保険組合", "個人情報保護法第26条第1項ただし書", "規則第9条");
        assertThat(rules(society)).doesNotContain("健保Q&A 問202");
    }

    // Rules Art. 7(iii) as amended from 2024-04-01 adds "取得し、又は取得しようとしている個人情報…を含む" to item iii
    // alone; items i, ii and iv still speak of 個人データ (GL 3-5-3-1).
    @Test
    void informationBeingAcquiredFallsUnderItemThreeAlone() {
        Decision skimmed = engine.evaluate(TestFacts.known("2025-10-01").items(NAME, MEDICAL, PAYMENT_CARD, MY_NUMBER)
                .persons(5000).types(IncidentType.WEB_SKIMMING).acquiring().build());
        assertThat(skimmed.appiCategories()).containsExactly(3);
        assertThat(skimmed.myNumberCategories()).isEmpty();
        assertThat(japanese(skimmed)).contains("規則第7条第1号、第2号及び第4号の対象ではありません");

        // Without an unauthorized purpose nothing is reportable, however many persons or which items.
        Decision mistyped = engine.evaluate(TestFacts.known("2025-10-01").items(NAME, MEDICAL, PAYMENT_CARD)
                .persons(5000).types(IncidentType.MISCONFIGURATION).acquiring().build());
        assertThat(mistyped.appiCategories()).isEmpty();
        assertThat(mistyped.reportable()).isFalse();
    }

    // Public bodies: APPI Art. 68(1) (report) has no proviso like Art. 26(1); Art. 68(2) (notice) has the exceptions
    // 68(2)(i) and (ii); Rules Art. 43 lists the events with item v for 条例要配慮個人情報; Rules Art. 44 sets the
    // 速報/確報 timing and Art. 45 the notice.
    @Test
    void publicBodiesCiteArticle68AndThePublicSectorRules() {
        Decision entrusted = engine.evaluate(TestFacts.known("2025-06-02").operator(OperatorKind.PUBLIC_BODY).entrustee()
                .persons(150).types(IncidentType.MISDELIVERY).notifiedPrincipalOn("2025-06-03").build());
        assertThat(entrusted.exemption()).isNull();
        assertThat(entrusted.reportable()).isTrue();
        assertThat(entrusted.appiCategories()).containsExactly(4);
        Stream.concat(entrusted.reasons().stream().map(Reason::rule),
                entrusted.obligations().stream().flatMap(o -> o.basis().stream()))
                .forEach(citation -> assertThat(citation).doesNotContain("Art. 68(1) proviso"));
        assertThat(rules(entrusted)).contains("Rules Art. 43(iv)", "Rules Art. 44(1)", "Rules Art. 44(2)",
                "APPI Art. 68(1)", "APPI Art. 68(2)");
        assertThat(entrusted.obligations(NOTIFY_INDIVIDUALS).get(0).basis()).containsExactly("APPI Art. 68(2)");
        assertThat(japanese(entrusted)).contains("個人情報保護法第68条第2項第2号", "規則第45条", "規則第44条第2項");

        Decision ordinance = engine.evaluate(TestFacts.known("2025-06-02").operator(OperatorKind.PUBLIC_BODY)
                .persons(3).types(IncidentType.MISDELIVERY).ordinanceSpecialCare().build());
        assertThat(ordinance.appiCategories()).containsExactly(5);
        assertThat(rules(ordinance)).contains("Rules Art. 43(v)");
        assertThat(ordinance.reasons()).extracting(Reason::ruleJa).contains("規則第43条第5号");
        assertThatThrownBy(() -> TestFacts.known("2025-06-02").persons(3).ordinanceSpecialCare().build())
                .hasMessageStartingWith("ordinance_special_care:");
    }

    // My Number Rule Art. 2(iv): "特定個人情報に係る本人の数が百人を超える" counts the persons whose My Number is
    // involved, not the whole data set.
    @Test
    void theMyNumberThresholdCountsOnlyPersonsWhoseMyNumberIsInvolved() {
        TestFacts file = TestFacts.known("2025-09-01").items(NAME, ADDRESS, MY_NUMBER).persons(5000)
                .types(IncidentType.MISDELIVERY);
        Decision few = engine.evaluate(file.myNumberPersons(80).build());
        assertThat(few.appiCategories()).containsExactly(4);
        assertThat(few.myNumberCategories()).isEmpty();
        assertThat(japanese(few)).contains("マイナンバーが含まれる本人の数は 80 人", "5,000 人");

        Decision many = engine.evaluate(file.myNumberPersons(150).build());
        assertThat(many.myNumberCategories()).containsExactly(4);
        assertThat(japanese(many)).contains("マイナンバーが含まれる本人の数が 150 人");

        assertThatThrownBy(() -> TestFacts.known("2025-09-01").items(NAME, MY_NUMBER).persons(10).myNumberPersons(11)
                .build()).hasMessageStartingWith("my_number_persons:");
    }

    // My Number Rule Art. 2(ii) ロ・ハ and (iv) ロ・ハ: use contrary to My Number Act Art. 9 and provision contrary to
    // Art. 19 are reportable events of their own, with or without a leak.
    @Test
    void useOrProvisionContraryToArticles9And19IsReportable() {
        Decision customerIds = engine.evaluate(new Facts(OperatorKind.PRIVATE, EntrustmentRole.PRINCIPAL,
                LocalDate.of(2025, 9, 1), null, Certainty.CONFIRMED, java.util.Set.of(NAME, MY_NUMBER), 150, null,
                java.util.Set.of(), null, false, false, false, null, 150, java.util.Set.of(MyNumberMisuse.USE), false,
                false, false));
        assertThat(customerIds.reportable()).isTrue();
        assertThat(customerIds.appiCategories()).isEmpty();
        assertThat(customerIds.myNumberCategories()).containsExactly(4);
        assertThat(japanese(customerIds)).contains("番号法第9条に反する利用");
        assertThat(customerIds.obligations(PPC_FINAL).get(0).basis()).containsExactly("My Number Act Art. 29-4(1)");

        Decision sold = engine.evaluate(TestFacts.known("2025-09-01").items(NAME, MY_NUMBER).persons(5)
                .misuse(MyNumberMisuse.PROVISION).unauthorizedPurpose(true).build());
        assertThat(sold.myNumberCategories()).containsExactly(2);

        assertThatThrownBy(() -> TestFacts.known("2025-09-01").items(NAME).persons(5).misuse(MyNumberMisuse.USE).build())
                .hasMessageStartingWith("my_number_misuse:");
    }

    // My Number Rule Art. 2(i) covers only My Numbers in the information provision network or in the systems used
    // for 個人番号利用事務 (or a public body's 個人番号関係事務); not every public body or society qualifies.
    @Test
    void myNumberItemOneOnlyWhereItsSystemsAreConcerned() {
        for (OperatorKind kind : List.of(OperatorKind.PUBLIC_BODY, OperatorKind.HEALTH_INSURANCE_SOCIETY)) {
            TestFacts facts = TestFacts.known("2025-06-02").operator(kind).items(NAME, MY_NUMBER).persons(5)
                    .types(IncidentType.MISDELIVERY);
            assertThat(engine.evaluate(facts.build()).myNumberCategories()).as(kind.code()).isEmpty();
            assertThat(engine.evaluate(facts.myNumberSystem().build()).myNumberCategories()).as(kind.code())
                    .containsExactly(1);
        }
    }

    // GL 3-5-3-1 (2) 事例2: the combination of a login ID and password for a service with remittance or payment
    // functions is Rules Art. 7(ii) data.
    @Test
    void credentialsOfAServiceThatMovesMoneyAreItemTwo() {
        TestFacts credentials = TestFacts.known("2025-06-02").items(NAME, EMAIL, CREDENTIALS).persons(3)
                .types(IncidentType.MISDELIVERY);
        Decision unknown = engine.evaluate(credentials.build());
        assertThat(unknown.appiCategories()).isEmpty();
        assertThat(rules(unknown)).contains("Rules Art. 7(ii)");

        Decision payments = engine.evaluate(credentials.credentialsMoveMoney().build());
        assertThat(payments.appiCategories()).containsExactly(2);
        assertThat(japanese(payments)).contains("送金・決済機能のあるサービスのID・パスワード", "規則第7条第2号に当たります");
    }

    // GL 3-5-3-5: the principal knows "遅くとも委託先から通知を受けた時点で"; the reason belongs only where such a
    // notice exists.
    @Test
    void theEntrusteeNoticeReasonOnlyWhereANoticeExists() {
        Decision own = engine.evaluate(TestFacts.known("2025-06-02").persons(2000).build());
        assertThat(rules(own)).doesNotContain("GL 3-5-3-5");
        Decision notified = engine.evaluate(TestFacts.known("2025-06-04").persons(2000)
                .notifiedPrincipalOn("2025-06-02").build());
        assertThat(rules(notified)).contains("GL 3-5-3-5");
    }

    // Reasons are for a Japanese officer: Japanese citations (規則第7条第3号), thousands separators, and the Rule's
    // own word 電磁的方法 (My Number Rule Art. 2(iii)), never 電子的方法.
    @Test
    void reasonsAreJapaneseWithJapaneseCitations() {
        Decision d = engine.evaluate(TestFacts.known("2025-06-02").items(NAME, ADDRESS, MY_NUMBER).persons(1200)
                .personsMax(22_420_000).certainty(Certainty.POSSIBLE).types(IncidentType.RANSOMWARE)
                .publiclyViewable().build());
        String ja = japanese(d);
        assertThat(ja).contains("規則第7条第3号", "規則第7条第4号", "22,420,000 人", "1,000 人", "電磁的方法")
                .doesNotContain("電子的方法", "Art.", "APPI", "Rules", "2025-06-02");
        assertThat(d.reasons()).extracting(Reason::ruleJa).contains("規則第7条第3号", "規則第8条第2項",
                "番号法規則第2条第3号", "番号法第29条の4第1項");
        assertThat(Citations.ja("APPI Art. 26(1) proviso")).isEqualTo("個人情報保護法第26条第1項ただし書");
        assertThat(Citations.ja("APPI Art. 68(2)(ii)")).isEqualTo("個人情報保護法第68条第2項第2号");
        assertThat(Citations.ja("GL 3-5-3-5")).isEqualTo("通則ガイドライン3-5-3-5");
    }

    // An amendment is a new rule set with its effective date: the engine reads thresholds and periods from the rule
    // set in force on the awareness date, so an invented future set changes the answer from its date only.
    @Test
    void thresholdsAndPeriodsComeFromTheRuleSetInForce() {
        RuleSet amended = new RuleSet("test-2027-01", LocalDate.of(2027, 1, 1), true, 500, 50, 100, 20, 40, 2, 4);
        List<RuleSet> sets = Stream.concat(RuleSet.ALL.stream(), Stream.of(amended)).toList();
        ObligationEngine future = new ObligationEngine(AdministrativeCalendar.japan(), sets);

        Decision before = future.evaluate(TestFacts.known("2026-12-28").persons(600).build());
        assertThat(before.ruleSet()).isEqualTo("appi-2024-04");
        assertThat(before.reportable()).isFalse();

        Decision after = future.evaluate(TestFacts.known("2027-01-04").persons(600).build());
        assertThat(after.ruleSet()).isEqualTo("test-2027-01");
        assertThat(after.appiCategories()).containsExactly(4);
        Obligation preliminary = after.obligations(Obligation.Kind.PPC_PRELIMINARY).get(0);
        assertThat(preliminary.from()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(preliminary.to()).isEqualTo(LocalDate.of(2027, 1, 8));
        // Day 20 counting 2027-01-04 as day 1 is 2027-01-23 (Sat) → Mon 01-25.
        assertThat(after.obligations(PPC_FINAL).get(0).due()).isEqualTo(LocalDate.of(2027, 1, 25));
    }
}
