package org.itaku.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding the officer raised on an assessment: what is wrong, by when the vendor must fix it, and the vendor's
 * answer. Open until accepted (the risk is taken) or resolved (fixed).
 */
public record Finding(long id, long assessmentId, long operatorId, String questionId, Severity severity,
        String description, LocalDate remediationDueOn, String vendorComment, Status status, Instant raisedAt,
        String raisedBy, Instant closedAt, String closedBy) {

    public enum Severity {
        HIGH, MEDIUM, LOW
    }

    public enum Status {
        OPEN, ACCEPTED, RESOLVED
    }

    public Finding {
        description = Texts.required(description, 2000, "assessment.field.description");
        vendorComment = Texts.optional(vendorComment, 2000);
        if (severity == null || status == null) {
            throw new IllegalArgumentException("a finding has a severity and a status");
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public boolean overdue(LocalDate today) {
        return open() && remediationDueOn != null && remediationDueOn.isBefore(today);
    }
}
