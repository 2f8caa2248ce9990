package org.itaku.entrustment;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One problem in an imported register: the row as the spreadsheet numbers it (header = 1), the column, and what is
 * wrong as a message code of the entrustment bundle with its parameters. The page, the API and the command line
 * render it in their reader's language ({@code MessageSource#getMessage(MessageSourceResolvable, Locale)}).
 */
public record ImportError(long row, String column, String code, List<Object> args) implements MessageSourceResolvable {

    public ImportError {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public ImportError(long row, String column, String code, Object... args) {
        this(row, column, code, java.util.Arrays.asList(args));
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    /** Without a bundle (logs): the code and its parameters. */
    @Override
    public String getDefaultMessage() {
        return code + (args.isEmpty() ? "" : " " + args);
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : " " + column) + ": " + getDefaultMessage();
    }
}
