package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.itaku.vocabulary.DataItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class LabelsTest {

    final Labels labels = new Labels(messages());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aListOfCitationsReadsAsTheJapaneseStatutesNameThem() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(labels.article("Rules Art. 7(iii)")).isEqualTo("規則第7条第3号");
        assertThat(labels.article("APPI Art. 26(1); Rules Art. 8(2); My Number Act Art. 29-4(1) proviso"))
                .isEqualTo("個人情報保護法第26条第1項、規則第8条第2項、番号法第29条の4第1項ただし書");
        assertThat(labels.article("規則第7条第1号")).isEqualTo("規則第7条第1号");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.article("Rules Art. 7(iii)")).isEqualTo("Rules Art. 7(iii)");
    }

    @Test
    void itemCodesBecomeTheirNamesAndEveryGlossaryCodeHasOne() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(labels.items("ADDRESS,BIRTH_DATE,MY_NUMBER")).isEqualTo("住所、生年月日、マイナンバー");
        assertThat(labels.items(List.of(DataItem.NAME, DataItem.SALARY))).isEqualTo("氏名、給与・税額");
        for (DataItem item : DataItem.all()) {
            assertThat(labels.items(item.code())).as(item.code()).isEqualTo(item.label());
        }
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.items("ADDRESS,BIRTH_DATE")).isEqualTo("Address, Date of birth");
        for (DataItem item : DataItem.all()) {
            assertThat(labels.items(item.code())).as(item.code()).doesNotContain("_").isNotEqualTo(item.code());
        }
    }

    @Test
    void instantsAreShownInJapanTimeWithTheZoneSaid() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        Instant lateEveningUtc = Instant.parse("2026-12-04T17:05:00Z");
        assertThat(labels.time(lateEveningUtc)).isEqualTo("2026年12月5日 2:05（日本時間）");
        assertThat(labels.time("2026-12-04T17:05:00Z")).isEqualTo("2026年12月5日 2:05（日本時間）");
        assertThat(labels.time(null)).isEmpty();
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.time(lateEveningUtc)).isEqualTo("5 Dec 2026, 02:05 JST");
    }

    @Test
    void datesItemNumbersAndRuleSetsReadAsWords() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(labels.date(java.time.LocalDate.of(2025, 6, 10))).isEqualTo("2025年6月10日");
        assertThat(labels.date(null)).isEmpty();
        assertThat(labels.itemNumbers(List.of(3, 4))).isEqualTo("第3号、第4号");
        assertThat(labels.code("obligation.ruleSet", "appi-2024-04")).startsWith("2024年4月1日施行の版");
        assertThat(labels.code("obligation.ruleSet", "appi-2022-04")).isEqualTo("2022年4月1日施行の版");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.date(java.time.LocalDate.of(2025, 6, 10))).isEqualTo("10 Jun 2025");
        assertThat(labels.itemNumbers(List.of(3, 4))).isEqualTo("3, 4");
    }

    @Test
    void aTextWrittenInBothLanguagesShowsTheReadersHalf() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(labels.inLanguage("A社 が委託元へ通知: B社 / notified its principals")).isEqualTo("A社 が委託元へ通知: B社");
        assertThat(labels.inLanguage("完了 / closed")).isEqualTo("完了");
        assertThat(labels.inLanguage("経路 A → B")).isEqualTo("経路 A → B");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.inLanguage("完了 / closed")).isEqualTo("closed");
    }

    @Test
    void codesOfAClosedListGoThroughTheirMessageKeys() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(labels.code("audit.action", "case.import")).isEqualTo("事例の取込");
        assertThat(labels.code("audit.action", "something.new")).isEqualTo("something.new");
        assertThat(labels.yesNo(true)).isEqualTo("はい");
        assertThat(labels.yesNo(null)).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/messages", "messages/audit", "messages/obligation");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
