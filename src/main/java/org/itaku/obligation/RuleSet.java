package org.itaku.obligation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A version of the reporting rules with the day it took effect. The rule set in force on the awareness date
 * (known_on) decides the case, and every decision records which one it used.
 *
 * @param itemThreeCoversAcquiring whether Rules Art. 7(iii) reaches personal information the operator is acquiring
 *                                 and intends to handle as personal data (Rules amendment in force 2024-04-01)
 */
record RuleSet(String id, LocalDate effectiveFrom, boolean itemThreeCoversAcquiring) {

    /** Rules as amended by 令和3年個人情報保護委員会規則第4号 (mandatory reports from 2022-04-01). */
    static final RuleSet APPI_2022_04 = new RuleSet("appi-2022-04", LocalDate.of(2022, 4, 1), false);
    /** Rules Art. 7(iii) and Art. 8(1)(ii) extended to information being acquired, e.g. web skimming. */
    static final RuleSet APPI_2024_04 = new RuleSet("appi-2024-04", LocalDate.of(2024, 4, 1), true);

    static final List<RuleSet> ALL = List.of(APPI_2022_04, APPI_2024_04);

    RuleSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /** The latest rule set in effect on the awareness date; none before mandatory reporting began. */
    static RuleSet inForceOn(LocalDate knownOn) {
        return ALL.stream()
                .filter(r -> !r.effectiveFrom().isAfter(knownOn))
                .max(Comparator.comparing(RuleSet::effectiveFrom))
                .orElseThrow(() -> new InvalidFactsException("known_on", "no rule set in force before "
                        + APPI_2022_04.effectiveFrom() + " (mandatory breach reports began then)"));
    }
}
