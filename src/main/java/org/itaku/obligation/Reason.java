package org.itaku.obligation;

import java.util.Objects;

/** One step of a decision, with the article it rests on, in Japanese and English. */
public record Reason(String rule, String ja, String en) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language: English for "en", Japanese otherwise. */
    public String text(String language) {
        return "en".equals(language) ? en : ja;
    }
}
