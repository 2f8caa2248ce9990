package org.itaku.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The incident table. Every statement filters on the workspace. */
@Repository
class Cases {

    static final String COLUMNS = "id, title, operator_id, event, certainty, discoverer, occurred_on, discovered_on, "
            + "contained_on, incident_types, cause, indicators, unauthorized_purpose, strong_encryption, publicly_viewable, "
            + "acquiring, adhoc_items, adhoc_persons, status, created_at";

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long workspaceId, IncidentFacts f, Long createdBy, Instant now) {
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO incident (workspace_id, title, operator_id, event, certainty, discoverer, occurred_on,
                  discovered_on, contained_on, incident_types, cause, indicators, unauthorized_purpose, strong_encryption,
                  publicly_viewable, acquiring, adhoc_items, adhoc_persons, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
                .params(workspaceId, f.title(), f.operatorId(), f.event().name(), f.certainty().name(),
                        f.discoverer().name(), f.occurredOn(), f.discoveredOn(), f.containedOn(),
                        EnumLists.join(f.incidentTypes()), f.cause(), EnumLists.join(f.indicators()),
                        f.unauthorizedPurpose(), f.strongEncryption(), f.publiclyViewable(), f.acquiring(),
                        EnumLists.join(f.adhocItems()), f.adhocPersons(), createdBy, Timestamp.from(now),
                        Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long workspaceId, Incident incident, Instant now) {
        IncidentFacts f = incident.facts();
        jdbc.sql("""
                UPDATE incident SET title = ?, event = ?, certainty = ?, discoverer = ?, occurred_on = ?,
                  discovered_on = ?, contained_on = ?, incident_types = ?, cause = ?, indicators = ?,
                  unauthorized_purpose = ?, strong_encryption = ?, publicly_viewable = ?, acquiring = ?, adhoc_items = ?,
                  adhoc_persons = ?, status = ?, updated_at = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(f.title(), f.event().name(), f.certainty().name(), f.discoverer().name(), f.occurredOn(),
                        f.discoveredOn(), f.containedOn(), EnumLists.join(f.incidentTypes()), f.cause(),
                        EnumLists.join(f.indicators()), f.unauthorizedPurpose(), f.strongEncryption(),
                        f.publiclyViewable(), f.acquiring(), EnumLists.join(f.adhocItems()), f.adhocPersons(),
                        incident.status().name(), Timestamp.from(now), workspaceId, incident.id())
                .update();
    }

    Optional<Incident> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id).query(Cases::map).optional();
    }

    /**
     * The incident, locked until the current transaction ends: a change to the case waits for another one under way
     * instead of writing over it (each loads the whole case, works out what changed, and numbers new shared rows after
     * the highest it saw).
     */
    Optional<Incident> findForChange(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE workspace_id = ? AND id = ? FOR UPDATE")
                .params(workspaceId, id).query(Cases::map).optional();
    }

    /** Newest first; {@code query} matches the title or the cause. */
    List<Incident> search(long workspaceId, String query, IncidentStatus status, int limit) {
        String like = Like.containing(query == null ? "" : query.strip());
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE workspace_id = ? "
                        + "AND (LOWER(title)" + Like.ESCAPED + " OR LOWER(COALESCE(cause, ''))" + Like.ESCAPED + ") "
                        + "AND (? = '' OR status = ?) ORDER BY id DESC LIMIT ?")
                .params(workspaceId, like, like, status == null ? "" : status.name(),
                        status == null ? "" : status.name(), limit)
                .query(Cases::map).list();
    }

    /** The incidents not yet closed, newest first, at most {@code limit}. */
    List<Incident> unfinished(long workspaceId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE workspace_id = ? AND status IN ('OPEN', 'CONTAINED') "
                        + "ORDER BY id DESC LIMIT ?")
                .params(workspaceId, limit).query(Cases::map).list();
    }

    /** The newest unfinished case of any workspace. */
    Optional<Incidents.CaseRef> newestUnfinished() {
        return jdbc.sql("SELECT workspace_id, id FROM incident WHERE status IN ('OPEN', 'CONTAINED') ORDER BY id DESC "
                        + "LIMIT 1")
                .query((rs, n) -> new Incidents.CaseRef(rs.getLong(1), rs.getLong(2))).optional();
    }

    long unfinishedCount(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM incident WHERE workspace_id = ? AND status IN ('OPEN', 'CONTAINED')")
                .param(workspaceId).query(Long.class).single();
    }

    static Incident map(ResultSet rs, int n) throws SQLException {
        Object purpose = rs.getObject("unauthorized_purpose");
        long persons = rs.getLong("adhoc_persons");
        Long adhocPersons = rs.wasNull() ? null : persons;
        IncidentFacts facts = new IncidentFacts(rs.getString("title"), rs.getLong("operator_id"),
                BreachEvent.valueOf(rs.getString("event")), Certainty.valueOf(rs.getString("certainty")),
                Discoverer.valueOf(rs.getString("discoverer")), date(rs, "occurred_on"), date(rs, "discovered_on"),
                date(rs, "contained_on"), EnumLists.parse(rs.getString("incident_types"), IncidentType.class),
                rs.getString("cause"), EnumLists.parse(rs.getString("indicators"), LeakIndicator.class),
                purpose == null ? null : rs.getBoolean("unauthorized_purpose"), rs.getBoolean("strong_encryption"),
                rs.getBoolean("publicly_viewable"), rs.getBoolean("acquiring"),
                EnumLists.parse(rs.getString("adhoc_items"), DataItem.class), adhocPersons);
        return new Incident(rs.getLong("id"), facts, IncidentStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return date(rs, rs.findColumn(column));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    /** By position, for the reads of a whole case: H2 looks a label up anew on every call. */
    static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
