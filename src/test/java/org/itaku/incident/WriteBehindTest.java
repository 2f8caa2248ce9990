package org.itaku.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** H2's writer thread is on for a large change only, and the delay is back to 0 afterwards, also after a failure. */
class WriteBehindTest {

    @TempDir
    Path dir;

    DriverManagerDataSource dataSource;
    Connection open; // keeps the file database open between the connections the class takes

    @BeforeEach
    void database() throws Exception {
        // The setting is made once, not in the URL: H2 applies a URL's settings again on every connection opened.
        dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db"), "sa", "");
        open = dataSource.getConnection();
        try (Statement s = open.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        }
    }

    @AfterEach
    void close() throws Exception {
        open.close();
    }

    @Test
    void aLargeChangeRunsWithTheWriterThreadAndPutsTheDelayBack() throws Exception {
        WriteBehind writeBehind = new WriteBehind(dataSource);

        int inside = writeBehind.during(WriteBehind.MIN_PARTIES, this::writeDelay);
        int nested = writeBehind.during(WriteBehind.MIN_PARTIES,
                () -> writeBehind.during(WriteBehind.MIN_PARTIES * 10, () -> 0) + writeDelay());

        assertThat(inside).isEqualTo(WriteBehind.DELAY_MS);
        assertThat(nested).as("the inner change ending does not end the outer one's window").isEqualTo(WriteBehind.DELAY_MS);
        assertThat(writeDelay()).isZero();
    }

    @Test
    void aSmallChangeRunsAsItIs() {
        WriteBehind writeBehind = new WriteBehind(dataSource);

        assertThat(writeBehind.during(WriteBehind.MIN_PARTIES - 1, this::writeDelay)).isZero();
    }

    @Test
    void theDelayIsPutBackWhenTheChangeFails() {
        WriteBehind writeBehind = new WriteBehind(dataSource);

        assertThatThrownBy(() -> writeBehind.during(WriteBehind.MIN_PARTIES, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(writeDelay()).isZero();
    }

    @Test
    void aDatabaseThatAlreadyDelaysKeepsItsSetting() throws Exception {
        try (Statement s = open.createStatement()) {
            s.execute("SET WRITE_DELAY 500");
        }
        WriteBehind writeBehind = new WriteBehind(dataSource);

        assertThat(writeBehind.during(WriteBehind.MIN_PARTIES, this::writeDelay)).isEqualTo(500);
        assertThat(writeDelay()).isEqualTo(500);
    }

    /** The delay H2's store runs with now (what SET WRITE_DELAY sets). */
    private int writeDelay() {
        try {
            return ((SessionLocal) open.unwrap(JdbcConnection.class).getSession()).getDatabase().getWriteDelay();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
