package org.itaku.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itaku.vocabulary.DataItem.ADDRESS;
import static org.itaku.vocabulary.DataItem.BANK_ACCOUNT;
import static org.itaku.vocabulary.DataItem.BIRTH_DATE;
import static org.itaku.vocabulary.DataItem.EMAIL;
import static org.itaku.vocabulary.DataItem.EMPLOYMENT_INSURANCE_NO;
import static org.itaku.vocabulary.DataItem.GENDER;
import static org.itaku.vocabulary.DataItem.INSURANCE_CARD;
import static org.itaku.vocabulary.DataItem.MEDICAL;
import static org.itaku.vocabulary.DataItem.MY_NUMBER;
import static org.itaku.vocabulary.DataItem.NAME;
import static org.itaku.vocabulary.DataItem.OTHER;
import static org.itaku.vocabulary.DataItem.PAYMENT_CARD;
import static org.itaku.vocabulary.DataItem.PENSION_NO;
import static org.itaku.vocabulary.DataItem.PHONE;
import static org.itaku.vocabulary.DataItem.PURCHASE_HISTORY;
import static org.itaku.vocabulary.DataItem.SALARY;
import static org.itaku.obligation.IncidentType.INSIDER;
import static org.itaku.obligation.IncidentType.LOSS_THEFT;
import static org.itaku.obligation.IncidentType.MISCONFIGURATION;
import static org.itaku.obligation.IncidentType.MISDELIVERY;
import static org.itaku.obligation.IncidentType.RANSOMWARE;
import static org.itaku.obligation.IncidentType.UNAUTHORIZED_ACCESS;
import static org.itaku.obligation.IncidentType.WEB_SKIMMING;
import static org.itaku.obligation.IncidentType.WRONG_PUBLICATION;
import static org.itaku.obligation.Obligation.Kind.NOTIFY_INDIVIDUALS;
import static org.itaku.obligation.Obligation.Kind.NOTIFY_PRINCIPAL;
import static org.itaku.obligation.Obligation.Kind.PPC_FINAL;
import static org.itaku.obligation.Obligation.Kind.PPC_PRELIMINARY;
import static org.itaku.obligation.Obligation.Kind.SECTOR_REPORT;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * Every worked scenario of docs/appi-rules.md §11, with dates checked by hand against the holiday list (day of
 * knowledge = day 1; 確報 rolled to the next open day; 速報 shown as known+3 … known+5).
 */
class ObligationScenariosTest {

    private static final ObligationEngine ENGINE = new ObligationEngine();

    /** One row of the table. {@code preliminary} is "from/to"; {@code due} lists the 確報 dates. */
    record Row(String id, TestFacts facts, boolean reportable, List<Integer> appi, List<Integer> myNumber,
            String exemption, List<Obligation.Kind> kinds, String preliminary, List<String> due, String ruleSet) {

        @Override
        public String toString() {
            return id;
        }
    }

    private static final List<Obligation.Kind> FULL = List.of(PPC_PRELIMINARY, PPC_FINAL, NOTIFY_INDIVIDUALS);
    private static final List<Obligation.Kind> FULL_ENTRUSTEE =
            List.of(PPC_PRELIMINARY, PPC_FINAL, NOTIFY_INDIVIDUALS, NOTIFY_PRINCIPAL);

