package org.itaku.obligation;

/**
 * Facts that cannot be evaluated. The message names the JSON field (and, for batches, where it sits), so a
 * person can fix the input; the REST layer turns it into a 400 problem and the command line into exit code 2.
 */
public class InvalidFactsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFactsException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    private InvalidFactsException(String field, String message, boolean raw) {
        super(message);
        this.field = field;
    }

    /** The JSON field at fault, e.g. {@code persons} or {@code [2].known_on}; {@code (json)} for unreadable input. */
    public String field() {
        return field;
    }

    /** The same problem, placed inside a batch: {@code [3].persons: ...}. */
    InvalidFactsException at(String prefix) {
        return new InvalidFactsException(prefix + field, prefix + getMessage(), true);
    }
}
