package org.itaku.casebook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workspace's case library: imports notices through the reader, keeps them in {@code casebook_case}, searches
 * them through an in-memory Kuromoji index per workspace that is rebuilt from the database on demand, and counts
 * them for the statistics page. Cases are only ever added, so a search compares the number and the highest id of
 * the workspace's cases with those the index was built from and rebuilds it when they differ: an import committed
 * on any node of a cluster shows in the next search everywhere.
 */
@Service
public class Casebook {

    /** The fields of a case record an officer may correct, under the keys of {@code itaku notice read}. */
    public static final List<String> CORRECTABLE_FIELDS = CaseCorrection.FIELDS;

    /** Files one import may carry; each is at most 1 MB. */
    public static final int MAX_FILES = 20;

    /** The incident type codes of the glossary, in its order (filters, forms, corrections). */
    public static final List<String> INCIDENT_TYPES = List.of("ransomware", "unauthorized_access", "malware", "web_skimming",
            "account_takeover", "misdelivery", "wrong_publication", "misconfiguration", "loss_theft", "insider", "other");

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;
    // Replaced whole on rebuild, never changed in place: a search running on the old index finishes on it.
    private final Map<Long, Built> indexes = new ConcurrentHashMap<>();

    /** An index and the state of the table it was built from. */
    private record Built(CaseIndex index, Stamp stamp) {
    }

    private record Stamp(long count, long maxId, long revisions) {
    }

    Casebook(JdbcClient jdbc, AuditTrail trail, Clock clock) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    /** Search filters; null means "any". The sector matches exactly as the importer wrote it. */
    public record Filter(String incidentType, Integer year, Boolean vendorInvolved, String sector) {

        public Filter(String incidentType, Integer year, Boolean vendorInvolved) {
            this(incidentType, year, vendorInvolved, null);
        }

        public Filter {
            sector = sector == null || sector.isBlank() ? null : sector.strip();
            if (sector != null && sector.length() > 100) {
                throw new CasebookRuleException("casebook.error.sector");
            }
            if (incidentType != null && !incidentType.matches("[a-z_]{1,40}")) {
                throw new CasebookRuleException("casebook.rule.incidentType", incidentType);
            }
            if (year != null && (year < 1900 || year > 2200)) {
                throw new CasebookRuleException("casebook.rule.year", String.valueOf(year));
            }
        }
    }

