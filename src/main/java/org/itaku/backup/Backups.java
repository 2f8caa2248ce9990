package org.itaku.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Backups of the embedded H2 database, taken online with H2's {@code BACKUP TO} (a consistent copy while the
 * application keeps writing). The archive is a zip with {@code manifest.properties}, the database file
 * {@code itaku.mv.db} and, only when asked for, the data directory's {@code secret.key}: the key is what keeps
 * the TOTP seeds in a stolen copy of the database unreadable, so by default it is kept apart from the backups.
 *
 * <p>A PostgreSQL database is backed up with PostgreSQL's own tools ({@code pg_dump -Fc}); see
 * docs/operations.md. Because an H2 file can be open in one process only, a running server writes its own
 * backups on a schedule ({@code itaku.backup.cron} into {@code itaku.backup.directory}); the command line takes
 * one when the server is stopped.
 */
@Service
public class Backups {

    public static final String MANIFEST = "manifest.properties";
    public static final String DATABASE_FILE = "itaku.mv.db";
    public static final String KEY_FILE = "secret.key";
    static final String FORMAT = "itaku-backup-1";

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String dataDir;
    private final String configuredKey;
    private final String scheduledDirectory;
    private final int keep;

    Backups(DataSource dataSource, JdbcClient jdbc, Clock clock, @Value("${itaku.data:./data}") String dataDir,
            @Value("${itaku.secret-key:}") String configuredKey,
            @Value("${itaku.backup.directory:}") String scheduledDirectory,
            @Value("${itaku.backup.keep:14}") int keep) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.clock = clock;
        this.dataDir = dataDir;
        this.configuredKey = configuredKey;
        this.scheduledDirectory = scheduledDirectory;
        this.keep = keep;
    }

    /** What a finished backup holds. */
    public record Written(Path file, String schemaVersion, long auditRecords, boolean withSecretKey) {
    }

    /** Thrown when a backup cannot be taken here, with a message a person can act on. */
    public static class BackupException extends RuntimeException {
        public BackupException(String message) {
            super(message);
        }
    }

    /** Writes an online backup of the H2 database to {@code target} (replaced only once complete). */
    public Written backup(Path target, boolean withSecretKey) {
        String product = databaseProduct();
        if (!"H2".equalsIgnoreCase(product)) {
            throw new BackupException("the database is " + product + ": back it up with pg_dump -Fc "
                    + "(see docs/operations.md, \"Backups\"), and keep secret.key or itaku.secret-key with it");
        }
        Path absolute = target.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path h2Copy = Files.createTempFile(absolute.getParent(), ".itaku-h2-", ".zip");
            Path partial = Files.createTempFile(absolute.getParent(), ".itaku-backup-", ".part");
            try {
                Files.delete(h2Copy);
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + h2Copy.toString().replace("'", "''") + "'");
                }
                String version = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL "
                        + "ORDER BY installed_rank DESC LIMIT 1").query(String.class).optional().orElse("");
                long audit = jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
                byte[] key = withSecretKey ? secretKey() : null;
                Properties manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("created", Instant.now(clock).toString());
                manifest.setProperty("database", "h2");
                manifest.setProperty("schema-version", version);
                manifest.setProperty("audit-records", Long.toString(audit));
                manifest.setProperty("secret-key", key == null ? "not included" : "included");
                manifest.setProperty("secret-key-fingerprint", fingerprint(key == null ? secretKeyOrNull() : key));
                try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    manifest.store(zip, "Itaku backup");
                    zip.closeEntry();
                    copyDatabaseEntry(h2Copy, zip);
                    if (key != null) {
                        zip.putNextEntry(new ZipEntry(KEY_FILE));
                        zip.write(Base64Text.encode(key));
                        zip.closeEntry();
                    }
                }
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Written(absolute, version, audit, key != null);
            } finally {
                Files.deleteIfExists(h2Copy);
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the backup " + absolute, e);
        } catch (SQLException e) {
            throw new BackupException("H2 could not write the backup: " + e.getMessage());
        }
    }

    /**
     * A running server backs itself up when {@code itaku.backup.directory} is set, by default at 02:30 every day,
     * and keeps the newest {@code itaku.backup.keep} archives. The lock makes one node of a cluster do it.
     */
    @Scheduled(cron = "${itaku.backup.cron:0 30 2 * * *}")
    @SchedulerLock(name = "backup", lockAtMostFor = "PT2H")
    void scheduled() {
        if (scheduledDirectory.isBlank() || !"H2".equalsIgnoreCase(databaseProduct())) {
            return;
        }
        Path dir = Path.of(scheduledDirectory);
        String stamp = Instant.now(clock).toString().replace(":", "").replaceAll("\\.\\d+", "");
        Written written = backup(dir.resolve("itaku-" + stamp + ".zip"), false);
        log.info("backup written: {} (schema {}, {} audit records)", written.file(), written.schemaVersion(),
                written.auditRecords());
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().matches("itaku-\\d{8}T\\d{6}Z\\.zip"))
                    .sorted(java.util.Comparator.reverseOrder()).skip(Math.max(1, keep)).forEach(old -> {
                        try {
                            Files.delete(old);
                        } catch (IOException e) {
                            log.warn("could not delete the old backup {}: {}", old, e.getMessage());
                        }
                    });
        } catch (IOException e) {
            log.warn("could not list {}: {}", dir, e.getMessage());
        }
    }

    private static void copyDatabaseEntry(Path h2Zip, ZipOutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(h2Zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    out.putNextEntry(new ZipEntry(DATABASE_FILE));
                    in.transferTo(out);
                    out.closeEntry();
                    return;
                }
            }
        }
        throw new IOException("H2's backup holds no database file");
    }

    private String databaseProduct() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new BackupException("the database cannot be reached: " + e.getMessage());
        }
    }

    private byte[] secretKey() {
        byte[] key = secretKeyOrNull();
        if (key == null) {
            throw new BackupException("there is no secret key to include: " + Path.of(dataDir, KEY_FILE) + " is missing");
        }
        return key;
    }

    private byte[] secretKeyOrNull() {
        if (!configuredKey.isBlank()) {
            return java.util.Base64.getDecoder().decode(configuredKey.strip());
        }
        Path file = Path.of(dataDir, KEY_FILE);
        try {
            return Files.exists(file) ? java.util.Base64.getDecoder().decode(Files.readString(file).strip()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 16 hex digits of the key's SHA-256: enough to tell keys apart, useless to an attacker. */
    public static String fingerprint(byte[] key) {
        if (key == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a backup's manifest; refuses a file that is not an Itaku backup. */
    public static Properties manifest(Path backup) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
                    if (!FORMAT.equals(manifest.getProperty("format"))) {
                        throw new BackupException(backup + " is not an Itaku backup of a known format");
                    }
                    return manifest;
                }
            }
        } catch (IOException e) {
            throw new BackupException(backup + " cannot be read as an Itaku backup: " + e.getMessage());
        }
        throw new BackupException(backup + " is not an Itaku backup (no manifest.properties)");
    }

    /**
     * Restores a backup into {@code dataDir}, which must hold no database yet: nothing existing is overwritten.
     * The secret key comes from the backup, else from {@code keyFile}; without either the restore is refused
     * unless {@code newKey}, which means every two-step sign-in must be set up again.
     */
    public static Restored restore(Path backup, Path dataDir, Path keyFile, boolean newKey) {
        Properties manifest = manifest(backup);
        Path database = dataDir.resolve(DATABASE_FILE);
        Path key = dataDir.resolve(KEY_FILE);
        if (Files.exists(database)) {
            throw new BackupException(dataDir + " already holds a database (" + DATABASE_FILE
                    + "): restore only into an empty data directory, never over live data");
        }
        try {
            Files.createDirectories(dataDir);
            byte[] restoredKey = null;
            Path partial = dataDir.resolve(DATABASE_FILE + ".restoring");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().equals(DATABASE_FILE)) {
                        try (OutputStream out = Files.newOutputStream(partial)) {
                            in.transferTo(out);
                        }
                    } else if (entry.getName().equals(KEY_FILE)) {
                        restoredKey = java.util.Base64.getDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
                    }
                }
            }
            if (!Files.exists(partial)) {
                throw new BackupException(backup + " holds no database file");
            }
            if (restoredKey == null && keyFile != null) {
                restoredKey = java.util.Base64.getDecoder().decode(Files.readString(keyFile).strip());
            }
            if (restoredKey == null && Files.exists(key)) {
                restoredKey = java.util.Base64.getDecoder().decode(Files.readString(key).strip());
            }
            String expected = manifest.getProperty("secret-key-fingerprint", "");
            boolean keyDiffers = restoredKey != null && Files.exists(key)
                    && !fingerprint(restoredKey).equals(fingerprint(java.util.Base64.getDecoder().decode(Files.readString(key).strip())));
            if (keyDiffers || restoredKey != null && !expected.isEmpty() && !expected.equals(fingerprint(restoredKey))) {
                Files.delete(partial);
                throw new BackupException("the secret key given is not the one this backup was taken with "
                        + "(fingerprint " + fingerprint(restoredKey) + ", expected " + expected + ")");
            }
            if (restoredKey == null && !newKey && !expected.isEmpty()) {
                Files.delete(partial);
                throw new BackupException("the backup does not include secret.key: give it with --secret-key FILE, "
                        + "or restore with --new-secret-key (two-step sign-in must then be set up again)");
            }
            if (restoredKey != null && !Files.exists(key)) {
                Files.write(key, Base64Text.encode(restoredKey));
                try {
                    Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(manifest.getProperty("schema-version"), Long.parseLong(manifest.getProperty("audit-records", "0")),
                    restoredKey != null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restore into " + dataDir, e);
        }
    }

    /** What a restore put in place. */
    public record Restored(String schemaVersion, long auditRecords, boolean secretKeyRestored) {
    }

    /** The key file's text: Base64 only, as the application writes it. */
    private static final class Base64Text {
        static byte[] encode(byte[] key) {
            return java.util.Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII);
        }
    }
}
