package org.itaku.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An incident case, the aggregate that guards its own status: OPEN → CONTAINED → CLOSED, with CONTAINED → OPEN when
 * it flares up again. Every other jump throws.
 */
public record Incident(long id, IncidentFacts facts, IncidentStatus status, Instant createdAt) {

    public Incident {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        if (status != IncidentStatus.OPEN && facts.containedOn() == null) {
            throw new IllegalArgumentException("封じ込め日のない封じ込め済み事案はありません / a contained incident has a containment date");
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
            throw new IllegalTransitionException("未了の義務が " + openObligations + " 件あるため完了にできません / "
                    + openObligations + " obligation(s) still open");
        }
        return new Incident(id, facts, IncidentStatus.CLOSED, createdAt);
    }

    public Incident reopen() {
        require(IncidentStatus.OPEN);
        return new Incident(id, facts, IncidentStatus.OPEN, createdAt);
    }

    Incident withFacts(IncidentFacts newFacts) {
        if (status == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("完了した事案は編集できません / a closed incident cannot be edited");
        }
        return new Incident(id, newFacts, status, createdAt);
    }

    private void require(IncidentStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalTransitionException("状態を " + status + " から " + next + " に変更できません / cannot move from "
                    + status + " to " + next);
        }
    }
}
