package org.itaku.incident;

import java.util.List;

/** Everything the incident page shows. */
public record IncidentView(Incident incident, String operatorName, List<PartyView> parties,
        List<AffectedHolding> holdings, List<Duty> duties, List<TimelineEntry> timeline, List<IncidentTask> tasks,
        List<Notice> notices, List<Evaluation> evaluations) {

    public String nameOf(long operatorId) {
        return parties.stream().filter(p -> p.party().operatorId() == operatorId).map(p -> p.party().operatorName())
                .findFirst().orElse("#" + operatorId);
    }
}
