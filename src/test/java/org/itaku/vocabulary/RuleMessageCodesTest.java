package org.itaku.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The domain code of every module speaks in message codes, never in text (issue 16): no 「日本語 / English」 literal
 * anywhere in the main code, no exception built from a Japanese literal in a module's domain package, and every code a
 * module raises through a {@link RuleViolation} has its Japanese and English text in that module's own bundle
 * ({@code messages/<module>.properties} and {@code messages/<module>_en.properties}).
 */
class RuleMessageCodesTest {

    static final Path MAIN = Path.of("src/main/java/org/itaku");
    static final Path MESSAGES = Path.of("src/main/resources/messages");

    /** A string literal with Japanese, " / ", then English: the old way of speaking both languages at once. */
    static final Pattern BILINGUAL = Pattern.compile(
            "\"[^\"\\n]*[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}][^\"\\n]* / [^\"\\n]*\"");
    /** English, " / ", then Japanese, in an exception or a refusal: the same, the other way round. */
    static final Pattern BILINGUAL_EN_FIRST = Pattern.compile(
            "(?:Exception\\(|required\\(|put\\().*\"[^\"\\n]*[A-Za-z][^\"\\n]* / [^\"\\n]*[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}][^\"\\n]*\"");
    /** A refused state of an assessment: its reason is the end of an {@code assessment.state.} key. */
    static final Pattern STATE = Pattern.compile("new AssessmentStateException\\(\"([a-z-]+)\"\\)");
    /** A module's exception handing its code to its base class. */
    static final Pattern SUPER = Pattern.compile("super\\(\\s*\"([a-z]\\w*(?:\\.\\w+)+)\"");
    /** A key named directly for a resolvable built in a controller. */
    static final Pattern KEY_ARRAY = Pattern.compile("new String\\[\\] \\{\"([a-z]\\w*(?:\\.[\\w-]+)+)\"\\}");
    /** An exception built from a literal that holds Japanese. */
    static final Pattern JAPANESE_EXCEPTION = Pattern.compile(
            "new \\w*Exception\\(\\s*\"[^\"\\n]*[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]");
    /** A word given by its key as a parameter: {@code field("incident.field.title")}. */
    static final Pattern FIELD = Pattern.compile("\\bfield\\(\\s*\"([a-z]\\w*(?:\\.\\w+)+)\"\\s*\\)");
    /** The label key handed to a required-text check, which names it in the refusal. */
    static final Pattern LABEL = Pattern.compile("Texts\\.required\\([^;]*?\"([a-z]\\w*(?:\\.\\w+)+)\"");

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    static String module(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return p;
    }

