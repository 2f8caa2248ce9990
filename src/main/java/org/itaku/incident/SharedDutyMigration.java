package org.itaku.incident;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 37: one obligation row may stand for many operators whose obligation is alike in every field (see
 * {@link Duties}), and a shared row's members keep ids of their own inside the row's block of ids.
 *
 * <p>Why: a relay at a vendor opened three obligations for each of 170,000 clients, 510,000 rows with four index
 * entries each, in one transaction; those rows and H2's commit revisiting them were most of the relay's time. The
 * clients of one relay owe the same three things by the same days, so three rows per 1,000 clients say the same.
 *
 * <ul>
 * <li>{@code operator_ids} lists a shared row's members in ascending order (a member that has since moved on, say
 * fulfilled alone, leaves its place empty), {@code members} says how many are still in it, and
 * {@code last_operator_id} is the highest, so that a page finds the rows that may hold its operators by range.
 * {@code operator_id} is the lowest. Rows of one operator keep {@code operator_ids} empty and {@code members} 1.</li>
 * <li>Row ids are handed out in steps of {@value Duties#BLOCK}: the member at place i of the row with id r has id
 * r + 1 + i, and a member that leaves the row takes that id for a row of its own, so an obligation keeps its id for
 * the API and the reminders whichever row holds it. The step starts above every id handed out before.</li>
 * <li>The history may likewise record one earlier state of a whole shared row.</li>
 * <li>The unique key on (incident, operator, duty) goes: a shared row names only its first member there. The case
 * keeps one obligation per operator and duty itself ({@link IncidentCase}).</li>
 * <li>A sent reminder names the obligation's id, which may be a member's id inside a shared row, so its foreign key
 * to the obligation rows goes too; it keeps the one to the workspace.</li>
 * </ul>
 * A Java migration because the first id of the new steps depends on the rows already there.
 */
@Component
class SharedDutyMigration extends CaseSchemaMigration {

    SharedDutyMigration() {
        super("37", "shared obligation rows", Duties.BLOCK + 37);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE incident_obligation ADD COLUMN operator_ids VARCHAR(20000)");
            s.execute("ALTER TABLE incident_obligation ADD COLUMN members INTEGER DEFAULT 1 NOT NULL");
            s.execute("ALTER TABLE incident_obligation ADD COLUMN last_operator_id BIGINT");
            s.execute("ALTER TABLE incident_obligation_history ADD COLUMN operator_ids VARCHAR(20000)");
            s.execute("ALTER TABLE incident_obligation_history ADD COLUMN members INTEGER DEFAULT 1 NOT NULL");
            s.execute("ALTER TABLE incident_obligation DROP CONSTRAINT uq_incident_obligation");
            for (String key : foreignKeys(connection, "incident_reminder_sent", "obligation_id")) {
                s.execute("ALTER TABLE incident_reminder_sent DROP CONSTRAINT " + key);
            }
            long max;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM incident_obligation")) {
                rs.next();
                max = rs.getLong(1);
            }
            long start = (max / Duties.BLOCK + 1) * Duties.BLOCK;
            s.execute("ALTER TABLE incident_obligation ALTER COLUMN id RESTART WITH " + start + " SET INCREMENT BY "
                    + Duties.BLOCK);
        }
    }
}
