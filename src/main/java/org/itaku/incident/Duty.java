package org.itaku.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.itaku.obligation.Obligation;
import org.itaku.vocabulary.RuleViolation;

/**
 * One row of the obligations register: what one operator owes for one incident, with the due date stored as the
 * engine gave it and the rule set that gave it. Once fulfilled, whether it was on time is frozen: later changes of
 * facts do not rewrite history.
 */
public record Duty(long id, long incidentId, long operatorId, String duty, Obligation.Kind kind, String authority,
        LocalDate dueOn, LocalDate windowFrom, LocalDate windowTo, Boolean binding, List<String> basis, String ruleSet,
        DutyStatus status, LocalDate fulfilledOn, Boolean onTime, String notRequiredReason, String requestedBy,
        String approvedBy) {

    public Duty {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        basis = List.copyOf(basis);
        if (status == DutyStatus.FULFILLED && (fulfilledOn == null || onTime == null)) {
            throw new IncidentRuleException("incident.rule.duty.fulfilledRecord");
        }
        if (status == DutyStatus.NOT_REQUIRED && (approvedBy == null || notRequiredReason == null)) {
            throw new IncidentRuleException("incident.rule.duty.waivedRecord");
        }
    }

    /**
     * From the fields that tell obligations apart most, so equal duties hash alike: a relay at a vendor groups half a
     * million new duties by their shape, and hashing every field (the legal basis list among them) took a tenth of it.
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, incidentId, operatorId, duty, dueOn, windowTo, status);
    }

    /** Every component, as the record's own would compare them, written out (see the package's note). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Duty d && id == d.id && incidentId == d.incidentId && operatorId == d.operatorId
                && kind == d.kind && status == d.status && Objects.equals(duty, d.duty) && Objects.equals(dueOn, d.dueOn)
                && Objects.equals(windowTo, d.windowTo) && Objects.equals(windowFrom, d.windowFrom)
                && Objects.equals(authority, d.authority) && Objects.equals(binding, d.binding)
                && basis.equals(d.basis) && Objects.equals(ruleSet, d.ruleSet)
                && Objects.equals(fulfilledOn, d.fulfilledOn) && Objects.equals(onTime, d.onTime)
                && Objects.equals(notRequiredReason, d.notRequiredReason)
                && Objects.equals(requestedBy, d.requestedBy) && Objects.equals(approvedBy, d.approvedBy);
    }

    /** The register key of an obligation: its kind, and the authority where there is one. */
    static String key(Obligation o) {
        return o.kind().code() + (o.authority() == null ? "" : "/" + o.authority());
    }

    static Duty open(long incidentId, long operatorId, Obligation o, String ruleSet) {
        return new Duty(0, incidentId, operatorId, key(o), o.kind(), o.authority(), o.due(), o.from(), o.to(),
                o.binding(), o.basis(), ruleSet, DutyStatus.OPEN, null, null, null, null, null);
    }

    /** The same obligation under another id and operator: a shared row's member, or a shared row's shape (0, 0). */
    Duty as(long newId, long newOperatorId) {
        return new Duty(newId, incidentId, newOperatorId, duty, kind, authority, dueOn, windowFrom, windowTo, binding,
                basis, ruleSet, status, fulfilledOn, onTime, notRequiredReason, requestedBy, approvedBy);
    }

    /** The day reminders count towards: the binding due date, else the end of the indicative window. */
    public LocalDate deadline() {
        return dueOn != null ? dueOn : windowTo;
    }

    public boolean isOpen() {
        return status == DutyStatus.OPEN;
    }

    boolean sameSchedule(Obligation o, String otherRuleSet) {
        return Objects.equals(dueOn, o.due()) && Objects.equals(windowFrom, o.from()) && Objects.equals(windowTo, o.to())
                && Objects.equals(ruleSet, otherRuleSet);
    }

    /** Re-evaluated facts moved the dates (or brought a withdrawn duty back). Only open or withdrawn duties move. */
    Duty rescheduled(Obligation o, String newRuleSet) {
        if (status != DutyStatus.OPEN && status != DutyStatus.WITHDRAWN) {
            throw new IllegalTransitionException("incident.transition.duty.reschedule", id);
        }
        return new Duty(id, incidentId, operatorId, duty, kind, authority, o.due(), o.from(), o.to(), o.binding(),
                o.basis(), newRuleSet, DutyStatus.OPEN, null, null, null, null, null);
    }

    Duty withdrawn() {
        if (status != DutyStatus.OPEN) {
            throw new IllegalTransitionException("incident.transition.duty.withdraw", id);
        }
        return new Duty(id, incidentId, operatorId, duty, kind, authority, dueOn, windowFrom, windowTo, binding, basis,
                ruleSet, DutyStatus.WITHDRAWN, null, null, null, null, null);
    }

    /** Done on {@code on}; on time when not after the deadline (no deadline: always on time). Frozen from now on. */
    public Duty fulfil(LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (status != DutyStatus.OPEN) {
            throw new IllegalTransitionException("incident.transition.duty.fulfil", id,
                    RuleViolation.field("incident.duty." + status.name()));
        }
        boolean timely = deadline() == null || !on.isAfter(deadline());
        return new Duty(id, incidentId, operatorId, duty, kind, authority, dueOn, windowFrom, windowTo, binding, basis,
                ruleSet, DutyStatus.FULFILLED, on, timely, null, null, null);
    }

    public Duty waive(Waiver waiver) {
        Objects.requireNonNull(waiver, "waiver");
        if (status != DutyStatus.OPEN) {
            throw new IllegalTransitionException("incident.transition.duty.waive", id,
                    RuleViolation.field("incident.duty." + status.name()));
        }
        return new Duty(id, incidentId, operatorId, duty, kind, authority, dueOn, windowFrom, windowTo, binding, basis,
                ruleSet, DutyStatus.NOT_REQUIRED, null, null, waiver.reason(), waiver.requestedBy(), waiver.approvedBy());
    }
}
