package org.itaku.incident;

import java.util.List;

import org.itaku.entrustment.PlannerStatistics;
import org.springframework.stereotype.Component;

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

    private final PlannerStatistics planner;

    CaseStatistics(PlannerStatistics planner) {
        this.planner = planner;
    }

    /**
     * Refreshes the statistics of incident_party and of its shared states once the current transaction commits, when
     * it wrote many parties.
     */
    void afterPartiesWritten(int parties) {
        if (parties >= PARTIES) {
            planner.analyseAfterCommit(List.of("incident_party", "incident_party_state"));
        }
    }
}
