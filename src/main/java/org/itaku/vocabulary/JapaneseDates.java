package org.itaku.vocabulary;

import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Japanese dates as official documents write them, on the JDK's {@link java.time.chrono.JapaneseChronology} (its era
 * start dates are those fixed by 元号を改める政令: 平成 from 1989-01-08, 令和 from 2019-05-01). The first year of an
 * era is written 元年, as government forms do. Only 昭和 and later are supported: earlier dates do not occur in
 * this domain and are refused rather than guessed.
 */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    /** "2026年11月23日". */
    public static String seireki(LocalDate date) {
        requireDate(date);
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "令和8年11月23日", "令和元年5月1日". */
    public static String wareki(LocalDate date) {
        return eraYear(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** "令和8年" / "令和元年" / "平成31年": the era year that contains the date. */
    public static String eraYear(LocalDate date) {
        requireDate(date);
        JapaneseDate japanese = JapaneseDate.from(date);
        JapaneseEra era = japanese.getEra();
        if (era.getValue() < JapaneseEra.SHOWA.getValue()) {
            throw new VocabularyRuleException("vocabulary.date.beforeShowa", date.toString());
        }
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }

    /**
     * The western year of year {@code yearOfEra} of an era named in full (令和, 平成, 昭和) or by its initial (R, H,
     * S); -1 for an unknown era or a year below 1.
     */
    public static int gregorianYear(String era, int yearOfEra) {
        JapaneseEra found = switch (era) {
            case "令和", "R" -> JapaneseEra.REIWA;
            case "平成", "H" -> JapaneseEra.HEISEI;
            case "昭和", "S" -> JapaneseEra.SHOWA;
            default -> null;
        };
        return found == null || yearOfEra < 1 ? -1 : JapaneseChronology.INSTANCE.prolepticYear(found, yearOfEra);
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("date is required");
        }
    }
}
