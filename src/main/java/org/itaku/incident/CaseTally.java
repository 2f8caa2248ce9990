package org.itaku.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Obligation;

/**
 * The counts an incident page opens with: parties by distance, role, decision and notice (with their persons), and
 * obligations by kind, status and deadline. Worked out from the case in memory when it changes and kept, so that a
 * page at a vendor (170,000 parties, 700,000 obligations) reads a few dozen rows instead of counting.
 */
record CaseTally(List<PartySummary.Row> parties, List<Duties.Tally> duties) {

    private static final Comparator<PartySummary.Row> PARTY_ORDER = Comparator.comparingInt(PartySummary.Row::distance)
            .thenComparing(r -> r.role().name()).thenComparing(PartySummary.Row::decided)
            .thenComparing(PartySummary.Row::reportable).thenComparing(PartySummary.Row::noticed);
    private static final Comparator<Duties.Tally> DUTY_ORDER = Comparator.comparing((Duties.Tally t) -> t.kind().name())
            .thenComparing(t -> t.status().name())
            .thenComparing(Duties.Tally::deadline, Comparator.nullsLast(Comparator.naturalOrder()));

    CaseTally {
        parties = parties.stream().sorted(PARTY_ORDER).toList();
        duties = duties.stream().filter(t -> t.count() > 0).sorted(DUTY_ORDER).toList();
    }

    private record PartyKey(int distance, EntrustmentRole role, boolean decided, boolean reportable, boolean noticed) {

        @Override
        public boolean equals(Object o) {
            return o instanceof PartyKey k && distance == k.distance && role == k.role && decided == k.decided
                    && reportable == k.reportable && noticed == k.noticed;
        }

        @Override
        public int hashCode() {
            return Objects.hash(distance, role, decided, reportable, noticed);
        }
    }

    private record DutyKey(Obligation.Kind kind, DutyStatus status, LocalDate deadline) {

        @Override
        public boolean equals(Object o) {
            return o instanceof DutyKey k && kind == k.kind && status == k.status && Objects.equals(deadline, k.deadline);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, status, deadline);
        }
    }

    /** One pass over the parties and one over the obligations. */
    static CaseTally of(Collection<Party> parties, Collection<Duty> duties) {
        Map<PartyKey, long[]> byParty = new HashMap<>();
        for (Party p : parties) {
            Party.Verdict v = p.verdict();
            long[] n = byParty.computeIfAbsent(new PartyKey(p.distance(), p.role(), v != null, v != null && v.reportable(),
                    p.noticeReceivedAt() != null), k -> new long[2]);
            n[0]++;
            n[1] += p.persons();
        }
        List<PartySummary.Row> partyRows = new ArrayList<>(byParty.size());
        byParty.forEach((k, n) -> partyRows.add(new PartySummary.Row(k.distance(), k.role(), k.decided(), k.reportable(),
                k.noticed(), n[0], n[1])));
        Map<DutyKey, Long> byDuty = new HashMap<>();
        for (Duty d : duties) {
            byDuty.merge(new DutyKey(d.kind(), d.status(), d.deadline()), 1L, Long::sum);
        }
        return new CaseTally(partyRows, dutyRows(byDuty));
    }

    private static List<Duties.Tally> dutyRows(Map<DutyKey, Long> byDuty) {
        List<Duties.Tally> rows = new ArrayList<>(byDuty.size());
        byDuty.forEach((k, n) -> rows.add(new Duties.Tally(k.kind(), k.status(), k.deadline(), n)));
        return rows;
    }

    /** The counts after one obligation moved from {@code before} to {@code after} (fulfilled, waived). */
    CaseTally withDutyChanged(Duty before, Duty after) {
        Map<DutyKey, Long> byDuty = new HashMap<>();
        duties.forEach(t -> byDuty.put(new DutyKey(t.kind(), t.status(), t.deadline()), t.count()));
        byDuty.merge(new DutyKey(before.kind(), before.status(), before.deadline()), -1L, Long::sum);
        byDuty.merge(new DutyKey(after.kind(), after.status(), after.deadline()), 1L, Long::sum);
        return new CaseTally(parties, dutyRows(byDuty));
    }

    /**
     * How many parties a filter matches, when the counts can tell (distance, role and decision); empty for a name
     * search or the principals of one entrustee, which the caller counts in SQL.
     */
    Optional<Long> matching(PartyFilter f) {
        if (f.query() != null || f.entrusteeId() != null) {
            return Optional.empty();
        }
        long n = 0;
        for (PartySummary.Row r : parties) {
            if (f.distance() != null && r.distance() != f.distance()) {
                continue;
            }
            if (f.role() != null && r.role() != f.role()) {
                continue;
            }
            if (f.decision() != null && f.decision() != state(r)) {
                continue;
            }
            n += r.parties();
        }
        return Optional.of(n);
    }

    private static PartyFilter.DecisionState state(PartySummary.Row r) {
        return !r.decided() ? PartyFilter.DecisionState.AWAITING
                : r.reportable() ? PartyFilter.DecisionState.REPORTABLE : PartyFilter.DecisionState.NOT_REPORTABLE;
    }

    /** How many obligations of a kind and status there are (nulls do not filter). */
    long duties(Obligation.Kind kind, DutyStatus status) {
        return duties.stream().filter(t -> (kind == null || t.kind() == kind) && (status == null || t.status() == status))
                .mapToLong(Duties.Tally::count).sum();
    }
}
