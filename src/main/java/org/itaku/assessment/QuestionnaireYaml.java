package org.itaku.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a questionnaire written in YAML (see {@code assessment/questionnaires/itaku-vendor.yaml} for the format).
 * Only plain maps, lists and scalars are accepted (no YAML tags, no object construction), the document size is
 * capped, and every mistake is reported with the question it is in.
 */
final class QuestionnaireYaml {

    static final int MAX_CHARS = 200_000;

    private QuestionnaireYaml() {
    }

    static Questionnaire parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new IllegalArgumentException("the questionnaire is empty");
        }
        if (yaml.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the questionnaire is longer than " + MAX_CHARS + " characters");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_CHARS * 4);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("the questionnaire is not valid YAML: " + firstLine(e.getMessage()));
        }
        Map<String, Object> doc = map(root, "the questionnaire");
        List<Questionnaire.Section> sections = new ArrayList<>();
        for (Object s : list(doc.get("sections"), "sections")) {
            Map<String, Object> m = map(s, "a section");
            sections.add(new Questionnaire.Section(string(m, "id", true), string(m, "title_ja", true), string(m, "title_en", false)));
        }
        List<Question> questions = new ArrayList<>();
        for (Object q : list(doc.get("questions"), "questions")) {
            questions.add(question(map(q, "a question")));
        }
        return new Questionnaire(string(doc, "code", true), integer(doc, "version", 1), string(doc, "title_ja", true),
                string(doc, "title_en", false), integer(doc, "pass_mark", 70), sections, questions);
    }

    private static Question question(Map<String, Object> m) {
        String id = string(m, "id", true);
        try {
            AnswerType type = AnswerType.ofCode(string(m, "type", true));
            Map<String, Integer> points = new LinkedHashMap<>();
            if (m.get("points") != null) {
                map(m.get("points"), "points").forEach((k, v) -> points.put(k, toInt(v, "points." + k)));
            }
            List<Question.Band> bands = new ArrayList<>();
            for (Object b : list(m.get("bands"), "bands")) {
                Map<String, Object> band = map(b, "a band");
                bands.add(new Question.Band(decimal(band.get("max")), decimal(band.get("min")), toInt(band.get("points"), "points")));
            }
            List<Question.Option> options = new ArrayList<>();
            for (Object o : list(m.get("options"), "options")) {
                Map<String, Object> option = map(o, "an option");
                options.add(new Question.Option(string(option, "value", true), string(option, "ja", true),
                        string(option, "en", false) == null ? string(option, "ja", true) : string(option, "en", false),
                        toInt(option.get("points"), "points")));
            }
            Question.Condition condition = null;
            if (m.get("depends_on") != null) {
                Map<String, Object> c = map(m.get("depends_on"), "depends_on");
                condition = new Question.Condition(string(c, "question", true), strings(c.get("answers"), "answers"));
            }
            Question.RegisterCheck check = null;
            if (m.get("register_check") != null) {
                Map<String, Object> c = map(m.get("register_check"), "register_check");
                check = new Question.RegisterCheck(RegisterFact.ofCode(string(c, "fact", true)),
                        strings(c.get("contradicted_by"), "contradicted_by"));
            }
            Question.Refs refs = Question.Refs.NONE;
            if (m.get("refs") != null) {
                Map<String, Object> r = map(m.get("refs"), "refs");
                refs = new Question.Refs(List.copyOf(strings(r.get("ppc"), "ppc")),
                        strings(r.get("ipa"), "ipa").stream().map(n -> toInt(n, "ipa")).toList(),
                        List.copyOf(strings(r.get("cis"), "cis")), List.copyOf(strings(r.get("nist"), "nist")));
            }
            return new Question(id, string(m, "section", true), string(m, "ja", true), string(m, "en", false), type,
                    points, bands, options, string(m, "unit", false), integer(m, "weight", 1), bool(m, "critical"),
                    bool(m, "na"), bool(m, "evidence"), condition, check, refs);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(message.startsWith("question ") ? message : "question " + id + ": " + message);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(what + " must be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<Object, Object>) m).forEach((k, v) -> out.put(scalar(k), v));
        return out;
    }

    private static List<?> list(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException(what + " must be a list");
        }
        return l;
    }

    private static Set<String> strings(Object value, String what) {
        Set<String> out = new LinkedHashSet<>();
        for (Object o : list(value, what)) {
            out.add(scalar(o));
        }
        return out;
    }

    /** YAML 1.1 reads a bare yes / no as a boolean; in a questionnaire they are answers. */
    private static String scalar(Object o) {
        if (o instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        return String.valueOf(o);
    }

    private static String string(Map<String, Object> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            if (required) {
                throw new IllegalArgumentException("'" + key + "' is required");
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw new IllegalArgumentException("'" + key + "' must be text");
        }
        return String.valueOf(v).strip();
    }

    private static int integer(Map<String, Object> m, String key, int otherwise) {
        return m.get(key) == null ? otherwise : toInt(m.get(key), key);
    }

    private static int toInt(Object v, String what) {
        if (v instanceof Integer i) {
            return i;
        }
        try {
            return Integer.parseInt(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + what + "' must be a whole number, not " + v);
        }
    }

    private static BigDecimal decimal(Object v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(String.valueOf(v).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a band bound must be a number, not " + v);
        }
    }

    private static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("'" + key + "' must be true or false");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
