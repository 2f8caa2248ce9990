package org.itaku.assessment;

/** The assessment is not in a state that allows this (answered 409 with the reason). */
public class AssessmentStateException extends IllegalStateException {

    private final String code;

    AssessmentStateException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Message code under {@code assessment.state.} for the page. */
    public String code() {
        return code;
    }
}
