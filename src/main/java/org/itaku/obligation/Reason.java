package org.itaku.obligation;

import java.util.Objects;

/**
 * One step of a decision, with the article it rests on, in Japanese and English. {@code rule} is the stable English
 * citation ("Rules Art. 7(iii)"); {@link #ruleJa()} is how a Japanese reader cites it (規則第7条第3号).
 */
public record Reason(String rule, String ja, String en) {

    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ja, "ja");
        Objects.requireNonNull(en, "en");
    }

    public String ruleJa() {
        return Citations.ja(rule);
    }

    /** The citation in the given language: English for "en", Japanese otherwise. */
    public String citation(String language) {
        return Citations.in(language, rule);
    }

    /** The text in the given language: English for "en", Japanese otherwise. */
    public String text(String language) {
        return "en".equals(language) ? en : ja;
    }
}
