package org.itaku;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The data directory holds the database file, the secret key, TLS keys and the sealed audit checkpoints: only
 * the account that runs Itaku may read it. The directory and its subdirectories are made 0700 and every file in
 * them 0600 once the application has started (H2 creates {@code itaku.mv.db} with the process umask, often 0644;
 * issue 10, finding 6), and again by {@code tls init} after it writes the key store and its password.
 * On a file system without POSIX permissions nothing is changed.
 */
@Component
public class DataDirectory {

    private final Path directory;

    DataDirectory(@Value("${itaku.data:./data}") String directory) {
        this.directory = Path.of(directory);
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrictOnStart() {
        restrict(directory);
    }

    /** Makes each of these files, where it exists, 0600. */
    public static void ownerOnly(Path... files) {
        for (Path file : files) {
            if (Files.isRegularFile(file)) {
                restrict(file);
            }
        }
    }

    /** Makes {@code root} (a directory or a file) and every directory below it 0700 and every file 0600. */
    public static void restrict(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwx------" : "rw-------"));
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows and the like: the directory's access control list applies
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions of the data directory " + root, e);
        }
    }
}
