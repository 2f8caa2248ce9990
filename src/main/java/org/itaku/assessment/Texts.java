package org.itaku.assessment;

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
            throw new IllegalArgumentException("at most " + max + " characters / " + max + "文字以内で入力してください");
        }
        return v;
    }

    static String required(String value, int max, String what) {
        String v = optional(value, max);
        if (v == null) {
            throw new IllegalArgumentException(what + " is required / " + what + "を入力してください");
        }
        return v;
    }

    static String email(String value) {
        String v = required(value, 254, "e-mail");
        if (!v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("the e-mail address is malformed / メールアドレスの形式が正しくありません: " + v);
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }
}
