package org.itaku.entrustment;

import org.itaku.vocabulary.RefusedValue;
import org.itaku.vocabulary.RuleViolation;
import org.springframework.context.MessageSourceResolvable;

/**
 * A rule of the register refused a value. The exception carries a message code of the entrustment bundle
 * ({@code messages/entrustment*.properties}) and its parameters, never text: the page, the API and the command line
 * render it in their reader's language. {@link #getMessage()} is the Japanese text, for logs.
 */
public class RegisterRuleException extends RefusedValue {

    public RegisterRuleException(String code, Object... args) {
        super(code, args);
    }

    /** A field's name as a parameter: rendered from its label key (e.g. {@code operator.name}) in the reader's language. */
    public static MessageSourceResolvable field(String labelCode) {
        return RuleViolation.field(labelCode);
    }
}
