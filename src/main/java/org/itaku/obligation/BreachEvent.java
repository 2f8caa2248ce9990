package org.itaku.obligation;

import org.itaku.vocabulary.Coded;

/** 漏えい / 滅失 / 毀損 (APPI Art. 26(1); GL 3-5-1-2 to 3-5-1-4). */
public enum BreachEvent implements Coded {
    LEAK("漏えい", "leak"), LOSS("滅失", "loss"), DAMAGE("毀損", "damage");

    private final String ja;
    private final String en;

    BreachEvent(String ja, String en) {
        this.ja = ja;
        this.en = en;
    }

    String ja() {
        return ja;
    }

    String en() {
        return en;
    }

    @Override
    public String code() {
        return Codes.lower(this);
    }
}
