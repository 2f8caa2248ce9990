package org.itaku.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.itaku.cli.Itaku;
import org.itaku.ItakuApplication;
import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.vocabulary.DataItem;
import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.StorageLocation;
import org.itaku.identity.Accounts;
import org.itaku.identity.MultiFactor;
import org.itaku.testsupport.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import picocli.CommandLine;

/**
 * {@code itaku backup} and {@code itaku restore} end to end on file databases: a backup taken while the database
 * is open and in use, restored into an empty data directory, holds every row of every table, an intact audit
 * trail, and a secret key that still opens the stored TOTP seeds.
 */
class BackupRestoreTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";

    @TempDir
    Path work;

    @AfterEach
    void forgetDataDirectory() {
        System.clearProperty("itaku.data");
    }

    record Run(int exit, String out) {
    }

    static Run itaku(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Itaku.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int exit = cli.execute(args);
        System.clearProperty("itaku.data");
        return new Run(exit, out.toString());
    }

    static ConfigurableApplicationContext open(Path data) {
        System.setProperty("itaku.data", data.toString());
        return new SpringApplicationBuilder(ItakuApplication.class).web(WebApplicationType.NONE).profiles("cli").run();
    }

    /** Row counts of every application table. */
    static Map<String, Long> rowCounts(ConfigurableApplicationContext app) {
        JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type IN ('TABLE', 'BASE TABLE')").query(String.class).list()) {
            counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    void aBackupRestoredIntoAnEmptyDirectoryHoldsEveryRecordAndAnIntactAuditTrail() throws Exception {
        Path original = work.resolve("original");
        Path backup = work.resolve("backups/itaku-backup.zip");
        Map<String, Long> before;
        long adminId;
        try (ConfigurableApplicationContext app = open(original)) {
            Accounts accounts = app.getBean(Accounts.class);
            Accounts.NewMember admin = accounts.createWorkspaceWithAdmin("復元試験事務所", "admin@example.jp", "管理 花子",
                    PASSWORD.toCharArray());
            adminId = admin.userId();
            MultiFactor mfa = app.getBean(MultiFactor.class);
            MultiFactor.Enrolment enrolment = mfa.propose("admin@example.jp");
            assertThat(mfa.confirm(adminId, enrolment.secret(), TotpCodes.code(enrolment.base32(), Instant.now()))).hasSize(10);
            Register register = app.getBean(Register.class);
            long ws = admin.workspaceId();
            long vendor = register.createOperator(ws, operator("クラウド給与株式会社"));
            long client = register.createOperator(ws, operator("株式会社こだま商店"));
            register.createEntrustment(ws, new Entrustment(0, client, vendor, "給与計算", LocalDate.of(2024, 4, 1), null, true,
                    "書面承認済み", 72, EndOfContract.DELETE, true, LocalDate.of(2025, 1, 10)));
            register.createHolding(ws, new Holding(0, vendor, client, "従業員台帳", DataItem.parseList("NAME,ADDRESS"), null,
                    PersonCount.exact(240), "従業員", "給与クラウド", "JP", StorageLocation.CLOUD, Encryption.AT_REST, "AES-256",
                    false, null, null, null, null, null));

            // Online: the database stays open and in use by this application while the command copies it.
            Run run = itaku("--data=" + original, "backup", "--to", backup.toString());
            assertThat(run.exit()).as(run.out()).isZero();
            assertThat(run.out()).contains("backup written").contains("secret.key is NOT inside");
            app.getBean(AuditTrail.class).record(AuditEvent.of("after.backup").inWorkspace(ws));
            before = rowCounts(app);
            before.merge("audit_record", -1L, Long::sum); // the record written after the backup is not in it
        }
        assertThat(Backups.manifest(backup).getProperty("secret-key")).isEqualTo("not included");

        // Without the key kept apart the restore is refused, and leaves no database behind.
        Path restored = work.resolve("restored");
        Run refused = itaku("--data=" + restored, "restore", "--from", backup.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).contains("--secret-key");
        assertThat(restored.resolve(Backups.DATABASE_FILE)).doesNotExist();

        Path wrongKey = work.resolve("other.key");
        Files.writeString(wrongKey, "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n");
        Run wrong = itaku("--data=" + restored, "restore", "--from", backup.toString(), "--secret-key", wrongKey.toString());
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.out()).contains("not the one this backup was taken with");

        Run run = itaku("--data=" + restored, "restore", "--from", backup.toString(),
                "--secret-key", original.resolve("secret.key").toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("audit trail intact");
        assertThat(Files.readString(restored.resolve("secret.key"))).isEqualTo(Files.readString(original.resolve("secret.key")));

        try (ConfigurableApplicationContext app = open(restored)) {
            Map<String, Long> after = rowCounts(app);
            // Opening the restored copy adds nothing but its own start-up; every table holds what it held.
            assertThat(after).containsAllEntriesOf(withoutVolatile(before));
            assertThat(after.get("operator")).isEqualTo(2);
            assertThat(after.get("audit_record")).isGreaterThan(0);
            MultiFactor mfa = app.getBean(MultiFactor.class);
            long id = adminId;
            assertThatCode(() -> mfa.verify(id, "000000")).as("the TOTP seed opens with the restored key")
                    .doesNotThrowAnyException();
        }

        // A second restore into the same directory is refused: live data is never overwritten.
        Run again = itaku("--data=" + restored, "restore", "--from", backup.toString(),
                "--secret-key", original.resolve("secret.key").toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.out()).contains("already holds a database");
    }

    @Test
    void aBackupWithItsKeyRestoresWithoutAnythingElse() throws Exception {
        Path original = work.resolve("original");
        Path backup = work.resolve("with-key.zip");
        try (ConfigurableApplicationContext app = open(original)) {
            app.getBean(Accounts.class).createWorkspace("鍵つき");
        }
        Run run = itaku("--data=" + original, "backup", "--to", backup.toString(), "--with-secret-key");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(Backups.manifest(backup).getProperty("secret-key")).isEqualTo("included");

        Run restored = itaku("--data=" + work.resolve("restored"), "restore", "--from", backup.toString());
        assertThat(restored.exit()).as(restored.out()).isZero();
        assertThat(Files.readString(work.resolve("restored/secret.key"))).isEqualTo(Files.readString(original.resolve("secret.key")));
    }

    static Map<String, Long> withoutVolatile(Map<String, Long> counts) {
        Map<String, Long> stable = new TreeMap<>(counts);
        stable.remove("shedlock");
        stable.remove("spring_session");
        stable.remove("spring_session_attributes");
        return stable;
    }

    static Operator operator(String name) {
        return new Operator(0, name, null, null, OperatorKind.PRIVATE, null, null, null, null, null, false);
    }
}
