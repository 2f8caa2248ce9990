package org.itaku.incident;

import org.itaku.obligation.EntrustmentRole;

/**
 * Which parties a page lists: by distance from where it happened, role, decision, a name search, or the principals
 * of one entrustee. Nulls do not filter.
 */
public record PartyFilter(Integer distance, EntrustmentRole role, DecisionState decision, String query,
        Long entrusteeId) {

    public enum DecisionState {
        REPORTABLE, NOT_REPORTABLE, AWAITING
    }

    public static final PartyFilter ALL = new PartyFilter(null, null, null, null, null);

    public PartyFilter {
        if (distance != null && distance < 0) {
            throw new IncidentRuleException("incident.rule.filter.distance");
        }
        query = query == null || query.isBlank() ? null : query.strip();
        if (query != null && query.length() > 300) {
            throw new IncidentRuleException("incident.rule.filter.query", 300);
        }
    }
}
