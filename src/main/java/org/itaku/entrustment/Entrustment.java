package org.itaku.entrustment;

import java.time.LocalDate;

/**
 * 委託: principal → entrustee for one purpose, with the contract terms that matter once something leaks
 * (APPI Art. 25 supervision: the contract must let the principal learn of incidents and check handling).
 */
public record Entrustment(long id, long principalId, long entrusteeId, String purpose, LocalDate startOn,
        LocalDate endOn, boolean reEntrustmentAllowed, String reEntrustmentApproval, Integer incidentReportHours,
        EndOfContract endOfContract, boolean auditRights, LocalDate lastReviewOn) {

    public Entrustment {
        if (principalId == entrusteeId) {
            throw new RegisterRuleException("register.samePrincipalAndEntrustee");
        }
        purpose = Text.required(purpose, "entrustment.purpose", 1000);
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            throw new RegisterRuleException("register.endBeforeStart");
        }
        reEntrustmentApproval = Text.optional(reEntrustmentApproval, 1000);
        if (incidentReportHours != null && incidentReportHours <= 0) {
            throw new RegisterRuleException("register.reportHours", incidentReportHours);
        }
    }

    Entrustment withId(long newId) {
        return new Entrustment(newId, principalId, entrusteeId, purpose, startOn, endOn, reEntrustmentAllowed,
                reEntrustmentApproval, incidentReportHours, endOfContract, auditRights, lastReviewOn);
    }
}
