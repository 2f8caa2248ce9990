package org.itaku.assessment;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A versioned questionnaire: the built-in ones ship in the jar as YAML, and a workspace may keep edited copies.
 * A version never changes once answers refer to it, so an old assessment is always re-scored against the
 * questions its vendor saw.
 */
public record Questionnaire(String code, int version, String titleJa, String titleEn, int passMark,
        List<Section> sections, List<Question> questions) {

    public record Section(String id, String titleJa, String titleEn) {
    }

    public Questionnaire {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new IllegalArgumentException("questionnaire code must be 1-60 lower-case letters, digits or '-': " + code);
        }
        if (version < 1) {
            throw new IllegalArgumentException("questionnaire version must be 1 or more");
        }
        if (titleJa == null || titleJa.isBlank()) {
            throw new IllegalArgumentException("questionnaire title_ja is required");
        }
        titleEn = titleEn == null || titleEn.isBlank() ? titleJa : titleEn;
        if (passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("pass_mark is a percentage between 0 and 100");
        }
        sections = List.copyOf(sections);
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a questionnaire needs at least one question");
        }
        Set<String> sectionIds = new HashSet<>();
        sections.forEach(s -> sectionIds.add(s.id()));
        Map<String, Question> seen = new LinkedHashMap<>();
        for (Question q : questions) {
            if (seen.containsKey(q.id())) {
                throw new IllegalArgumentException("question id appears twice: " + q.id());
            }
            if (!sectionIds.contains(q.section())) {
                throw new IllegalArgumentException("question " + q.id() + ": unknown section " + q.section());
            }
            if (q.dependsOn() != null) {
                // Conditions point backwards only, so a form can be read top to bottom and no cycle can exist.
                Question parent = seen.get(q.dependsOn().question());
                if (parent == null) {
                    throw new IllegalArgumentException("question " + q.id() + ": depends_on must name an earlier question, not "
                            + q.dependsOn().question());
                }
                for (String answer : q.dependsOn().answers()) {
                    parent.normalise(answer);
                }
            }
            seen.put(q.id(), q);
        }
        if (questions.stream().noneMatch(Question::scored)) {
            throw new IllegalArgumentException("a questionnaire needs at least one scored question");
        }
    }

    public Question question(String id) {
        for (Question q : questions) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        throw new IllegalArgumentException("no question " + id + " in " + code + " v" + version);
    }

    public boolean has(String id) {
        return questions.stream().anyMatch(q -> q.id().equals(id));
    }

    public List<Question> questionsIn(String sectionId) {
        return questions.stream().filter(q -> q.section().equals(sectionId)).toList();
    }

    /** Whether the question is asked, given the answers so far (its condition, and its condition's condition). */
    public boolean applies(Question q, Map<String, String> answers) {
        Question current = q;
        while (current.dependsOn() != null) {
            String answer = answers.get(current.dependsOn().question());
            if (answer == null || !current.dependsOn().answers().contains(answer)) {
                return false;
            }
            current = question(current.dependsOn().question());
        }
        return true;
    }

    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleJa;
    }

    public String key() {
        return code + " v" + version;
    }
}
