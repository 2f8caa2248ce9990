package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every document the code cites ships with the repository: "docs/glossary.md" must be a file under docs/, and a bare
 * "appi-rules.md §7" means the file in docs/ too. A newcomer who clones the project can follow every citation.
 */
class DocsCitationsTest {

    private static final Pattern CITED = Pattern.compile("(?<![\\w/.-])((?:docs/)?[\\w./-]*[\\w-]\\.md)\\b");
    private static final List<Path> SOURCES = List.of(Path.of("src/main"), Path.of("src/test"));

    @Test
    void everyCitedDocumentExists() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(DocsCitationsTest::isText).forEach(file -> {
                    for (String name : citations(file)) {
                        cited.add(name);
                        Path doc = name.startsWith("docs/") ? Path.of(name) : Path.of("docs").resolve(name);
                        if (!Files.isRegularFile(doc)) {
                            missing.add(file + " cites " + name);
                        }
                    }
                });
            }
        }
        assertThat(cited).as("the scan finds the citations the code is known to make")
                .contains("docs/glossary.md", "appi-rules.md", "architecture.md");
        assertThat(missing).isEmpty();
    }

    @Test
    void theScanReadsBothForms() {
        Matcher m = CITED.matcher("see docs/glossary.md and appi-rules.md §8.2");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertThat(found).containsExactly("docs/glossary.md", "appi-rules.md");
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".properties") || name.endsWith(".html") || name.endsWith(".tsv")
                || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".txt") || name.endsWith(".sql");
    }

    private static List<String> citations(Path file) {
        try {
            List<String> out = new ArrayList<>();
            Matcher m = CITED.matcher(Files.readString(file));
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (CharacterCodingException e) {
            // A Shift_JIS or binary fixture is not a place where the code cites documents.
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
