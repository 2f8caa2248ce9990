package org.itaku.document;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.itaku.vocabulary.PersonCount;

import static org.assertj.core.api.Assertions.assertThat;

/** What the documents say, independent of format. */
class DocumentContentTest {

    private final Documents documents = new Documents(DocumentSettings.defaults());

    private String text(DocumentRequest request) {
        return documents.text(request);
    }

    @Test
    void sokuhoHasTheFormFieldsInFormOrderThenItemsOneToNine() {
        String t = text(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI));
        List<String> inOrder = List.of("報告者の氏名又は名称", "■発生日", "■発覚日", "■発生事案", "■発見者", "■規則第7条各号該当性",
                "■委託元の有無", "■委託先の有無", "■事実経過", "■(1) 概要",
                "■(2) 漏えい等が発生し、又は発生したおそれがある個人データの項目",
                "■(3) 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数", "■(4) 原因",
                "■(5) 二次被害又はそのおそれの有無及びその内容", "■(6) 本人への対応の実施状況", "■(7) 公表の実施状況",
                "■(8) 再発防止のための措置", "■(9) その他参考となる事項");
        int last = -1;
        for (String label : inOrder) {
            int at = t.indexOf(label);
            assertThat(at).as(label).isGreaterThan(last);
            last = at;
        }
        assertThat(t).contains("個人データの漏えい等に関する報告（速報）", "施行規則第8条第1項", "令和8年6月5日", "令和8年6月6日",
                "漏えいのおそれ、毀損のおそれ", "自社／委託先（弊社システム運用担当者）", "最大125,000人（精査中）",
                "名称：みなと社会保険労務士法人", "電話番号：03-5555-0100", "■委託先の有無\n無");
    }

    @Test
    void unknownFactsAreMarkedNotInvented() {
        String t = text(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI));
        assertThat(t).contains("■(4) 原因\n【未確認】", "■(5) 二次被害又はそのおそれの有無及びその内容\n【未確認】",
                "【今後実施予定の措置】\n【未確認】", "判明し次第、確報にて報告いたします");
        BreachReport bare = DocumentDemo.preliminary().toBuilder().occurredOn(null).persons(null).build();
        assertThat(text(DocumentRequest.ppcReport(bare, DateStyle.WAREKI)))
                .contains("■発生日\n【未確認】", "に係る本人の数\n【未確認】");
    }

    @Test
    void kakuhoShowsWhatChangedSinceTheSokuho() {
        String t = text(DocumentRequest.ppcReport(DocumentDemo.finalReport(), DateStyle.WAREKI));
        assertThat(t).contains("個人データの漏えい等に関する報告（確報）", "施行規則第8条第2項", "速報（令和8年6月9日付）からの変更点",
                "98,412人", "【速報時の記載】最大125,000人（精査中）", "■(4) 原因　［変更］",
                "VPN装置の既知の脆弱性", "（発生主体）報告者（弊社）", "【速報時の記載】【未確認】");
        String changes = t.substring(t.indexOf("からの変更点"), t.indexOf("■報告の種別"));
        assertThat(changes).contains("・(3) ", "・(4) 原因", "・(5) ", "・(8) 再発防止のための措置", "・事実経過")
                .doesNotContain("(1) 概要", "(2) ", "(9) ", "発覚日", "報告の種別");
        assertThat(t).contains("■(1) 概要\n").doesNotContain("■(1) 概要　［変更］");
        // Nothing is unknown any more, so the 確報 does not promise to supplement anything.
        assertThat(t).doesNotContain("追完");
    }

    @Test
    void jointReportNamesBothParties() {
        String t = text(DocumentRequest.ppcReport(DocumentDemo.joint(), DateStyle.WAREKI));
        assertThat(t).contains("株式会社みなと給与システム及びみなと社会保険労務士法人の連名による報告です",
                "■連名報告者の氏名又は名称\nみなと社会保険労務士法人", "■連名報告者の電話番号\n03-5555-0100");
    }

    @Test
    void myNumberVariantCitesTheMyNumberActAndItsRule() {
        String t = text(DocumentRequest.ppcReport(DocumentDemo.myNumber(), DateStyle.WAREKI));
        assertThat(t).contains("特定個人情報の漏えい等に関する報告（速報）", "番号の利用等に関する法律第29条の4第1項",
                "特定個人情報の漏えい等に関する報告等に関する規則第3条第1項", "規則第2条各号該当性",
                "第2号（不正の目的", "第4号（本人の数が100人を超える", "特定個人情報の項目", "個人番号（マイナンバー）")
                .doesNotContain("規則第7条各号該当性", "個人データの項目");
    }

    @Test
    void myNumberNoticesCiteTheMyNumberActToo() {
        BreachReport mn = DocumentDemo.myNumber();
        String notice = text(DocumentRequest.principalNotice(new PrincipalNotice(mn, DocumentDemo.PRINCIPAL,
                PersonCount.exact(12), List.of("個人番号（マイナンバー）"), mn.preparedOn(), DocumentDemo.DESK, null),
                DateStyle.WAREKI));
        assertThat(notice).contains("特定個人情報の漏えい等に関するご報告", "第29条の4第1項ただし書",
                "特定個人情報の漏えい等に関する報告等に関する規則第4条", "規則第2条各号該当性（弊社の判断）",
                "貴社からお預かりした特定個人情報のうち").doesNotContain("施行規則第9条", "規則第7条");
        String letter = text(DocumentRequest.individualLetter(new IndividualNotice(mn, mn.preparedOn(), null, List.of(),
                null, null, List.of(), DocumentDemo.DESK), DateStyle.WAREKI));
        // Without a known group the letter speaks to the people concerned, not to 「お客様」 by default.
        assertThat(letter).contains("本件の対象となる皆様", "第29条の4第2項").doesNotContain("第26条第2項", "お客様");
        // Both laws apply to a ransomware case with My Numbers: APPI Art. 26(2) and My Number Act Art. 29-4(2).
        String both = text(DocumentRequest.individualLetter(new IndividualNotice(mn, mn.preparedOn(), null, List.of(),
                null, null, List.of(), DocumentDemo.DESK, "従業員及びご家族の皆様", true, true), DateStyle.WAREKI));
        assertThat(both).contains("従業員及びご家族の皆様", "個人情報の保護に関する法律第26条第2項及び"
                + "行政手続における特定の個人を識別するための番号の利用等に関する法律第29条の4第2項に基づき");
    }

    @Test
    void voluntaryReportSaysNonApplicable() {
        BreachReport voluntary = DocumentDemo.preliminary().toBuilder().categories(Set.of()).build();
        assertThat(text(DocumentRequest.ppcReport(voluntary, DateStyle.WAREKI)))
                .contains("■規則第7条各号該当性\n非該当（上記に該当しない場合の報告）");
    }

    @Test
    void principalNoticeCarriesThatPrincipalsPersonsAndItems() {
        NamedBusiness other = new NamedBusiness("株式会社北浜商事", "大阪府大阪市中央区北浜一丁目1番1号", "06-0000-0000");
        String t = text(DocumentRequest.principalNotice(DocumentDemo.principalNotice(other, 57, "MP-000042"),
                DateStyle.WAREKI));
        assertThat(t).contains("株式会社北浜商事　御中", "管理番号：MP-000042", "令和8年7月3日", "施行規則第9条",
                "■(3) 貴社に係る本人の数\n57人", "■(1) 概要", "■(9) その他参考となる事項", "拝啓", "敬具",
                "0120-000-123").doesNotContain("98,412", "125,000");
    }

    @Test
    void individualNoticeCarriesOnlyItemsOneTwoFourFiveAndNine() {
        for (DocumentRequest request : List.of(DocumentRequest.individualLetter(DocumentDemo.individualNotice(), DateStyle.WAREKI),
                DocumentRequest.individualEmail(DocumentDemo.individualNotice(), DateStyle.WAREKI))) {
            String t = text(request);
            assertThat(t).contains("山田　花子　様", "1. 概要", "発生日：令和8年6月5日", "2. 漏えい又は毀損が発生したおそれがある個人情報の項目",
                    "基礎年金番号", "3. 原因", "通信機器の脆弱性", "4. 二次被害又はそのおそれの有無及びその内容", "5. 皆様へのお願い",
                    "不審な電話", "お問い合わせ窓口", "第26条第2項");
            // Rules Art. 10: no head count (item 3), response status (6), publication (7) or measures (8).
            assertThat(t).doesNotContain("98,412", "本人の数", "本人への対応", "公表", "再発防止", "多要素認証", "(6)", "(8)",
                    "ファームウェア", "VPN装置");
        }
        assertThat(text(DocumentRequest.individualEmail(DocumentDemo.individualNotice(), DateStyle.WAREKI)))
                .startsWith("件名：【重要】個人情報の漏えい等のおそれに関するお知らせとお詫び（株式会社みなと給与システム）");
    }

    @Test
    void announcementAndSummary() {
        assertThat(text(DocumentRequest.announcement(DocumentDemo.announcement(), DateStyle.WAREKI)))
                .contains("個人情報の漏えい等のおそれに関するお詫びとお知らせ", "98,412人", "7. 再発防止策", "多要素認証", "深くお詫び申し上げます");
        assertThat(text(DocumentRequest.summary(DocumentDemo.summary(), DateStyle.WAREKI)))
                .contains("社外秘", "INC-2026-0007", "確報：令和8年8月4日（規則第8条第2項（第3号該当のため60日））", "■未確認事項\nなし",
                        "98,412人");
        IncidentSummary early = new IncidentSummary(DocumentDemo.preliminary(), DocumentDemo.preliminary().preparedOn(),
                null, null, List.of(), List.of());
        assertThat(text(DocumentRequest.summary(early, DateStyle.WAREKI)))
                .contains("■未確認事項\n(4) 原因、(5) 二次被害又はそのおそれの有無及びその内容");
    }

    @Test
    void seirekiAndWarekiFollowThePreference() {
        assertThat(text(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.SEIREKI)))
                .contains("■発生日\n2026年6月5日", "■発覚日\n2026年6月6日").doesNotContain("令和8年6月");
        assertThat(text(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI)))
                .contains("■発生日\n令和8年6月5日");
    }
}
