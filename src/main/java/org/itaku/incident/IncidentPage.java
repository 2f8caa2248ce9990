package org.itaku.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.itaku.obligation.Obligation;

/**
 * The incident page at any scale: the counts first (parties by distance, role and decision; obligations by kind,
 * status and deadline), then one page of parties with their decisions and obligations, a page of holdings, the
 * latest evaluations and the timeline. {@code names} names every operator the page mentions.
 */
public record IncidentPage(Incident incident, String operatorName, PartySummary summary, PartyFilter filter, int page,
        int size, long matching, List<PartyView> parties, List<Duty> duties, Map<Long, String> names,
        List<AffectedHolding> holdings, long holdingCount, int holdingsPage, List<DutyCount> dutyCounts,
        List<TimelineEntry> timeline, List<IncidentTask> tasks, List<Evaluation> evaluations, long notices) {

    /** Obligations of one kind and status due on one day (or without a day), and how many. */
    public record DutyCount(Obligation.Kind kind, DutyStatus status, LocalDate deadline, long count) {
    }

    public String nameOf(long operatorId) {
        return names.getOrDefault(operatorId, "#" + operatorId);
    }

    public List<Duty> dutiesOf(long operatorId) {
        return duties.stream().filter(d -> d.operatorId() == operatorId).toList();
    }

    public int pages() {
        return (int) Math.max(1, (matching + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < matching;
    }

    /** The first holding on this page of holdings, counted from 1 (0 when there are none). */
    public long firstHolding() {
        return holdings.isEmpty() ? 0 : (long) holdingsPage * Incidents.HOLDINGS_PAGE + 1;
    }

    public long lastHolding() {
        return (long) holdingsPage * Incidents.HOLDINGS_PAGE + holdings.size();
    }

    public boolean hasMoreHoldings() {
        return lastHolding() < holdingCount;
    }
}
