package org.itaku.identity;

import org.itaku.testsupport.ItakuTest;
import org.itaku.testsupport.PostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@ItakuTest
class IdentityControlsPostgresTest extends IdentityControlsContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresServer.register(registry);
    }
}
