package org.itaku.entrustment.web;

import java.time.LocalDate;

import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.RegisterRuleException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

record EntrustmentForm(Long principalId, Long entrusteeId, String purpose, @DateTimeFormat(iso = ISO.DATE) LocalDate startOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate endOn, Boolean reEntrustmentAllowed, String reEntrustmentApproval,
        Integer incidentReportHours, EndOfContract endOfContract, Boolean auditRights,
        @DateTimeFormat(iso = ISO.DATE) LocalDate lastReviewOn) {

    static EntrustmentForm empty(Long principalId, Long entrusteeId) {
        return new EntrustmentForm(principalId, entrusteeId, null, null, null, false, null, null, null, false, null);
    }

    static EntrustmentForm of(Entrustment e) {
        return new EntrustmentForm(e.principalId(), e.entrusteeId(), e.purpose(), e.startOn(), e.endOn(), e.reEntrustmentAllowed(),
                e.reEntrustmentApproval(), e.incidentReportHours(), e.endOfContract(), e.auditRights(), e.lastReviewOn());
    }

    Entrustment toEntrustment(long id) {
        if (principalId == null || entrusteeId == null) {
            throw new RegisterRuleException("register.partiesRequired");
        }
        return new Entrustment(id, principalId, entrusteeId, purpose, startOn, endOn, Boolean.TRUE.equals(reEntrustmentAllowed),
                reEntrustmentApproval, incidentReportHours, endOfContract, Boolean.TRUE.equals(auditRights), lastReviewOn);
    }
}