    /**
     * Reads and stores every source, all or nothing: a source the reader refuses stops the import before anything
     * is stored. Each stored case is recorded in the audit trail.
     */
    @Transactional
    public List<Long> importNotices(long workspaceId, List<NoticeSource> sources, String sector, Long userId) {
        if (sources == null || sources.isEmpty()) {
            throw new CaseImportException("casebook.error.nothing");
        }
        if (sources.size() > MAX_FILES) {
            throw new CaseImportException("casebook.error.tooMany", MAX_FILES);
        }
        String s = sector == null || sector.isBlank() ? null : sector.strip();
        if (s != null && s.length() > 100) {
            throw new CaseImportException("casebook.error.sector");
        }
        List<CaseRecord> records = new ArrayList<>();
        for (NoticeSource source : sources) {
            NoticeGate.Refusal refusal = NoticeGate.refusal(source.text());
            if (refusal != null) {
                throw new CaseImportException(refusal.key(), source.name());
            }
            try {
                records.add(NoticeReader.read(source.text()));
            } catch (IllegalArgumentException e) {
                throw new CaseImportException("casebook.error.unreadable", source.name());
            }
        }
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            long id = insert(workspaceId, sources.get(i), records.get(i), s, userId, now);
            trail.record(AuditEvent.of("case.import").target("case", id).inWorkspace(workspaceId));
            ids.add(id);
        }
        return ids;
    }

    private long insert(long workspaceId, NoticeSource source, CaseRecord r, String sector, Long userId, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        LocalDate published = r.published() == null ? null : LocalDate.parse(r.published());
        jdbc.sql("""
                INSERT INTO casebook_case (workspace_id, source_name, source_text, record_json, title, organization,
                  published, published_year, incident_year, incident_types, causes, sector, vendor_involved,
                  persons_affected, imported_by, imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, source.name(), source.text(), JSON.writeValueAsString(r), cut(r.title(), 500),
                        cut(r.organization(), 300), published, published == null ? null : published.getYear(),
                        StoredCase.yearOf(r), cut(String.join(",", r.incidentTypes()), 500),
                        cut(String.join(",", r.causes()), 500), sector, r.vendorInvolved(),
                        r.personsAffected() == null ? null : r.personsAffected().longValue(), userId, Timestamp.from(now))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Rebuilds the workspace's search index from the database; answers the number of cases indexed. */
    public int rebuild(long workspaceId) {
        Built built = build(workspaceId);
        indexes.put(workspaceId, built);
        trail.record(AuditEvent.of("case.index.rebuild").inWorkspace(workspaceId));
        return built.index().size();
    }

    private Stamp stamp(long workspaceId) {
        return jdbc.sql("""
                SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(revision), 0) FROM casebook_case WHERE workspace_id = ?""")
                .param(workspaceId).query((rs, n) -> new Stamp(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    /** The workspace's index, rebuilt when cases were added, corrected or deleted since it was built (here or on another node). */
    private CaseIndex index(long workspaceId) {
        Stamp now = stamp(workspaceId);
        Built built = indexes.get(workspaceId);
        if (built == null || !built.stamp().equals(now)) {
            built = build(workspaceId);
            indexes.put(workspaceId, built);
        }
        return built.index();
    }

    private Built build(long workspaceId) {
        // The stamp is taken first: a case committed while the rows are read makes the next search rebuild again.
        Stamp stamp = stamp(workspaceId);
        List<CaseIndex.IndexedCase> cases = jdbc.sql("""
                SELECT id, source_text, record_json, sector FROM casebook_case WHERE workspace_id = ? ORDER BY id DESC""")
                .param(workspaceId)
                .query((rs, n) -> new CaseIndex.IndexedCase(rs.getLong("id"), rs.getString("source_text"),
                        JSON.readValue(rs.getString("record_json"), CaseRecord.class), rs.getString("sector")))
                .list();
        CaseIndex index = new CaseIndex();
        index.rebuild(cases);
        return new Built(index, stamp);
    }

    /** The best matching cases (newest first for a blank query), at most {@code limit}. */
    public List<CaseSummary> search(long workspaceId, String query, Filter filter, int limit) {
        CaseIndex index = index(workspaceId);
        Filter f = filter == null ? new Filter(null, null, null) : filter;
        List<Long> ids = index.search(query, new CaseIndex.Filter(f.incidentType(), f.year(), f.vendorInvolved(), f.sector()),
                Math.max(1, Math.min(limit, 500)));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseSummary> found = new HashMap<>();
        jdbc.sql("""
                SELECT id, title, organization, incident_year, incident_types, vendor_involved, persons_affected, sector
                FROM casebook_case WHERE workspace_id = :ws AND id IN (:ids)""")
                .param("ws", workspaceId).param("ids", ids)
                .query((rs, n) -> new CaseSummary(rs.getLong("id"), rs.getString("title"), rs.getString("organization"),
                        (Integer) rs.getObject("incident_year", Integer.class), codes(rs.getString("incident_types")),
                        rs.getBoolean("vendor_involved"), rs.getObject("persons_affected", Long.class), rs.getString("sector")))
                .list().forEach(c -> found.put(c.id(), c));
        List<CaseSummary> out = new ArrayList<>();
        for (Long id : ids) {
            CaseSummary c = found.get(id);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** Years that cases in the library fall in, newest first, for the filter. */
    public List<Integer> years(long workspaceId) {
        return jdbc.sql("""
                SELECT DISTINCT incident_year FROM casebook_case WHERE workspace_id = ? AND incident_year IS NOT NULL
                ORDER BY incident_year DESC""").param(workspaceId).query(Integer.class).list();
    }

    /** Sectors the importers gave, for the filter. */
    public List<String> sectors(long workspaceId) {
        return jdbc.sql("""
                SELECT DISTINCT sector FROM casebook_case WHERE workspace_id = ? AND sector IS NOT NULL ORDER BY sector""")
                .param(workspaceId).query(String.class).list();
    }

    /** Number of cases in the library. */
    public long count(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM casebook_case WHERE workspace_id = ?").param(workspaceId).query(Long.class).single();
    }

    /** A case of this workspace. */
    public StoredCase find(long workspaceId, long id) {
        return jdbc.sql("""
                SELECT id, source_name, source_text, record_json, sector, imported_at FROM casebook_case
                WHERE workspace_id = ? AND id = ?""")
                .params(workspaceId, id)
                .query((rs, n) -> new StoredCase(rs.getLong("id"), rs.getString("source_name"), rs.getString("source_text"),
                        JSON.readValue(rs.getString("record_json"), CaseRecord.class), rs.getString("sector"),
                        rs.getTimestamp("imported_at").toInstant()))
                .optional().orElseThrow(() -> new CaseNotFoundException(id));
    }

    /**
     * An officer's correction of what the reader took from a notice: {@code changes} holds fields of the record under
     * the keys of {@code itaku notice read} (a key not given keeps its value). Corrected fields lose the reader's
     * evidence and get confidence 1. The audit trail names the fields that changed, never their values.
     *
     * @throws CaseNotFoundException when the case is not in this workspace
     * @throws IllegalArgumentException naming the first field that is not acceptable; nothing is changed then
     */
    @Transactional
    public StoredCase correct(long workspaceId, long id, Map<String, Object> changes, Long userId) {
        StoredCase before = find(workspaceId, id);
        CaseCorrection.Result corrected = CaseCorrection.apply(before.record(), changes);
        if (corrected.changed().isEmpty()) {
            return before;
        }
        CaseRecord r = corrected.record();
        LocalDate published = r.published() == null ? null : LocalDate.parse(r.published());
        jdbc.sql("""
                UPDATE casebook_case SET record_json = ?, title = ?, organization = ?, published = ?, published_year = ?,
                  incident_year = ?, incident_types = ?, vendor_involved = ?, persons_affected = ?, revision = revision + 1,
                  corrected_by = ?, corrected_at = ?
                WHERE workspace_id = ? AND id = ?""")
                .params(JSON.writeValueAsString(r), cut(r.title(), 500), cut(r.organization(), 300), published,
                        published == null ? null : published.getYear(), StoredCase.yearOf(r),
                        cut(String.join(",", r.incidentTypes()), 500), r.vendorInvolved(),
                        r.personsAffected() == null ? null : r.personsAffected().longValue(), userId,
                        Timestamp.from(clock.instant()), workspaceId, id)
                .update();
        trail.record(AuditEvent.of("case.correct").target("case", id).changed(corrected.changed()).inWorkspace(workspaceId));
        return find(workspaceId, id);
    }

    /**
     * Removes a case from the library (a notice imported by mistake, or one that is not about an incident). The
     * audit trail keeps who deleted which case and its source name.
     *
     * @throws CaseNotFoundException when the case is not in this workspace
     */
    @Transactional
    public void delete(long workspaceId, long id) {
        int deleted = jdbc.sql("DELETE FROM casebook_case WHERE workspace_id = ? AND id = ?").params(workspaceId, id).update();
        if (deleted == 0) {
            throw new CaseNotFoundException(id);
        }
        trail.record(AuditEvent.of("case.delete").target("case", id).inWorkspace(workspaceId));
    }

    /** The case as VERIS-like JSON (a map ready for serialisation). */
    public Map<String, Object> veris(long workspaceId, long id) {
        return Veris.of(find(workspaceId, id));
    }

    /** Counts for the statistics page. */
    public CaseStats stats(long workspaceId) {
        List<CaseStats.Row> rows = jdbc.sql("""
                SELECT incident_year, incident_types, causes, vendor_involved, persons_affected FROM casebook_case
                WHERE workspace_id = ?""")
                .param(workspaceId)
                .query((rs, n) -> new CaseStats.Row(rs.getObject("incident_year", Integer.class), codes(rs.getString("incident_types")),
                        codes(rs.getString("causes")), rs.getBoolean("vendor_involved"), rs.getObject("persons_affected", Long.class)))
                .list();
        return CaseStats.of(rows);
    }
}
