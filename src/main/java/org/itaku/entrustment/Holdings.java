package org.itaku.entrustment;

import static org.itaku.entrustment.Entrustments.date;
import static org.itaku.entrustment.Entrustments.localDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.itaku.vocabulary.Like;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;

@Repository
class Holdings {

    static final String COLUMNS = "id, operator_id, principal_id, description, item_codes, items_raw, persons, "
            + "persons_estimated, persons_max, person_kinds, storage_system, storage_country, storage_location, encryption, "
            + "cipher, key_kept_separately, retention_rule, deletion_due_on, deletion_confirmed_on, deletion_evidence, "
            + "deletion_confirmed_by";

    static final String INSERT = "INSERT INTO holding (workspace_id, operator_id, principal_id, description, item_codes, "
            + "items_raw, persons, persons_estimated, persons_max, person_kinds, storage_system, storage_country, "
            + "storage_location, encryption, cipher, key_kept_separately, retention_rule, deletion_due_on, "
            + "deletion_confirmed_on, deletion_evidence, deletion_confirmed_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final GraphVersions versions;

    Holdings(JdbcClient jdbc, GraphVersions versions) {
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** Raises the holdings version for writes that bypass this class (the batch import). */
    void changed(long workspaceId) {
        versions.bumpHoldings(workspaceId);
    }

    long insert(long workspaceId, Holding h) {
        versions.bumpHoldings(workspaceId, h.operatorId());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(insertParams(workspaceId, h)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Parameters in the order of {@link #INSERT}; shared with the batch import. */
    static Object[] insertParams(long workspaceId, Holding h) {
        PersonCount p = h.persons();
        return new Object[] {workspaceId, h.operatorId(), h.principalId(), h.description(), DataItem.format(h.items()),
                h.itemsRaw(), p.value(), p.estimated(), p.max() == null ? new SqlParameterValue(Types.BIGINT, null) : p.max(),
                h.personKinds(), h.storageSystem(), h.storageCountry(),
                h.storageLocation() == null ? null : h.storageLocation().name(), h.encryption().name(), h.cipher(),
                h.keyKeptSeparately(), h.retentionRule(), date(h.deletionDueOn()), date(h.deletionConfirmedOn()),
                h.deletionEvidence(), h.deletionConfirmedBy()};
    }

    /** Writes {@code h} over {@code before} (the row as read, for where it was kept). */
    boolean update(long workspaceId, Holding before, Holding h) {
        versions.bumpHoldings(workspaceId, before.operatorId(), h.operatorId());
        Object[] p = insertParams(workspaceId, h);
        Object[] params = new Object[p.length + 1];
        System.arraycopy(p, 1, params, 0, p.length - 1);
        params[p.length - 1] = workspaceId;
        params[p.length] = h.id();
        return jdbc.sql("UPDATE holding SET operator_id = ?, principal_id = ?, description = ?, item_codes = ?, items_raw = ?, "
                        + "persons = ?, persons_estimated = ?, persons_max = ?, person_kinds = ?, storage_system = ?, "
                        + "storage_country = ?, storage_location = ?, encryption = ?, cipher = ?, key_kept_separately = ?, "
                        + "retention_rule = ?, deletion_due_on = ?, deletion_confirmed_on = ?, deletion_evidence = ?, "
                        + "deletion_confirmed_by = ? WHERE workspace_id = ? AND id = ?")
                .params(params).update() == 1;
    }

    /** Deletes {@code h} (the row as read, for where it was kept). */
    boolean delete(long workspaceId, Holding h) {
        versions.bumpHoldings(workspaceId, h.operatorId());
        return jdbc.sql("DELETE FROM holding WHERE workspace_id = ? AND id = ?").params(workspaceId, h.id()).update() == 1;
    }

    /** The holdings with this key (where held, for whom, 内容): what a re-import matches a row with. */
    List<Holding> byKey(long workspaceId, long operatorId, long principalId, String description) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? AND operator_id = ? "
                        + "AND principal_id = ? AND description = ? ORDER BY id LIMIT 2")
                .params(workspaceId, operatorId, principalId, description).query(Holdings::map).list();
    }

    Optional<Holding> find(long workspaceId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? AND id = ?").params(workspaceId, id)
                .query(Holdings::map).optional();
    }

    /** One page of the holdings stored at an operator; the index on (workspace, operator, id) keeps it quick. */
    List<Holding> atOperator(long workspaceId, long operatorId, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? AND operator_id = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(workspaceId, operatorId, limit, offset).query(Holdings::map).list();
    }

    long countAtOperator(long workspaceId, long operatorId) {
        return jdbc.sql("SELECT COUNT(*) FROM holding WHERE workspace_id = ? AND operator_id = ?")
                .params(workspaceId, operatorId).query(Long.class).single();
    }

    List<Holding> forPrincipal(long workspaceId, long principalId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? AND principal_id = ? ORDER BY id LIMIT ?")
                .params(workspaceId, principalId, limit).query(Holdings::map).list();
    }

    List<Holding> search(long workspaceId, String query, int offset, int limit) {
        String like = Like.containing(query);
        return jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? AND (? = '' OR LOWER(description)"
                        + Like.ESCAPED + " OR LOWER(item_codes)" + Like.ESCAPED + ") ORDER BY id LIMIT ? OFFSET ?")
                .params(workspaceId, query, like, like, limit, offset).query(Holdings::map).list();
    }

    long count(long workspaceId, String query) {
        String like = Like.containing(query);
        return jdbc.sql("SELECT COUNT(*) FROM holding WHERE workspace_id = ? AND (? = '' OR LOWER(description)"
                        + Like.ESCAPED + " OR LOWER(item_codes)" + Like.ESCAPED + ")")
                .params(workspaceId, query, like, like).query(Long.class).single();
    }

    /** Streams every holding in id order (export): a callback per row keeps memory flat. */
    void each(long workspaceId, java.util.function.Consumer<Holding> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? ORDER BY id").param(workspaceId)
                .query(rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    List<Holding> pastDeletionDate(long workspaceId, LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM holding WHERE workspace_id = ? AND deletion_due_on < ? "
                        // The fixed columns in the ORDER BY too: then it is ix_holding_deletion_open's order and
                        // the read stops after the limit instead of sorting every past-due holding.
                        + "AND deletion_confirmed_on IS NULL ORDER BY workspace_id, deletion_confirmed_on, deletion_due_on, "
                        + "id LIMIT ?")
                .params(workspaceId, java.sql.Date.valueOf(today), limit).query(Holdings::map).list();
    }

    static Holding map(ResultSet rs, int row) throws SQLException {
        long max = rs.getLong("persons_max");
        Long personsMax = rs.wasNull() ? null : max;
        String location = rs.getString("storage_location");
        return new Holding(rs.getLong("id"), rs.getLong("operator_id"), rs.getLong("principal_id"),
                rs.getString("description"), DataItem.parseList(rs.getString("item_codes")), rs.getString("items_raw"),
                new PersonCount(rs.getLong("persons"), rs.getBoolean("persons_estimated"), personsMax),
                rs.getString("person_kinds"), rs.getString("storage_system"), rs.getString("storage_country"),
                location == null ? null : StorageLocation.valueOf(location), Encryption.valueOf(rs.getString("encryption")),
                rs.getString("cipher"), rs.getBoolean("key_kept_separately"), rs.getString("retention_rule"),
                localDate(rs, "deletion_due_on"), localDate(rs, "deletion_confirmed_on"), rs.getString("deletion_evidence"),
                rs.getString("deletion_confirmed_by"));
    }
}
