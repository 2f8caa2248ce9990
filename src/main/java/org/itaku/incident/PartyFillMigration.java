package org.itaku.incident;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 38, on PostgreSQL only: the table of an incident's parties fills its pages to {@value #FILL} % and leaves
 * the rest for the parties' next versions.
 *
 * <p>Why: a relay at a vendor and a re-evaluation update every party's row (its notice, its decision, its items), and
 * PostgreSQL writes an updated row as a new version. With full pages the new version lands on another page and every
 * index of the table gets a new entry for it; with room on the page it stays there and no index is touched (a
 * heap-only update). Measured in psql on the 173,401 parties of the mk bench: updating all of them took 2.8 and 4.4 s
 * with full pages, 0.66, 0.36 and 0.47 s at 45 %, run after run. The price is a table about twice the size. H2 has no
 * such setting. Rows written before keep their pages until the table is rewritten (VACUUM FULL).
 */
@Component
class PartyFillMigration extends CaseSchemaMigration {

    static final int FILL = 45;

    PartyFillMigration() {
        super("38", "incident parties leave room on their pages (PostgreSQL)", FILL + 38);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (h2(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE incident_party SET (fillfactor = " + FILL + ")");
        }
    }
}
