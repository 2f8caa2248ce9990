package org.itaku.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

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

    /** Moves the chain's checkpoint forward to this record; never backward. Failing to write only alerts. */
    synchronized void advance(long chain, long seq, String hash) {
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
