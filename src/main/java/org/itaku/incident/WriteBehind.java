package org.itaku.incident;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Lets H2 write a large change's pages on a second thread while the change runs.
 *
 * <p>The embedded default runs H2 with {@code WRITE_DELAY=0}, so that a small commit is on file when it returns. With
 * that setting H2 has no writer thread: a change at a vendor (173,000 parties created, 170,000 relayed notices with
 * their 510,000 obligations, a re-evaluation of every party) serialised every page it dirtied on the thread that wrote
 * the rows, about a third of that thread's time, while the second core idled. For such a change the delay is raised
 * for its duration and put back before it commits: H2 stores a transaction that has already had pages written
 * synchronously at commit whatever the delay, so the change itself is as durable as before. Small commits of other
 * sessions in that window may reach the file up to {@value #DELAY_MS} ms later. Changes smaller than
 * {@value #MIN_PARTIES} parties, and other databases, run as they are. A connection the
 * pool opens meanwhile applies the URL's {@code WRITE_DELAY=0} again, which only ends the window early.
 */
@Component
class WriteBehind {

    /** Parties from which a change is large enough to gain from a writer thread (starting one costs a little). */
    static final int MIN_PARTIES = 5_000;
    /** H2's write delay during a large change; its writer wakes every third of it. */
    static final int DELAY_MS = 100;

    private final DataSource dataSource;
    private int running;
    private int before;

    WriteBehind(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} (inside the caller's transaction), with H2's writer thread on when {@code parties} is large. */
    <T> T during(int parties, Supplier<T> work) {
        Database h2 = parties < MIN_PARTIES ? null : h2();
        if (h2 == null) {
            return work.get();
        }
        begin(h2);
        try {
            return work.get();
        } finally {
            end(h2);
        }
    }

    private synchronized void begin(Database h2) {
        if (running++ == 0) {
            before = h2.getWriteDelay();
            if (before == 0) {
                h2.setWriteDelay(DELAY_MS);
            }
        }
    }

    private synchronized void end(Database h2) {
        if (--running == 0 && before == 0) {
            h2.setWriteDelay(0); // stops the writer thread once it has finished its store
        }
    }

    /** The embedded H2 database behind the current transaction's connection, or null on any other database. */
    private Database h2() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            return connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                    ? local.getDatabase() : null;
        } catch (SQLException e) {
            return null; // no gain to be had; the change runs as it is
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
