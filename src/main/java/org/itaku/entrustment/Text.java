package org.itaku.entrustment;

/** Trimming and length checks shared by the records, so the database never sees a value it would refuse. */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int maxLength) {
        String v = optional(value, maxLength);
        if (v == null) {
            throw new IllegalArgumentException(field + "は必須です / is required");
        }
        return v;
    }

    static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new IllegalArgumentException("長すぎます（" + maxLength + "文字まで） / too long (max " + maxLength + "): "
                    + v.substring(0, 20) + "…");
        }
        return v;
    }
}
