package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Field accuracy on the labelled development notices in ../shared/notices (or $ITAKU_SHARED_NOTICES). A user's clone
 * has no shared/ folder: the test then skips. Exact match for dates, counts, flags and the organisation; F1 for
 * the sets. The floors are modest on purpose: they catch regressions, the printed table is the real report.
 */
class NoticeAccuracyTest {

    private static final List<String> EXACT = List.of("organization", "published", "occurred", "discovered", "persons_affected",
            "persons_is_upper_bound_or_approx", "sensitive_data", "financial_data", "vendor_involved", "ppc_reported");
    private static final List<String> SETS = List.of("incident_types", "data_items", "vendor_names");

    static Path noticesDir() {
        String env = System.getenv("ITAKU_SHARED_NOTICES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of("..", "shared", "notices").toAbsolutePath().normalize();
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldAccuracyOnTheDevelopmentSet() throws IOException {
        Path dir = noticesDir();
        Path labels = dir.resolve("labels.jsonl");
        if (!Files.isRegularFile(labels)) {
            System.out.println("NoticeAccuracyTest: skipped, no labelled notices at " + dir);
        }
        Assumptions.assumeTrue(Files.isRegularFile(labels), "no labelled notices at " + dir);

        JsonMapper json = JsonMapper.builder().build();
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        Map<String, List<Double>> stated = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int notices = 0;
        for (String line : Files.readAllLines(labels)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> label = json.readValue(line, Map.class);
            String file = (String) label.get("file");
            String text;
            try {
                text = NoticeInput.decode(Files.readAllBytes(dir.resolve(file)));
            } catch (NoticeInput.Rejected e) {
                throw new IllegalStateException(file + ": " + e.getMessage());
            }
            notices++;
            Map<String, Object> got = NoticeCommand.toMap(file, null, NoticeReader.read(text));
            for (String field : EXACT) {
                Object want = label.get(field);
                Object have = got.get(field);
                boolean ok = Objects.equals(normalise(want), normalise(have));
                scores.computeIfAbsent(field, k -> new ArrayList<>()).add(ok ? 1.0 : 0.0);
                if (want != null) {
                    stated.computeIfAbsent(field, k -> new ArrayList<>()).add(ok ? 1.0 : 0.0);
                }
                if (!ok) {
                    misses.add(file + " " + field + ": got " + have + ", labelled " + want);
                }
            }
            for (String field : SETS) {
                Set<String> want = new HashSet<>();
                for (Object v : (List<Object>) label.get(field)) {
                    if (field.equals("data_items")) {
                        want.addAll(ContentRules.codesForLabel(v.toString()));
                    } else {
                        want.add(v.toString());
                    }
                }
                Set<String> have = new HashSet<>();
                for (Object v : (List<Object>) got.get(field)) {
                    have.add(v.toString());
                }
                double f1 = f1(want, have);
                scores.computeIfAbsent(field, k -> new ArrayList<>()).add(f1);
                if (!want.isEmpty()) {
                    stated.computeIfAbsent(field, k -> new ArrayList<>()).add(f1);
                }
                if (f1 < 1.0) {
                    misses.add(file + " " + field + ": got " + have + ", labelled " + want);
                }
            }
        }

        StringBuilder table = new StringBuilder();
        table.append(String.format("%nNotice reader accuracy on %d development notices (%s)%n", notices, dir));
        table.append(String.format("%-34s %8s %14s%n", "field", "all", "where stated"));
        for (Map.Entry<String, List<Double>> e : scores.entrySet()) {
            List<Double> s = stated.getOrDefault(e.getKey(), List.of());
            table.append(String.format("%-34s %7.1f%% %8s (n=%d)%n", e.getKey(), 100 * mean(e.getValue()),
                    s.isEmpty() ? "-" : String.format("%.1f%%", 100 * mean(s)), s.size()));
        }
        table.append("(exact match for dates, counts, flags, organization; F1 for incident_types, data_items, vendor_names)\n");
        misses.forEach(m -> table.append("  miss: ").append(m).append('\n'));
        System.out.println(table);

        assertThat(notices).isGreaterThan(0);
        assertThat(mean(scores.get("published"))).isGreaterThanOrEqualTo(0.75);
        assertThat(mean(scores.get("organization"))).isGreaterThanOrEqualTo(0.6);
        assertThat(mean(scores.get("occurred"))).isGreaterThanOrEqualTo(0.6);
        assertThat(mean(scores.get("discovered"))).isGreaterThanOrEqualTo(0.6);
        assertThat(mean(scores.get("persons_affected"))).isGreaterThanOrEqualTo(0.7);
        assertThat(mean(scores.get("data_items"))).isGreaterThanOrEqualTo(0.7);
        assertThat(mean(scores.get("incident_types"))).isGreaterThanOrEqualTo(0.7);
    }

    /** Numbers from JSON may be Integer or Long; compare them as numbers. */
    private static Object normalise(Object v) {
        return v instanceof Number n ? (Object) n.longValue() : v;
    }

    static double f1(Set<String> want, Set<String> have) {
        if (want.isEmpty() && have.isEmpty()) {
            return 1.0;
        }
        Set<String> tp = new HashSet<>(want);
        tp.retainAll(have);
        double p = have.isEmpty() ? 0 : (double) tp.size() / have.size();
        double r = want.isEmpty() ? 0 : (double) tp.size() / want.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
