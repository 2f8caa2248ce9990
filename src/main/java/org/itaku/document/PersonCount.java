package org.itaku.document;

/**
 * 本人の数 (Rules Art. 8(1)(iii)). When the count cannot be fixed yet, GL 3-5-3-1 counts the maximum
 * possible number; {@code upperBound} marks such a figure so it is never presented as exact.
 */
public record PersonCount(long count, boolean upperBound) {

    public PersonCount {
        if (count < 0) {
            throw new IllegalArgumentException("person count must not be negative");
        }
    }

    public static PersonCount exactly(long count) {
        return new PersonCount(count, false);
    }

    public static PersonCount atMost(long count) {
        return new PersonCount(count, true);
    }

    String japanese() {
        String figure = String.format("%,d人", count);
        return upperBound ? "最大" + figure + "（精査中）" : figure;
    }
}
