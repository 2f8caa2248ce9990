package org.itaku.obligation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days the Japanese administration is closed (行政機関の休日に関する法律 Art. 1(1)): Saturdays and
 * Sundays, the holidays of 国民の祝日に関する法律, and the year-end closure from 29 December to 3 January.
 * A deadline that falls on a closed day moves to the next open day (same Act, Art. 2).
 *
 * <p>National holidays are computed from the rules of the Holidays Act as amended, for 2000 to 2099,
 * including the one-off moves of 2019–2021. Equinox days use the usual astronomical approximation; the
 * official dates are fixed each February in the 官報 for the following year and agree with it over this range.
 */
public final class AdministrativeCalendar {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private static final AdministrativeCalendar INSTANCE = new AdministrativeCalendar();

    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    private AdministrativeCalendar() {
    }

    public static AdministrativeCalendar japan() {
        return INSTANCE;
    }

    /** True when government offices are open: not a weekend, not a national holiday, not 12/29–1/3. */
    public boolean isOpenDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (isYearEndClosure(date)) {
            return false;
        }
        return !isNationalHoliday(date);
    }

    /** The date itself when open, otherwise the first open day after it (行政機関の休日に関する法律 Art. 2). */
    public LocalDate nextOpenDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isOpenDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** 行政機関の休日に関する法律 Art. 1(1)(iii): 12月29日から翌年の1月3日まで. */
    static boolean isYearEndClosure(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
    }

    public boolean isNationalHoliday(LocalDate date) {
        return holidays(date.getYear()).containsKey(date);
    }

    /** The holiday's name in Japanese, or empty on an ordinary day. */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    /** All national holidays of the year, including substitute and citizens' holidays, in date order. */
    public Map<LocalDate, String> holidays(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("the holiday calendar covers " + FIRST_YEAR + "–" + LAST_YEAR
                    + ", not " + year);
        }
        return holidaysByYear.computeIfAbsent(year, y -> Collections.unmodifiableMap(compute(y)));
    }

    private static Map<LocalDate, String> compute(int year) {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        // Holidays Act Art. 2: the national holidays (国民の祝日).
        days.put(LocalDate.of(year, 1, 1), "元日");
        days.put(nthMonday(year, Month.JANUARY, 2), "成人の日"); // second Monday since 2000
        days.put(LocalDate.of(year, 2, 11), "建国記念の日");
        if (year >= 2020) {
            days.put(LocalDate.of(year, 2, 23), "天皇誕生日");
        }
        days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        days.put(LocalDate.of(year, 4, 29), year >= 2007 ? "昭和の日" : "みどりの日");
        days.put(LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            days.put(LocalDate.of(year, 5, 4), "みどりの日");
        }
        days.put(LocalDate.of(year, 5, 5), "こどもの日");
        days.put(marineDay(year), "海の日");
        LocalDate mountainDay = mountainDay(year);
        if (mountainDay != null) {
            days.put(mountainDay, "山の日");
        }
        days.put(year >= 2003 ? nthMonday(year, Month.SEPTEMBER, 3) : LocalDate.of(year, 9, 15), "敬老の日");
        days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        days.put(sportsDay(year), year >= 2020 ? "スポーツの日" : "体育の日");
        days.put(LocalDate.of(year, 11, 3), "文化の日");
        days.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
        if (year <= 2018) {
            days.put(LocalDate.of(year, 12, 23), "天皇誕生日");
        }
        // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (平成30年法律第99号): treated as national holidays.
        if (year == 2019) {
            days.put(LocalDate.of(2019, 5, 1), "即位の日");
            days.put(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日");
        }

        TreeMap<LocalDate, String> result = new TreeMap<>(days);
        // Art. 3(3): a day between two national holidays is a holiday (国民の休日). Before 2007 it could not be a Sunday.
        for (LocalDate holiday : days.keySet()) {
            LocalDate between = holiday.plusDays(1);
            if (!days.containsKey(between) && days.containsKey(between.plusDays(1))
                    && (year >= 2007 || between.getDayOfWeek() != DayOfWeek.SUNDAY)) {
                result.put(between, "国民の休日");
            }
        }
        // Art. 3(2): when a national holiday is a Sunday, the nearest following day that is not a national holiday
        // becomes a holiday (振替休日). Until 2006 only the Monday after could be moved to.
        for (LocalDate holiday : days.keySet()) {
            if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = holiday.plusDays(1);
                if (year >= 2007) {
                    while (days.containsKey(substitute)) {
                        substitute = substitute.plusDays(1);
                    }
                    result.put(substitute, "振替休日");
                } else if (!days.containsKey(substitute)) {
                    result.put(substitute, "振替休日");
                }
            }
        }
        // Substitutes can spill into the next year only from 12/31, which is never a holiday; keep the year's own days.
        result.keySet().removeIf(d -> d.getYear() != year);
        return result;
    }

    /** 海の日: 20 July from 1996, third Monday of July from 2003; moved to 23 July in 2020 and 22 July in 2021. */
    private static LocalDate marineDay(int year) {
        // 平成三十二年東京オリンピック競技大会・東京パラリンピック競技大会特別措置法 Art. 32 (as amended in 2020).
        if (year == 2020) {
            return LocalDate.of(2020, 7, 23);
        }
        if (year == 2021) {
            return LocalDate.of(2021, 7, 22);
        }
        return year >= 2003 ? nthMonday(year, Month.JULY, 3) : LocalDate.of(year, 7, 20);
    }

    /** 山の日: 11 August from 2016; moved to 10 August in 2020 and 8 August in 2021 for the Olympic Games. */
    private static LocalDate mountainDay(int year) {
        if (year < 2016) {
            return null;
        }
        if (year == 2020) {
            return LocalDate.of(2020, 8, 10);
        }
        if (year == 2021) {
            return LocalDate.of(2021, 8, 8);
        }
        return LocalDate.of(year, 8, 11);
    }

    /** 体育の日 / スポーツの日: second Monday of October; moved to 24 July 2020 and 23 July 2021. */
    private static LocalDate sportsDay(int year) {
        if (year == 2020) {
            return LocalDate.of(2020, 7, 24);
        }
        if (year == 2021) {
            return LocalDate.of(2021, 7, 23);
        }
        return nthMonday(year, Month.OCTOBER, 2);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        LocalDate first = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        return first.plusWeeks(n - 1L);
    }

    /** The standard approximation for 1980–2099: int(20.8431 + 0.242194 (y − 1980) − int((y − 1980) / 4)). */
    static int vernalEquinoxDay(int year) {
        return equinox(20.8431, year);
    }

    /** The same approximation with the autumn constant 23.2488. */
    static int autumnalEquinoxDay(int year) {
        return equinox(23.2488, year);
    }

    private static int equinox(double base, int year) {
        int y = year - 1980;
        return (int) Math.floor(base + 0.242194 * y - Math.floor(y / 4.0));
    }

    @Override
    public String toString() {
        return "AdministrativeCalendar[Japan " + FIRST_YEAR + "–" + LAST_YEAR + ", year-end closure "
                + MonthDay.of(12, 29) + "–" + MonthDay.of(1, 3) + "]";
    }
}
