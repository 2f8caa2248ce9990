package org.itaku.document;

/** 速報 (Rules Art. 8(1), promptly) and 確報 (Rules Art. 8(2), within 30 or 60 days). */
public enum ReportStage {
    PRELIMINARY("速報"), FINAL("確報");

    private final String japanese;

    ReportStage(String japanese) {
        this.japanese = japanese;
    }

    String japanese() {
        return japanese;
    }
}
