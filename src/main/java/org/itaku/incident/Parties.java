package org.itaku.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.itaku.obligation.EntrustmentRole;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The operators an incident reaches, each with its own facts. Every statement filters on the workspace. */
@Repository
class Parties {

    private static final String COLUMNS = "operator_id, operator_name, operator_kind, role, distance, path, item_codes, "
            + "persons, persons_max, strong_encryption, known_on, notice_received_at, notice_received_from, "
            + "notified_principals_at";

    private final JdbcClient jdbc;

    Parties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long workspaceId, long incidentId, Party p) {
        jdbc.sql("INSERT INTO incident_party (workspace_id, incident_id, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(workspaceId, incidentId, p.operatorId(), p.operatorName(), p.kind().name(), p.role().name(),
                        p.distance(), path(p.path()), EnumLists.join(p.items()), p.persons(), p.personsMax(),
                        p.strongEncryption(), p.knownOn(), ts(p.noticeReceivedAt()), p.noticeReceivedFrom(),
                        ts(p.notifiedPrincipalsAt()))
                .update();
    }

    void update(long workspaceId, long incidentId, Party p) {
        jdbc.sql("""
                UPDATE incident_party SET role = ?, item_codes = ?, persons = ?, persons_max = ?, strong_encryption = ?,
                  known_on = ?, notice_received_at = ?, notice_received_from = ?, notified_principals_at = ?
                WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?""")
                .params(p.role().name(), EnumLists.join(p.items()), p.persons(), p.personsMax(), p.strongEncryption(),
                        p.knownOn(), ts(p.noticeReceivedAt()), p.noticeReceivedFrom(), ts(p.notifiedPrincipalsAt()),
                        workspaceId, incidentId, p.operatorId())
                .update();
    }

    /** The operator where it happened first, then up the chain. */
    List<Party> of(long workspaceId, long incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_party WHERE workspace_id = ? AND incident_id = ? "
                        + "ORDER BY distance, operator_id")
                .params(workspaceId, incidentId).query(Parties::map).list();
    }

    Optional<Party> find(long workspaceId, long incidentId, long operatorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident_party WHERE workspace_id = ? AND incident_id = ? "
                        + "AND operator_id = ?")
                .params(workspaceId, incidentId, operatorId).query(Parties::map).optional();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String path(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Party map(ResultSet rs, int n) throws SQLException {
        long max = rs.getLong("persons_max");
        Long personsMax = rs.wasNull() ? null : max;
        long from = rs.getLong("notice_received_from");
        Long noticeFrom = rs.wasNull() ? null : from;
        String path = rs.getString("path");
        List<Long> ids = path.isBlank() ? List.of() : Arrays.stream(path.split(",")).map(Long::valueOf).toList();
        return new Party(rs.getLong("operator_id"), rs.getString("operator_name"),
                OperatorKind.valueOf(rs.getString("operator_kind")), EntrustmentRole.valueOf(rs.getString("role")),
                rs.getInt("distance"), ids, EnumLists.parse(rs.getString("item_codes"), DataItem.class),
                rs.getLong("persons"), personsMax, rs.getBoolean("strong_encryption"), Cases.date(rs, "known_on"),
                Cases.instant(rs, "notice_received_at"), noticeFrom, Cases.instant(rs, "notified_principals_at"));
    }
}
