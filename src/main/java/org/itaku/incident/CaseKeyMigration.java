package org.itaku.incident;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 34: the rows a case writes per party (the tables of migration 31) keep no foreign key at all; the last
 * ones were to the incident, and from an earlier state of an obligation to the obligation.
 *
 * <p>Why: a foreign key is checked for every row written. On PostgreSQL the check is a trigger that looks the incident
 * up and locks it in key-share mode, row by row; inserting 510,000 obligation-shaped rows of one incident in one
 * transaction took 7.1 and 12.1 s with the key and 4.9 and 7.4 s without it (alternate runs, same table and indexes),
 * and a relay at a vendor writes 850,000 such rows. On H2 the check is a lookup per row, and the keys of notices,
 * evaluations and obligation history had an index of their own that no read uses.
 *
 * <p>What the keys guarded is guarded where the rows are written: nothing deletes an incident or an obligation, and
 * every write of these tables is made by {@link Incidents} after it has found the incident in the caller's workspace
 * (its tests cover a second workspace). The tables with few rows per case (holdings, timeline, tasks, counts, sent
 * reminders, documents) keep their keys.
 */
@Component
class CaseKeyMigration extends CaseSchemaMigration {

    CaseKeyMigration() {
        super("34", "case rows without foreign keys", CaseForeignKeyMigration.TABLES.hashCode() + 34);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            for (String table : CaseForeignKeyMigration.TABLES) {
                for (String key : foreignKeys(connection, table, null)) {
                    s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key);
                }
            }
        }
    }
}
