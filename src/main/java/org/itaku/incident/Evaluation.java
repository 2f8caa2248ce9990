package org.itaku.incident;

import java.time.Instant;
import org.itaku.vocabulary.JapanTime;

/** One past evaluation of one operator's facts: what was decided and what set it off. */
public record Evaluation(long operatorId, boolean reportable, String appiCategories, String myNumberCategories,
        String exemption, String ruleSet, String trigger, Instant evaluatedAt) {

    /** When, in Japan's time, to the minute. */
    public String localTime() {
        return JapanTime.dateTimeOf(evaluatedAt).withSecond(0).withNano(0).toString().replace('T', ' ');
    }
}
