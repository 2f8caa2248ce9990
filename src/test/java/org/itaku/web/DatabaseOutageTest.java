package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database goes away while the application runs (here for a few seconds; in production a restart or a
 * failover of about 30 s): requests answer 503 with a problem body and Retry-After, and once the database is
 * back the same application answers 200 again without a restart.
 */
@ItakuTest
class DatabaseOutageTest {

    static Path dataDir;
    static int port;
    static EmbeddedPostgres server;

    @DynamicPropertySource
    static void ownPostgres(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("itaku-outage-pg");
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    MvcResult registerPage(WorkspaceMember member) throws Exception {
        return mvc.perform(get("/api/register/operators")
                .with(user(member.email()).authorities(new SimpleGrantedAuthority(member.role().authority()), member)))
                .andReturn();
    }

    @Test
    void requestsAnswer503WhileTheDatabaseIsDownAndRecoverOnTheirOwn() throws Exception {
        long ws = accounts.createWorkspace("障害試験");
        WorkspaceMember member = new WorkspaceMember(1, "staff@outage.example", ws, "障害試験", Role.STAFF);
        assertThat(registerPage(member).getResponse().getStatus()).isEqualTo(200);

        server.close(); // the database stops; its files stay
        MvcResult down = registerPage(member);
        assertThat(down.getResponse().getStatus()).isEqualTo(503);
        assertThat(down.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(down.getResponse().getHeader("Retry-After")).isEqualTo("30");
        assertThat(down.getResponse().getContentAsString()).contains("\"status\":503").contains("nothing was changed");

        server = start(); // back, on the same port with the same data
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = registerPage(member).getResponse().getStatus();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).as("answers again without a restart").isEqualTo(200);
    }
}
