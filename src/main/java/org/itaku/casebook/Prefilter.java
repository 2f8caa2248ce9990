package org.itaku.casebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cheap "could this pattern match here?" check. Java regex tries every alternative at every position, which made
 * the keyword patterns most of the reader's cost; {@link String#contains} on the literal words each alternative
 * must contain is far cheaper and rules most patterns out for a whole notice.
 *
 * <p>Understands the small regex subset the rule files use: literals, groups, alternation, {@code ?}, classes and
 * lookarounds. An alternative without a required literal makes the filter always pass (never a false negative).
 */
record Prefilter(Pattern pattern, List<String> triggers) {

    static Prefilter of(Pattern pattern) {
        return new Prefilter(pattern, triggers(pattern.pattern()));
    }

    /** False only when the pattern cannot match anywhere in {@code text}. */
    boolean possibleIn(String text) {
        if (triggers.isEmpty()) {
            return true;
        }
        for (String t : triggers) {
            if (text.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** One required literal per top-level alternative, or an empty list when some alternative has none. */
    static List<String> triggers(String regex) {
        List<String> out = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String literal = longestRequiredLiteral(alternative);
            if (literal.isEmpty()) {
                return List.of();
            }
            out.add(literal);
        }
        return out;
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** Groups, classes, escapes and optional characters break literal runs; the longest remaining run is required. */
    private static String longestRequiredLiteral(String alternative) {
        StringBuilder current = new StringBuilder();
        String best = "";
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            int next;
            boolean literal;
            if (c == '(') {
                next = closing(alternative, i) + 1;
                literal = false;
            } else if (c == '[') {
                next = alternative.indexOf(']', i + 1) + 1;
                if (next == 0) {
                    return "";
                }
                literal = false;
            } else if (c == '\\') {
                next = i + 2;
                literal = false;
            } else if ("^$.".indexOf(c) >= 0) {
                next = i + 1;
                literal = false;
            } else {
                next = i + 1;
                literal = true;
            }
            boolean optional = next < alternative.length() && "?*".indexOf(alternative.charAt(next)) >= 0
                    || next < alternative.length() && alternative.charAt(next) == '{' && !alternative.startsWith("{1", next);
            boolean repeated = next < alternative.length() && alternative.charAt(next) == '+';
            if (literal && !optional) {
                current.append(c);
                if (repeated) {
                    best = longer(best, current.toString());
                    current.setLength(0);
                }
            } else {
                best = longer(best, current.toString());
                current.setLength(0);
            }
            i = next;
            while (i < alternative.length() && "?*+".indexOf(alternative.charAt(i)) >= 0) {
                i++;
            }
            if (i < alternative.length() && alternative.charAt(i) == '{') {
                int close = alternative.indexOf('}', i);
                i = close < 0 ? alternative.length() : close + 1;
                best = longer(best, current.toString());
                current.setLength(0);
                // 「{0,12}?」, 「{1,3}+」: a lazy or possessive mark is part of the quantifier, not a literal to require.
                while (i < alternative.length() && "?+".indexOf(alternative.charAt(i)) >= 0) {
                    i++;
                }
            }
        }
        return longer(best, current.toString());
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }
}
