package org.itaku.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Reads every row of a large query as a stream: a case's parties and obligations, a register's edges, names and
 * holdings. H2 otherwise collects a query's whole result before the first row is handed out, and past its in-memory
 * limit writes it to a temporary file: loading a vendor case (170,000 parties, 700,000 obligations) for each change,
 * and the 213,400 holdings behind a vendor's impact, went through disk. With lazy execution for the one query, on its
 * own connection setting, the rows come from the index as they are read. A query with ORDER BY must be in the order
 * of an index (all its columns, the fixed ones too), or H2 sorts, which needs the whole result anyway. PostgreSQL
 * reads as before.
 */
@Component
public class StreamedReads {

    private final JdbcTemplate jdbc;
    private volatile Boolean h2;

    StreamedReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code sql} with {@code params} and hands every row to {@code rows}, on the current transaction's connection. */
    public void stream(String sql, RowCallbackHandler rows, Object... params) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean lazy = isH2(connection);
            if (lazy) {
                lazy(connection, true);
            }
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.processRow(rs);
                    }
                }
            } finally {
                if (lazy) {
                    lazy(connection, false); // the connection goes back to the pool as it came
                }
            }
            return null;
        });
    }

    /** Whether the database is H2 (else PostgreSQL), asked once. */
    public boolean h2() {
        Boolean known = h2;
        return known != null ? known : jdbc.execute((ConnectionCallback<Boolean>) this::isH2);
    }

    private boolean isH2(Connection connection) throws SQLException {
        Boolean known = h2;
        if (known == null) {
            known = "H2".equals(connection.getMetaData().getDatabaseProductName());
            h2 = known;
        }
        return known;
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }
}
