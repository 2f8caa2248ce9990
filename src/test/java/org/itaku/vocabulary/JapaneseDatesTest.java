package org.itaku.vocabulary;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JapaneseDatesTest {

    @Test
    void seirekiIsPlainGregorian() {
        assertThat(JapaneseDates.seireki(LocalDate.of(2026, 11, 23))).isEqualTo("2026年11月23日");
    }

    @Test
    void reiwaStartsOnTheFirstOfMay2019WithGannen() {
        assertThat(JapaneseDates.wareki(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.wareki(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.wareki(LocalDate.of(2019, 12, 31))).isEqualTo("令和元年12月31日");
        assertThat(JapaneseDates.wareki(LocalDate.of(2020, 1, 1))).isEqualTo("令和2年1月1日");
        assertThat(JapaneseDates.wareki(LocalDate.of(2026, 11, 23))).isEqualTo("令和8年11月23日");
    }

    @Test
    void heiseiStartsOnTheEighthOfJanuary1989() {
        assertThat(JapaneseDates.wareki(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(JapaneseDates.wareki(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
        assertThat(JapaneseDates.wareki(LocalDate.of(2005, 4, 1))).isEqualTo("平成17年4月1日");
    }

    @Test
    void refusesWhatItCannotName() {
        assertThatThrownBy(() -> JapaneseDates.wareki(LocalDate.of(1900, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JapaneseDates.wareki(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eraYearsOfNoticesBecomeWesternYears() {
        assertThat(JapaneseDates.gregorianYear("令和", 1)).isEqualTo(2019);
        assertThat(JapaneseDates.gregorianYear("R", 6)).isEqualTo(2024);
        assertThat(JapaneseDates.gregorianYear("平成", 31)).isEqualTo(2019);
        assertThat(JapaneseDates.gregorianYear("H", 17)).isEqualTo(2005);
        assertThat(JapaneseDates.gregorianYear("昭和", 64)).isEqualTo(1989);
        assertThat(JapaneseDates.gregorianYear("大正", 3)).as("an era this domain never meets").isEqualTo(-1);
        assertThat(JapaneseDates.gregorianYear("令和", 0)).isEqualTo(-1);
    }
}
