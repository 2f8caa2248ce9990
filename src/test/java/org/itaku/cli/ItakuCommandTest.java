package org.itaku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItakuCommandTest {

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final InputStream originalIn = System.in;

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
        System.clearProperty("itaku.data");
    }

    @Test
    void helpListsTheSubcommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Itaku.commandLine().setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8))
                .execute("--help");
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve", "admin", "demo");
    }

    @Test
    void adminCreateReadsThePasswordFromStdinAndRefusesAWeakOne(@TempDir Path data) {
        ByteArrayOutputStream err = capture();
        System.setIn(new ByteArrayInputStream("weakpass\n".getBytes(StandardCharsets.UTF_8)));
        int refused = Itaku.commandLine().execute("--data", data.toString(), "admin", "create",
                "--email", "first@example.jp", "--workspace", "第一社労士事務所");
        assertThat(refused).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("too short").contains("短すぎます");

        System.setIn(new ByteArrayInputStream("Kx7#mQ2!vW9z\n".getBytes(StandardCharsets.UTF_8)));
        // --data is inherited: it may also follow the subcommand.
        int created = Itaku.commandLine().execute("admin", "create", "--data", data.toString(),
                "--email", "first@example.jp", "--workspace", "第一社労士事務所");
        assertThat(created).isZero();
        assertThat(Files.exists(data.resolve("itaku.mv.db"))).as("H2 file in the data directory").isTrue();
    }

    private ByteArrayOutputStream capture() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return err;
    }
}
