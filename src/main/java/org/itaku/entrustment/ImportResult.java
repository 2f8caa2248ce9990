package org.itaku.entrustment;

/**
 * What an import did, or would do (the preview): rows added, rows that matched the register and changed it, rows that
 * matched and changed nothing, and the template's sample rows (区分 marked 見本), which are never imported.
 */
public record ImportResult(Counts added, Counts changed, Counts unchanged, int samples) {

    /** Rows of each kind. */
    public record Counts(int operators, int entrustments, int holdings) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public int rows() {
            return operators + entrustments + holdings;
        }
    }

    public ImportResult {
        added = added == null ? Counts.NONE : added;
        changed = changed == null ? Counts.NONE : changed;
        unchanged = unchanged == null ? Counts.NONE : unchanged;
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative");
        }
    }

    /** An import that only added rows. */
    public ImportResult(int operators, int entrustments, int holdings) {
        this(new Counts(operators, entrustments, holdings), Counts.NONE, Counts.NONE, 0);
    }

    /** Operators added. */
    public int operators() {
        return added.operators();
    }

    /** Entrustments added. */
    public int entrustments() {
        return added.entrustments();
    }

    /** Holdings added. */
    public int holdings() {
        return added.holdings();
    }

    /** Rows written: added or changed. */
    public int rows() {
        return added.rows() + changed.rows();
    }
}
