package org.itaku.casebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A cheap "could this pattern match here?" check. Java regex tries every alternative at every position, which made
 * the keyword patterns most of the reader's cost; {@link String#contains} on the literal words each alternative
 * must contain is far cheaper and rules most patterns out for a whole notice.
 *
 * <p>Understands the small regex subset the rule files use: literals, groups, alternation, {@code ?}, classes and
 * lookarounds. An alternative without a required literal makes the filter always pass (never a false negative). An
 * alternative whose literals all sit in a group it cannot do without (「(判明|発覚)した」 outside a lookaround, not
 * optional) requires one of that group's literals.
 */
record Prefilter(Pattern pattern, List<String> triggers) {

    private static final Map<Pattern, Prefilter> CACHE = new ConcurrentHashMap<>();

    static Prefilter of(Pattern pattern) {
        return new Prefilter(pattern, (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) != 0
                ? List.of() : triggers(pattern.pattern()));
    }

    /**
     * {@code pattern.matcher(text).find()}, skipped when none of the pattern's required words is in {@code text}: the
     * rules run a few dozen patterns over every clause with a date, and most clauses hold none of their words.
     */
    static boolean find(Pattern pattern, CharSequence text) {
        String s = text.toString();
        return CACHE.computeIfAbsent(pattern, Prefilter::of).possibleIn(s) && pattern.matcher(s).find();
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
        if (regex.contains("(?i") || regex.contains("(?x") || regex.contains("\\Q")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String literal = longestRequiredLiteral(alternative);
            if (literal.length() < 2) {
                List<String> group = requiredGroupTriggers(alternative);
                if (!group.isEmpty()) {
                    out.addAll(group);
                    continue;
                }
            }
            if (literal.isEmpty()) {
                return List.of();
            }
            out.add(literal);
        }
        return out;
    }

    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '|') {
                out.add(regex.substring(start, i));
                start = i + 1;
                i++;
            } else {
                i = atomEnd(regex, i);
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /**
     * Groups, classes, escapes and optional characters break literal runs; the longest remaining run is required. A
     * character followed by {@code +} is required once.
     */
    private static String longestRequiredLiteral(String alternative) {
        StringBuilder current = new StringBuilder();
        String best = "";
        int i = 0;
        while (i < alternative.length()) {
            char c = alternative.charAt(i);
            int next = atomEnd(alternative, i);
            boolean literal = next == i + 1 && "^$.".indexOf(c) < 0;
            int after = quantifierEnd(alternative, next);
            String quantifier = alternative.substring(next, after);
            boolean optional = quantifier.startsWith("?") || quantifier.startsWith("*")
                    || quantifier.startsWith("{") && !quantifier.startsWith("{1");
            boolean bounded = quantifier.isEmpty();
            if (literal && !optional) {
                current.append(c);
                if (!bounded) { // 「あ+」, 「あ{1,3}」: required once, but the run does not go on through it
                    best = longer(best, current.toString());
                    current.setLength(0);
                }
            } else {
                best = longer(best, current.toString());
                current.setLength(0);
            }
            i = after;
        }
        return longer(best, current.toString());
    }

    /**
     * The triggers of a group the alternative cannot match without (not a lookaround, not optional, not a flag
     * group): one of them must be in the text. Of several such groups, the one whose shortest trigger is longest.
     */
    private static List<String> requiredGroupTriggers(String alternative) {
        List<String> best = List.of();
        int bestShortest = 0;
        int i = 0;
        while (i < alternative.length()) {
            int next = atomEnd(alternative, i);
            int after = quantifierEnd(alternative, next);
            String quantifier = alternative.substring(next, after);
            boolean optional = quantifier.startsWith("?") || quantifier.startsWith("*")
                    || quantifier.startsWith("{") && !quantifier.startsWith("{1");
            if (alternative.charAt(i) == '(' && !optional) {
                String inner = alternative.substring(i + 1, Math.max(i + 1, next - 1));
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?<") && inner.length() > 2 && Character.isLetter(inner.charAt(2))) {
                    inner = inner.substring(inner.indexOf('>') + 1);
                } else if (inner.startsWith("?")) {
                    inner = null; // a lookaround or a flag group: the text need not hold its words
                }
                if (inner != null) {
                    List<String> t = triggers(inner);
                    int shortest = t.stream().mapToInt(String::length).min().orElse(0);
                    if (shortest > bestShortest) {
                        best = t;
                        bestShortest = shortest;
                    }
                }
            }
            i = after;
        }
        return best;
    }

    /** The end of the element starting at {@code i}: a group, a class, an escape (\\p{IsHan}, \\u3000) or one character. */
    private static int atomEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '\\') {
            return escapeEnd(s, i);
        }
        if (c == '[') {
            return classEnd(s, i);
        }
        if (c == '(') {
            int depth = 0;
            int j = i;
            while (j < s.length()) {
                char d = s.charAt(j);
                if (d == '\\') {
                    j = escapeEnd(s, j);
                    continue;
                }
                if (d == '[') {
                    j = classEnd(s, j);
                    continue;
                }
                if (d == '(') {
                    depth++;
                } else if (d == ')' && --depth == 0) {
                    return j + 1;
                }
                j++;
            }
            return s.length();
        }
        return i + 1;
    }

    private static int escapeEnd(String s, int i) {
        if (i + 1 >= s.length()) {
            return s.length();
        }
        char e = s.charAt(i + 1);
        if ("pPxNk".indexOf(e) >= 0 && i + 2 < s.length() && (s.charAt(i + 2) == '{' || s.charAt(i + 2) == '<')) {
            int close = s.indexOf(s.charAt(i + 2) == '{' ? '}' : '>', i + 2);
            return close < 0 ? s.length() : close + 1;
        }
        if (e == 'u') {
            return Math.min(s.length(), i + 6);
        }
        return i + 2;
    }

    private static int classEnd(String s, int open) {
        int j = open + 1;
        if (j < s.length() && s.charAt(j) == '^') {
            j++;
        }
        if (j < s.length() && s.charAt(j) == ']') {
            j++; // a ']' first in a class is literal
        }
        while (j < s.length()) {
            char d = s.charAt(j);
            if (d == '\\') {
                j = escapeEnd(s, j);
            } else if (d == '[') {
                j = classEnd(s, j);
            } else if (d == ']') {
                return j + 1;
            } else {
                j++;
            }
        }
        return s.length();
    }

    /** The end of the quantifiers after an element ({@code ?}, {@code *}, {@code +}, {@code {m,n}}, lazy or possessive). */
    private static int quantifierEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '{') {
                int close = s.indexOf('}', j);
                if (close < 0) {
                    return s.length();
                }
                j = close + 1;
            } else if ("?*+".indexOf(c) >= 0) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
