package org.itaku.incident;

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
}
