package org.itaku.incident;

import java.util.Objects;

import org.itaku.identity.Role;

/**
 * A decision that an obligation is not required, e.g. the recipient deleted a mis-sent e-mail unread so there was no
 * 漏えい (GL 3-5-1-2). Skipping a report the law requires is an offence risk (APPI Art. 148), so it needs a named
 * approver with the authority of a 個人情報保護管理者 (OFFICER or ADMIN) and a written reason.
 */
public record Waiver(String requestedBy, String approvedBy, Role approverRole, String reason) {

    static final int MIN_REASON = 10;

    public Waiver {
        requestedBy = Texts.optional(requestedBy, 254);
        approvedBy = Texts.optional(approvedBy, 254);
        if (approvedBy == null) {
            throw new IncidentRuleException("incident.rule.waiver.approver");
        }
        // Four eyes: whoever asks for the waiver does not approve it too.
        if (requestedBy != null && requestedBy.equalsIgnoreCase(approvedBy)) {
            throw new IncidentRuleException("incident.rule.waiver.fourEyes");
        }
        Objects.requireNonNull(approverRole, "approverRole");
        if (approverRole != Role.OFFICER && approverRole != Role.ADMIN) {
            throw new IncidentRuleException("incident.rule.waiver.role");
        }
        reason = Texts.optional(reason, 2000);
        if (reason == null || reason.length() < MIN_REASON) {
            throw new IncidentRuleException("incident.rule.waiver.reason", MIN_REASON);
        }
    }
}
