package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The reader on notices written for these tests (invented organisations, our own wording). */
class NoticeReaderTest {

    static String fixture(String name) {
        try (InputStream in = NoticeReaderTest.class.getResourceAsStream("/casebook/" + name)) {
            return NoticeInput.decode(in.readAllBytes());
        } catch (IOException | NoticeInput.Rejected e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cardSkimmingAtAnEcShopWithAPaymentVendor() {
        CaseRecord r = NoticeReader.read(fixture("ec-card-skimming.txt"));
        assertThat(r.organization()).isEqualTo("株式会社ミドリ野商店");
        assertThat(r.published()).as("令和 in kanji numerals").isEqualTo("2024-03-12");
        assertThat(r.discovered()).isEqualTo("2024-01-15");
        assertThat(r.occurred()).as("the affected window 2023年10月1日から… starts the incident").isEqualTo("2023-10-01");
        assertThat(r.incidentTypes()).contains("web_skimming", "unauthorized_access");
        assertThat(r.personsAffected()).isEqualTo(23512);
        assertThat(r.personsIsUpperBoundOrApprox()).as("最大").isTrue();
        assertThat(r.dataItems()).containsExactly("NAME", "ADDRESS", "PHONE", "EMAIL", "PAYMENT_CARD");
        assertThat(r.financialData()).isTrue();
        assertThat(r.sensitiveData()).as("closed list without special-care items").isFalse();
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(r.vendorNames()).containsExactly("株式会社ハヤセペイメント");
        assertThat(r.ppcReported()).isTrue();
        assertThat(r.causes()).contains("RC-06", "RC-12");
        assertThat(r.measures()).anyMatch(m -> m.contains("脆弱性診断"));
        assertThat(r.evidence().get("persons_affected")).contains("23,512");
        assertThat(r.dataItems()).as("the contact desk's phone and mail are not leaked items").doesNotContain("OTHER");
    }

    @Test
    void cityMisdeliveryWithYearlessDatesAndNegatedItems() {
        CaseRecord r = NoticeReader.read(fixture("city-bcc-misdelivery.txt"));
        assertThat(r.organization()).isEqualTo("青葉川市");
        assertThat(r.title()).isEqualTo("市民講座の案内メールの誤送信について");
        assertThat(r.published()).isEqualTo("2023-11-07");
        assertThat(r.occurred()).as("発生日時 field, year from the publication date").isEqualTo("2023-11-02");
        assertThat(r.discovered()).isEqualTo("2023-11-03");
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
        assertThat(r.personsAffected()).isEqualTo(152);
        assertThat(r.personsIsUpperBoundOrApprox()).as("延べ").isTrue();
        assertThat(r.dataItems()).as("氏名、住所 are said not to be included").containsExactly("EMAIL");
        assertThat(r.ppcReported()).isTrue();
        assertThat(r.vendorInvolved()).isFalse();
    }

    @Test
    void clinicLossReadTheSameFromUtf8AndShiftJis() {
        CaseRecord utf8 = NoticeReader.read(fixture("clinic-usb-loss.txt"));
        CaseRecord sjis = NoticeReader.read(fixture("clinic-usb-loss-sjis.txt"));
        assertThat(sjis).isEqualTo(utf8);
        assertThat(utf8.organization()).isEqualTo("医療法人社団さくら会 みどり台クリニック");
        assertThat(utf8.occurred()).isEqualTo("2025-02-10");
        assertThat(utf8.discovered()).as("翌日 after 2月10日").isEqualTo("2025-02-11");
        assertThat(utf8.incidentTypes()).containsExactly("loss_theft");
        assertThat(utf8.personsAffected()).isEqualTo(1204);
        assertThat(utf8.dataItems()).containsExactly("NAME", "BIRTH_DATE", "MEDICAL");
        assertThat(utf8.dataItems()).as("マイナンバー is excluded by the notice").doesNotContain("MY_NUMBER");
        assertThat(utf8.sensitiveData()).isTrue();
        assertThat(utf8.financialData()).as("card data explicitly not included").isFalse();
        assertThat(utf8.ppcReported()).isTrue();
        assertThat(utf8.causes()).contains("RC-09");
    }

    @Test
    void countsOfCompaniesUsersDevicesAndStaffAreNotPersons() {
        CaseRecord r = NoticeReader.read(fixture("counts-not-persons.txt"));
        assertThat(r.personsAffected()).isEqualTo(12);
        assertThat(r.personsIsUpperBoundOrApprox()).isFalse();
        assertThat(r.dataItems()).containsExactly("NAME", "SALARY");
        assertThat(r.discovered()).isEqualTo("2024-11-28");
    }

    @Test
    void digestSplitsIntoOneRecordPerEntry() {
        List<CaseRecord> entries = NoticeReader.readEntries(fixture("digest-three-entries.txt"));
        assertThat(entries).extracting(CaseRecord::organization)
                .containsExactly("株式会社ツバメ電機", "一般社団法人ひかり会", "カモメ物流株式会社");
        assertThat(entries).extracting(CaseRecord::published).containsExactly("2025-04-03", "2025-04-02", "2025-04-01");

        CaseRecord second = entries.get(1);
        assertThat(second.occurred()).as("start of the range 3月30日から4月1日まで").isEqualTo("2025-03-30");
        assertThat(second.discovered()).isEqualTo("2025-04-01");
        assertThat(second.incidentTypes()).containsExactly("wrong_publication");
        assertThat(second.personsAffected()).isEqualTo(480);
        assertThat(second.personsIsUpperBoundOrApprox()).isTrue();

        CaseRecord third = entries.get(2);
        assertThat(third.vendorNames()).as("alias ナギサテック resolves to the full name").containsExactly("株式会社ナギサテック");
        assertThat(third.discovered()).isEqualTo("2025-03-25");
        assertThat(third.personsAffected()).as("約1万2千名").isEqualTo(12000);
        assertThat(third.incidentTypes()).contains("ransomware");
    }

    @Test
    void textWithoutDigestEntriesIsOneRecord() {
        assertThat(NoticeReader.readEntries(fixture("clinic-usb-loss.txt"))).hasSize(1);
    }

    @Test
    void selfReferenceAliasNamesThePublisherWhenThereIsNoHeader() {
        CaseRecord r = NoticeReader.read("このたび、ナナホシ運輸株式会社(以下「当社」)の配送管理サーバが不正アクセスを受けました。"
                + "当社の委託先であるコマドリ情報株式会社から、2024年7月3日に報告を受けました。");
        assertThat(r.organization()).isEqualTo("ナナホシ運輸株式会社");
        assertThat(r.vendorNames()).containsExactly("コマドリ情報株式会社");
        assertThat(r.discovered()).isEqualTo("2024-07-03");
    }

    @Test
    void dateFormsAndFullWidthDigits() {
        CaseRecord r = NoticeReader.read("２０２４年５月１日\n株式会社アオイ\n\n"
                + "４月２８日（日）未明、当社のサーバーがランサムウェアに感染しました。\n"
                + "4月29日、社員が画面の異常に気づき、感染が判明しました。\n"
                + "漏えいのおそれがある個人情報は、お客様約３万件の氏名、住所です。");
        assertThat(r.published()).isEqualTo("2024-05-01");
        assertThat(r.occurred()).isEqualTo("2024-04-28");
        assertThat(r.discovered()).isEqualTo("2024-04-29");
        assertThat(r.personsAffected()).as("件 counting customers' records").isEqualTo(30000);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
        assertThat(r.incidentTypes()).as("ransomware with no attack or intrusion stated").containsExactly("ransomware");
    }

    @Test
    void oneItemPerBulletLineUnderAHeading() {
        CaseRecord r = NoticeReader.read("2025年7月1日\n株式会社カワセミ書房\n\n2025年6月20日、通販サイトへの不正アクセスを確認しました。\n"
                + "流出した可能性のある情報は以下のとおりです。\n・氏名\n・住所\n・メールアドレス\n対象人数:3,210名\n");
        assertThat(r.dataItems()).containsExactly("NAME", "ADDRESS", "EMAIL");
        assertThat(r.personsAffected()).isEqualTo(3210);
        assertThat(r.occurred()).as("当社は…を確認しました: the day it was found and, for want of better, when it happened")
                .isEqualTo("2025-06-20");
        assertThat(r.discovered()).isEqualTo("2025-06-20");
    }

    @Test
    void yearlessDateAfterPublicationBelongsToThePreviousYear() {
        CaseRecord r = NoticeReader.read("2025年1月20日\n株式会社ハクト\n\n12月27日、当社の社員がノートパソコンを紛失しました。");
        assertThat(r.occurred()).isEqualTo("2024-12-27");
    }

    @Test
    void rangeWithWeekdayNamesAndRecordsOfAnItem() {
        CaseRecord r = NoticeReader.read("令和6年8月30日\n株式会社トキワ観光\n\n"
                + "令和6年8月20日(火曜日)から8月22日(木曜日)にかけて、当社予約サイトが不正アクセスを受けました。\n"
                + "8月23日(金曜日)、お客様からの問い合わせにより判明しました。\n最大1万8千件のメールアドレスが流出した可能性があります。");
        assertThat(r.occurred()).isEqualTo("2024-08-20");
        assertThat(r.discovered()).isEqualTo("2024-08-23");
        // records of an item, whoever they are of: no count of people (label conventions: records only, persons null)
        assertThat(r.personsAffected()).isNull();
        assertThat(r.dataItems()).containsExactly("EMAIL");
    }

    @Test
    void emptyAndWhitespaceGiveAnEmptyRecord() {
        for (String text : new String[] {"", "   \n\n", null}) {
            CaseRecord r = NoticeReader.read(text);
            assertThat(r.organization()).isNull();
            assertThat(r.published()).isNull();
            assertThat(r.incidentTypes()).isEmpty();
            assertThat(r.personsAffected()).isNull();
        }
    }
}
