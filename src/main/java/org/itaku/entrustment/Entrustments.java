package org.itaku.entrustment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.itaku.database.StreamedReads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Entrustments {

    static final String COLUMNS = "id, principal_id, entrustee_id, purpose, start_on, end_on, re_entrustment_allowed, "
            + "re_entrustment_approval, incident_report_hours, end_of_contract, audit_rights, last_review_on";

    private final JdbcClient jdbc;
    private final GraphVersions versions;
    private final StreamedReads reads;

    Entrustments(JdbcClient jdbc, GraphVersions versions, StreamedReads reads) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.reads = reads;
    }

    static final String INSERT = "INSERT INTO entrustment (workspace_id, principal_id, entrustee_id, purpose, start_on, end_on, "
            + "re_entrustment_allowed, re_entrustment_approval, incident_report_hours, end_of_contract, audit_rights, "
            + "last_review_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Raises the graph version for writes that bypass this class (the batch import). */
    void changed(long workspaceId) {
        versions.bump(workspaceId);
    }

    long insert(long workspaceId, Entrustment e) {
        versions.bump(workspaceId, 0, new GraphVersions.Linked(e.principalId(), e.entrusteeId()));
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(insertParams(workspaceId, e)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Parameters in the order of {@link #INSERT}; shared with the batch import. */
    static Object[] insertParams(long workspaceId, Entrustment e) {
        return new Object[] {workspaceId, e.principalId(), e.entrusteeId(), e.purpose(), date(e.startOn()), date(e.endOn()),
                e.reEntrustmentAllowed(), e.reEntrustmentApproval(),
                e.incidentReportHours() == null ? new org.springframework.jdbc.core.SqlParameterValue(Types.INTEGER, null)
                        : e.incidentReportHours(),
                e.endOfContract() == null ? null : e.endOfContract().name(), e.auditRights(), date(e.lastReviewOn())};
    }

    /** The entrustments with this key (principal, entrustee, 業務内容): what a re-import matches a row with. */
    List<Entrustment> byKey(long workspaceId, long principalId, long entrusteeId, String purpose) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? AND principal_id = ? "
                        + "AND entrustee_id = ? AND purpose = ? ORDER BY id LIMIT 2")
                .params(workspaceId, principalId, entrusteeId, purpose).query(Entrustments::map).list();
    }

    /** Every entrustment in id order, one at a time (export). */
    void each(long workspaceId, java.util.function.Consumer<Entrustment> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? ORDER BY id").param(workspaceId)
                .query(rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    boolean update(long workspaceId, Entrustment e) {
        versions.bump(workspaceId);
        return jdbc.sql("UPDATE entrustment SET principal_id = ?, entrustee_id = ?, purpose = ?, start_on = ?, end_on = ?, "
                        + "re_entrustment_allowed = ?, re_entrustment_approval = ?, incident_report_hours = ?, end_of_contract = ?, "
                        + "audit_rights = ?, last_review_on = ? WHERE workspace_id = ? AND id = ?")
                .params(e.principalId(), e.entrusteeId(), e.purpose(), date(e.startOn()), date(e.endOn()),
                        e.reEntrustmentAllowed(), e.reEntrustmentApproval(), e.incidentReportHours(),
                        e.endOfContract() == null ? null : e.endOfContract().name(), e.auditRights(), date(e.lastReviewOn()),
                        workspaceId, e.id())
                .update() == 1;
    }

    /** Deletes {@code e} (the row as read, for the link it made). */
    boolean delete(long workspaceId, Entrustment e) {
        versions.bump(workspaceId, 0, new GraphVersions.Unlinked(e.principalId(), e.entrusteeId()));
        return jdbc.sql("DELETE FROM entrustment WHERE workspace_id = ? AND id = ?").params(workspaceId, e.id()).update() == 1;
    }

    Optional<Entrustment> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(Entrustments::map).optional();
    }

    /** Entrustments where the operator is principal or entrustee. */
    List<Entrustment> involving(long workspaceId, long operatorId) {
        // Two reads, one per index (principal, entrustee): an OR of the two walked every entrustment of the workspace.
        return jdbc.sql("SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? AND principal_id = ? "
                        + "UNION ALL SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? AND entrustee_id = ? "
                        + "AND principal_id <> ? ORDER BY id LIMIT 1000")
                .params(workspaceId, operatorId, workspaceId, operatorId, operatorId).query(Entrustments::map).list();
    }

    List<Entrustment> all(long workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? ORDER BY id").param(workspaceId)
                .query(Entrustments::map).list();
    }

    List<Entrustment> page(long workspaceId, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM entrustment WHERE workspace_id = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(workspaceId, limit, offset).query(Entrustments::map).list();
    }

    long count(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM entrustment WHERE workspace_id = ?").param(workspaceId).query(Long.class).single();
    }

    /** The bare graph: two longs per edge, so even the mk-scale register loads in one quick scan. */
    ChainGraph graph(long workspaceId) {
        ChainGraph graph = new ChainGraph();
        // From ix_entrustment_edge alone, streamed.
        reads.stream("SELECT principal_id, entrustee_id FROM entrustment WHERE workspace_id = ?",
                rs -> graph.add(rs.getLong(1), rs.getLong(2)), workspaceId);
        return graph;
    }

    /**
     * The graph around some operators, one level at a time: their principals (upstream) or entrustees. Used where
     * only a small part of a large graph is needed (the chain view, the cycle check), so a vendor's 170,000
     * edges are not read for a page that shows sixty of them.
     */
    List<long[]> neighbours(long workspaceId, java.util.Collection<Long> ids, boolean upstream, int limit) {
        List<long[]> edges = new java.util.ArrayList<>();
        List<Long> list = List.copyOf(ids);
        String near = upstream ? "entrustee_id" : "principal_id";
        for (int from = 0; from < list.size() && (limit <= 0 || edges.size() < limit); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            // The ids as a table joined on both columns of the (workspace_id, principal_id|entrustee_id) index: H2 uses
            // an IN list only on an index's first column, so "workspace_id = ? AND entrustee_id IN (...)" walked
            // every entrustment of the workspace (173,402 index entries at mk scale for one operator page's chain).
            String values = String.join(", ", java.util.Collections.nCopies(chunk.size(), "(CAST(? AS BIGINT))"));
            List<Object> params = new java.util.ArrayList<>(chunk);
            params.add(workspaceId);
            edges.addAll(jdbc.sql("SELECT e.principal_id, e.entrustee_id FROM (VALUES " + values + ") AS wanted (operator_id) "
                            + "JOIN entrustment e ON e.workspace_id = ? AND e." + near + " = wanted.operator_id ORDER BY e.id"
                            + (limit > 0 ? " LIMIT " + (limit - edges.size()) : ""))
                    .params(params).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        }
        return edges;
    }

    static Object date(LocalDate date) {
        return date == null ? new org.springframework.jdbc.core.SqlParameterValue(Types.DATE, null) : Date.valueOf(date);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Entrustment map(ResultSet rs, int row) throws SQLException {
        int hours = rs.getInt("incident_report_hours");
        Integer incidentHours = rs.wasNull() ? null : hours;
        String end = rs.getString("end_of_contract");
        return new Entrustment(rs.getLong("id"), rs.getLong("principal_id"), rs.getLong("entrustee_id"),
                rs.getString("purpose"), localDate(rs, "start_on"), localDate(rs, "end_on"),
                rs.getBoolean("re_entrustment_allowed"), rs.getString("re_entrustment_approval"), incidentHours,
                end == null ? null : EndOfContract.valueOf(end), rs.getBoolean("audit_rights"),
                localDate(rs, "last_review_on"));
    }
}
