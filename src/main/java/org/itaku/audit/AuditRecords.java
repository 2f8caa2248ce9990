package org.itaku.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.itaku.vocabulary.Like;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail of one workspace: the review page, the exports and the verifier read through here. */
@Component
public class AuditRecords {

    static final String COLUMNS = "id, workspace_id, seq, occurred_at, actor_user_id, actor_email, action, target_type, "
            + "target_id, changed_fields, source_address, user_agent, prev_hash, hash";

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of matching records, newest first. */
    @Transactional(readOnly = true)
    public List<AuditRecord> search(long workspaceId, AuditFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 1000");
        }
        Where where = where(workspaceId, filter);
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        params.add((long) page * size);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE " + where.sql() + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> map(rs)).list();
    }

    @Transactional(readOnly = true)
    public long count(long workspaceId, AuditFilter filter) {
        Where where = where(workspaceId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Every matching record, oldest first, one at a time (for exports of any length). */
    @Transactional(readOnly = true)
    public void forEach(long workspaceId, AuditFilter filter, Consumer<AuditRecord> consumer) {
        Where where = where(workspaceId, filter);
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_record WHERE " + where.sql() + " ORDER BY seq")
                .params(where.params()).query(rs -> {
                    consumer.accept(map(rs));
                });
    }

    /** The actions and target types that occur in a workspace's trail, for the filter choices. */
    @Transactional(readOnly = true)
    public List<String> actions(long workspaceId) {
        return jdbc.sql("SELECT DISTINCT action FROM audit_record WHERE chain_id = ? ORDER BY action")
                .param(workspaceId).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<String> targetTypes(long workspaceId) {
        return jdbc.sql("SELECT DISTINCT target_type FROM audit_record WHERE chain_id = ? AND target_type IS NOT NULL "
                + "ORDER BY target_type").param(workspaceId).query(String.class).list();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long workspaceId, AuditFilter filter) {
        if (workspaceId <= 0) {
            throw new IllegalArgumentException("workspace id must be positive");
        }
        StringBuilder sql = new StringBuilder("chain_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(workspaceId);
        if (filter.actor() != null) {
            sql.append(" AND LOWER(actor_email)").append(Like.ESCAPED);
            params.add(Like.containing(filter.actor()));
        }
        if (filter.action() != null) {
            sql.append(" AND action = ?");
            params.add(filter.action());
        }
        if (filter.targetType() != null) {
            sql.append(" AND target_type = ?");
            params.add(filter.targetType());
        }
        if (filter.targetId() != null) {
            sql.append(" AND target_id = ?");
            params.add(filter.targetId());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        }
        return new Where(sql.toString(), params);
    }

    static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("id"), nullableLong(rs, "workspace_id"), rs.getLong("seq"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), nullableLong(rs, "actor_user_id"),
                rs.getString("actor_email"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), ChainHash.splitFields(rs.getString("changed_fields")),
                rs.getString("source_address"), rs.getString("user_agent"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