    static Stream<Row> scenarios() {
        return Stream.of(
                // 1: MK System as vendor (委託先), before notifying its principals. 2023-06-05 + 59 = 08-03 (Thu).
                new Row("1 SaaS vendor, own duty", TestFacts.known("2023-06-05").entrustee()
                        .event(BreachEvent.DAMAGE)
                        .items(NAME, ADDRESS, BIRTH_DATE, GENDER, SALARY, PENSION_NO, EMPLOYMENT_INSURANCE_NO,
                                INSURANCE_CARD, BANK_ACCOUNT, MY_NUMBER)
                        .persons(22_420_000).types(RANSOMWARE),
                        true, List.of(3, 4), List.of(2, 4), null, FULL_ENTRUSTEE, "2023-06-08/2023-06-10",
                        List.of("2023-08-03"), "appi-2022-04"),
                new Row("1 SaaS vendor, relieved after notifying its principals", TestFacts.known("2023-06-05").entrustee()
                        .event(BreachEvent.DAMAGE).items(NAME, ADDRESS, MY_NUMBER).persons(22_420_000)
                        .types(RANSOMWARE).notifiedPrincipalOn("2023-06-08"),
                        false, List.of(3, 4), List.of(2, 4), Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL,
                        List.of(NOTIFY_PRINCIPAL), null, List.of(), "appi-2022-04"),
                // 2: user office; day 60 = 2023-08-12 (Sat), 08-13 Sun → 08-14 (Mon).
                new Row("2 user office of the vendor", TestFacts.known("2023-06-14")
                        .items(NAME, ADDRESS, BANK_ACCOUNT, MY_NUMBER).persons(5000).types(RANSOMWARE),
                        true, List.of(3, 4), List.of(2, 4), null, FULL, "2023-06-17/2023-06-19",
                        List.of("2023-08-14"), "appi-2022-04"),
                // 3: health insurance society; day 60 = 2024-10-20 (Sun) → 10-21.
                new Row("3 health insurance society, sub-vendor ransomware", TestFacts.known("2024-08-22")
                        .operator(OperatorKind.HEALTH_INSURANCE_SOCIETY)
                        .items(NAME, GENDER, BIRTH_DATE, ADDRESS, PHONE, INSURANCE_CARD).persons(86_936)
                        .types(RANSOMWARE),
                        true, List.of(3, 4), List.of(), null, FULL, "2024-08-25/2024-08-27",
                        List.of("2024-10-21"), "appi-2024-04"),
                // 3 without item iii would give day 30 = 2024-09-20 (Fri): the wrong answer the doc warns about.
                new Row("3 counter-check: item iv alone is 30 days", TestFacts.known("2024-08-22")
                        .operator(OperatorKind.HEALTH_INSURANCE_SOCIETY).items(NAME, INSURANCE_CARD).persons(86_936)
                        .types(RANSOMWARE).unauthorizedPurpose(false),
                        true, List.of(4), List.of(), null, FULL, "2024-08-25/2024-08-27",
                        List.of("2024-09-20"), "appi-2024-04"),
                new Row("4 marathon upload, 364 persons", TestFacts.known("2025-03-03")
                        .items(NAME, ADDRESS, PHONE, BIRTH_DATE, EMAIL).persons(364).types(WRONG_PUBLICATION),
                        false, List.of(), List.of(), null, List.of(), null, List.of(), "appi-2024-04"),
                // 4b: 2025-03-03 + 29 = 04-01 (Tue).
                new Row("4b with medical history", TestFacts.known("2025-03-03")
                        .items(NAME, ADDRESS, PHONE, BIRTH_DATE, EMAIL, MEDICAL).persons(364).types(WRONG_PUBLICATION),
                        true, List.of(1), List.of(), null, FULL, "2025-03-06/2025-03-08",
                        List.of("2025-04-01"), "appi-2024-04"),
                new Row("4c organiser is a municipality (>100)", TestFacts.known("2025-03-03")
                        .operator(OperatorKind.PUBLIC_BODY)
                        .items(NAME, ADDRESS, PHONE, BIRTH_DATE, EMAIL).persons(364).types(WRONG_PUBLICATION),
                        true, List.of(4), List.of(), null, FULL, "2025-03-06/2025-03-08",
                        List.of("2025-04-01"), "appi-2024-04"),
                // 5: tax firm as entrustee; day 60 = 2024-08-04 (Sun) → 08-05.
                new Row("5 tax firm, entrustee not yet notified", TestFacts.known("2024-06-06").entrustee()
                        .event(BreachEvent.DAMAGE).items(NAME, ADDRESS, PHONE).persons(800)
                        .types(UNAUTHORIZED_ACCESS, RANSOMWARE),
                        true, List.of(3), List.of(), null, FULL_ENTRUSTEE, "2024-06-09/2024-06-11",
                        List.of("2024-08-05"), "appi-2024-04"),
                new Row("5 if it knew on the 06-04 alert", TestFacts.known("2024-06-04").entrustee()
                        .event(BreachEvent.DAMAGE).items(NAME, ADDRESS, PHONE).persons(800).types(RANSOMWARE),
                        true, List.of(3), List.of(), null, FULL_ENTRUSTEE, "2024-06-07/2024-06-09",
                        List.of("2024-08-02"), "appi-2024-04"),
                new Row("5 relieved by notifying each principal", TestFacts.known("2024-06-06").entrustee()
                        .event(BreachEvent.DAMAGE).items(NAME, ADDRESS, PHONE).persons(800).types(RANSOMWARE)
                        .notifiedPrincipalOn("2024-06-07"),
                        false, List.of(3), List.of(), Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL, List.of(NOTIFY_PRINCIPAL),
                        null, List.of(), "appi-2024-04"),
                // 5b: principal's clock from the receipt of the notice; day 60 = 2024-08-18 (Sun) → 08-19.
                new Row("5b client company notified by the firm", TestFacts.known("2024-06-20")
                        .items(NAME, ADDRESS, PHONE).persons(2000).types(RANSOMWARE),
                        true, List.of(3, 4), List.of(), null, FULL, "2024-06-23/2024-06-25",
                        List.of("2024-08-19"), "appi-2024-04"),
                // 6: day 30 = 2025-05-06 (振替休日) → 05-07.
                new Row("6 hospital loses a USB stick", TestFacts.known("2025-04-07").operator(OperatorKind.MEDICAL)
                        .event(BreachEvent.LOSS).items(NAME, MEDICAL).persons(55).types(LOSS_THEFT),
                        true, List.of(1), List.of(), null, FULL, "2025-04-10/2025-04-12",
                        List.of("2025-05-07"), "appi-2024-04"),
                // 6 stolen: + item iii → day 60 = 2025-06-05 (Thu).
                new Row("6 the USB stick was stolen", TestFacts.known("2025-04-07").operator(OperatorKind.MEDICAL)
                        .items(NAME, MEDICAL).persons(55).types(LOSS_THEFT).unauthorizedPurpose(true),
                        true, List.of(1, 3), List.of(), null, FULL, "2025-04-10/2025-04-12",
                        List.of("2025-06-05"), "appi-2024-04"),
                new Row("7 USB stick with strong encryption", TestFacts.known("2025-04-07").operator(OperatorKind.MEDICAL)
                        .event(BreachEvent.LOSS).items(NAME, MEDICAL).persons(55).types(LOSS_THEFT).encrypted(),
                        false, List.of(), List.of(), Decision.STRONG_ENCRYPTION, List.of(), null, List.of(),
                        "appi-2024-04"),
                // 8: day 60 = 2025-11-29 (Sat) → 12-01 (Mon). Item iii only: the 2024-04-01 amendment added
                // information being acquired to Rules Art. 7(iii) alone; items i, ii and iv still need personal data.
                new Row("8 web skimming at an EC site", TestFacts.known("2025-10-01")
                        .items(NAME, PAYMENT_CARD).persons(800).types(WEB_SKIMMING).acquiring(),
                        true, List.of(3), List.of(), null, FULL, "2025-10-04/2025-10-06",
                        List.of("2025-12-01"), "appi-2024-04"),
                // 9: day 30 = 2025-09-23 (秋分の日) → 09-24.
                new Row("9 mis-sent customer list", TestFacts.known("2025-08-25").items(NAME, EMAIL).persons(1500)
                        .types(MISDELIVERY),
                        true, List.of(4), List.of(), null, FULL, "2025-08-28/2025-08-30",
                        List.of("2025-09-24"), "appi-2024-04"),
                new Row("10 cloud bucket, first count 900", TestFacts.known("2025-07-01").items(NAME, ADDRESS)
                        .persons(900).types(MISCONFIGURATION),
                        false, List.of(), List.of(), null, List.of(), null, List.of(), "appi-2024-04"),
                new Row("10 recount 1,200 on 07-10", TestFacts.known("2025-07-10").items(NAME, ADDRESS)
                        .persons(1200).types(MISCONFIGURATION),
                        true, List.of(4), List.of(), null, FULL, "2025-07-13/2025-07-15",
                        List.of("2025-08-08"), "appi-2024-04"),
                new Row("10 maximum possible count already over 1,000 on 07-01", TestFacts.known("2025-07-01")
                        .certainty(Certainty.POSSIBLE).items(NAME, ADDRESS).persons(900).personsMax(1200)
                        .types(MISCONFIGURATION),
                        true, List.of(4), List.of(), null, FULL, "2025-07-04/2025-07-06",
                        List.of("2025-07-30"), "appi-2024-04"),
                // 11: day 30 = 2024-12-31 (closure) → 12/31–1/3 closed, 1/4–1/5 weekend → 2025-01-06.
                new Row("11 year-end exposure", TestFacts.known("2024-12-02").items(NAME, PHONE).persons(1200)
                        .types(MISCONFIGURATION),
                        true, List.of(4), List.of(), null, FULL, "2024-12-05/2024-12-07",
                        List.of("2025-01-06"), "appi-2024-04"),
                // 12: day 60 = 2025-04-03 (Thu).
                new Row("12 employee takes customer list", TestFacts.known("2025-02-03")
                        .items(NAME, ADDRESS, PURCHASE_HISTORY).persons(50).types(INSIDER),
                        true, List.of(3), List.of(), null, FULL, "2025-02-06/2025-02-08",
                        List.of("2025-04-03"), "appi-2024-04"),
                new Row("13 payroll vendor relieved", TestFacts.known("2025-05-12").entrustee()
                        .items(NAME, SALARY, BANK_ACCOUNT).persons(2000).types(MISCONFIGURATION)
                        .notifiedPrincipalOn("2025-05-14"),
                        false, List.of(4), List.of(), Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL, List.of(NOTIFY_PRINCIPAL),
                        null, List.of(), "appi-2024-04"),
                // 13 client: 2025-05-14 + 29 = 06-12 (Thu).
                new Row("13 client (principal)", TestFacts.known("2025-05-14").items(NAME, SALARY, BANK_ACCOUNT)
                        .persons(2000).types(MISCONFIGURATION),
                        true, List.of(4), List.of(), null, FULL, "2025-05-17/2025-05-19",
                        List.of("2025-06-12"), "appi-2024-04"),
                // 13 vendor without notice: 2025-05-12 + 29 = 06-10 (Tue).
                new Row("13 vendor had it not notified", TestFacts.known("2025-05-12").entrustee()
                        .items(NAME, SALARY, BANK_ACCOUNT).persons(2000).types(MISCONFIGURATION),
                        true, List.of(4), List.of(), null, FULL_ENTRUSTEE, "2025-05-15/2025-05-17",
                        List.of("2025-06-10"), "appi-2024-04"),
                // 14: My Number only, > 100; 2025-09-01 + 29 = 09-30 (Tue).
                new Row("14 150 My Numbers mis-sent", TestFacts.known("2025-09-01").items(NAME, MY_NUMBER).persons(150)
                        .types(MISDELIVERY),
                        true, List.of(), List.of(4), null, FULL, "2025-09-04/2025-09-06",
                        List.of("2025-09-30"), "appi-2024-04"),
                // 15: both laws, both 60 days: 2025-11-10 + 59 = 2026-01-08 (Thu).
                new Row("15 unauthorized access to 30 My Number records", TestFacts.known("2025-11-10")
                        .items(NAME, ADDRESS, MY_NUMBER).persons(30).types(UNAUTHORIZED_ACCESS),
                        true, List.of(3), List.of(2), null, FULL, "2025-11-13/2025-11-15",
                        List.of("2026-01-08"), "appi-2024-04"),
                // 16: 2025-06-02 + 29 = 07-01 (Tue).
                new Row("16 visitor log, names only", TestFacts.known("2025-06-02").items(NAME, OTHER).persons(2000)
                        .types(MISCONFIGURATION),
                        true, List.of(4), List.of(), null, FULL, "2025-06-05/2025-06-07",
                        List.of("2025-07-01"), "appi-2024-04"),
                new Row("17 ransomware, clean restore, no indicators", TestFacts.known("2025-01-20")
                        .certainty(Certainty.RULED_OUT).event(BreachEvent.DAMAGE).items(NAME, ADDRESS, SALARY)
                        .persons(300).types(RANSOMWARE),
                        false, List.of(), List.of(), null, List.of(), null, List.of(), "appi-2024-04"),
                // 17 with a C&C indicator: day 60 = 2025-03-20 (春分の日) → 03-21 (Fri).
                new Row("17 ransomware with C&C traffic", TestFacts.known("2025-01-20").certainty(Certainty.POSSIBLE)
                        .items(NAME, ADDRESS, SALARY).persons(300).types(RANSOMWARE),
                        true, List.of(3), List.of(), null, FULL, "2025-01-23/2025-01-25",
                        List.of("2025-03-21"), "appi-2024-04"),
                new Row("18 bank fax to the wrong business", TestFacts.known("2025-03-03")
                        .operator(OperatorKind.FINANCIAL).items(NAME, BANK_ACCOUNT).persons(1).types(MISDELIVERY),
                        true, List.of(), List.of(), null, List.of(SECTOR_REPORT), null, List.of(), "appi-2024-04"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Row row) {
        Decision decision = ENGINE.evaluate(row.facts().build());

        assertThat(decision.reportable()).as("reportable").isEqualTo(row.reportable());
        assertThat(decision.appiCategories()).as("APPI categories").isEqualTo(row.appi());
        assertThat(decision.myNumberCategories()).as("My Number categories").isEqualTo(row.myNumber());
        assertThat(decision.exemption()).as("exemption").isEqualTo(row.exemption());
        assertThat(decision.obligations()).extracting(Obligation::kind).as("obligations").isEqualTo(row.kinds());
        assertThat(decision.ruleSet()).isEqualTo(row.ruleSet());
        if (row.preliminary() != null) {
            String[] window = row.preliminary().split("/");
            Obligation preliminary = decision.obligations(PPC_PRELIMINARY).get(0);
            assertThat(preliminary.from()).isEqualTo(LocalDate.parse(window[0]));
            assertThat(preliminary.to()).isEqualTo(LocalDate.parse(window[1]));
            assertThat(preliminary.binding()).isFalse();
        }
        assertThat(decision.obligations(PPC_FINAL)).extracting(o -> o.due().toString()).isEqualTo(row.due());
        assertThat(decision.obligations(PPC_FINAL)).allSatisfy(o -> assertThat(o.binding()).isTrue());
        assertThat(decision.reasons()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.rule()).isNotBlank();
            assertThat(r.ja()).isNotBlank();
            assertThat(r.en()).isNotBlank();
        });
    }
}
