package org.itaku.obligation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A version of the reporting rules with the day it took effect. The rule set in force on the awareness date
 * (known_on) decides the case, and every decision records which one it used. The engine holds no figure of the
 * law itself: head-count thresholds, report periods and the prompt-report window are read from here, so an
 * amendment is a new rule set with its effective date, and cases known before it keep the old figures.
 *
 * @param itemThreeCoversAcquiring whether Rules Art. 7(iii) reaches personal information the operator is acquiring
 *                                 and intends to handle as personal data (Rules amendment in force 2024-04-01; it
 *                                 was added to item iii alone)
 * @param privateThreshold         Rules Art. 7(iv): 本人の数が千人を超える
 * @param publicThreshold          Rules Art. 43(iv) for 行政機関等: 百人を超える
 * @param myNumberThreshold        My Number Rule Art. 2(iv): 百人を超える
 * @param finalDays                Rules Art. 8(2), Art. 44(2), My Number Rule Art. 3(2): 30日以内
 * @param finalDaysUnauthorized    the same articles: 60日以内 where the unauthorized-purpose item applies
 * @param preliminaryFromDays      GL 3-5-3-3: 速報 「概ね3～5日以内」, the first day of the indication
 * @param preliminaryToDays        the last day of that indication
 */
record RuleSet(String id, LocalDate effectiveFrom, boolean itemThreeCoversAcquiring, int privateThreshold,
        int publicThreshold, int myNumberThreshold, int finalDays, int finalDaysUnauthorized, int preliminaryFromDays,
        int preliminaryToDays) {

    /** Rules as amended by 令和3年個人情報保護委員会規則第4号 (mandatory reports from 2022-04-01). */
    static final RuleSet APPI_2022_04 = new RuleSet("appi-2022-04", LocalDate.of(2022, 4, 1), false, 1000, 100, 100,
            30, 60, 3, 5);
    /** Rules Art. 7(iii) and Art. 8(1)(ii) extended to information being acquired, e.g. web skimming. */
    static final RuleSet APPI_2024_04 = new RuleSet("appi-2024-04", LocalDate.of(2024, 4, 1), true, 1000, 100, 100,
            30, 60, 3, 5);

    static final List<RuleSet> ALL = List.of(APPI_2022_04, APPI_2024_04);

    RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (privateThreshold < 1 || publicThreshold < 1 || myNumberThreshold < 1) {
            throw new IllegalArgumentException("thresholds are positive head-counts");
        }
        if (finalDays < 1 || finalDaysUnauthorized < finalDays) {
            throw new IllegalArgumentException("report periods are positive, the unauthorized-purpose one not shorter");
        }
        if (preliminaryFromDays < 0 || preliminaryToDays < preliminaryFromDays) {
            throw new IllegalArgumentException("the prompt-report window ends after it starts");
        }
    }

    /** The latest rule set in effect on the awareness date; none before mandatory reporting began. */
    static RuleSet inForceOn(LocalDate knownOn) {
        return inForceOn(ALL, knownOn);
    }

    static RuleSet inForceOn(List<RuleSet> sets, LocalDate knownOn) {
        LocalDate first = sets.stream().map(RuleSet::effectiveFrom).min(Comparator.naturalOrder()).orElseThrow();
        return sets.stream()
                .filter(r -> !r.effectiveFrom().isAfter(knownOn))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new InvalidFactsException("known_on", "no rule set in force before "
                        + first + " (mandatory breach reports began then)"));
    }
}
