package org.itaku.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.itaku.vocabulary.RuleViolation;

/**
 * An incident case, the aggregate that guards its own status: OPEN → CONTAINED → CLOSED, with CONTAINED → OPEN when
 * it flares up again. Every other jump throws.
 */
public record Incident(long id, IncidentFacts facts, IncidentStatus status, Instant createdAt) {

    public Incident {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        if (status != IncidentStatus.OPEN && facts.containedOn() == null) {
            throw new IncidentRuleException("incident.rule.containedWithoutDate");
        }
    }

    /** 拡大防止 done (GL 3-5-2 (1)): records the day. */
    public Incident contain(LocalDate on) {
        Objects.requireNonNull(on, "on");
        require(IncidentStatus.CONTAINED);
        IncidentFacts f = facts;
        return new Incident(id, new IncidentFacts(f.title(), f.operatorId(), f.event(), f.certainty(), f.discoverer(),
                f.occurredOn(), f.discoveredOn(), on, f.incidentTypes(), f.cause(), f.indicators(),
                f.unauthorizedPurpose(), f.strongEncryption(), f.publiclyViewable(), f.acquiring(), f.adhocItems(),
                f.adhocPersons()), IncidentStatus.CONTAINED, createdAt);
    }

    /** Closing needs every obligation settled: fulfilled, or waived with an approver (APPI Art. 26). */
    public Incident close(int openObligations) {
        require(IncidentStatus.CLOSED);
        if (openObligations > 0) {
            throw new IllegalTransitionException("incident.transition.openObligations", openObligations);
        }
        return new Incident(id, facts, IncidentStatus.CLOSED, createdAt);
    }

    public Incident reopen() {
        require(IncidentStatus.OPEN);
        return new Incident(id, facts, IncidentStatus.OPEN, createdAt);
    }

    Incident withFacts(IncidentFacts newFacts) {
        if (status == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("incident.transition.closedEdit");
        }
        return new Incident(id, newFacts, status, createdAt);
    }

    private void require(IncidentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException("incident.transition.status",
                    RuleViolation.field("incident.status." + status.name()), RuleViolation.field("incident.status." + next.name()));
        }
    }
}
