package org.itaku.entrustment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itaku.database.StreamedReads;
import org.itaku.vocabulary.Like;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Operators {

    static final String COLUMNS = "id, name, kana, corporate_number, kind, industry, address, contact_name, "
            + "contact_email, contact_phone, is_self";

    private final JdbcClient jdbc;
    private final GraphVersions versions;
    private final StreamedReads reads;

    Operators(JdbcClient jdbc, GraphVersions versions, StreamedReads reads) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.reads = reads;
    }

    long insert(long workspaceId, Operator o) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO operator (workspace_id, name, kana, corporate_number, kind, industry, address, contact_name, "
                        + "contact_email, contact_phone, is_self) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(workspaceId, o.name(), o.kana(), number(o), o.kind().name(), o.industry(), o.address(),
                        o.contactName(), o.contactEmail(), o.contactPhone(), o.self())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        // Raised after the insert, so the change names the new id; the commit is still ordered by the counter's lock.
        versions.bump(workspaceId, 1, new GraphVersions.Named(new OperatorRef(id, o.name(), number(o))));
        return id;
    }

    boolean update(long workspaceId, Operator o) {
        versions.bump(workspaceId, 0, new GraphVersions.Named(new OperatorRef(o.id(), o.name(), number(o))));
        return jdbc.sql("UPDATE operator SET name = ?, kana = ?, corporate_number = ?, kind = ?, industry = ?, address = ?, "
                        + "contact_name = ?, contact_email = ?, contact_phone = ?, is_self = ? WHERE workspace_id = ? AND id = ?")
                .params(o.name(), o.kana(), number(o), o.kind().name(), o.industry(), o.address(), o.contactName(),
                        o.contactEmail(), o.contactPhone(), o.self(), workspaceId, o.id())
                .update() == 1;
    }

    boolean delete(long workspaceId, long id) {
        versions.bump(workspaceId);
        boolean deleted = jdbc.sql("DELETE FROM operator WHERE workspace_id = ? AND id = ?").params(workspaceId, id).update() == 1;
        if (deleted) {
            versions.countOperators(workspaceId, -1);
        }
        return deleted;
    }

    /** The operator the workspace marked as itself, if any. */
    Optional<Long> selfId(long workspaceId) {
        return jdbc.sql("SELECT id FROM operator WHERE workspace_id = ? AND is_self = TRUE ORDER BY id LIMIT 1")
                .param(workspaceId).query(Long.class).optional();
    }

    /** One operator is "us": marking another one moves the mark rather than keeping two. */
    void markOnlySelf(long workspaceId, long id) {
        jdbc.sql("UPDATE operator SET is_self = FALSE WHERE workspace_id = ? AND id <> ? AND is_self = TRUE")
                .params(workspaceId, id).update();
    }

    Optional<Operator> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM operator WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Operators::map).optional();
    }

    Optional<Long> findIdByCorporateNumber(long workspaceId, String number) {
        return jdbc.sql("SELECT id FROM operator WHERE workspace_id = ? AND corporate_number = ?")
                .params(workspaceId, number).query(Long.class).optional();
    }

    /** Operators of this exact name (the first few): a re-import matches a row without 法人番号 by its name. */
    List<Operator> byName(long workspaceId, String name) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM operator WHERE workspace_id = ? AND name = ? ORDER BY id LIMIT 3")
                .params(workspaceId, name).query(Operators::map).list();
    }

    boolean exists(long workspaceId, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM operator WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Long.class).single() > 0;
    }

    /** Name, kana or 法人番号 contains the query (three parameters, each {@link #like}). */
    private static final String MATCHES = " AND (LOWER(name)" + Like.ESCAPED + " OR LOWER(kana)" + Like.ESCAPED
            + " OR corporate_number" + Like.ESCAPED + ")";

    /** Name, kana or 法人番号 contains the query (every operator when it is empty); ordered by name. */
    List<Operator> search(long workspaceId, String query, int offset, int limit) {
        return search(workspaceId, query, null, offset, limit);
    }

    /**
     * As {@link #search(long, String, int, int)}, but from just after {@code after} in the list's order when it is
     * given (the offset is then not used): the read starts at that key in the index instead of walking past
     * {@code offset} entries.
     */
    List<Operator> search(long workspaceId, String query, OperatorCursor after, int offset, int limit) {
        // "name >= ?" is the index range H2 and PostgreSQL start from; the rest drops the cursor's own name up to its id.
        String from = after == null ? "" : " AND name >= ? AND (name > ? OR id > ?)";
        Object[] key = after == null ? new Object[0] : new Object[] {after.name(), after.name(), after.id()};
        int skip = after == null ? offset : 0;
        if (query.isEmpty()) {
            // The page's ids from ix_operator_workspace_name_ref alone, then their rows. Asked for every column at once,
            // H2 plans by the foreign key's own (workspace_id) index and sorts all the workspace's operators for each
            // page (1,216 rows at office scale, 173,401 at mk): it only picks the name index when that index holds
            // every column the query reads.
            List<Long> ids = jdbc.sql("SELECT id, name FROM operator WHERE workspace_id = ?" + from
                            + " ORDER BY workspace_id, name, id LIMIT ? OFFSET ?")
                    .params(concat(new Object[] {workspaceId}, key, new Object[] {limit, skip}))
                    .query((rs, n) -> rs.getLong(1)).list();
            return inOrder(workspaceId, ids);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM operator WHERE workspace_id = ?" + MATCHES + from
                        + " ORDER BY name, id LIMIT ? OFFSET ?")
                .params(concat(new Object[] {workspaceId, like(query), like(query), like(query)}, key,
                        new Object[] {limit, skip}))
                .query(Operators::map).list();
    }

    private static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }

    /** The operators of these ids in this order, read by primary key; one deleted meanwhile is left out. */
    private List<Operator> inOrder(long workspaceId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Operator> byId = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM operator WHERE workspace_id = :ws AND id IN (:ids)")
                .param("ws", workspaceId).param("ids", ids).query(Operators::map).list()
                .forEach(o -> byId.put(o.id(), o));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many operators {@link #search} finds; without search text the kept count (V33), not a count of rows. */
    long count(long workspaceId, String query) {
        return query.isEmpty() ? versions.operatorCount(workspaceId)
                : jdbc.sql("SELECT COUNT(*) FROM operator WHERE workspace_id = ?" + MATCHES)
                        .params(workspaceId, like(query), like(query), like(query)).query(Long.class).single();
    }

    /** Every operator of the workspace in id order (export, chain answers). */
    List<Operator> all(long workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM operator WHERE workspace_id = ? ORDER BY id").param(workspaceId)
                .query(Operators::map).list();
    }

    /** Light references, all of them: one scan is cheaper than thousands of lookups on a big register. */
    Map<Long, OperatorRef> refs(long workspaceId) {
        Map<Long, OperatorRef> refs = new HashMap<>();
        // From ix_operator_workspace_name_ref alone, streamed.
        reads.stream("SELECT id, name, corporate_number FROM operator WHERE workspace_id = ?", rs -> {
            long id = rs.getLong(1);
            refs.put(id, new OperatorRef(id, rs.getString(2), rs.getString(3)));
        }, workspaceId);
        return refs;
    }

    Map<Long, OperatorRef> refs(long workspaceId, java.util.Collection<Long> ids) {
        Map<Long, OperatorRef> refs = new HashMap<>();
        byIds(workspaceId, "id, name, corporate_number", ids, rs -> {
            long id = rs.getLong(1);
            refs.put(id, new OperatorRef(id, rs.getString(2), rs.getString(3)));
        });
        return refs;
    }

    /** Every operator's kind, from ix_operator_workspace_name_ref alone, streamed. */
    Map<Long, OperatorKind> kinds(long workspaceId) {
        Map<Long, OperatorKind> kinds = new HashMap<>();
        reads.stream("SELECT id, kind FROM operator WHERE workspace_id = ?",
                rs -> kinds.put(rs.getLong(1), OperatorKind.valueOf(rs.getString(2))), workspaceId);
        return kinds;
    }

    Map<Long, OperatorKind> kinds(long workspaceId, java.util.Collection<Long> ids) {
        Map<Long, OperatorKind> kinds = new HashMap<>();
        byIds(workspaceId, "id, kind", ids, rs -> kinds.put(rs.getLong(1), OperatorKind.valueOf(rs.getString(2))));
        return kinds;
    }

    /** {@code columns} of the operators with the given ids, 500 ids a query. */
    private void byIds(long workspaceId, String columns, java.util.Collection<Long> ids,
            org.springframework.jdbc.core.RowCallbackHandler row) {
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 500) {
            jdbc.sql("SELECT " + columns + " FROM operator WHERE workspace_id = :ws AND id IN (:ids)")
                    .param("ws", workspaceId).param("ids", list.subList(from, Math.min(list.size(), from + 500)))
                    .query(row);
        }
    }

    private static String like(String query) {
        return Like.containing(query);
    }

    private static String number(Operator o) {
        return o.corporateNumber() == null ? null : o.corporateNumber().value();
    }

    static Operator map(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("corporate_number");
        return new Operator(rs.getLong("id"), rs.getString("name"), rs.getString("kana"),
                number == null ? null : new CorporateNumber(number), OperatorKind.valueOf(rs.getString("kind")),
                rs.getString("industry"), rs.getString("address"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"), rs.getBoolean("is_self"));
    }
}
