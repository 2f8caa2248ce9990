package org.itaku.assessment;

import org.itaku.vocabulary.RuleViolation;

/** Small checks on text coming from forms and spreadsheets. */
final class Texts {

    private Texts() {
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new AssessmentRuleException("assessment.rule.tooLong", max);
        }
        return v;
    }

    /** {@code field} is the label key of what is missing, e.g. {@code assessment.field.comment}. */
    static String required(String value, int max, String field) {
        String v = optional(value, max);
        if (v == null) {
            throw new AssessmentRuleException("assessment.rule.required", RuleViolation.field(field));
        }
        return v;
    }

    static String email(String value) {
        String v = required(value, 254, "assessment.field.email");
        if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AssessmentRuleException("assessment.rule.email", v);
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }
}
