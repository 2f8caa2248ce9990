package org.itaku.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.itaku.audit.AuditVerifier;
import org.itaku.audit.Verification;
import org.itaku.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code itaku backup --to FILE}: an online copy of the embedded database, with or without the secret key. */
@Command(name = "backup", description = "Back up the embedded H2 database to a zip file (a PostgreSQL database: "
        + "use pg_dump, see docs/operations.md).")
class BackupCommand implements Callable<Integer> {

    @ParentCommand
    Itaku root;

    @Spec
    CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (a zip).")
    Path target;

    @Option(names = "--with-secret-key", description = "Put secret.key into the backup too (then protect the "
            + "backup like the key itself). By default the key is left out: keep a copy of it apart.")
    boolean withSecretKey;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(root)) {
            Backups.Written written = context.getBean(Backups.class).backup(target, withSecretKey);
            var out = spec.commandLine().getOut();
            out.printf("backup written: %s (schema version %s, %d audit records)%n", written.file(),
                    written.schemaVersion(), written.auditRecords());
            out.println(written.withSecretKey() ? "secret.key is inside: keep this file as safe as the key itself"
                    : "secret.key is NOT inside: keep a copy of it apart, a restore needs it for two-step sign-in");
            out.flush();
            return 0;
        } catch (Backups.BackupException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}

/** {@code itaku restore --from FILE}: into an empty data directory, then the audit trail is verified. */
@Command(name = "restore", description = "Restore a backup into an empty data directory (--data), then verify "
        + "the audit trail. Exit code 0 when restored and intact.")
class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    Itaku root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The backup file.")
    Path backup;

    @Option(names = "--secret-key", paramLabel = "FILE", description = "The secret.key kept apart from the backup.")
    Path secretKey;

    @Option(names = "--new-secret-key", description = "Restore without the old key: every user sets up two-step "
            + "sign-in again.")
    boolean newSecretKey;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path dataDir = root.dataDir != null ? root.dataDir
                : Path.of(System.getProperty("itaku.data", System.getenv().getOrDefault("ITAKU_DATA", "./data")));
        Backups.Restored restored;
        try {
            // A key given as itaku.secret-key (ITAKU_SECRET_KEY) needs no key file in the data directory.
            boolean keyConfigured = System.getenv("ITAKU_SECRET_KEY") != null || System.getProperty("itaku.secret-key") != null;
            restored = Backups.restore(backup, dataDir.toAbsolutePath(), secretKey, newSecretKey || keyConfigured);
        } catch (Backups.BackupException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        out.printf("restored into %s (schema version %s, %d audit records at backup time)%n", dataDir.toAbsolutePath(),
                restored.schemaVersion(), restored.auditRecords());
        // Starting the application also brings an older backup up to this version's schema (Flyway).
        root.dataDir = dataDir;
        try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(root)) {
            List<Verification> results = context.getBean(AuditVerifier.class).verifyAll();
            boolean intact = results.stream().allMatch(Verification::intact);
            results.stream().filter(v -> !v.intact()).forEach(v -> err.println(v.describe()));
            long checked = results.stream().mapToLong(Verification::checked).sum();
            out.printf("audit trail %s: %d records in %d chains%n", intact ? "intact" : "BROKEN", checked, results.size());
            out.flush();
            return intact ? 0 : 1;
        }
    }
}
