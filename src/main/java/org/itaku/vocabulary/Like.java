package org.itaku.vocabulary;

import java.util.Locale;

/**
 * A search text as a SQL {@code LIKE} pattern that matches it literally: {@code %} and {@code _} typed by a user
 * are characters to find, not wildcards (a search for "_" matched every row; issue 10, finding 6). Use with
 * {@code LIKE ? ESCAPE '\'}, which H2 and PostgreSQL both understand.
 */
public final class Like {

    /** The SQL to put after the column: {@code LOWER(name) LIKE ? ESCAPE '\'}. */
    public static final String ESCAPED = " LIKE ? ESCAPE '\\'";

    private Like() {
    }

    /** "%" + the lower-cased text with its wildcards and escape character escaped + "%". */
    public static String containing(String text) {
        String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
