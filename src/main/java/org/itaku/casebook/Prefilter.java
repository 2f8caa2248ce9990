package org.itaku.casebook;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
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
 *
 * <p>Where the text may hold a match, {@link #scan} and {@link #next} still spare the regex engine most of its work: a
 * pattern of many alternatives is tried at every position of the text, each alternative in turn, yet most positions
 * hold a character no alternative can begin with. {@link StartChars} knows those characters, so a match is tried only
 * where one stands.
 */
record Prefilter(Pattern pattern, List<String> triggers, StartChars starts) {

    private static final Map<Pattern, Prefilter> CACHE = new ConcurrentHashMap<>();

    static Prefilter of(Pattern pattern) {
        boolean plain = (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        boolean plainChars = (pattern.flags() & ~(Pattern.MULTILINE | Pattern.DOTALL | Pattern.UNIX_LINES)) == 0;
        return new Prefilter(pattern, plain ? triggers(pattern.pattern()) : List.of(),
                plainChars ? StartChars.of(pattern.pattern()) : null);
    }

    /**
     * {@code pattern.matcher(text).find()}, skipped when none of the pattern's required words is in {@code text}: the
     * rules run a few dozen patterns over every clause with a date, and most clauses hold none of their words.
     */
    static boolean find(Pattern pattern, CharSequence text) {
        String s = text.toString();
        Prefilter f = cached(pattern);
        return f.possibleIn(s) && f.nextStart(pattern.matcher(s), s, 0, s.length());
    }

    private static Prefilter cached(Pattern pattern) {
        return CACHE.computeIfAbsent(pattern, Prefilter::of);
    }

    /**
     * {@code m.find()} in the window {@code from}–{@code to} of {@code text} (the matcher's input), trying only the
     * positions where a match can begin. The matcher's region is left from the match's start to {@code to}, with
     * transparent bounds, so lookbehinds and lookaheads see the whole text as a region's {@code find()} with transparent
     * bounds would; its groups and offsets are those that {@code find()} gives.
     */
    static boolean next(Matcher m, String text, int from, int to) {
        return cached(m.pattern()).nextStart(m, text, from, to);
    }

    /** The matches of {@code pattern} in {@code text}, one {@link Scan#find()} at a time, as a matcher's finds give them. */
    static Scan scan(Pattern pattern, String text) {
        return cached(pattern).scan(text);
    }

    /** {@link #scan(Pattern, String)} with this filter, none found when the text holds none of its words. */
    Scan scan(String text) {
        return new Scan(this, pattern.matcher(text), text);
    }

    /** A matcher's {@code find()} loop over the whole text, trying only the positions where a match can begin. */
    static final class Scan implements java.util.regex.MatchResult {

        private final Prefilter filter;
        private final Matcher m;
        private final String text;
        private int from;

        private Scan(Prefilter filter, Matcher m, String text) {
            this.filter = filter;
            this.m = m;
            this.text = text;
            this.from = filter.possibleIn(text) ? 0 : text.length() + 1;
        }

        boolean find() {
            if (!filter.nextStart(m, text, from, text.length())) {
                from = text.length() + 1;
                return false;
            }
            from = Math.max(m.end(), m.start() + 1); // after an empty match, find() moves on by one
            return true;
        }

        Pattern pattern() {
            return m.pattern();
        }

        String group(String name) {
            return m.group(name);
        }

        @Override
        public int start() {
            return m.start();
        }

        @Override
        public int start(int group) {
            return m.start(group);
        }

        @Override
        public int end() {
            return m.end();
        }

        @Override
        public int end(int group) {
            return m.end(group);
        }

        @Override
        public String group() {
            return m.group();
        }

        @Override
        public String group(int group) {
            return m.group(group);
        }

        @Override
        public int groupCount() {
            return m.groupCount();
        }
    }

    private boolean nextStart(Matcher m, String text, int from, int to) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        if (starts == null) {
            return from <= to && m.region(from, to).find();
        }
        for (int i = from; i < to; i++) {
            if (starts.contains(text.charAt(i)) && m.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
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
            boolean optional = optional(quantifier);
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
            if (alternative.charAt(i) == '(' && !optional(alternative.substring(next, after))) {
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

    /**
     * Whether a quantifier lets its element be left out: ?, *, or a count not starting at 1 (so {2} counts too, which
     * only makes the filters pass more often, never wrongly refuse).
     */
    private static boolean optional(String quantifier) {
        return quantifier.startsWith("?") || quantifier.startsWith("*") || quantifier.startsWith("{") && !quantifier.startsWith("{1");
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

    /**
     * The characters a match of a pattern can begin with, or {@code of} gives null when any character could (a class
     * like {@code [^。]}, {@code .}, a property that is no script, or a pattern that can match nothing at all).
     * Lookarounds and anchors take no character, so the element after them counts; an optional element adds the next
     * one's.
     */
    static final class StartChars {

        private final long[] bits;

        private StartChars(long[] bits) {
            this.bits = bits;
        }

        boolean contains(char c) {
            int word = c >>> 6;
            return word < bits.length && (bits[word] >>> (c & 63) & 1) != 0;
        }

        static StartChars of(String regex) {
            BitSet set = new BitSet();
            return alternation(regex, set) != Reach.REQUIRED || set.isEmpty() ? null : new StartChars(set.toLongArray());
        }

        /** How a piece of pattern begins: it takes a known first character, may take none, or may take any. */
        private enum Reach { REQUIRED, EMPTY, ANY }

        private static Reach alternation(String regex, BitSet set) {
            Reach reach = Reach.REQUIRED;
            for (String alternative : topLevelAlternatives(regex)) {
                Reach r = sequence(alternative, set);
                if (r == Reach.ANY) {
                    return Reach.ANY;
                }
                if (r == Reach.EMPTY) {
                    reach = Reach.EMPTY;
                }
            }
            return reach;
        }

        private static Reach sequence(String seq, BitSet set) {
            int i = 0;
            while (i < seq.length()) {
                int next = atomEnd(seq, i);
                int after = quantifierEnd(seq, next);
                String atom = seq.substring(i, next);
                String quantifier = seq.substring(next, after);
                i = after;
                if (zeroWidth(atom)) {
                    continue;
                }
                Reach r = atom(atom, set);
                if (r == Reach.ANY) {
                    return Reach.ANY;
                }
                if (r == Reach.REQUIRED && !optional(quantifier)) {
                    return Reach.REQUIRED;
                }
            }
            return Reach.EMPTY;
        }

        private static boolean zeroWidth(String atom) {
            return atom.equals("^") || atom.equals("$") || atom.startsWith("(?=") || atom.startsWith("(?!")
                    || atom.startsWith("(?<=") || atom.startsWith("(?<!")
                    || atom.length() == 2 && atom.charAt(0) == '\\' && "bBAGZz".indexOf(atom.charAt(1)) >= 0;
        }

        private static Reach atom(String atom, BitSet set) {
            char c = atom.charAt(0);
            if (c == '(') {
                String inner = atom.substring(1, Math.max(1, atom.length() - 1));
                if (inner.startsWith("?:") || inner.startsWith("?>")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?<") && inner.length() > 2 && Character.isLetter(inner.charAt(2))) {
                    inner = inner.substring(inner.indexOf('>') + 1);
                } else if (inner.startsWith("?")) {
                    return Reach.ANY; // a flag group: its flags could change what matches
                }
                return alternation(inner, set);
            }
            if (c == '[') {
                return charClass(atom, set);
            }
            if (c == '\\') {
                return escape(atom, set);
            }
            if (c == '.' || Character.isSurrogate(c)) {
                return Reach.ANY;
            }
            set.set(c);
            return Reach.REQUIRED;
        }

        /** A plain class of characters, escapes and short ranges; a negated or nested class may begin with anything. */
        private static Reach charClass(String atom, BitSet set) {
            String body = atom.substring(1, atom.length() - 1);
            if (body.isEmpty() || body.startsWith("^") || body.contains("[") || body.contains("&&")) {
                return Reach.ANY;
            }
            int i = 0;
            while (i < body.length()) {
                int end = body.charAt(i) == '\\' ? escapeEnd(body, i) : i + 1;
                String one = body.substring(i, end);
                if (one.startsWith("\\")) {
                    BitSet escaped = new BitSet();
                    if (escape(one, escaped) == Reach.ANY) {
                        return Reach.ANY;
                    }
                    if (escaped.cardinality() != 1 || end >= body.length() || body.charAt(end) != '-') {
                        set.or(escaped);
                        i = end;
                        continue;
                    }
                }
                char lo = one.startsWith("\\") ? unescaped(one) : one.charAt(0);
                if (Character.isSurrogate(lo)) {
                    return Reach.ANY;
                }
                if (end + 1 < body.length() && body.charAt(end) == '-') {
                    int hiEnd = body.charAt(end + 1) == '\\' ? escapeEnd(body, end + 1) : end + 2;
                    String hiText = body.substring(end + 1, hiEnd);
                    char hi = hiText.startsWith("\\") ? unescaped(hiText) : hiText.charAt(0);
                    if (hi == 0 || hi < lo || hi - lo > 1024 || Character.isSurrogate(hi)) {
                        return Reach.ANY;
                    }
                    set.set(lo, hi + 1);
                    i = hiEnd;
                } else {
                    set.set(lo);
                    i = end;
                }
            }
            return Reach.REQUIRED;
        }

        private static Reach escape(String atom, BitSet set) {
            char e = atom.length() > 1 ? atom.charAt(1) : 0;
            if (e == 'd' || e == 'w') { // without UNICODE_CHARACTER_CLASS, ASCII only
                set.set('0', '9' + 1);
                if (e == 'w') {
                    set.set('a', 'z' + 1);
                    set.set('A', 'Z' + 1);
                    set.set('_');
                }
                return Reach.REQUIRED;
            }
            if (e == 's') {
                " \t\n\u000B\f\r".chars().forEach(set::set);
                return Reach.REQUIRED;
            }
            if (atom.startsWith("\\p{Is") && atom.endsWith("}")) {
                BitSet script = script(atom.substring(5, atom.length() - 1));
                if (script == null) {
                    return Reach.ANY;
                }
                set.or(script);
                return Reach.REQUIRED;
            }
            char c = unescaped(atom);
            if (c == 0) {
                return Reach.ANY;
            }
            set.set(c);
            return Reach.REQUIRED;
        }

        private static final Map<String, BitSet> SCRIPTS = new ConcurrentHashMap<>();

        /**
         * The characters of a script ({@code \\p{IsHan}}): those of the basic plane, and every high surrogate, with which a
         * character beyond it may begin. Null for a name that is no script (a binary property, a category).
         */
        private static BitSet script(String name) {
            Character.UnicodeScript script;
            try {
                script = Character.UnicodeScript.forName(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
            return SCRIPTS.computeIfAbsent(script.name(), k -> {
                BitSet out = new BitSet();
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    if (!Character.isSurrogate((char) c) && Character.UnicodeScript.of(c) == script) {
                        out.set(c);
                    }
                }
                out.set(Character.MIN_HIGH_SURROGATE, Character.MAX_HIGH_SURROGATE + 1);
                return out;
            });
        }

        /** The one character an escape stands for (\\u3000, \\t, \\.), or 0 for a class, a property or a back-reference. */
        private static char unescaped(String escape) {
            if (escape.length() < 2) {
                return 0;
            }
            char e = escape.charAt(1);
            if (e == 'u' && escape.length() == 6) {
                return (char) Integer.parseInt(escape.substring(2), 16);
            }
            return switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'f' -> '\f';
                default -> Character.isLetterOrDigit(e) || escape.length() != 2 ? 0 : e;
            };
        }
    }
}
