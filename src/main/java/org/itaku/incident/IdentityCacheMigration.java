package org.itaku.incident;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration 26, on H2 only: the identity columns of the tables a vendor incident fills by the hundred thousand hand
 * out their numbers from a cache of {@value #CACHE} instead of H2's default 32.
 *
 * <p>Why: each time H2 has used up an identity cache it records the sequence's new position in a transaction of its
 * own and commits it, and that commit stores every page changed so far, including the uncommitted ones of the
 * running change. A relay at a vendor inserts 700,000 obligations, 170,000 evaluations and 170,000 notices in one
 * transaction: with 32 numbers per cache that was 33,000 stores of a growing set of pages (a third of the relay's
 * samples in the profile at tenth scale). H2 keeps the cache in the database, not per connection, so numbers are still
 * handed out in order; after an unclean stop up to one cache of numbers is skipped, which nothing relies on.
 *
 * <p>PostgreSQL is left alone: there a sequence cache is per connection, so rows written by two connections would no
 * longer be numbered in the order they were written (the latest evaluations are read by id), and its nextval does not
 * store anything. A Java migration because the change depends on the database; the version is the same on both so
 * that later migrations stay in one sequence.
 */
@Component
class IdentityCacheMigration extends CaseSchemaMigration {

    static final int CACHE = 10_000;

    /** The tables whose rows a relay or re-evaluation writes per party. */
    static final List<String> TABLES = List.of("incident_obligation", "incident_obligation_history",
            "incident_evaluation", "incident_notice", "incident_timeline");

    IdentityCacheMigration() {
        super("26", "incident identity cache on H2", CACHE + TABLES.hashCode());
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!h2(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE " + CACHE);
            }
        }
    }
}
