package org.itaku.document;

import java.sql.Timestamp;
import java.time.Clock;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A workspace's document preferences (table document_settings); without a row, dates are in 和暦. */
@Service
public class WorkspaceDocumentSettings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    WorkspaceDocumentSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DateStyle dateStyle(long workspaceId) {
        return jdbc.sql("SELECT date_style FROM document_settings WHERE workspace_id = ?").param(workspaceId)
                .query(String.class).optional().map(DateStyle::valueOf).orElse(DateStyle.WAREKI);
    }

    /** Sets the workspace's default date style; audited as a policy change. */
    @Transactional
    public void setDateStyle(long workspaceId, DateStyle style, String actor) {
        if (style == null) {
            throw new IllegalArgumentException("a date style is required");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("UPDATE document_settings SET date_style = ?, updated_at = ?, updated_by = ? WHERE workspace_id = ?")
                .params(style.name(), now, actor, workspaceId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO document_settings (workspace_id, date_style, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(workspaceId, style.name(), now, actor).update();
        }
        audit.record(AuditEvent.of("policy.update").inWorkspace(workspaceId).target("workspace", workspaceId).changed("document_date_style"));
    }
}
