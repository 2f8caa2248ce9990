package org.itaku.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Obligation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The kept counts of each case ({@link CaseTally}, plus its holdings and notices), rewritten in the transaction of
 * every change. A case without a row in incident_tally (opened before the counts were kept) is counted in SQL until
 * its next change. Every statement filters on the workspace.
 */
@Repository
class Tallies {

    /** What a page reads: the counts and how many holdings and notices the case has. */
    record Kept(CaseTally tally, long holdings, long notices) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Tallies(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** How many holdings and notices the case had at its last change. */
    record Counts(long holdings, long notices) {
    }

    /** The kept holdings and notices alone (one row), for a change that moves them by a known number. */
    Optional<Counts> counts(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT holdings, notices FROM incident_tally WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId).query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2))).optional();
    }

    void write(long workspaceId, long incidentId, CaseTally tally, long holdings, long notices, Instant now) {
        delete(workspaceId, incidentId);
        jdbc.sql("INSERT INTO incident_tally (workspace_id, incident_id, holdings, notices, counted_at) VALUES (?, ?, ?, ?, ?)")
                .params(workspaceId, incidentId, holdings, notices, Timestamp.from(now)).update();
        List<Object[]> parties = new ArrayList<>();
        for (PartySummary.Row r : tally.parties()) {
            parties.add(new Object[] {workspaceId, incidentId, r.distance(), r.role().name(), r.decided(), r.reportable(),
                    r.noticed(), r.parties(), r.persons()});
        }
        if (!parties.isEmpty()) {
            batch.batchUpdate("INSERT INTO incident_party_tally (workspace_id, incident_id, distance, role, decided, "
                    + "reportable, noticed, parties, persons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", parties);
        }
        writeDuties(workspaceId, incidentId, tally);
    }

    /** After one obligation changed: the obligations' counts only. */
    void writeDuties(long workspaceId, long incidentId, CaseTally tally) {
        jdbc.sql("DELETE FROM incident_duty_tally WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId).update();
        List<Object[]> duties = new ArrayList<>();
        for (Duties.Tally t : tally.duties()) {
            duties.add(new Object[] {workspaceId, incidentId, t.kind().name(), t.status().name(), t.deadline(), t.count()});
        }
        if (!duties.isEmpty()) {
            batch.batchUpdate("INSERT INTO incident_duty_tally (workspace_id, incident_id, kind, status, deadline, duties) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", duties, new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT,
                            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.DATE, java.sql.Types.BIGINT});
        }
    }

    private void delete(long workspaceId, long incidentId) {
        for (String table : List.of("incident_tally", "incident_party_tally", "incident_duty_tally")) {
            jdbc.sql("DELETE FROM " + table + " WHERE workspace_id = ? AND incident_id = ?")
                    .params(workspaceId, incidentId).update();
        }
    }

    /**
     * Open obligations of the workspace due on or before {@code until}, from the kept counts (the dashboard's number;
     * counting the obligations themselves walked every open one of a vendor case).
     */
    int openWithDeadline(long workspaceId, LocalDate until) {
        return jdbc.sql("SELECT COALESCE(SUM(duties), 0) FROM incident_duty_tally WHERE workspace_id = ? "
                        + "AND status = 'OPEN' AND deadline IS NOT NULL AND deadline <= ?")
                .params(workspaceId, until).query(Long.class).single().intValue();
    }

    /** Open obligations counted per incident, kind and deadline, for deadlines on or before {@code until}. */
    record OpenGroup(long incidentId, Obligation.Kind kind, LocalDate deadline, long count) {
    }

    List<OpenGroup> openGroups(long workspaceId, LocalDate until) {
        return jdbc.sql("SELECT incident_id, kind, deadline, SUM(duties) FROM incident_duty_tally WHERE workspace_id = ? "
                        + "AND status = 'OPEN' AND deadline IS NOT NULL AND deadline <= ? "
                        + "GROUP BY incident_id, kind, deadline ORDER BY deadline, incident_id, kind")
                .params(workspaceId, until)
                .query((rs, n) -> new OpenGroup(rs.getLong(1), Obligation.Kind.valueOf(rs.getString(2)),
                        Cases.date(rs, "deadline"), rs.getLong(4)))
                .list();
    }

    Optional<Kept> read(long workspaceId, long incidentId) {
        Optional<long[]> counts = jdbc.sql("SELECT holdings, notices FROM incident_tally WHERE workspace_id = ? "
                        + "AND incident_id = ?")
                .params(workspaceId, incidentId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<PartySummary.Row> parties = jdbc.sql("SELECT distance, role, decided, reportable, noticed, parties, persons "
                        + "FROM incident_party_tally WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new PartySummary.Row(rs.getInt(1), EntrustmentRole.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getLong(6), rs.getLong(7)))
                .list();
        List<Duties.Tally> duties = jdbc.sql("SELECT kind, status, deadline, duties FROM incident_duty_tally "
                        + "WHERE workspace_id = ? AND incident_id = ?")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new Duties.Tally(Obligation.Kind.valueOf(rs.getString(1)),
                        DutyStatus.valueOf(rs.getString(2)), Cases.date(rs, "deadline"), rs.getLong(4)))
                .list();
        return Optional.of(new Kept(new CaseTally(parties, duties), counts.get()[0], counts.get()[1]));
    }
}
