package org.itaku.obligation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.itaku.vocabulary.Coded;

/** Lookup of the controlled vocabularies (docs/glossary.md) by their wire code, with errors that name the field. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new InvalidFactsException(field, "unknown code \"" + code + "\"; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", ")));
    }

    /** Each enum's codes by ordinal, worked out once: a vendor case asks for them millions of times. */
    private static final ClassValue<String[]> LOWER = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT))
                    .toArray(String[]::new);
        }
    };

    static String lower(Enum<?> e) {
        return LOWER.get(e.getDeclaringClass())[e.ordinal()];
    }
}
