package org.itaku.casebook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.vocabulary.JapaneseDates;

/**
 * Finds dates in the forms Japanese notices use: 2024年8月22日, 令和5年7月24日 (also in kanji numerals),
 * 2024/9/11 and 2023.6.28, and 8月22日 without a year. Year-less dates are resolved later from the notice's own
 * dates ({@link #resolve}).
 */
final class DateMentions {

    /** One date mention. {@code year} is 0 when the text gave none; {@code relative} holds 同年/本年/昨年 etc. */
    record Mention(int start, int end, int year, int month, int day, String relative) {
        boolean hasYear() {
            return year > 0;
        }

        boolean relativeDay() {
            return month == 0;
        }

        /** 同日 and friends relative to the date mentioned before them; 同月16日 / 翌月3日 carry their day. */
        LocalDate from(LocalDate previous) {
            if (previous == null) {
                return null;
            }
            if (day > 0) {
                LocalDate base = relative.equals("翌月") ? previous.plusMonths(1) : previous;
                try {
                    LocalDate d = base.withDayOfMonth(day);
                    // 「翌1日」 after the 31st is the first of the next month; so is a timeline's 「2日(火)」 after 「7月30日」.
                    return (relative.equals("翌") || relative.equals(DAY_WITH_WEEKDAY_MARK)) && d.isBefore(previous) ? d.plusMonths(1)
                            : relative.equals("翌") && d.equals(previous) ? d.plusMonths(1) : d;
                } catch (DateTimeException e) {
                    return null;
                }
            }
            return switch (relative) {
                case "翌日", "翌朝" -> previous.plusDays(1); // 「7月3日夜、…送信した。翌朝、…判明」
                case "翌々日" -> previous.plusDays(2);
                case "前日" -> previous.minusDays(1);
                // 「その2日後、」: so many days after the date before
                default -> relative.startsWith(DAYS_LATER_MARK) ? previous.plusDays(Integer.parseInt(relative.substring(DAYS_LATER_MARK.length())))
                        : previous;
            };
        }
    }

