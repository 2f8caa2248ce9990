package org.itaku.audit;

import java.time.Instant;

/**
 * What the review page and the exports narrow the trail by; every part is optional. {@code actor}
 * matches part of the actor's e-mail address; {@code action}, {@code targetType} and {@code targetId}
 * match exactly; {@code from} is inclusive and {@code until} exclusive.
 */
public record AuditFilter(String actor, String action, String targetType, String targetId, Instant from,
        Instant until) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("the start of the time range must come before its end");
        }
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
