package org.itaku.casebook;

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

import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the reader against a folder of notices and a labels.jsonl in the development set's schema: exact match for
 * dates, counts, flags and the organisation, F1 for the sets. Used by the accuracy tests on the development set and on
 * the project's own invented notices.
 */
final class NoticeScoring {

    static final List<String> EXACT = List.of("organization", "published", "occurred", "discovered", "persons_affected",
            "persons_is_upper_bound_or_approx", "sensitive_data", "financial_data", "vendor_involved", "ppc_reported");
    static final List<String> SETS = List.of("incident_types", "data_items", "vendor_names");
    static final List<String> DATES = List.of("published", "occurred", "discovered");

    /** Per field: the score of every notice, and the scores of the notices whose label states a value. */
    record Report(int notices, Map<String, List<Double>> all, Map<String, List<Double>> stated, List<String> misses) {

        double mean(String field) {
            return NoticeScoring.mean(all.getOrDefault(field, List.of()));
        }

        double statedMean(String field) {
            return NoticeScoring.mean(stated.getOrDefault(field, List.of()));
        }

        /** Accuracy over every stated date of the three date fields together. */
        double statedDates() {
            List<Double> pooled = new ArrayList<>();
            DATES.forEach(f -> pooled.addAll(stated.getOrDefault(f, List.of())));
            return NoticeScoring.mean(pooled);
        }

        String table(String title) {
            return table(title, true);
        }

        /** The table; {@code withMisses} false leaves out what was expected (held-out notices are only scored). */
        String table(String title, boolean withMisses) {
            StringBuilder t = new StringBuilder();
            t.append(String.format("%nNotice reader accuracy on %d %s%n", notices, title));
            t.append(String.format("%-34s %8s %14s%n", "field", "all", "where stated"));
            for (Map.Entry<String, List<Double>> e : all.entrySet()) {
                List<Double> s = stated.getOrDefault(e.getKey(), List.of());
                t.append(String.format("%-34s %7.1f%% %8s (n=%d)%n", e.getKey(), 100 * NoticeScoring.mean(e.getValue()),
                        s.isEmpty() ? "-" : String.format("%.1f%%", 100 * NoticeScoring.mean(s)), s.size()));
            }
            t.append(String.format("%-34s %8s %7.1f%%%n", "stated dates (pooled)", "", 100 * statedDates()));
            t.append("(exact match for dates, counts, flags, organization; F1 for incident_types, data_items, vendor_names)\n");
            if (withMisses) {
                misses.forEach(m -> t.append("  miss: ").append(m).append('\n'));
            }
            return t.toString();
        }
    }

    private NoticeScoring() {
    }

    static Report score(Path dir) throws IOException {
        return score(dir, file -> true);
    }

    /** Scores only the labelled files {@code include} accepts (a held-out part of a set). */
    @SuppressWarnings("unchecked")
    static Report score(Path dir, java.util.function.Predicate<String> include) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        Map<String, List<Double>> stated = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int notices = 0;
        for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> label = json.readValue(line, Map.class);
            String file = (String) label.get("file");
            if (!include.test(file)) {
                continue;
            }
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
                boolean ok = field.equals("organization") ? sameOrganization(want, have)
                        : Objects.equals(normalise(want), normalise(have));
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
        return new Report(notices, scores, stated, misses);
    }

    /**
     * The label may name a department in brackets, 「A市(B課/C課)」: the name is right with or without it, as A市,
     * A市(B課/C課) or A市B課 (the labels' convention).
     */
    static boolean sameOrganization(Object want, Object have) {
        if (want == null || have == null) {
            return want == have;
        }
        String w = want.toString().replace(" ", "").replace('（', '(').replace('）', ')');
        String h = have.toString().replace(" ", "").replace('（', '(').replace('）', ')');
        if (w.equals(h)) {
            return true;
        }
        int open = w.indexOf('(');
        if (open < 0 || !w.endsWith(")")) {
            return false;
        }
        String base = w.substring(0, open);
        if (h.equals(base)) {
            return true;
        }
        for (String department : w.substring(open + 1, w.length() - 1).split("/")) {
            if (h.equals(base + department) || h.equals(department)) {
                return true;
            }
        }
        return false;
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

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
