package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link Prefilter} may only skip work: over every pattern the reader's rules hold and every line and whole text of
 * the invented notices, it finds exactly the matches {@link Matcher#find()} finds.
 */
class PrefilterTest {

    @Test
    void startCharactersOfTheRegexShapesTheRulesUse() {
        assertThat(starts("誤(送信|送付)|(宛先|アドレス)が")).isEqualTo("ア宛誤");
        // An optional element adds the next one's; lookarounds and anchors take no character.
        assertThat(starts("(?<!不正)(第?[0-9０-９]報)")).isEqualTo("0123456789第０１２３４５６７８９");
        assertThat(starts("^\\s*【")).isEqualTo("\t\n\u000B\f\r 【");
        assertThat(starts("\\d{1,2}日")).isEqualTo("0123456789");
        assertThat(starts("[\\u3000、]?件")).isEqualTo("\u3000、件");
        // A script: its characters, and the high surrogates that begin its characters beyond the basic plane.
        assertThat(starts("(\\p{IsHan}{1,4}を)?委託")).contains("架", "空", "委", "\uD840").doesNotContain("あ", "ア", "1");
        assertThat(starts("\\p{IsAlphabetic}市")).isNull(); // a property, not a script
        // Anything may begin these: a negated class, a property, a dot, or a pattern that can match nothing.
        assertThat(starts("[^。]{0,6}を")).isNull();
        assertThat(starts(".*市")).isNull();
        assertThat(starts("(市|町)?")).isNull();
        assertThat(starts("(?i)abc")).isNull();
    }

    @Test
    void findsWhatTheRegexEngineFindsForEveryRulePattern() throws Exception {
        List<Pattern> patterns = rulePatterns();
        List<String> texts = texts();
        long known = patterns.stream().filter(p -> Prefilter.of(p).starts() != null).count();
        // The scan has to reach the patterns it was built for, or this test would prove nothing.
        assertThat(known).as("patterns with known start characters, of %d", patterns.size()).isGreaterThan(patterns.size() / 3);
        long compared = 0;
        for (Pattern p : patterns) {
            for (String t : texts) {
                assertThat(Prefilter.find(p, t)).as("%s in %s", p, t).isEqualTo(p.matcher(t).find());
                assertThat(allMatches(p, t, true)).as("%s in %s", p, t).isEqualTo(allMatches(p, t, false));
                assertThat(windowMatches(p, t, true)).as("%s in the middle of %s", p, t).isEqualTo(windowMatches(p, t, false));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    private static String starts(String regex) {
        Prefilter.StartChars s = Prefilter.StartChars.of(regex);
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (s.contains(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> allMatches(Pattern p, String text, boolean prefiltered) {
        List<String> out = new ArrayList<>();
        if (prefiltered) {
            Prefilter.Scan m = Prefilter.scan(p, text);
            while (m.find() && out.size() <= 200) {
                out.add(m.start() + "-" + m.end() + ":" + m.group());
            }
        } else {
            Matcher m = p.matcher(text);
            while (m.find() && out.size() <= 200) {
                out.add(m.start() + "-" + m.end() + ":" + m.group());
            }
        }
        return out;
    }

    /** The matches inside the middle half of the text, whose lookbehinds and lookaheads see the rest of it. */
    private static List<String> windowMatches(Pattern p, String text, boolean prefiltered) {
        int from = text.length() / 4;
        int to = text.length() - from;
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
        int next = from;
        while ((prefiltered ? Prefilter.next(m, text, next, to) : m.find()) && out.size() <= 200) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
            next = Math.max(m.end(), m.start() + 1);
        }
        return out;
    }

    /** Every regular expression the rule classes keep in a static field or a static map. */
    private static List<Pattern> rulePatterns() throws ReflectiveOperationException {
        List<Pattern> out = new ArrayList<>();
        for (Class<?> c : List.of(DateRules.class, DateMentions.class, OrganizationRules.class, PersonCountRules.class,
                ContentRules.class, NoticeText.class, NoticeReader.class, JapaneseNumbers.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(null);
                if (v instanceof Pattern p) {
                    out.add(p);
                } else if (v instanceof Map<?, ?> map) {
                    map.values().stream().filter(Pattern.class::isInstance).map(Pattern.class::cast).forEach(out::add);
                } else if (v instanceof List<?> list) {
                    for (Object e : list) { // the glossary's item words and the causes: records holding a pattern
                        if (e instanceof Record r) {
                            for (var component : r.getClass().getRecordComponents()) {
                                component.getAccessor().setAccessible(true);
                                if (component.getAccessor().invoke(r) instanceof Pattern p) {
                                    out.add(p);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The invented notices, whole and line by line. */
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "resources", "casebook"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("sjis")).sorted().toList()) {
                String text = NoticeText.normalise(Files.readString(f));
                out.add(text);
                for (String line : text.split("\n")) {
                    if (!line.isBlank()) {
                        out.add(line);
                    }
                }
            }
        }
        return out;
    }
}
