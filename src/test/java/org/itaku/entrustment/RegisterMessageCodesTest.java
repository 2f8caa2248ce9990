package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The register's domain code speaks in message codes, never in text: no 「日本語 / English」 literal and no Japanese
 * exception message comes back into {@code org.itaku.entrustment} (outside its web package), and every code the
 * module raises has its text in both the Japanese and the English entrustment bundle.
 */
class RegisterMessageCodesTest {

    static final Path MODULE = Path.of("src/main/java/org/itaku/entrustment");
    static final Path CLI = Path.of("src/main/java/org/itaku/cli/RegisterCommand.java");
    static final Path BUNDLE = Path.of("src/main/resources/messages/entrustment.properties");
    static final Path BUNDLE_EN = Path.of("src/main/resources/messages/entrustment_en.properties");

    /** A string literal with Japanese, " / ", then English: the old way of speaking both languages at once. */
    static final Pattern BILINGUAL = Pattern.compile("\"[^\"\\n]*[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}][^\"\\n]* / [A-Za-z][^\"\\n]*\"");
    /** An exception built from a literal that holds Japanese. */
    static final Pattern JAPANESE_EXCEPTION = Pattern.compile(
            "new \\w*Exception\\(\\s*\"[^\"\\n]*[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]");
    /** Where a code is raised or rendered: the literal that follows is a message key. */
    static final Pattern CODE = Pattern.compile("(?:RegisterRuleException\\(|field\\(|required\\([^,()]+, |\\berror\\(\\w+, |addError\\([^\\n;]*?, "
            + "|ImportError\\([^\\n;]*?, |\\btext\\(|super\\(|getMessage\\()\"([a-z]\\w*(?:\\.\\w+)+)\"");

    static List<Path> sources(boolean withWeb) throws IOException {
        try (Stream<Path> files = Files.walk(MODULE)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> withWeb || !MODULE.relativize(f).startsWith("web")).sorted().toList();
        }
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void domainCodeHoldsNoBilingualTextAndNoJapaneseExceptionMessage() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources(false)) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
                    continue;
                }
                if (BILINGUAL.matcher(line).find() || JAPANESE_EXCEPTION.matcher(line).find()) {
                    found.add(MODULE.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("raise a RegisterRuleException or an ImportError with a code of messages/entrustment*.properties")
                .isEmpty();
    }

    @Test
    void theChecksRecogniseWhatTheyForbid() {
        assertThat(BILINGUAL.matcher("throw new X(\"名称は必須です / name is required\");").find()).isTrue();
        assertThat(JAPANESE_EXCEPTION.matcher("throw new IllegalArgumentException(\"名称は必須です\");").find()).isTrue();
        assertThat(BILINGUAL.matcher("KINDS.put(\"民間事業者\", OperatorKind.PRIVATE);").find()).isFalse();
        Matcher m = CODE.matcher("row.error(KEY, \"import.duplicateKey\", key);");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("import.duplicateKey");
    }

    @Test
    void everyCodeTheModuleRaisesHasJapaneseAndEnglishText() throws IOException {
        Set<String> codes = new TreeSet<>();
        List<Path> files = new ArrayList<>(sources(true));
        files.add(CLI);
        for (Path file : files) {
            Matcher m = CODE.matcher(Files.readString(file));
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        // The import's ~35 error codes and the records' refusals: far fewer means the scan has stopped seeing them.
        assertThat(codes).as("codes found in the module").hasSizeGreaterThan(45)
                .contains("import.wrongHeader", "import.more", "register.cycle", "register.required", "operator.name");
        // Codes built from an enum: every watch-list finding's detail.
        for (WatchList.Kind kind : WatchList.Kind.values()) {
            codes.add(new WatchList.Item(kind, "x", "/", java.time.LocalDate.of(2025, 4, 1), 1L).detailCode());
        }
        codes.add(new WatchList.Item(WatchList.Kind.REVIEW_OVERDUE, "x", "/", null, null).detailCode());
        Properties ja = load(BUNDLE);
        Properties en = load(BUNDLE_EN);
        assertThat(codes.stream().filter(c -> ja.getProperty(c) == null || ja.getProperty(c).isBlank()).toList())
                .as("codes without Japanese text in " + BUNDLE).isEmpty();
        assertThat(codes.stream().filter(c -> en.getProperty(c) == null || en.getProperty(c).isBlank()).toList())
                .as("codes without English text in " + BUNDLE_EN).isEmpty();
    }
}
