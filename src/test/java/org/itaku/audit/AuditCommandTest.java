package org.itaku.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.itaku.cli.Itaku;
import org.itaku.ItakuApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;

/** {@code itaku audit verify} end to end, on its own file database: exit 0 when intact, 1 when broken. */
class AuditCommandTest {

    @TempDir
    Path data;

    @AfterEach
    void forgetDataDirectory() {
        System.clearProperty("itaku.data");
    }

    record Run(int exit, String out) {
    }

    Run verify(String... extra) {
        StringWriter out = new StringWriter();
        CommandLine cli = Itaku.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        String[] args = new String[3 + extra.length];
        args[0] = "--data=" + data;
        args[1] = "audit";
        args[2] = "verify";
        System.arraycopy(extra, 0, args, 3, extra.length);
        int exit = cli.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void exitsZeroWhenIntactAndOneAtTheFirstBrokenRecord() throws Exception {
        System.setProperty("itaku.data", data.toString());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ItakuApplication.class)
                .web(WebApplicationType.NONE).profiles("cli").run()) {
            AuditTrail trail = app.getBean(AuditTrail.class);
            for (int i = 1; i <= 4; i++) {
                trail.record(AuditEvent.of("incident.create").inWorkspace(42L).by(1L, "cli@example.jp").target("incident", i));
            }
            trail.record(AuditEvent.of("sign-in.failed").by(null, "nobody@example.jp"));
        }

        Run intact = verify();
        assertThat(intact.exit()).as(intact.out()).isZero();
        assertThat(intact.out()).contains("workspace 42: intact, 4 records").contains("system chain: intact, 1 records");

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data + "/itaku;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "itaku", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_record SET target_id = '99' WHERE chain_id = 42 AND seq = 3");
        }

        Run broken = verify("--workspace", "42");
        assertThat(broken.exit()).as(broken.out()).isEqualTo(1);
        assertThat(broken.out()).contains("workspace 42: BROKEN at seq 3").contains("HASH_MISMATCH");

        Run system = verify("--workspace", "system");
        assertThat(system.exit()).as(system.out()).isZero();

        assertThat(verify("--workspace", "abc").exit()).isEqualTo(2);
    }
}
