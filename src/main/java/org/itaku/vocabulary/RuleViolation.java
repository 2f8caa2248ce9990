package org.itaku.vocabulary;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A rule of the domain refused a value or a change. It carries a message code of its module's bundle
 * ({@code messages/<module>*.properties}) and the code's parameters, never text: the page, the API problem body and
 * the command line render it in their reader's language ({@link Refusals} on the web, {@link #japanese()} for the
 * command line and logs). A refused value is a {@link RefusedValue} (answered 400), a refused change of state a
 * {@link RefusedChange} (answered 409); each module raises its own subclass of one of them.
 */
public interface RuleViolation extends MessageSourceResolvable {

    /** The message key, e.g. {@code incident.waiver.approverRequired}. */
    String code();

    /** The key's parameters in order; a {@link #field(String)} parameter is rendered from its own key. */
    List<Object> args();

    @Override
    default String[] getCodes() {
        return new String[] {code()};
    }

    @Override
    default Object[] getArguments() {
        return args().toArray();
    }

    /** The Japanese text, as the command line prints it and the logs keep it. */
    default String japanese() {
        return JapaneseMessages.render(this);
    }

    /** A refusal's parameters as kept: a copy, with a missing one rendered as an empty text. */
    static List<Object> parameters(Object... args) {
        return java.util.Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList();
    }

    /** A field's (or any other word's) message key as a parameter, rendered in the reader's language. */
    static MessageSourceResolvable field(String labelCode) {
        return new Field(labelCode);
    }

    record Field(String code) implements MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public String toString() {
            return code;
        }
    }
}
