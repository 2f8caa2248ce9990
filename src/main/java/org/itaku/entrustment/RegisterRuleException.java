package org.itaku.entrustment;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A rule of the register refused a value. The exception carries a message code of the entrustment bundle
 * ({@code messages/entrustment*.properties}) and its parameters, never text: the page, the API and the command line
 * render it in their reader's language. {@link #getMessage()} is the code with its parameters, for logs.
 */
public class RegisterRuleException extends IllegalArgumentException implements MessageSourceResolvable {

    private final String code;
    private final List<Object> args;

    public RegisterRuleException(String code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = code;
        this.args = Arrays.asList(args.clone());
    }

    /** A field's name as a parameter: rendered from its label key (e.g. {@code operator.name}) in the reader's language. */
    public static MessageSourceResolvable field(String labelCode) {
        return new Field(labelCode);
    }

    private record Field(String code) implements MessageSourceResolvable {
        @Override
        public String[] getCodes() {
            return new String[] {code};
        }

        @Override
        public String toString() {
            return code;
        }
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
