package org.itaku.database;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.VARCHAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Many rows into one table, on H2 (batches) and PostgreSQL (COPY): every value as it was given, or nothing. */
abstract class BulkInsertsContract {

    private static final String COLUMNS = "id, name, flag, sent_on, amount";
    private static final int[] TYPES = {BIGINT, VARCHAR, BOOLEAN, DATE, BIGINT};

    @Autowired
    BulkInserts bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void table() {
        jdbc.sql("CREATE TABLE bulk_probe (id BIGINT PRIMARY KEY, name VARCHAR(200), flag BOOLEAN NOT NULL, "
                + "sent_on DATE, amount BIGINT)").update();
    }

    @AfterEach
    void drop() {
        jdbc.sql("DROP TABLE bulk_probe").update();
    }

    @Test
    void everyValueComesBackAsItWasGiven() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {1L, "架空社労士事務所\t(タブ)", true, java.sql.Date.valueOf("2026-04-01"), 50L});
        rows.add(new Object[] {2L, "二行の\n名前\r\\N と \\ 記号", false, null, null});
        rows.add(new Object[] {3L, null, true, LocalDate.of(2025, 12, 31), 0L});
        // more than a batch and more than a chunk of COPY text
        IntStream.range(4, 5000).forEach(i -> rows.add(new Object[] {(long) i, "顧客" + i, i % 2 == 0, null, (long) i}));

        long count = inTransaction(() -> bulk.insert("bulk_probe", COLUMNS, TYPES, rows.iterator()));

        assertThat(count).isEqualTo(4999);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single()).isEqualTo(4999);
        assertThat(jdbc.sql("SELECT name FROM bulk_probe WHERE id = 1").query(String.class).single())
                .isEqualTo("架空社労士事務所\t(タブ)");
        assertThat(jdbc.sql("SELECT name FROM bulk_probe WHERE id = 2").query(String.class).single())
                .isEqualTo("二行の\n名前\r\\N と \\ 記号");
        assertThat(jdbc.sql("SELECT name FROM bulk_probe WHERE id = 3").query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT sent_on FROM bulk_probe WHERE id = 3").query(java.sql.Date.class).single())
                .isEqualTo(java.sql.Date.valueOf("2025-12-31"));
        assertThat(jdbc.sql("SELECT amount FROM bulk_probe WHERE id = 2").query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe WHERE flag").query(Long.class).single()).isEqualTo(2500);
        assertThat(jdbc.sql("SELECT SUM(amount) FROM bulk_probe").query(Long.class).single())
                .isEqualTo(50L + IntStream.range(4, 5000).asLongStream().sum());
    }

    @Test
    void aValueWithoutATextOrAFailedRowLeavesNothingAndTheConnectionUsable() {
        List<Object[]> rows = new ArrayList<>();
        IntStream.range(1, 3000).forEach(i -> rows.add(new Object[] {(long) i, "顧客" + i, true, null, 1L}));
        rows.add(new Object[] {3000L, new StringBuilder("?"), true, null, 1L});

        assertThatThrownBy(() -> inTransaction(() -> bulk.insert("bulk_probe", COLUMNS, TYPES, rows.iterator())))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single()).isZero();

        List<Object[]> duplicate = List.of(new Object[] {1L, "a", true, null, 1L}, new Object[] {1L, "b", true, null, 1L});
        assertThatThrownBy(() -> inTransaction(() -> bulk.insert("bulk_probe", COLUMNS, TYPES, duplicate.iterator())))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bulk_probe").query(Long.class).single()).isZero();

        long count = inTransaction(() -> bulk.insert("bulk_probe", COLUMNS, TYPES,
                List.<Object[]>of(new Object[] {7L, "後から", false, null, 2L}).iterator()));
        assertThat(count).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM bulk_probe").query(String.class).single()).isEqualTo("後から");
    }

    private long inTransaction(java.util.function.LongSupplier work) {
        return new TransactionTemplate(transactions).execute(tx -> work.getAsLong());
    }
}
