package org.itaku.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeCalendarTest {

    private final AdministrativeCalendar calendar = AdministrativeCalendar.japan();

    /** The published list for 2016–2027, every date with its name, as test data. */
    static Map<LocalDate, String> officialList() throws IOException {
        Map<LocalDate, String> days = new TreeMap<>();
        try (var in = AdministrativeCalendarTest.class.getResourceAsStream("/obligation/holidays-2016-2027.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                String[] cells = line.split(",");
                assertThat(days.put(LocalDate.parse(cells[0]), cells[1])).as("duplicate %s", cells[0]).isNull();
            }
        }
        return days;
    }

    @Test
    void computedHolidaysMatchThePublishedListEveryYearFrom2016To2027() throws IOException {
        Map<LocalDate, String> official = officialList();
        assertThat(official).hasSize(219);
        for (int year = 2016; year <= 2027; year++) {
            int y = year;
            Map<LocalDate, String> expected = new TreeMap<>();
            official.forEach((date, name) -> {
                if (date.getYear() == y) {
                    expected.put(date, name);
                }
            });
            assertThat(calendar.holidays(year)).as("holidays of %d", year).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void everyDayOf2016To2027IsAHolidayExactlyWhenTheListSaysSo() throws IOException {
        Map<LocalDate, String> official = officialList();
        for (LocalDate d = LocalDate.of(2016, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
            assertThat(calendar.isNationalHoliday(d)).as("%s", d).isEqualTo(official.containsKey(d));
            assertThat(calendar.holidayName(d)).as("%s", d).isEqualTo(java.util.Optional.ofNullable(official.get(d)));
        }
    }

    @ParameterizedTest(name = "{0} open={1}")
    @CsvSource({
            "2025-09-24, true",   // Wednesday after 秋分の日
            "2025-09-23, false",  // 秋分の日
            "2025-05-06, false",  // 振替休日
            "2025-11-29, false",  // Saturday
            "2025-11-30, false",  // Sunday
            "2024-12-27, true",   // last open day of 2024
            "2024-12-28, false",  // Saturday
            "2024-12-30, false",  // year-end closure, a Monday
            "2024-12-31, false",
            "2025-01-02, false",
            "2025-01-03, false",  // closure, a Friday
            "2026-01-05, true",
            "2026-09-22, false",  // 国民の休日 (silver week)
            "2019-04-30, false",  // 国民の休日 before the accession day
            "2019-10-22, false",  // enthronement ceremony
            "2018-12-24, false",  // 振替休日 for the last 12-23 Emperor's birthday
            "2019-12-23, true",   // no Emperor's birthday in 2019
            "2020-10-12, true",   // Sports Day moved to July in 2020
            "2021-08-09, false"   // 振替休日 for 山の日 on 2021-08-08
    })
    void openDays(LocalDate date, boolean open) {
        assertThat(calendar.isOpenDay(date)).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2025-09-23, 2025-09-24",
            "2024-12-31, 2025-01-06", // 12/31–1/3 closed, then a weekend
            "2025-12-27, 2026-01-05",
            "2025-05-03, 2025-05-07",
            "2024-10-20, 2024-10-21",
            "2025-11-29, 2025-12-01",
            "2025-04-01, 2025-04-01"  // already open
    })
    void nextOpenDay(LocalDate from, LocalDate expected) {
        assertThat(calendar.nextOpenDayOnOrAfter(from)).isEqualTo(expected);
    }

    @Test
    void yearsOutsideTheRulesAreRefused() {
        assertThatThrownBy(() -> calendar.holidays(1999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isOpenDay(LocalDate.of(2100, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void olderRulesStillHold() {
        // 2006: みどりの日 on 4/29 and 5/4 a citizens' holiday between 5/3 and 5/5.
        assertThat(calendar.holidayName(LocalDate.of(2006, 4, 29))).contains("みどりの日");
        assertThat(calendar.holidayName(LocalDate.of(2006, 5, 4))).contains("国民の休日");
        // 2009: 5/3 is a Sunday, so the substitute moves past 5/4 and 5/5 to 5/6 (rule of 2007).
        assertThat(calendar.holidayName(LocalDate.of(2009, 5, 6))).contains("振替休日");
        // 2015 silver week: 9/22 between 敬老の日 and 秋分の日.
        assertThat(calendar.holidayName(LocalDate.of(2015, 9, 22))).contains("国民の休日");
    }
}
