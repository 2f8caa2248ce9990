package org.itaku.incident;

import java.util.List;

import org.itaku.obligation.EntrustmentRole;

/**
 * The incident page's first screen: how many parties at each distance and role, how many are decided, reportable,
 * notified, and how many persons they count. Counted in SQL, never by loading the parties.
 */
public record PartySummary(List<Row> rows) {

    public record Row(int distance, EntrustmentRole role, boolean decided, boolean reportable, boolean noticed,
            long parties, long persons) {
    }

    public PartySummary {
        rows = List.copyOf(rows);
    }

    public long parties() {
        return rows.stream().mapToLong(Row::parties).sum();
    }

    public long reportable() {
        return rows.stream().filter(Row::reportable).mapToLong(Row::parties).sum();
    }

    public long decided() {
        return rows.stream().filter(Row::decided).mapToLong(Row::parties).sum();
    }

    public long awaiting() {
        return rows.stream().filter(r -> !r.decided()).mapToLong(Row::parties).sum();
    }

    /** One line per distance: parties, reportable, decided, awaiting, persons. */
    public record Level(int distance, long parties, long reportable, long notReportable, long awaiting, long persons) {
    }

    public List<Level> levels() {
        java.util.Map<Integer, long[]> by = new java.util.TreeMap<>();
        for (Row r : rows) {
            long[] a = by.computeIfAbsent(r.distance(), k -> new long[5]);
            a[0] += r.parties();
            if (r.decided() && r.reportable()) {
                a[1] += r.parties();
            } else if (r.decided()) {
                a[2] += r.parties();
            } else {
                a[3] += r.parties();
            }
            a[4] += r.persons();
        }
        return by.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3], e.getValue()[4])).toList();
    }
}
