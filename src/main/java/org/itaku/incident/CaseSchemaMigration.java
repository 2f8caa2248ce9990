package org.itaku.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration of the case tables written in Java because it depends on the database it runs on; its version stays in
 * the one sequence of the SQL migrations. Version, description and checksum are fixed at construction (Flyway checks
 * the latter two against databases that already ran it), and it runs in the migration's transaction.
 */
abstract class CaseSchemaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final int checksum;

    CaseSchemaMigration(String version, String description, int checksum) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.checksum = checksum;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    /** Whether the migration runs on H2 (else on PostgreSQL). */
    static boolean h2(Connection connection) throws SQLException {
        return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * The quoted names of the table's foreign keys: those on {@code column} alone, or every one for null. Looked up
     * because the generated names differ between the databases.
     */
    static List<String> foreignKeys(Connection connection, String table, String column) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT tc.constraint_name, COUNT(*), MAX(LOWER(k.column_name))
                FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage k
                  ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name
                 AND k.constraint_schema = tc.constraint_schema
                WHERE tc.constraint_type = 'FOREIGN KEY' AND LOWER(tc.table_name) = ?
                  AND tc.constraint_schema = CURRENT_SCHEMA
                GROUP BY tc.constraint_name""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (column == null || (rs.getInt(2) == 1 && column.equals(rs.getString(3)))) {
                        keys.add("\"" + rs.getString(1).replace("\"", "\"\"") + "\"");
                    }
                }
            }
        }
        return keys;
    }
}
