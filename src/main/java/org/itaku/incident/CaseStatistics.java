package org.itaku.incident;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * After a case is opened with thousands of parties, PostgreSQL's planner knows nothing of incident_party until
 * autovacuum analyses it, up to a minute later. Until then it plans the update of one party by (workspace,
 * incident, operator) on ix_incident_party_page, whose (workspace, incident) prefix is the whole case, instead of the
 * primary key: the vendor's notice to its 3,400 offices took 91.6 s on a fresh mk-scale case, 95 % of it in those
 * updates. So the table is analysed as soon as such a case commits (about 0.25 s at 173,000 parties). H2 needs
 * nothing (V19 settled its choice).
 */
@Component
class CaseStatistics {

    /** Below this many parties the planner's guess costs nothing worth an ANALYZE. */
    static final int PARTIES = 1_000;

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    CaseStatistics(JdbcTemplate jdbc, @Value("${spring.datasource.url:}") String url) {
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** Refreshes incident_party's statistics once the current transaction commits, when it wrote many parties. */
    void afterPartiesWritten(int parties) {
        if (!postgres || parties < PARTIES) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    analyse();
                }
            });
        } else {
            analyse();
        }
    }

    private void analyse() {
        jdbc.execute("ANALYZE incident_party");
    }
}
