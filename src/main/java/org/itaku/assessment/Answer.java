package org.itaku.assessment;

/** A vendor's answer to one question (in its stored form, see {@link Question#normalise}) and its remark. */
public record Answer(String questionId, String value, String comment) {

    public Answer {
        comment = Texts.optional(comment, 2000);
    }
}
