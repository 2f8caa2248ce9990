package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.itaku.entrustment.Register;
import org.itaku.incident.Incident;
import org.itaku.incident.Incidents;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ItakuTest
class DemoLoaderTest {

    @Autowired
    DemoLoader demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Register register;
    @Autowired
    Incidents incidents;

    @Test
    void loadsTheInventedChainAndAnIncidentOnceWithAFreshPassword() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        demo.load(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains(DemoLoader.OFFICER_EMAIL).containsPattern("パスワード.*: +\\S{16}");

        long workspaceId = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE)
                .query(Long.class).single();
        assertThat(register.searchOperators(workspaceId, "", 0, 100).total())
                .as("a vendor, a data centre, three offices and a dozen clients").isGreaterThanOrEqualTo(17);
        Incident incident = incidents.search(workspaceId, null, null).get(0);
        assertThat(incidents.reports(workspaceId, incident.id()))
                .as("the vendor and every office up the chain get their own view").hasSizeGreaterThanOrEqualTo(4);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        demo.load(new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already loaded").doesNotContain("Password");
    }
}
