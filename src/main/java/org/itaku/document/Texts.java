package org.itaku.document;

import java.util.List;
import java.util.Objects;

/** Small text rules shared by the input records: blank means unknown, required means present. */
final class Texts {

    /** What a document prints for a fact nobody has established yet; facts are never invented. */
    static final String NOT_YET_KNOWN = "【未確認】";

    private Texts() {
    }

    static String required(String value, String what) {
        String v = optional(value);
        if (v == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return v;
    }

    /** Trims; blank becomes null (unknown). Control characters other than line breaks are refused. */
    static String optional(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replace("\r\n", "\n");
        if (v.isEmpty()) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t') {
                throw new IllegalArgumentException("control character in text: U+" + Integer.toHexString(c));
            }
        }
        return v;
    }

    static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(Texts::optional).filter(Objects::nonNull).toList();
    }
}
