package org.itaku.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default wording, pinned. Each demo document's text is compared, whitespace normalised, with a file
 * under src/test/resources/document/golden/. After a deliberate wording change, regenerate with
 * {@code -Ditaku.golden.update=true} and review the diff like any other change.
 */
class DocumentGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/document/golden");

    private final Documents documents = new Documents(DocumentSettings.defaults());

    @Test
    void defaultTemplatesMatchTheGoldenFiles() throws IOException {
        boolean update = Boolean.getBoolean("itaku.golden.update");
        List<String> checked = new ArrayList<>();
        for (DateStyle style : DateStyle.values()) {
            for (DocumentRequest request : DocumentDemo.requests(style)) {
                String name = documents.fileName(request, Format.TEXT).replace(".txt", "")
                        + (style == DateStyle.SEIREKI ? "-seireki" : "") + ".txt";
                Path file = GOLDEN.resolve(name);
                String actual = documents.text(request);
                if (update) {
                    Files.createDirectories(GOLDEN);
                    Files.writeString(file, actual, StandardCharsets.UTF_8);
                }
                assertThat(file).as("golden file " + name + " (run with -Ditaku.golden.update=true to create)").exists();
                assertThat(normalise(actual)).as(name).isEqualTo(normalise(Files.readString(file, StandardCharsets.UTF_8)));
                checked.add(name);
            }
        }
        assertThat(checked).hasSize(18).doesNotHaveDuplicates();
    }

    /** Runs of whitespace (including the ideographic space at line ends) become one space; ends are trimmed. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\s+", " ").strip();
    }
}
