package org.itaku.incident;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 31: the rows a case writes per party keep their foreign key to the incident but no longer have one to the
 * workspace. The incident already belongs to one workspace, every write names both, and every read filters by both.
 *
 * <p>Why: H2 keeps an index of its own for every foreign key, on exactly its columns. A relay at a vendor writes
 * 170,000 notices, 170,000 evaluations and 510,000 obligations, and each of them also went into a workspace_id index
 * that no read used (one of six index trees per obligation, one of four per notice). Measured alone, inserting
 * obligations cost about a tenth less CPU per dropped index. A single key on (workspace_id, incident_id) was tried
 * instead: H2 then planned filtered pages of obligations on its index and sorted every row of the case. PostgreSQL
 * keeps no index for a foreign key, so there only the check goes. A Java migration because the generated names of
 * the keys differ between the databases; they are looked up.
 */
@Component
class CaseForeignKeyMigration extends CaseSchemaMigration {

    /** The tables a case fills per party. */
    static final List<String> TABLES = List.of("incident_party", "incident_obligation", "incident_obligation_history",
            "incident_notice", "incident_evaluation");

    CaseForeignKeyMigration() {
        super("31", "case rows without a foreign key to the workspace", TABLES.hashCode());
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                for (String key : foreignKeys(connection, table, "workspace_id")) {
                    s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + key);
                }
            }
        }
    }
}
