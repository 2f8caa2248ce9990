package org.itaku.assessment;

import java.time.Instant;

/** A proposal to assess a vendor again, with why (the detail names the contract date, incident or case). */
public record Proposal(long id, long operatorId, String operatorName, AssessmentReason reason, String sourceKey,
        String detail, Instant proposedAt) {
}
