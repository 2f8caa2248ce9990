package org.itaku.incident;

import java.time.Instant;

/** One past evaluation of one operator's facts: what was decided and what set it off. */
public record Evaluation(long operatorId, boolean reportable, String appiCategories, String myNumberCategories,
        String exemption, String ruleSet, String trigger, Instant evaluatedAt) {
}
