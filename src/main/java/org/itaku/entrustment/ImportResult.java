package org.itaku.entrustment;

/** What an import added. */
public record ImportResult(int operators, int entrustments, int holdings) {

    public int rows() {
        return operators + entrustments + holdings;
    }
}
