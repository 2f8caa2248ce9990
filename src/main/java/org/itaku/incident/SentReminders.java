package org.itaku.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminders already sent. A reminder is claimed by inserting its key before the mail goes out; the primary key
 * makes a second claim fail, so two nodes (or two runs) never send the same reminder twice.
 */
@Repository
class SentReminders {

    private final JdbcClient jdbc;

    SentReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this call claimed the reminder; false when it was claimed before. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(long workspaceId, long dutyId, String reminder, LocalDate deadline, String recipient,
            Instant now) {
        int taken = jdbc.sql("SELECT COUNT(*) FROM incident_reminder_sent WHERE obligation_id = ? AND reminder = ? "
                        + "AND deadline = ? AND recipient = ? AND workspace_id = ?")
                .params(dutyId, reminder, deadline, recipient, workspaceId).query(Integer.class).single();
        if (taken > 0) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO incident_reminder_sent (workspace_id, obligation_id, reminder, deadline, recipient, "
                            + "sent_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(workspaceId, dutyId, reminder, deadline, recipient, Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another node claimed it between our check and our insert
        }
    }

    /** Gives the claim back when the mail could not be sent, so that the next run tries again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(long workspaceId, long dutyId, String reminder, LocalDate deadline, String recipient) {
        jdbc.sql("DELETE FROM incident_reminder_sent WHERE workspace_id = ? AND obligation_id = ? AND reminder = ? "
                        + "AND deadline = ? AND recipient = ?")
                .params(workspaceId, dutyId, reminder, deadline, recipient).update();
    }
}
