package org.itaku.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import org.itaku.testsupport.ItakuTest;
import org.itaku.testsupport.PostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@ItakuTest
class IncidentPostgresTest extends IncidentContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }

    @Autowired
    CaseStatistics statistics;

    /** A case opened with many parties has incident_party analysed when it commits, not before; a small one not. */
    @Test
    void manyPartiesWrittenRefreshThePlannersStatisticsOnceTheyCommit() {
        Timestamp before = lastAnalyse();
        statistics.afterPartiesWritten(CaseStatistics.PARTIES - 1);
        assertThat(lastAnalyse()).isEqualTo(before);

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            statistics.afterPartiesWritten(CaseStatistics.PARTIES);
            assertThat(lastAnalyse()).as("not before the commit").isEqualTo(before);
        });
        assertThat(lastAnalyse()).isAfter(before);
    }

    /** Migration 38: the parties' pages keep room for their next versions, so that updating them touches no index. */
    @Test
    void partiesLeaveRoomOnTheirPages() {
        assertThat(jdbc.sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'incident_party'")
                .query(String.class).single()).isEqualTo("fillfactor=" + PartyFillMigration.FILL);
    }

    private Timestamp lastAnalyse() {
        // The statistics collector's view is a snapshot per transaction; clear it so each read sees the latest.
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query((rs, n) -> 0).list();
        return jdbc.sql("SELECT COALESCE(last_analyze, TIMESTAMPTZ 'epoch') FROM pg_stat_user_tables WHERE relname = 'incident_party'")
                .query(Timestamp.class).single();
    }
}
