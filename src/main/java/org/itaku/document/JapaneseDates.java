package org.itaku.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Formats dates the way Japanese official documents write them. 和暦 follows the era start dates fixed by
 * 元号を改める政令 (平成: 1989-01-08; 令和: 2019-05-01); the first year of an era is written 元年, as
 * government forms do. Dates before 昭和 are refused rather than guessed.
 */
public final class JapaneseDates {

    private record Era(String name, LocalDate start) {
    }

    // Newest first, so the first era whose start is not after the date is the right one.
    private static final List<Era> ERAS = List.of(
            new Era("令和", LocalDate.of(2019, 5, 1)),
            new Era("平成", LocalDate.of(1989, 1, 8)),
            new Era("昭和", LocalDate.of(1926, 12, 25)));

    private JapaneseDates() {
    }

    /** "2026年11月23日" or "令和8年11月23日". */
    public static String format(LocalDate date, DateStyle style) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
        if (style == DateStyle.SEIREKI) {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
        return eraYear(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "令和8年" / "令和元年" / "平成31年" for the era year that contains the date. */
    public static String eraYear(LocalDate date) {
        for (Era era : ERAS) {
            if (!date.isBefore(era.start())) {
                int year = date.getYear() - era.start().getYear() + 1;
                return era.name() + (year == 1 ? "元" : String.valueOf(year)) + "年";
            }
        }
        throw new IllegalArgumentException("dates before 昭和 (1926-12-25) are not supported: " + date);
    }
}
