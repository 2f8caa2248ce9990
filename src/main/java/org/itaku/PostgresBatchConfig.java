package org.itaku;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On PostgreSQL the driver sends a batch of inserts as multi-row INSERT statements ({@code reWriteBatchedInserts}).
 * Without it every row of a batch is its own statement on the wire and in the server: a vendor case writes half a
 * million obligations in one change. A URL that sets the option itself keeps its own value; other databases are left
 * alone (H2 refuses connection settings it does not know).
 */
@Configuration(proxyBeanMethods = false)
class PostgresBatchConfig {

    static final String OPTION = "reWriteBatchedInserts";

    @Bean
    static BeanPostProcessor postgresBatchInserts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    rewriteBatches(pool);
                }
                return bean;
            }
        };
    }

    static void rewriteBatches(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(OPTION)
                && !pool.getDataSourceProperties().containsKey(OPTION)) {
            pool.addDataSourceProperty(OPTION, "true");
        }
    }
}
