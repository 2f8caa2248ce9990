package org.itaku.incident;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of enum constants stored as one comma-separated column of constant names. */
final class EnumLists {

    private EnumLists() {
    }

    static String join(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> parse(String text, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (text == null) {
            return set;
        }
        for (String part : text.split("[,;、\\s]+")) {
            if (!part.isBlank()) {
                try {
                    set.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IncidentRuleException("incident.rule.unknownCode", part.strip());
                }
            }
        }
        return set;
    }
}
