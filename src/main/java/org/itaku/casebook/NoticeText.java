package org.itaku.casebook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A notice prepared for the rules: NFKC-normalised text, its Kuromoji tokens, and its sentences, each tagged with
 * the kind of section it sits in. Notices mix the facts with countermeasures, contact desks and (in digests and
 * commentary sites) unrelated material; most rules only look at fact sections.
 */
final class NoticeText {

    /** What a section talks about, decided from its heading. */
    enum Section { FACTS, MEASURES, CONTACT, COMMENTARY, ARCHIVE }

    record Token(int start, int end, String surface, String pos) {
        boolean isNoun() {
            return pos.startsWith("名詞") && !pos.startsWith("名詞-非自立") && !pos.startsWith("名詞-代名詞")
                    && !pos.startsWith("名詞-接続詞的");
        }
    }

    record Line(int index, int start, int end, String text, Section section, boolean heading) { }

    /** A sentence (or a list line without 。), with the section it belongs to. */
    record Sentence(int start, int end, String text, Section section, int lineIndex) {
        boolean factual() {
            return section == Section.FACTS;
        }
    }

    private static final ThreadLocal<JapaneseTokenizer> TOKENIZER = ThreadLocal.withInitial(
            () -> new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));

    private static final Pattern HEADING_LEVEL0 = Pattern.compile("^[■□◆◇●▼]\\s*\\S.*");
    private static final Pattern HEADING_BRACKET = Pattern.compile("^【[^】]+】\\s*$");
    private static final Pattern HEADING_NUMBERED = Pattern.compile(
            "^(\\d{1,2}\\s*[.、]|\\d{1,2} +(?=[^\\d\\s月年日時分名人件回台社%])|第[0-9一二三四五六七八九十]+[章節]|[一二三四五六七八九十]{1,2}[、.])\\s*\\S.*");
    private static final Pattern HEADING_PAREN = Pattern.compile("^\\(\\d{1,2}\\)\\s*\\S.*");
    private static final Pattern HEADING_CIRCLED = Pattern.compile("^[\\u2460-\\u2473➀-➉]\\s*\\S.*");
    private static final Pattern FIELD_WITH_VALUE = Pattern.compile("^[^:]{1,20}:\\s*\\S");
    private static final Pattern MEASURE_HEADING = Pattern.compile("再発防止|対策|今後の対応|今後の取り?組|防止策|改善策");
    private static final Pattern CONTACT_HEADING = Pattern.compile("問い?合わ?せ|問合せ|窓口|連絡先|相談");
    private static final Pattern COMMENTARY_HEADING = Pattern.compile("推奨|具体例|から学ぶ|チェックリスト|関連記事|参考|解説");
    private static final Pattern ARCHIVE_HEADING = Pattern.compile("リリース分|リリース文|アーカイブ|過去のお知らせ");
    private static final Pattern LEADING_BULLET = Pattern.compile("^[・•\\-]\\s*");
    /** A numbered section heading (「1 概要」, 「2.経緯」, 「(1)発生日」, 「①」, 「第2」): the body has begun. */
    static final Pattern ENUMERATED_HEADING = Pattern.compile("^\\s*(\\d{1,2}\\s*[.、]|\\d{1,2} +[^\\d\\s]|\\(\\d{1,2}\\)|[\\u2460-\\u2473]|第[0-9一二三四五六七八九十]+[章節 ]?|[一二三四五六七八九十]{1,2}[、.])");
    private static final Pattern DATE_ONLY_LINE = Pattern.compile(
            "^\\s*[・•\\-●○◆■【\\[〔]?\\s*((\\d{4}\\s*[年/.]\\s*|(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*|(同年|本年|翌年)\\s*)?\\d{1,2}\\s*[月/]\\s*\\d{1,2}\\s*日?|同日|翌日)\\s*(\\([^)]{1,4}\\)|[月火水木金土日]曜日?)?\\s*"
                    + "(午前|午後)?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?\\s*(頃|ごろ|ころ|過ぎ|すぎ)?)?\\s*(未明|早朝|午前|午後|夜|深夜|夕方)?\\s*[】\\]〕]?\\s*$");

    private static final Pattern ERA_WITH_WESTERN = Pattern.compile("(?:令和|平成)\\s*(?:\\d{1,2}|元)\\s*年\\s*\\(\\s*(\\d{4})\\s*年?\\s*\\)");
    private static final Pattern READING_INSIDE_NAME = Pattern.compile("(?<=\\p{IsHan})\\(\\p{IsHiragana}{2,8}\\)(?=\\p{IsHan})");
    private static final Pattern WESTERN_WITH_ERA = Pattern.compile("(\\d{4})\\s*年\\s*\\(\\s*(?:令和|平成)\\s*(?:\\d{1,2}|元)\\s*年?\\s*\\)");

    final String raw;
    final String text;
    final List<Line> lines;
    final List<Sentence> sentences;
    private final Map<Integer, LineTokens> tokenCache = new HashMap<>();

    NoticeText(String raw) {
        this.raw = raw;
        this.text = normalise(raw);
        this.lines = splitLines(text);
        this.sentences = splitSentences(text, lines);
    }

    private static final Pattern ANNOUNCED_NEXT = Pattern.compile("^\\s*[^。\\n]*と(発表|公表)");
    private static final Pattern ANNOUNCED_WRAPPED = Pattern.compile("^\\s*(?:[^。\\n]*\\n){0,2}[^。\\n]*と(発表|公表)");

    /**
     * The sentence after {@code s} closes with 「と発表/と公表」 (a news lead: 「A局は10月3日、…を紛失。」 then 「…可能性が
     * あると発表した。」): the announcing verb of a lead may stand in the next sentence.
     */
    boolean announcedRightAfter(Sentence s) {
        // A lead hard-wrapped after a comma (news copied line by line) goes on over the next lines.
        boolean wrapped = s.text().endsWith("、");
        String next = text.substring(s.end(), Math.min(text.length(), s.end() + (wrapped ? 160 : 80)));
        return Prefilter.find(wrapped ? ANNOUNCED_WRAPPED : ANNOUNCED_NEXT, next);
    }

    /** The first {@code n} lines that are not blank: where a notice's title, date, sender and salutation stand. */
    List<Line> headLines(int n) {
        return nonBlankLines(0, n);
    }

    /** The first {@code n} lines that are not blank from line {@code from} on. */
    List<Line> nonBlankLines(int from, int n) {
        List<Line> out = new ArrayList<>(n);
        for (Line line : lines.subList(Math.min(from, lines.size()), lines.size())) {
            if (!line.text().isBlank()) {
                out.add(line);
                if (out.size() == n) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * NFKC turns full-width digits, Latin and parentheses into ASCII so one set of patterns fits all notices.
     * Circled numbers (①) are kept: NFKC would turn them into plain digits that then read as counts.
     */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = (c >= '\u2460' && c <= '\u24FF') || (c >= '\u2780' && c <= '\u2793');
            if (keep) {
                out.append(Normalizer.normalize(s.substring(runStart, i), Normalizer.Form.NFKC)).append(c);
                runStart = i + 1;
            }
        }
        out.append(Normalizer.normalize(s.substring(runStart), Normalizer.Form.NFKC));
        String n = out.toString().replace("\r\n", "\n").replace('\r', '\n');
        // 「令和6年(2024年)2月10日」 and 「2024年(令和6年)2月10日」 name one year twice; keep the Western one.
        n = ERA_WITH_WESTERN.matcher(n).replaceAll("$1年");
        n = WESTERN_WITH_ERA.matcher(n).replaceAll("$1年");
        // 「愛南(あいなん)町は」: news gives a name's reading in brackets inside it; the name is read without it.
        if (n.indexOf('(') >= 0) {
            n = READING_INSIDE_NAME.matcher(n).replaceAll("");
        }
        // Strip other control characters (binary debris) so the tokenizer and regexes see plain text.
        StringBuilder clean = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)) {
                clean.append(c == '\t' ? ' ' : c);
            } else {
                clean.append(' ');
            }
        }
        return clean.toString();
    }

    private static List<Line> splitLines(String text) {
        List<Line> result = new ArrayList<>();
        Section[] kindAtLevel = new Section[4];
        Section current = Section.FACTS;
        int start = 0;
        int index = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String lineText = text.substring(start, end);
            String t = LEADING_BULLET.matcher(lineText.strip()).replaceFirst("");
            int level = headingLevel(lineText.strip());
            boolean heading = level >= 0;
            if (heading) {
                Section own = kindOf(t);
                if (own == null) {
                    own = Section.FACTS;
                    // A sub-heading without its own topic stays in its parent's section (再発防止策 > (1)対策済).
                    for (int l = level - 1; l >= 0; l--) {
                        if (kindAtLevel[l] != null) {
                            own = kindAtLevel[l];
                            break;
                        }
                    }
                }
                kindAtLevel[level] = own;
                for (int l = level + 1; l < kindAtLevel.length; l++) {
                    kindAtLevel[l] = null;
                }
                current = own;
            }
            result.add(new Line(index++, start, end, lineText, current, heading));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return result;
    }

    private static int headingLevel(String t) {
        // 「●同日9時15分頃」: a timeline's date, whose event is on the next line, heads no section.
        if (t.isEmpty() || t.length() > 45 || t.contains("。") || DATE_ONLY_LINE.matcher(t).matches()) {
            return -1;
        }
        // 「(3)発生場所:委託先の受付窓口」: a numbered field with its value is a fact, not a section's heading.
        if (Prefilter.find(FIELD_WITH_VALUE, t) && !Prefilter.find(CONTACT_HEADING, t.substring(0, t.indexOf(':')))) {
            return -1;
        }
        if (HEADING_LEVEL0.matcher(t).matches()) {
            return 0;
        }
        if (HEADING_BRACKET.matcher(t).matches() || HEADING_NUMBERED.matcher(t).matches()) {
            return 1;
        }
        if (HEADING_PAREN.matcher(t).matches()) {
            return 2;
        }
        if (HEADING_CIRCLED.matcher(t).matches()) {
            return 3;
        }
        return -1;
    }

    private static Section kindOf(String heading) {
        if (Prefilter.find(ARCHIVE_HEADING, heading)) {
            return Section.ARCHIVE;
        }
        if (Prefilter.find(CONTACT_HEADING, heading)) {
            return Section.CONTACT;
        }
        if (Prefilter.find(COMMENTARY_HEADING, heading)) {
            return Section.COMMENTARY;
        }
        if (Prefilter.find(MEASURE_HEADING, heading)) {
            return Section.MEASURES;
        }
        return null;
    }

    /**
     * 「当院で…分かりました。」 then 「○2025年2月3日(月)」: a date alone on its line under a sentence of prose is
     * a timeline's, not the page's header date, however near the top it stands.
     */
    private static boolean proseAbove(List<Line> lines, int li) {
        for (int k = li - 1; k >= 0; k--) {
            String t = lines.get(k).text().strip();
            if (!t.isEmpty()) {
                return t.endsWith("。");
            }
        }
        return false;
    }

    /**
     * Sentences end at 。, ！, ？ or a line break. A line holding only a date and time (timelines:
     * "9月9日12時頃" then the event on the next line) is joined with the line after it.
     */
    private static List<Sentence> splitSentences(String text, List<Line> lines) {
        List<Sentence> result = new ArrayList<>();
        boolean sectionSeen = false;
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            int start = line.start();
            int end = line.end();
            Section section = line.section();
            // Below the header block, or under a numbered section heading (「2.経過」 then 「■令和5年2月6日」), a date
            // alone on its line heads the timeline entry under it.
            sectionSeen |= line.heading() && ENUMERATED_HEADING.matcher(line.text()).lookingAt();
            boolean dateOnly = !line.heading() && (li >= 3 || sectionSeen || proseAbove(lines, li))
                    && DATE_ONLY_LINE.matcher(line.text()).matches();
            boolean fragment = !line.heading() && li >= 3 && !dateOnly && datedFragment(line.text());
            if (dateOnly || fragment) {
                int next = li + 1;
                while (next < lines.size() && lines.get(next).text().isBlank()) {
                    next++;
                }
                // The next line must hold the event, not the next dated entry of the timeline.
                if (next < lines.size() && !lines.get(next).heading()
                        && !DATE_ONLY_LINE.matcher(lines.get(next).text()).matches()
                        && !(fragment && LEADING_DATE.matcher(lines.get(next).text()).lookingAt())) {
                    Line joined = lines.get(next);
                    end = joined.end();
                    li = next;
                }
            } else if (!line.heading()) {
                // Text copied from a page wraps mid-sentence: 「…個人情報を見ることができる状」 + 「態になっていると連絡がありました。」
                while (li + 1 < lines.size() && wrapsThrough(lines, li)) {
                    li++;
                    end = lines.get(li).end();
                }
            }
            int s = start;
            int depth = 0;
            boolean joined = end != line.end();
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '(' || c == '「' || c == '『' || c == '（') {
                    depth++;
                } else if ((c == ')' || c == '」' || c == '』' || c == '）') && depth > 0) {
                    depth--;
                }
                // 。 inside brackets ("(以下、当社といいます。)") does not end the sentence.
                boolean stop = c == '\n' ? !joined : (c == '。' || c == '!' || c == '?') && depth == 0;
                if (stop) {
                    add(result, text, s, c == '\n' ? i : i + 1, section, line.index());
                    s = i + 1;
                }
            }
            add(result, text, s, end, section, line.index());
        }
        return result;
    }

    private static final Pattern CONTINUATION_START = Pattern.compile("^[\\p{IsHiragana}\\p{IsHan}\\p{IsKatakana}ー]");

    /** A long line without an ending, followed by a line that is no new item and closes the sentence. */
    private static boolean wrapsInto(Line line, Line next) {
        String t = line.text().strip();
        String n = next.text().strip();
        return t.length() >= 35 && !t.endsWith("。") && !t.endsWith(":") && !next.heading()
                && CONTINUATION_START.matcher(n).lookingAt() && n.endsWith("。") && n.length() <= 80;
    }

    /**
     * A paragraph wrapped over up to four lines (a PDF's text: 「…郵送したと」 + 「ころ、…送付して、個人」 + 「情報が漏えいしました。」):
     * each line long and without an ending, until one that {@link #wrapsInto} closes.
     */
    private static boolean wrapsThrough(List<Line> lines, int li) {
        for (int k = li, steps = 0; steps < 4 && k + 1 < lines.size(); k++, steps++) {
            Line line = lines.get(k);
            Line next = lines.get(k + 1);
            if (wrapsInto(line, next)) {
                return true;
            }
            String t = line.text().strip();
            String n = next.text().strip();
            if (t.length() < 35 || t.endsWith("。") || t.endsWith(":") || next.heading() || n.length() < 35 || n.endsWith("。")
                    || !CONTINUATION_START.matcher(n).lookingAt()) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern LEADING_DATE = Pattern.compile("^\\s*[・•\\-]?\\s*(\\d{4}\\s*[年/.]\\s*)?\\d{1,2}\\s*[月/]\\s*\\d{1,2}");

    /**
     * A timeline entry whose event is on the next line: 「2024年10月31日(木)11:09~12:01の間に17通」, then 「…を送信。」.
     * Short, starts with a date, and has no predicate of its own (no verb).
     */
    private static boolean datedFragment(String line) {
        String t = line.strip();
        if (t.length() > 40 || t.contains("。") || !LEADING_DATE.matcher(t).lookingAt()) {
            return false;
        }
        for (Token token : tokenize(t)) {
            if (token.pos().startsWith("動詞") || token.pos().startsWith("助動詞")) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Sentence> out, String text, int start, int end, Section section, int line) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end), section, line));
        }
    }

    /** The Kuromoji tokens of one line, with offsets into the whole text. */
    record LineTokens(List<Token> tokens, Map<Integer, Integer> byStart, Map<Integer, Integer> byEnd) {
        /** Index of the token that starts exactly at {@code offset}, or -1. */
        int startingAt(int offset) {
            return byStart.getOrDefault(offset, -1);
        }

        /** Index of the token that ends exactly at {@code offset}, or -1. */
        int endingAt(int offset) {
            return byEnd.getOrDefault(offset, -1);
        }
    }

    /**
     * Tokens of the line holding {@code offset}. Only the few lines that name an organisation need Kuromoji, so
     * lines are tokenised on demand (names never cross a line break); tokenising every notice in full cost more
     * than all the rules together.
     */
    LineTokens lineTokens(int offset) {
        Line line = lineAt(offset);
        if (line == null) {
            return new LineTokens(List.of(), Map.of(), Map.of());
        }
        return tokenCache.computeIfAbsent(line.index(), i -> {
            List<Token> shifted = new ArrayList<>();
            Map<Integer, Integer> byStart = new HashMap<>();
            Map<Integer, Integer> byEnd = new HashMap<>();
            for (Token t : tokenize(text.substring(line.start(), line.end()))) {
                Token s = new Token(t.start() + line.start(), t.end() + line.start(), t.surface(), t.pos());
                byStart.put(s.start(), shifted.size());
                byEnd.put(s.end(), shifted.size());
                shifted.add(s);
            }
            return new LineTokens(shifted, byStart, byEnd);
        });
    }

    /** All tokens of the notice (tests and the library's analysis; the rules use {@link #lineTokens}). */
    List<Token> tokens() {
        return tokenize(text);
    }

    static List<Token> tokenize(String text) {
        JapaneseTokenizer tokenizer = TOKENIZER.get();
        List<Token> out = new ArrayList<>(text.length() / 2);
        try {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String p = pos.getPartOfSpeech();
                out.add(new Token(offset.startOffset(), offset.endOffset(), term.toString(), p == null ? "未知語" : p));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException ignored) {
                // closing a tokenizer over a StringReader cannot fail in a way that matters
            }
        }
        return out;
    }

    /** The sentence that contains {@code offset}, or null. */
    Sentence sentenceAt(int offset) {
        // Binary search: huge inputs have hundreds of thousands of sentences.
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    Line lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Line l = lines.get(mid);
            if (offset < l.start()) {
                hi = mid - 1;
            } else if (offset > l.end()) {
                lo = mid + 1;
            } else {
                return l;
            }
        }
        return null;
    }

    /** The nearest non-blank line before line {@code index}, or "" (used as context for list items under a heading). */
    String previousLineText(int index) {
        return previousLineText(index, Integer.MAX_VALUE);
    }

    /** As {@link #previousLineText(int)}, looking at most {@code within} lines up. */
    String previousLineText(int index, int within) {
        int i = previousLineIndex(index, within);
        return i < 0 ? "" : lines.get(i).text();
    }

    /** The index of the nearest non-blank line before line {@code index}, at most {@code within} lines up, or -1. */
    int previousLineIndex(int index, int within) {
        for (int i = index - 1; i >= 0 && i >= index - within; i--) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the nearest non-blank line after line {@code index}, at most {@code within} lines down, or -1. */
    int nextLineIndex(int index, int within) {
        for (int i = index + 1; i < lines.size() && i <= index + within; i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static boolean find(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        return m.find();
    }
}
