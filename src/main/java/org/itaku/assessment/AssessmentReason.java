package org.itaku.assessment;

/** Why a questionnaire was sent. */
public enum AssessmentReason {
    /** The first assessment of this vendor. */
    INITIAL,
    /** The review interval of the vendor's tier has passed. */
    CYCLE,
    /** The contract with the vendor was renewed. */
    RENEWAL,
    /** An incident was recorded at the vendor. */
    INCIDENT,
    /** A public case's cause maps to questions the vendor answered weakly. */
    CASE
}
