package org.itaku.entrustment;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of the operator list starts: after this (name, id) in the list's order, as page {@code page}.
 * Handed to clients as an opaque string ({@link #encode()}); a page read after it follows the (workspace, name, id)
 * index from that key, so every page costs the same however deep (an {@code OFFSET} walks every entry before it). The
 * page number only names the page for the reader; a cursor says nothing of another workspace, whose rows the read
 * never sees.
 */
record OperatorCursor(String name, long id, int page) {

    OperatorCursor {
        if (name == null || id <= 0 || page < 0) {
            throw new RegisterRuleException("register.badCursor");
        }
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((page + "\n" + id + "\n" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor a client sent back; anything this class did not write is refused (400). */
    static OperatorCursor decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length != 3) {
                throw new RegisterRuleException("register.badCursor");
            }
            return new OperatorCursor(parts[2], Long.parseLong(parts[1]), Integer.parseInt(parts[0]));
        } catch (IllegalArgumentException e) {
            throw e instanceof RegisterRuleException refused ? refused : new RegisterRuleException("register.badCursor");
        }
    }
}
