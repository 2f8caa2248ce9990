package org.itaku.assessment;

import org.itaku.vocabulary.RefusedChange;

/**
 * The assessment is not in a state that allows this (answered 409 with the reason): the code is
 * {@code assessment.state.<reason>} of the assessment bundle.
 */
public class AssessmentStateException extends RefusedChange {

    private final String reason;

    AssessmentStateException(String reason) {
        super("assessment.state." + reason);
        this.reason = reason;
    }

    /** The reason without its prefix (submitted, overdue, not-open, …). */
    public String reason() {
        return reason;
    }
}
