package org.itaku.document;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarekiTest {

    @Test
    void seirekiIsPlainGregorian() {
        assertThat(JapaneseDates.format(LocalDate.of(2026, 11, 23), DateStyle.SEIREKI)).isEqualTo("2026年11月23日");
    }

    @Test
    void reiwaStartsOnTheFirstOfMay2019WithGannen() {
        assertThat(JapaneseDates.format(LocalDate.of(2019, 4, 30), DateStyle.WAREKI)).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 5, 1), DateStyle.WAREKI)).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.format(LocalDate.of(2019, 12, 31), DateStyle.WAREKI)).isEqualTo("令和元年12月31日");
        assertThat(JapaneseDates.format(LocalDate.of(2020, 1, 1), DateStyle.WAREKI)).isEqualTo("令和2年1月1日");
        assertThat(JapaneseDates.format(LocalDate.of(2026, 11, 23), DateStyle.WAREKI)).isEqualTo("令和8年11月23日");
    }

    @Test
    void heiseiStartsOnTheEighthOfJanuary1989() {
        assertThat(JapaneseDates.format(LocalDate.of(1989, 1, 7), DateStyle.WAREKI)).isEqualTo("昭和64年1月7日");
        assertThat(JapaneseDates.format(LocalDate.of(1989, 1, 8), DateStyle.WAREKI)).isEqualTo("平成元年1月8日");
        assertThat(JapaneseDates.format(LocalDate.of(2005, 4, 1), DateStyle.WAREKI)).isEqualTo("平成17年4月1日");
    }

    @Test
    void refusesWhatItCannotName() {
        assertThatThrownBy(() -> JapaneseDates.format(LocalDate.of(1900, 1, 1), DateStyle.WAREKI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JapaneseDates.format(null, DateStyle.WAREKI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
