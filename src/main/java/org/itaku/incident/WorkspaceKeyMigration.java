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
 * Migration 28: the tables a vendor incident fills per party no longer carry a foreign key to the workspace.
 *
 * <p>Why: each of their rows already names its incident through a foreign key, and the incident names the workspace, so
 * the second key checked nothing the first did not imply. It was not free: H2 gives every foreign key an index of its
 * own unless one has exactly the key's columns, so each row written to these tables (a relay at a vendor writes
 * 170,000 notices and evaluations and 700,000 obligations) also went into an index on workspace_id that no query
 * reads. Every query still filters on workspace_id; only the constraint goes. The foreign key to the incident (or, for
 * the history, to the obligation) stays, so no row can point at a case that does not exist.
 *
 * <p>A Java migration because the constraints were declared inline and their names differ between databases (H2
 * numbers them, PostgreSQL names them after the table and column); they are found in the information schema.
 */
@Component
class WorkspaceKeyMigration implements JavaMigration {

    /** The tables whose rows a case writes per party or per holding. */
    static final List<String> TABLES = List.of("incident_party", "incident_holding", "incident_obligation",
            "incident_obligation_history", "incident_evaluation", "incident_notice", "incident_timeline");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("28");
    }

    @Override
    public String getDescription() {
        return "incident bulk tables without a workspace foreign key";
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
        for (String table : TABLES) {
            for (String constraint : workspaceKeys(connection, table)) {
                try (Statement s = connection.createStatement()) {
                    // H2 drops the index it made for the key with it.
                    s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(constraint));
                }
            }
        }
    }

    /** The names of {@code table}'s foreign keys on workspace_id (one, as declared in V7). */
    static List<String> workspaceKeys(Connection connection, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT tc.constraint_name FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema
                  AND k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
                WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = CURRENT_SCHEMA
                  AND tc.table_name = ? AND k.column_name = 'workspace_id'""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
