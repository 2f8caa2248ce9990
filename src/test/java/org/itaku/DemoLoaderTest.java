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
    @Autowired
    org.itaku.assessment.Assessments assessments;

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

        // Vendor oversight: the data centre failed its review with a finding; the printer's questionnaire is open.
        assertThat(printed.lines().filter(l -> l.contains("/respond/"))).hasSize(1);
        var overview = assessments.overview(workspaceId, null, 0, 50);
        assertThat(overview.items()).extracting(a -> a.status().name()).containsExactlyInAnyOrder("REVIEWED", "SENT");
        var reviewed = overview.items().stream().filter(a -> a.result() != null).findFirst().orElseThrow();
        assertThat(reviewed.result().passed()).isFalse();
        assertThat(reviewed.result().blockers()).contains("TEC-14");
        assertThat(assessments.review(workspaceId, reviewed.id()).findings()).hasSize(1);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        demo.load(new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already loaded").doesNotContain("Password");
    }
}
