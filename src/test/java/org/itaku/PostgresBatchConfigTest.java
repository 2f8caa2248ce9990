package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

class PostgresBatchConfigTest {

    @Test
    void aPostgresPoolSendsBatchedInsertsAsMultiRowStatements() {
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/itaku")) {
            PostgresBatchConfig.rewriteBatches(pool);
            assertThat(pool.getDataSourceProperties()).containsEntry(PostgresBatchConfig.OPTION, "true");
        }
    }

    @Test
    void aUrlThatSetsTheOptionKeepsItsOwnValue() {
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/itaku?reWriteBatchedInserts=false")) {
            PostgresBatchConfig.rewriteBatches(pool);
            assertThat(pool.getDataSourceProperties()).doesNotContainKey(PostgresBatchConfig.OPTION);
        }
    }

    @Test
    void h2IsLeftAlone() {
        try (HikariDataSource pool = pool("jdbc:h2:mem:x")) {
            PostgresBatchConfig.rewriteBatches(pool);
            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
