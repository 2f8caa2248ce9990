package org.itaku.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The application never updates or deletes audit records: no statement in the main sources does. */
class AuditAppendOnlyTest {

    static final Pattern CHANGES_RECORDS = Pattern.compile(
            "(?is)(UPDATE\\s+audit_record\\b|DELETE\\s+FROM\\s+audit_record\\b|TRUNCATE\\s+(TABLE\\s+)?audit_record\\b"
                    + "|DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?audit_record\\b)");

    @Test
    void noMainSourceChangesOrRemovesAuditRecords() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .filter(p -> CHANGES_RECORDS.matcher(read(p)).find())
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void thePatternIsNotVacuous() {
        assertThat(CHANGES_RECORDS.matcher("jdbc.sql(\"update  audit_record set hash = ?\")").find()).isTrue();
        assertThat(CHANGES_RECORDS.matcher("DELETE FROM audit_record WHERE id = 1").find()).isTrue();
        assertThat(CHANGES_RECORDS.matcher("UPDATE audit_chain SET last_seq = ?").find()).isFalse();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