    private static final String N = "[0-9〇零一二三四五六七八九十]";
    /** 「令和5(2023)年」, 「2023(令和5)年」: prefectures write the other calendar's year in brackets before 年. */
    private static final String OTHER_YEAR = "(?:[(（]\\s*(?:\\d{4}|(?:令和|平成)\\s*(?:\\d{1,2}|元))\\s*[)）])?";
    private static final Pattern WESTERN = Pattern.compile(
            "(?<!\\d)(" + N + "{4})\\s*" + OTHER_YEAR + "\\s*年\\s*(" + N + "{1,3})\\s*月\\s*(" + N + "{1,3})\\s*日");
    private static final Pattern ERA = Pattern.compile(
            "(令和|平成|R|H)\\s*(" + N + "{1,3}|元)\\s*" + OTHER_YEAR + "\\s*年\\s*(" + N + "{1,3})\\s*月\\s*(" + N + "{1,3})\\s*日");
    private static final Pattern ERA_DOTTED = Pattern.compile("(?<![A-Za-z])([RH])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})(?!\\d)");
    /**
     * 「24年3月8日」: a year of two digits, as news and short notices write it, is of this century. Not where the text
     * writes 平成 or 昭和 (「平成29年4月から30年3月」 counts its years in that era).
     */
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile(
            "(?<![\\d.,/])(\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern OLDER_ERA = Pattern.compile("平成|昭和");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(\\d{4})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d/])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:(同年|本年|今年|昨年|前年|翌年)\\s*)?(?<![\\d/.])(?<![0-9〇一二三四五六七八九十元]年)(" + N + "{1,3})\\s*月\\s*(" + N + "{1,3})\\s*日");
    /**
     * 「・5/20 09:40」, 「5/20(火)」: a month and day with a slash, only where a timeline puts them (at the start of a line,
     * followed by a time, a weekday or the end of the line) or with a weekday, so that fractions (1/3) are not dates.
     */
    private static final Pattern SLASH_MONTH_DAY = Pattern.compile(
            "(?m)(?:(?<=^[ \\t]{0,3}[・•\\-]?[ \\t]{0,3})(\\d{1,2})/(\\d{1,2})(?![\\d/])(?=[ \\t]*$|[ \\t]*\\(|[ \\t]+\\d{1,2}[:時]|[ \\t]+\\S)"
                    + "|(?<![\\d/.:])(\\d{1,2})/(\\d{1,2})(?![\\d/])(?=\\s*\\([月火水木金土日]))");
    /**
     * 同日 (the same day as the date before), 翌日 and 翌朝 (the day after): month 0 marks them. Text copied from a PDF may break
     * the line inside the word (「…判明したため、同」, then 「日、…報告があった」 on the next line).
     */
    private static final Pattern RELATIVE_DAY = Pattern.compile("同\\n?日|翌\\n?日|翌々日|前日|翌朝");
    /** 「その2日後」, 「3日後の」: a count of days after the date before (the relative mark holds the count). */
    private static final Pattern DAYS_LATER = Pattern.compile("(?<![\\d〇一二三四五六七八九十月/年.])([1-9]|[12]\\d)\\s*日後(?!\\s*(まで|以内|を目途|をめど|に予定))");
    static final String DAYS_LATER_MARK = "日後+";
    /**
     * 「9月2日(月)に…。5日(木)に…気付いた」: a timeline's day alone with its weekday, of the month of the date before
     * (or the next month when the day is earlier); the weekday must hold (see {@link #weekdayHolds}).
     */
    private static final Pattern DAY_WITH_WEEKDAY = Pattern.compile(
            "(?<![\\d〇一二三四五六七八九十月/年.:,~〜約第毎同翌])([1-9]|[12]\\d|3[01])\\s*日(?=\\s*\\(\\s*[月火水木金土日](曜日?)?\\s*\\))");
    static final String DAY_WITH_WEEKDAY_MARK = "日(曜)";
    /** 同月16日 (a day of the month mentioned before), 翌月3日. */
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(同月|翌月)\\s*(" + N + "{1,3})\\s*日");
    /** 「翌8日」: the next day, with its day of the month (news and timelines after 「10月7日に…」). */
    private static final Pattern NEXT_DAY_WITH_DAY = Pattern.compile("翌\\s*(" + N + "{1,2})\\s*日");
    /** Years mentioned with a month only (2024年4月) still anchor year-less dates. */
    private static final Pattern ERA_YEAR_MONTH = Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*" + OTHER_YEAR + "\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*日)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(\\d{4})\\s*" + OTHER_YEAR + "\\s*年\\s*(\\d{1,2})\\s*月");

    private static final Pattern WEEKDAY_AFTER = Pattern.compile("^\\s*\\(\\s*([月火水木金土日])(曜日?)?\\s*\\)");

    /**
     * A year-less date with its weekday, 「11月5日(火)」: of the year given and the years either side, the one whose
     * calendar has that weekday (the year a notice's other dates suggest is sometimes one off).
     */
    static LocalDate checkWeekday(Mention m, LocalDate resolved, String text) {
        if (resolved == null || m.hasYear() || m.relativeDay()) {
            return resolved;
        }
        int want = weekdayAfter(m, text);
        if (want == 0) {
            return resolved;
        }
        if (resolved.getDayOfWeek().getValue() == want) {
            return resolved;
        }
        for (int delta : new int[] {-1, 1}) {
            LocalDate other = safe(resolved.getYear() + delta, m.month(), m.day());
            if (other != null && other.getDayOfWeek().getValue() == want && other.getYear() >= FIRST_PLAUSIBLE_YEAR) {
                return other;
            }
        }
        return resolved;
    }

    /** A day alone with its weekday (「5日(木)」) is that day only when the calendar agrees. */
    static boolean weekdayHolds(Mention m, LocalDate date, String text) {
        if (date == null || !DAY_WITH_WEEKDAY_MARK.equals(m.relative())) {
            return true;
        }
        return weekdayAfter(m, text) == date.getDayOfWeek().getValue();
    }

    /** The weekday in brackets right after the mention (「5日(木)」), as {@link java.time.DayOfWeek} numbers it, or 0. */
    private static int weekdayAfter(Mention m, String text) {
        Matcher w = WEEKDAY_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8)));
        return w.lookingAt() ? "月火水木金土日".indexOf(w.group(1)) + 1 : 0;
    }

    /** The APPI took effect in 2005; earlier years in a breach notice are typos (2000/9/7 for 2020/9/7). */
    static final int FIRST_PLAUSIBLE_YEAR = 2005;

    private DateMentions() {
    }

    static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        scan(WESTERN, text, "月", 20, 14, found, taken, m -> make(m, num(m.group(1)), num(m.group(2)), num(m.group(3)), null));
        scan(ERA, text, "月", 24, 14, found, taken, m -> make(m, eraYear(m.group(1), m.group(2)), num(m.group(3)), num(m.group(4)), null));
        scan(ERA_DOTTED, text, ".", 6, 8, found, taken, m -> make(m, eraYear(m.group(1), m.group(2)), num(m.group(3)), num(m.group(4)), null));
        if (!OLDER_ERA.matcher(text).find()) {
            scan(TWO_DIGIT_YEAR, text, "月", 6, 14, found, taken, m -> {
                long yy = num(m.group(1));
                return yy < FIRST_PLAUSIBLE_YEAR - 2000 || yy > 39 ? null : make(m, 2000 + yy, num(m.group(2)), num(m.group(3)), null);
            });
        }
        scan(NUMERIC, text, "/.-", 8, 10, found, taken, m -> make(m, num(m.group(1)), num(m.group(3)), num(m.group(4)), null));
        scan(MONTH_DAY, text, "月", 10, 14, found, taken, m -> make(m, 0, num(m.group(2)), num(m.group(3)), m.group(1)));
        scan(SLASH_MONTH_DAY, text, "/", 8, 4, found, taken, m -> m.group(1) != null
                ? make(m, 0, num(m.group(1)), num(m.group(2)), null)
                : make(m, 0, num(m.group(3)), num(m.group(4)), null));
        scan(RELATIVE_MONTH, text, "月", 2, 8, found, taken, m -> {
            long d = num(m.group(2));
            return d < 1 || d > 31 ? null : new Mention(m.start(), m.end(), 0, 0, (int) d, m.group(1));
        });
        scan(NEXT_DAY_WITH_DAY, text, "翌", 0, 6, found, taken, m -> {
            long d = num(m.group(1));
            return d < 1 || d > 31 ? null : new Mention(m.start(), m.end(), 0, 0, (int) d, "翌");
        });
        scan(DAY_WITH_WEEKDAY, text, "日", 4, 1, found, taken, m -> new Mention(m.start(), m.end(), 0, 0, Integer.parseInt(m.group(1)),
                DAY_WITH_WEEKDAY_MARK));
        scan(RELATIVE_DAY, text, "日朝", 3, 1, found, taken, m -> new Mention(m.start(), m.end(), 0, 0, 0, m.group().replace("\n", "")));
        scan(DAYS_LATER, text, "後", 5, 1, found, taken, m -> new Mention(m.start(), m.end(), 0, 0, 0, DAYS_LATER_MARK + m.group(1)));
        found.sort(Comparator.comparingInt(Mention::start));
        dayOfTheSameMonth(text, found, taken);
        sameMonthAfterAYearAndMonth(text, found);
        return found;
    }

    /** How far before 同月 its year and month may stand (a sentence or two). */
    private static final int SAME_MONTH_REACH = 160;

    /**
     * 「2023年7月、A市は…謝罪した。同月12日に職員が…誤送信した」: 同月 names the month told last; when that is a year and a
     * month without a day (no date stands between them), 同月12日 is a full date of that month.
     */
    private static void sameMonthAfterAYearAndMonth(String text, List<Mention> found) {
        List<int[]> yearMonths = null;
        for (int k = 0; k < found.size(); k++) {
            Mention m = found.get(k);
            if (!"同月".equals(m.relative()) || m.day() == 0) {
                continue;
            }
            if (yearMonths == null) {
                yearMonths = yearMonthsWithMonth(text);
            }
            int after = Math.max(k > 0 ? found.get(k - 1).end() : 0, m.start() - SAME_MONTH_REACH);
            int[] last = null;
            for (int[] ym : yearMonths) {
                if (ym[0] >= after && ym[0] < m.start()) {
                    last = ym;
                }
            }
            if (last != null && safe(last[1], last[2], m.day()) != null) {
                found.set(k, new Mention(m.start(), m.end(), last[1], last[2], m.day(), null));
            }
        }
    }

    /** 2023年7月 and 令和5年7月 as {start, year, month}, in text order (inside a full date too; callers skip those). */
    private static List<int[]> yearMonthsWithMonth(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = YEAR_MONTH.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        Matcher era = ERA_YEAR_MONTH.matcher(text);
        while (era.find()) {
            long year = eraYear(era.group(1), era.group(2));
            if (year > 0) {
                out.add(new int[] {era.start(), (int) year, Integer.parseInt(era.group(3))});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    /** 「、29日に」, 「、翌週の3日午後」 no: a day alone opening a clause, then に, には, a comma or a time of day. */
    private static final Pattern DATE_SET_OFF = Pattern.compile("\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?[\\d\\s時分:頃ごろ]*(未明|朝|夜|夕方)?\\s*");
    private static final Pattern BARE_DAY_CLAUSE = Pattern.compile("^、\\s*(\\d{1,2})\\s*日\\s*(?=に|、|午前|午後|夕方|夜|朝|未明|ごろ|頃)");

    /**
     * 「8月26日に通知を発送し、29日に受け取った住民から連絡があって発覚」: a day alone opening a later clause of the sentence a
     * month-day date began is of that date's month (read as 同月29日). Only the 60 characters after each dated mention are
     * looked at, up to the sentence's or the line's end.
     */
    private static void dayOfTheSameMonth(String text, List<Mention> found, boolean[] taken) {
        List<Mention> added = null;
        for (Mention m : found) {
            if (m.month() == 0) {
                continue;
            }
            int end = Math.min(text.length(), m.end() + 60);
            for (char c : new char[] {'。', '\n'}) {
                int stop = text.indexOf(c, m.end());
                if (stop >= 0 && stop < end) {
                    end = stop; // the sentence, on the date's own line
                }
            }
            int first = text.indexOf('、', m.end());
            if (first >= 0 && first < end && DATE_SET_OFF.matcher(text).region(m.end(), first).matches()) {
                continue; // 「A県は3月1日、28日に…」: a news lead's date set off by a comma; its day alone may be of the month before
            }
            for (int at = first; at >= 0 && at < end; at = text.indexOf('、', at + 1)) {
                if (taken[at + 1]) {
                    break; // another date comes first
                }
                Matcher b = BARE_DAY_CLAUSE.matcher(text).region(at, end);
                if (b.lookingAt()) {
                    int d = Integer.parseInt(b.group(1));
                    if (d > m.day() && d <= 31) {
                        int start = b.start(1);
                        if (added == null) {
                            added = new ArrayList<>();
                        }
                        added.add(new Mention(start, b.end(), 0, 0, d, "同月"));
                    }
                    break;
                }
            }
        }
        if (added != null) {
            for (Mention a : added) {
                Arrays.fill(taken, a.start(), a.end(), true);
            }
            found.addAll(added);
            found.sort(Comparator.comparingInt(Mention::start));
        }
    }

    /** Years of 2024年4月-style mentions (month without day), in text order, for anchoring. */
    static List<int[]> yearMonths(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = YEAR_MONTH.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), Integer.parseInt(m.group(1))});
        }
        // 「令和5年1月から3月まで」 anchors a year as well as 2023年1月 does.
        Matcher era = ERA_YEAR_MONTH.matcher(text);
        while (era.find()) {
            long year = eraYear(era.group(1), era.group(2));
            if (year > 0) {
                out.add(new int[] {era.start(), (int) year});
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }

    private interface Maker {
        Mention make(Matcher m);
    }

    /**
     * Runs {@code p} only in windows around its anchor characters (月 for most forms): scanning the whole text with
     * these patterns was the largest cost of reading a notice.
     */
    private static void scan(Pattern p, String text, String anchors, int before, int after, List<Mention> out,
                             boolean[] taken, Maker maker) {
        Matcher m = p.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            if (anchors.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            // Prefilter.next sets transparent bounds: the lookbehinds see outside the window, so a window never starts a
            // match mid-number.
            int from = Math.max(0, i - before);
            int to = Math.min(text.length(), i + after);
            if (from >= to) {
                continue;
            }
            int next = from;
            while (Prefilter.next(m, text, next, to)) {
                next = Math.max(m.end(), m.start() + 1);
                if (taken[m.start()] || taken[m.end() - 1]) {
                    continue;
                }
                Mention mention = maker.make(m);
                if (mention != null) {
                    out.add(mention);
                    Arrays.fill(taken, m.start(), m.end(), true);
                }
            }
        }
    }

    private static Mention make(Matcher m, long year, long month, long day, String relative) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 0 || year > 2200) {
            return null;
        }
        if (year > 0) {
            try {
                LocalDate.of((int) year, (int) month, (int) day);
            } catch (DateTimeException e) {
                return null;
            }
        } else if (day > 29 && month == 2) {
            return null;
        }
        return new Mention(m.start(), m.end(), (int) year, (int) month, (int) day, relative);
    }

    private static long num(String s) {
        return JapaneseNumbers.parse(s);
    }

    private static long eraYear(String era, String year) {
        long y = JapaneseNumbers.parse(year);
        if (y < 1) {
            return -1;
        }
        return y > Integer.MAX_VALUE ? -1 : JapaneseDates.gregorianYear(era, (int) y);
    }

    /**
     * Days after the publication within which a year-less date stays in the publication's year: a deadline set, a step
     * planned or an entry added to the page later (「6月18日 …書面を郵送」 under a notice of 6月5日), not an event of the
     * year before.
     */
    private static final int SOON_AFTER_PUBLICATION = 62;

    /**
     * Turns a mention into a date. A year-less date takes its year from 同年 (the last explicit year before it),
     * 本年/今年 (the publication year), 昨年/前年, or else the publication year, stepping back one year when that
     * would put the event well after the notice was published. Returns null for implausible years.
     */
    static LocalDate resolve(Mention m, Integer lastYearBefore, LocalDate published) {
        if (m.relativeDay()) {
            return null;
        }
        int year = m.year();
        if (year == 0) {
            Integer base = published != null ? Integer.valueOf(published.getYear()) : lastYearBefore;
            String rel = m.relative() == null ? "" : m.relative();
            switch (rel) {
                case "同年" -> base = lastYearBefore != null ? lastYearBefore : base;
                case "昨年", "前年" -> base = base == null ? null : base - 1;
                case "翌年" -> base = lastYearBefore == null ? null : lastYearBefore + 1;
                default -> {
                    if (published == null) {
                        base = lastYearBefore;
                    }
                }
            }
            if (base == null) {
                return null;
            }
            year = base;
            LocalDate d = safe(year, m.month(), m.day());
            if (d != null && rel.isEmpty() && published != null && d.isAfter(published.plusDays(SOON_AFTER_PUBLICATION))) {
                d = safe(year - 1, m.month(), m.day());
            }
            return d == null || d.getYear() < FIRST_PLAUSIBLE_YEAR ? null : d;
        }
        if (year < FIRST_PLAUSIBLE_YEAR) {
            return null;
        }
        return safe(year, m.month(), m.day());
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
