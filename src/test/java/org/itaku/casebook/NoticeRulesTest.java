package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The building blocks: numbers, dates, the record's own validation. */
class NoticeRulesTest {

    @Test
    void japaneseNumbers() {
        assertThat(JapaneseNumbers.parse("86,936")).isEqualTo(86936);
        assertThat(JapaneseNumbers.parse("1万2千")).isEqualTo(12000);
        assertThat(JapaneseNumbers.parse("3.4万")).isEqualTo(34000);
        assertThat(JapaneseNumbers.parse("二万三千五百")).isEqualTo(23500);
        assertThat(JapaneseNumbers.parse("二十四")).isEqualTo(24);
        assertThat(JapaneseNumbers.parse("二〇二四")).isEqualTo(2024);
        assertThat(JapaneseNumbers.parse("百")).isEqualTo(100);
        assertThat(JapaneseNumbers.parse("元")).isEqualTo(1);
        assertThat(JapaneseNumbers.parse("abc")).isEqualTo(-1);
        assertThat(JapaneseNumbers.parse("")).isEqualTo(-1);
    }

    @Test
    void dateMentions() {
        List<DateMentions.Mention> found = DateMentions.find(NoticeText.normalise(
                "令和元年5月1日、平成31年4月30日、2024/9/11、2023.6.28、R6.1.5、二〇二四年十二月二十五日、同年3月3日、8 月 19 日"));
        assertThat(found).extracting(m -> m.year() + "-" + m.month() + "-" + m.day())
                .containsExactly("2019-5-1", "2019-4-30", "2024-9-11", "2023-6-28", "2024-1-5", "2024-12-25", "0-3-3", "0-8-19");
        assertThat(found.get(6).relative()).isEqualTo("同年");
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(DateMentions.find("2024年2月30日 2024年13月1日 24時間/365日")).isEmpty();
    }

    @Test
    void yearlessDatesResolveFromTheNotice() {
        DateMentions.Mention md = DateMentions.find("同年7月10日").get(0);
        assertThat(DateMentions.resolve(md, 2023, LocalDate.of(2024, 9, 1))).isEqualTo(LocalDate.of(2023, 7, 10));
        DateMentions.Mention plain = DateMentions.find("12月1日").get(0);
        assertThat(DateMentions.resolve(plain, null, LocalDate.of(2025, 2, 1))).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(DateMentions.resolve(plain, null, null)).as("no year anywhere").isNull();
        DateMentions.Mention typo = DateMentions.find("2000/9/7").get(0);
        assertThat(DateMentions.resolve(typo, null, null)).as("before the APPI: a typo").isNull();
    }

    @Test
    void sameMonthDaysFollowTheDateBefore() {
        DateMentions.Mention m = DateMentions.find(NoticeText.normalise("同月２２日午後")).get(0);
        assertThat(m.relativeDay()).isTrue();
        assertThat(m.from(LocalDate.of(2024, 5, 13))).isEqualTo(LocalDate.of(2024, 5, 22));
        assertThat(DateMentions.find("翌月3日").get(0).from(LocalDate.of(2024, 12, 20))).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void aFindingDatesTheEventItFound() {
        CaseRecord r = NoticeReader.read("""
                2024年3月15日
                テスト商事株式会社

                2024年3月12日、取引先から不審なメールが届いているとのご連絡をいただきました。
                調査の結果、3月8日に従業員が添付ファイルを開封し、パソコンがマルウェアに感染していたことが判明いたしました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-08");
        assertThat(r.discovered()).isEqualTo("2024-03-12");
    }

    @Test
    void actionsOnPasswordsAndPassportExpiriesAreNotLeakedItems() {
        assertThat(ContentRules.itemsIn("※ファイルにはパスワードを設定しておりませんでした")).isEmpty();
        assertThat(ContentRules.itemsIn("パスポート番号、パスポート有効期限")).extracting(f -> f[0]).containsExactly("ID_DOCUMENT", "ID_DOCUMENT");
        assertThat(ContentRules.itemsIn("被保険者及び被扶養者")).isEmpty();
    }

    @Test
    void labelsMapToGlossaryCodes() {
        assertThat(ContentRules.codesForLabel("保険証記号番号")).containsExactly("INSURANCE_CARD");
        assertThat(ContentRules.codesForLabel("医療機関名")).containsExactly("MEDICAL");
        assertThat(ContentRules.codesForLabel("メールアドレス")).containsExactly("EMAIL");
        assertThat(ContentRules.codesForLabel("申込種目")).containsExactly("OTHER");
    }

    @Test
    void recordRejectsMalformedValues() {
        assertThatThrownBy(() -> record("2024/01/01", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("published");
        assertThatThrownBy(() -> record(null, List.of("氏名"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data_items");
        assertThatThrownBy(() -> record(null, List.of(), List.of("株式会社A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor");
    }

    private static CaseRecord record(String published, List<String> items, List<String> vendors) {
        return new CaseRecord(null, null, published, null, null, List.of(), null, false, items, List.of(), null, null,
                false, vendors, null, List.of(), List.of(), null, null);
    }
}
