package org.itaku.vocabulary;

import java.util.List;

/**
 * A value a rule refused (a missing field, a date in the future, an unknown code): bad input, answered 400. Still an
 * {@link IllegalArgumentException}, so the callers that catch one keep catching it. {@link #getMessage()} is the
 * Japanese text; the reader's language comes from {@link Refusals}.
 */
public abstract class RefusedValue extends IllegalArgumentException implements RuleViolation {

    private final String code;
    private final List<Object> args;

    protected RefusedValue(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = RuleViolation.parameters(args);
    }

    protected RefusedValue(Throwable cause, String code, Object... args) {
        this(code, args);
        initCause(cause);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return japanese();
    }

    @Override
    public String getDefaultMessage() {
        return japanese();
    }
}
