package org.itaku.incident;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

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

    /**
     * True when this call claimed the reminder; false when it was claimed before. ON CONFLICT DO NOTHING (PostgreSQL,
     * and H2 in PostgreSQL mode) makes the claim atomic: of two nodes inserting the same key at once, one gets 0 rows.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(long workspaceId, long dutyId, String reminder, LocalDate deadline, String recipient,
            Instant now) {
        return jdbc.sql("INSERT INTO incident_reminder_sent (workspace_id, obligation_id, reminder, deadline, recipient, "
                        + "sent_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(workspaceId, dutyId, reminder, deadline, recipient, Timestamp.from(now)).update() == 1;
    }

    /** Gives the claim back when the mail could not be sent, so that the next run tries again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(long workspaceId, long dutyId, String reminder, LocalDate deadline, String recipient) {
        jdbc.sql("DELETE FROM incident_reminder_sent WHERE workspace_id = ? AND obligation_id = ? AND reminder = ? "
                        + "AND deadline = ? AND recipient = ?")
                .params(workspaceId, dutyId, reminder, deadline, recipient).update();
    }
}
