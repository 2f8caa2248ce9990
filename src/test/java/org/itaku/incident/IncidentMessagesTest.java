package org.itaku.incident;

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
import org.itaku.vocabulary.Discoverer;

/** Every message the incident pages use exists in Japanese and in English, and the two bundles match. */
class IncidentMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = IncidentMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryStaticKeyOfTheTemplatesExists() throws IOException {
        Properties ja = load("incident.properties");
        Properties en = load("incident_en.properties");
        assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));

        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{(incident\\.[A-Za-z0-9_.]+)[}(]");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/incident"))) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(ja.stringPropertyNames()).containsAll(used);
        // Dynamic keys: every status, discoverer, indicator and kind has its label.
        for (IncidentStatus s : IncidentStatus.values()) {
            assertThat(ja).containsKey("incident.status." + s);
        }
        for (Discoverer d : Discoverer.values()) {
            assertThat(ja).containsKey("incident.discoverer." + d);
        }
        for (LeakIndicator i : LeakIndicator.values()) {
            assertThat(ja).containsKey("incident.indicator." + i);
        }
        for (DutyStatus d : DutyStatus.values()) {
            assertThat(ja).containsKey("incident.duty." + d);
        }
        for (String k : new String[] {"leak", "leak_possible", "loss", "loss_possible", "damage", "damage_possible"}) {
            assertThat(ja).containsKey("incident.kind." + k);
        }
    }
}
