package org.itaku.entrustment;

/** Trimming and length checks shared by the records, so the database never sees a value it would refuse. */
final class Text {

    private Text() {
    }

    /** @param field the label code of the field ({@code operator.name}), named in the refusal */
    static String required(String value, String field, int maxLength) {
        String v = optional(value, maxLength);
        if (v == null) {
            throw new RegisterRuleException("register.required", RegisterRuleException.field(field));
        }
        return v;
    }

    static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new RegisterRuleException("register.tooLong", maxLength, v.substring(0, 20) + "…");
        }
        return v;
    }
}
