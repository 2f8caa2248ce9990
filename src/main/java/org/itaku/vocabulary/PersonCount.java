package org.itaku.vocabulary;

/**
 * Number of persons (本人の数): exact, or an estimate with an upper bound. The PPC thresholds (over 1,000 persons;
 * over 100 for My Number data) are judged on the maximum, and when the count cannot be fixed yet the guidelines
 * count the largest possible number, so an estimate must say how high it can go.
 */
public record PersonCount(long value, boolean estimated, Long max) {

    public PersonCount {
        if (value < 0) {
            throw new VocabularyRuleException("vocabulary.persons.negative", value);
        }
        if (max != null && max < value) {
            throw new VocabularyRuleException("vocabulary.persons.maximumBelowCount", max, value);
        }
        if (!estimated && max != null && max != value) {
            throw new VocabularyRuleException("vocabulary.persons.exactWithMaximum");
        }
        if (!estimated) {
            max = null;
        }
    }

    public static PersonCount exact(long value) {
        return new PersonCount(value, false, null);
    }

    public static PersonCount estimate(long value, Long max) {
        return new PersonCount(value, true, max);
    }

    /** A figure known only as a maximum (still being examined): counted as that maximum. */
    public static PersonCount atMost(long max) {
        return new PersonCount(max, true, max);
    }

    /** The figure thresholds are judged on: the maximum when estimated, else the exact count. */
    public long upperBound() {
        return max != null ? max : value;
    }

    @Override
    public String toString() {
        return estimated ? "約" + value + (max != null ? "（最大" + max + "）" : "") : String.valueOf(value);
    }
}
