package org.itaku.incident;

/** Trimming and length checks for free text; blank optional text is stored as null. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String label, int max) {
        String v = optional(value, max, label);
        if (v == null) {
            throw new IllegalArgumentException(label + " は必須です / is required");
        }
        return v;
    }

    static String optional(String value, int max) {
        return optional(value, max, "text");
    }

    private static String optional(String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(label + " は " + max + " 文字以内です / is longer than " + max);
        }
        return v;
    }
}
