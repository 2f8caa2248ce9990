package org.itaku.assessment;

/** Where an assessment stands. */
public enum AssessmentStatus {
    /** Sent to the vendor's contact; nothing saved yet. */
    SENT,
    /** The vendor has saved a draft (or the officer asked for changes). */
    IN_PROGRESS,
    /** Submitted by the vendor: locked for the vendor, waiting for the officer's review. */
    SUBMITTED,
    /** Reviewed: scored, tiered, findings raised. */
    REVIEWED,
    /** Not submitted by the due date: the link no longer accepts answers until the officer reopens it. */
    LOCKED;

    public boolean open() {
        return this == SENT || this == IN_PROGRESS;
    }
}
