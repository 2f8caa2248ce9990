package org.itaku.document;

/** 発生事案 as the online form offers it (appi-rules.md §8.2); each may also be only a possibility (おそれ). */
public enum Occurrence {
    LEAK("漏えい"), LOSS("滅失"), DAMAGE("毀損");

    private final String japanese;

    Occurrence(String japanese) {
        this.japanese = japanese;
    }

    String japanese() {
        return japanese;
    }
}
