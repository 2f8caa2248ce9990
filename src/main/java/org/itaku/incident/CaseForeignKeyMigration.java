package org.itaku.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 31: the rows a case writes per party point at their case with one key, (workspace, incident) to the
 * incident's (workspace, id), instead of one key to the workspace and another to the incident.
 *
 * <p>Stricter: a row can no longer name one workspace and another workspace's incident. Cheaper on H2, where every
 * foreign key keeps an index of its own: a relay at a vendor writes 170,000 notices, 170,000 evaluations and 510,000
 * obligations, and each of them went into two single-column indexes that no read used (one of six index trees per
 * obligation, two of four per notice). Measured alone, inserting obligations cost a fifth less CPU without them.
 * PostgreSQL keeps no index for a foreign key, so there only the check changes. A Java migration because the
 * generated names of the old keys differ between the databases; they are looked up.
 */
@Component
class CaseForeignKeyMigration implements JavaMigration {

    /** The tables a relay or re-evaluation fills per party; each has workspace_id and incident_id. */
    static final List<String> TABLES = List.of("incident_party", "incident_obligation", "incident_obligation_history",
            "incident_notice", "incident_evaluation");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("31");
    }

    @Override
    public String getDescription() {
        return "case rows keyed to their incident and its workspace";
    }

    @Override
    public Integer getChecksum() {
        return TABLES.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE incident ADD CONSTRAINT uq_incident_workspace UNIQUE (workspace_id, id)");
            for (String table : TABLES) {
                for (String key : singleColumnKeys(connection, table)) {
                    s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key);
                }
                s.execute("ALTER TABLE " + table + " ADD CONSTRAINT fk_" + table + "_case FOREIGN KEY (workspace_id, "
                        + "incident_id) REFERENCES incident (workspace_id, id)");
            }
        }
    }

    /** The table's foreign keys on workspace_id alone or incident_id alone. */
    private static List<String> singleColumnKeys(Connection connection, String table) throws Exception {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT tc.constraint_name FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage k
                  ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
                 AND k.constraint_schema = tc.constraint_schema
                WHERE tc.constraint_type = 'FOREIGN KEY' AND LOWER(tc.table_name) = ?
                  AND tc.constraint_schema = CURRENT_SCHEMA
                GROUP BY tc.constraint_name
                HAVING COUNT(*) = 1 AND MAX(LOWER(k.column_name)) IN ('workspace_id', 'incident_id')""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(quoted(rs.getString(1)));
                }
            }
        }
        return keys;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
