package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One invented example per pattern that real notices showed and the first reader missed: news write-ups, notices
 * without a letterhead, contractors named beside the publisher. Organisations and wording are made up.
 */
class NoticePatternsTest {

    private static CaseRecord read(String text) {
        return NoticeReader.read(text, true);
    }

    @Test
    void organizationNewsLeadSubject() {
        CaseRecord r = read("""
                架空市は12日、市立図書館の利用者名簿を紛失したと発表した。
                市によると、名簿には利用者48人の氏名と電話番号が記載されていた。
                """);
        assertThat(r.organization()).isEqualTo("架空市");
    }

    @Test
    void organizationMunicipalityWithoutItsPrefecture() {
        assertThat(read("架空県北架空市は3日、住民の個人情報を誤ってホームページに掲載していたと発表し、謝罪した。").organization())
                .isEqualTo("北架空市");
    }

    @Test
    void organizationLeadPlaceWithNiOite() {
        assertThat(read("""
                架空県立療育センターにおいて、利用者の連絡先を記載した書類1枚を紛失する事案が発生しました。
                関係者の皆様に深くお詫び申し上げます。
                """).organization()).isEqualTo("架空県立療育センター");
    }

    @Test
    void organizationIsNeverTheContractor() {
        CaseRecord r = read("""
                県が委託している研修事業の受託者である株式会社架空研修サービスが、受講予定者25名にメールを送信した際、
                宛先を「To」にしたため、他の受講者のメールアドレスが閲覧できる状態となりました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).containsExactly("株式会社架空研修サービス");
    }

    @Test
    void organizationNotTheBodyCoordinatedWithTheNotifier() {
        CaseRecord r = read("""
                本校の教員が、生徒の成績を保存したUSBメモリを紛失しました。
                本校及び架空大学では、情報が流出していないか監視を続けております。
                """);
        assertThat(r.organization()).isNull();
    }

    @Test
    void organizationBodyMentionWhenNothingElseNamesIt() {
        assertThat(read("""
                ご関係者の皆様
                2025年1月20日、架空県行政書士協会 事務局のパソコンがウイルスに感染し、不審なメールが送信されていることを確認しました。
                """).organization()).isEqualTo("架空県行政書士協会");
    }

    @Test
    void datesEraYearWithItsWesternTwinAndAnAffectedWindow() {
        CaseRecord r = read("""
                1 事案の概要
                架空町スポーツ協会のホームページに、教室の申込者データを誤って掲載していたことが判明しました。
                ○漏えいの疑いのある期間 令和6年(2024年)3月9日~6月2日
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-09");
    }

    @Test
    void datesTimelineLineWhoseEventIsOnTheNextLine() {
        CaseRecord r = read("""
                電子メール誤送信のお詫び
                架空食堂株式会社
                1. 経緯
                2024年9月12日(木)10:05~10:40の間に8通

                「秋の抽選会のお知らせ」として会員様へ電子メールを送信。
                """);
        assertThat(r.occurred()).isEqualTo("2024-09-12");
    }

    @Test
    void datesReportThatLedToTheFinding() {
        CaseRecord r = read("""
                令和5年6月2日に通知書120通を発送したところ、令和5年6月5日に受取人から「別の方の通知書が入っている」との
                連絡があり、誤って異なる方の通知書を同封し送付していたことが判明しました。
                """.replace("との\n", "との"));
        assertThat(r.discovered()).isEqualTo("2023-06-05");
        assertThat(r.occurred()).isEqualTo("2023-06-02");
    }

    @Test
    void datesNewsLeadPublicationTakesItsYearFromTheTimeline() {
        CaseRecord r = read("""
                架空市教育委員会は5月9日、卒業アルバムの個人情報が漏えいした可能性があると発表しました。
                5月2日、印刷業務の委託先から、情報漏えいの可能性があったと市教委に報告がありました。
                ■経緯
                2025年5月2日 委託先が市教委に報告。
                """);
        assertThat(r.published()).isEqualTo("2025-05-09");
        assertThat(r.discovered()).isEqualTo("2025-05-02");
    }

    @Test
    void datesYearFromTheFiscalYearAndAWrappedLine() {
        CaseRecord r = read("""
                架空高等学校において、体験入学の申込者の情報を、他の申込者も見ることができる状態になっていました。
                ・本校では、令和7年度の体験入学について、Webフォームで申込みを受け付けています。
                ・5月12日(月曜日)からフォームへの入力が可能でしたが、設定の誤りにより、他の申込者の回答が表示されました。
                ・5月20日(火曜日)9時、申込者の保護者から、他の方の入力した内容を見ることができる状
                態になっていると連絡がありました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-05-12");
        assertThat(r.discovered()).isEqualTo("2025-05-20");
    }

    @Test
    void typesDeniedPreventiveAndFootnoteMentionsAreNotTypes() {
        CaseRecord r = read("""
                架空商店の従業員が、お客様30名の氏名と住所を記載した名簿を紛失しました。
                調査の結果、不正アクセスの形跡はありません。
                今後、不正アクセスを防止する措置を講じます。
                ※ウイルスとは、他のプログラムに寄生して広がる不正なプログラムをいいます。
                """);
        assertThat(r.incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void typesTakingDataOutAndLosingItIsLossNotInsider() {
        assertThat(read("教員が生徒名簿を保存したUSBメモリを校外に持ち出し、帰宅途中に紛失しました。").incidentTypes())
                .containsExactly("loss_theft");
    }

    @Test
    void typesAFormSettingErrorIsMisconfiguration() {
        assertThat(read("申込フォームの設定の誤りにより、申込者が他の申込者の入力内容を閲覧できる状態になっていました。")
                .incidentTypes()).contains("misconfiguration");
    }

    @Test
    void typesRansomwareWithoutAStatedAttackStandsAlone() {
        assertThat(read("架空病院の電子カルテシステムがランサムウェアに感染し、一部の患者情報が復元できなくなりました。")
                .incidentTypes()).containsExactly("ransomware");
    }
}
