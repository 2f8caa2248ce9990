package org.itaku.incident;

import org.itaku.vocabulary.RuleViolation;

/** Trimming and length checks for free text; blank optional text is stored as null. */
final class Texts {

    private Texts() {
    }

    /** {@code field} is the field's label key, e.g. {@code incident.field.title}: the refusal names it. */
    static String required(String value, String field, int max) {
        String v = optional(value, max, field);
        if (v == null) {
            throw new IncidentRuleException("incident.rule.required", RuleViolation.field(field));
        }
        return v;
    }

    static String optional(String value, int max) {
        return optional(value, max, null);
    }

    private static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw field == null ? new IncidentRuleException("incident.rule.textTooLong", max)
                    : new IncidentRuleException("incident.rule.tooLong", RuleViolation.field(field), max);
        }
        return v;
    }
}
