package org.itaku.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.itaku.identity.Signatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The head of each chain, sealed outside the database: one small file per chain under the data directory
 * ({@code audit/chain-<id>.checkpoint}) holding the last sequence number and hash this node committed, signed
 * with the installation's secret key. Someone who can rewrite the database (delete the last records and rewind
 * the head, or recompute a whole chain) cannot rewrite a checkpoint that still verifies, so verification finds it.
 * <p>
 * Written after each commit; a checkpoint only moves forward, so callbacks that finish out of order never rewind
 * it. On a cluster each node seals what it appended: a checkpoint says "the chain reached at least this record".
 * After deliberately restoring an older database backup, move the {@code audit} directory aside.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);
    static final String PURPOSE = "audit-checkpoint";

    /** A sealed head; {@code genuine} is false when the signature does not verify (the file was edited). */
    record Checkpoint(long chain, long seq, String hash, boolean genuine) {
    }

    private final Signatures signatures;
    private final Path directory;

    AuditCheckpoints(Signatures signatures,
            @Value("${itaku.audit.checkpoint-dir:${itaku.data:./data}/audit}") String directory) {
        this.signatures = signatures;
        this.directory = Path.of(directory);
    }

    /** What one chain's checkpoint is asked to reach, and whether a thread is writing its file now. */
    private static final class Pending {
        long seq = -1;
        String hash;
        boolean writing;
    }

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

    /**
     * Moves the chain's checkpoint forward to this record; never backward. Failing to write only alerts.
     * <p>
     * Appends that commit together do not queue for the file: while one thread writes a chain's checkpoint, the others
     * leave their record with it and return, and it writes the newest it was handed before it lets go (a load run
     * measured 17 ms per write request waiting on one lock for a file that the next commit rewrites anyway). The file
     * thus always ends at the newest committed record; a caller whose record was handed over may return a moment before
     * it is sealed, as every caller returns a moment after its commit.
     */
    void advance(long chain, long seq, String hash) {
        Pending p = pending.computeIfAbsent(chain, c -> new Pending());
        synchronized (p) {
            if (seq <= p.seq) {
                return; // a later record is already being sealed
            }
            p.seq = seq;
            p.hash = hash;
            if (p.writing) {
                return;
            }
            p.writing = true;
        }
        long written = -1;
        try {
            while (true) {
                long toSeq;
                String toHash;
                synchronized (p) {
                    if (p.seq <= written) {
                        p.writing = false;
                        return;
                    }
                    toSeq = p.seq;
                    toHash = p.hash;
                }
                write(chain, toSeq, toHash);
                written = toSeq;
            }
        } catch (RuntimeException | Error e) {
            synchronized (p) {
                p.writing = false;
            }
            throw e;
        }
    }

    /** Writes the chain's checkpoint file unless it already names this record or a later one. */
    private synchronized void write(long chain, long seq, String hash) {
        Optional<Checkpoint> current = read(chain);
        if (current.isPresent() && current.get().genuine() && current.get().seq() >= seq) {
            return;
        }
        String body = chain + " " + seq + " " + hash;
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                ownerOnly(directory, "rwx------");
            }
            Path temp = Files.createTempFile(directory, "chain-" + chain, ".tmp");
            ownerOnly(temp, "rw-------");
            Files.writeString(temp, body + " " + signatures.sign(PURPOSE, body) + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file(chain), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.error("AUDIT ALERT: cannot write the checkpoint of audit chain {} under {}: {}", chain, directory, e.toString());
        }
    }

    Optional<Checkpoint> read(long chain) {
        Path file = file(chain);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
            if (parts.length != 4 || Long.parseLong(parts[0]) != chain) {
                return Optional.of(new Checkpoint(chain, -1, "", false));
            }
            String body = parts[0] + " " + parts[1] + " " + parts[2];
            return Optional.of(new Checkpoint(chain, Long.parseLong(parts[1]), parts[2],
                    signatures.verify(PURPOSE, body, parts[3])));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(new Checkpoint(chain, -1, "", false));
        }
    }

    private Path file(long chain) {
        return directory.resolve("chain-" + chain + ".checkpoint");
    }

    private static void ownerOnly(Path path, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException notPosix) {
            // the data directory's own protection applies
        }
    }
}
