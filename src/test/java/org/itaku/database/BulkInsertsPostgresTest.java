package org.itaku.database;

import org.itaku.testsupport.ItakuTest;
import org.itaku.testsupport.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ItakuTest
class BulkInsertsPostgresTest extends BulkInsertsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
