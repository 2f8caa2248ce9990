package org.itaku.vocabulary;

import java.util.List;

/**
 * A change the current state does not allow (a closed case edited, a settled obligation answered again): answered
 * 409. Still an {@link IllegalStateException}, so the callers that catch one keep catching it.
 * {@link #getMessage()} is the Japanese text; the reader's language comes from {@link Refusals}.
 */
public abstract class RefusedChange extends IllegalStateException implements RuleViolation {

    private final String code;
    private final List<Object> args;

    protected RefusedChange(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = RuleViolation.parameters(args);
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
