package org.itaku.assessment;

/** How a question is answered. The code is the one written in the questionnaire YAML. */
public enum AnswerType {
    /** はい / 一部 / いいえ (and 該当なし where the question allows it). */
    YES_NO("yes_no"),
    NUMBER("number"),
    CHOICE("choice"),
    /** Free text: never scored, read by the reviewer. */
    TEXT("text"),
    /** Answered by attaching evidence. */
    FILE("file");

    private final String code;

    AnswerType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static AnswerType ofCode(String code) {
        for (AnswerType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown answer type: " + code);
    }
}