    /** Every class of the application that is a rule violation: the names a code may follow in {@code new X("…")}. */
    static Set<String> violationTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RuleViolation.class));
        return scanner.findCandidateComponents("org.itaku").stream()
                .map(d -> d.getBeanClassName().substring(d.getBeanClassName().lastIndexOf('.') + 1))
                .map(n -> n.substring(n.lastIndexOf('$') + 1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noBilingualLiteralAnywhereAndNoJapaneseExceptionMessageInTheDomain() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String module = module(file);
            boolean domain = !MAIN.relativize(file).toString().contains("/web/") && !module.equals("cli");
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                // Comments, and the console of the first start and the demo, which greets an operator before any
                // language is chosen and says it in both.
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*") || line.contains("println(")) {
                    continue;
                }
                if (BILINGUAL.matcher(line).find() || BILINGUAL_EN_FIRST.matcher(line).find()
                        || domain && JAPANESE_EXCEPTION.matcher(line).find()) {
                    found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(found).as("raise the module's RuleViolation with a code of messages/<module>*.properties").isEmpty();
    }

    @Test
    void theChecksRecogniseWhatTheyForbidAndWhatTheyRead() {
        assertThat(BILINGUAL.matcher("throw new X(\"承認者が必要です / an approver is required\");").find()).isTrue();
        assertThat(BILINGUAL.matcher("errors.add(line + \" 行目: 読めません / row \" + line);").find()).isTrue();
        assertThat(JAPANESE_EXCEPTION.matcher("throw new IllegalArgumentException(\"判明日は必須です\");").find()).isTrue();
        assertThat(BILINGUAL.matcher("KINDS.put(\"民間事業者\", OperatorKind.PRIVATE);").find()).isFalse();
        assertThat(BILINGUAL.matcher("int n = a / b; String s = \"件\";").find()).isFalse();
        assertThat(BILINGUAL_EN_FIRST.matcher("throw new IllegalArgumentException(\"no such question / 該当する質問がありません\");")
                .find()).isTrue();
        assertThat(BILINGUAL_EN_FIRST.matcher("out.println(\"Demo loaded / デモデータを読み込みました\");").find()).isFalse();
        Matcher m = code(Set.of("IncidentRuleException")).matcher("throw new IncidentRuleException(\"incident.rule.persons\");");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("incident.rule.persons");
    }

    static Pattern code(Set<String> types) {
        return Pattern.compile("new (?:" + String.join("|", types) + ")\\(\\s*\"([a-z]\\w*(?:\\.\\w+)+)\"");
    }

    @Test
    void everyCodeAModuleRaisesHasJapaneseAndEnglishTextInItsOwnBundle() throws IOException {
        Set<String> types = violationTypes();
        assertThat(types).contains("RegisterRuleException", "IncidentRuleException", "IllegalTransitionException",
                "IncidentNotFoundException");
        Pattern code = code(types);
        Map<String, Set<String>> byModule = new TreeMap<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            Set<String> codes = byModule.computeIfAbsent(module(file), k -> new TreeSet<>());
            for (Pattern p : List.of(code, FIELD, LABEL, KEY_ARRAY, SUPER)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
            Matcher state = STATE.matcher(text);
            while (state.find()) {
                codes.add("assessment.state." + state.group(1));
            }
        }
        // Codes built at run time: the statuses named in a refused transition, and what was not found.
        for (String what : List.of("incident", "party", "obligation", "task", "holding")) {
            byModule.get("incident").add(new org.itaku.incident.IncidentNotFoundException(what, 1).code());
        }
        for (org.itaku.incident.IncidentStatus s : org.itaku.incident.IncidentStatus.values()) {
            byModule.get("incident").add("incident.status." + s.name());
        }
        for (org.itaku.incident.DutyStatus s : org.itaku.incident.DutyStatus.values()) {
            byModule.get("incident").add("incident.duty." + s.name());
        }
        // Far fewer than this means the scan has stopped seeing the codes.
        assertThat(byModule.get("incident")).as("codes found in the incident module").hasSizeGreaterThan(50);
        assertThat(byModule.get("assessment")).as("codes found in the assessment module").hasSizeGreaterThan(35)
                .contains("assessment.state.overdue", "assessment.rule.file.kind", "assessment.respond.error.missingField");
        assertThat(byModule.get("vocabulary")).contains("vocabulary.persons.negative", "vocabulary.csv.unmappable");
        assertThat(byModule.get("document")).contains("document.edit.empty", "document.edit.body");
        List<String> missing = new ArrayList<>();
        for (var e : byModule.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Properties ja = load(MESSAGES.resolve(e.getKey() + ".properties"));
            Properties en = load(MESSAGES.resolve(e.getKey() + "_en.properties"));
            for (String c : e.getValue()) {
                if (ja.getProperty(c) == null || ja.getProperty(c).isBlank()) {
                    missing.add(e.getKey() + " (ja): " + c);
                }
                if (en.getProperty(c) == null || en.getProperty(c).isBlank()) {
                    missing.add(e.getKey() + " (en): " + c);
                }
            }
        }
        assertThat(missing).as("codes without text in their module's bundle").isEmpty();
    }
}
