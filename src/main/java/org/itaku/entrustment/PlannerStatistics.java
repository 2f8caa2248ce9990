package org.itaku.entrustment;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After a bulk write to the register (an import, a generated register), PostgreSQL's planner still believes the
 * tables hold what they held before until autovacuum gets round to them, up to a minute later. In that minute it
 * plans joins over thousands of new entrustments as if there were a handful: the watch list's re-entrustment
 * check and the list of vendors took 2–3.5 s instead of milliseconds on a fresh 3,600-vendor register. So the
 * register's tables are analysed as soon as such a write commits. H2 needs nothing.
 */
@Component
public class PlannerStatistics {

    private static final List<String> REGISTER_TABLES = List.of("operator", "entrustment", "holding");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    PlannerStatistics(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** Refreshes the register tables' statistics once the current transaction commits (at once without one). */
    public void refreshRegisterAfterCommit() {
        analyseAfterCommit(REGISTER_TABLES);
    }

    /**
     * Refreshes these tables' statistics on PostgreSQL once the current transaction commits (at once without one);
     * other modules that bulk-write their own tables ask here too.
     */
    public void analyseAfterCommit(List<String> tables) {
        if (!postgres) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    analyse(tables);
                }
            });
        } else {
            analyse(tables);
        }
    }

    private void analyse(List<String> tables) {
        tables.forEach(table -> jdbc.execute("ANALYZE " + table));
    }
}
