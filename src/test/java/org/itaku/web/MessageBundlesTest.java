package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The UI is Japanese by default with an English switch: every bundle has an English twin with the same keys, and
 * every message key a template names literally exists.
 */
class MessageBundlesTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path ja : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                Path en = ja.resolveSibling(ja.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English twin of " + ja.getFileName()).exists();
                assertThat(new TreeSet<>(load(en).stringPropertyNames())).as(en.getFileName().toString())
                        .isEqualTo(new TreeSet<>(load(ja).stringPropertyNames()));
            }
        }
    }

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path ja : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
                known.addAll(load(ja).stringPropertyNames());
            }
        }
        // #{some.key} or #{some.key(args)}: a literal key; #{'prefix.' + ${x}} is dynamic and not checked here.
        Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
