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

    // Dates, round 3: each rule is named after the pattern it handles (issue 14, patterns 1, 2, 3, 6 and 8).

    @Test
    void datesFindingVerbAtTheEndOfALongClause() {
        CaseRecord r = read("""
                不正アクセスによる個人情報漏えいのおそれについて
                2025年4月20日
                架空物産株式会社
                当社が運用する会員サイトのサーバーに外部から侵入された痕跡があることを、当社は4月8日に確認いたしました。
                """);
        assertThat(r.discovered()).isEqualTo("2025-04-08");
        assertThat(r.occurred()).as("the intrusion itself is not dated").isNull();
    }

    @Test
    void datesDateWithATimeRangeIsTheWindowOfTheEvent() {
        CaseRecord r = read("""
                メール誤送信に関するお詫び
                令和7年3月1日
                架空市
                2025年2月4日10時~12時の間に、職員のアカウントから迷惑メールが外部へ送信されていることが確認されました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-02-04");
        assertThat(r.discovered()).isNull();
    }

    @Test
    void datesAffectedWindowOfCustomersIsTheOccurrence() {
        CaseRecord r = read("""
                カード情報流出のお知らせ
                2025年6月30日
                架空雑貨株式会社
                対象:2025年2月10日〜5月25日の間に当サイトでカード決済を行ったお客様
                6月2日、カード会社からの連絡により流出の懸念が判明しました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-02-10");
        assertThat(r.discovered()).isEqualTo("2025-06-02");
    }

    @Test
    void datesAnOutageIsNoticedTheDayItStarts() {
        CaseRecord r = read("""
                システム障害について
                令和7年5月20日
                架空市立病院
                令和7年5月8日(木)未明から、ランサムウェアにより予約システムが停止しました。
                その後の調査で、5月15日に患者情報の一部が外部に流出したことを確認しました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-05-08");
        assertThat(r.discovered()).as("the first awareness, not the later confirmation").isEqualTo("2025-05-08");
    }

    @Test
    void datesHeadDateTakesTheLastPredicateOfItsSentence() {
        CaseRecord r = read("""
                ランサムウェア被害について(第2報)
                架空精機株式会社
                2025年4月15日
                4月2日(水)未明、当社サーバーが暗号化されていることを、出社した社員が確認しました。
                4月9日、調査の結果、個人情報が外部に流出した可能性があることを確認しました。
                """);
        assertThat(r.discovered()).isEqualTo("2025-04-02");
    }

    @Test
    void datesHeadDateWithAnEventClauseDatesTheEventToo() {
        CaseRecord r = read("""
                ウイルス感染に関するお詫び
                2025/3/2
                2025年2月26日、架空県調理師協会 事務局のパソコンがウイルスに感染し、協会を装った不審なメールが送信されている事が確認されました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-02-26");
        assertThat(r.discovered()).isEqualTo("2025-02-26");
        CaseRecord reported = read("""
                お知らせ
                2025/3/2
                2025年2月20日、委託先より、委託先のサーバーに不正アクセスがあり、当会のデータも対象となった旨の報告がありました。
                """);
        assertThat(reported.occurred()).as("a reported event keeps its own, unstated date").isNull();
        assertThat(reported.discovered()).isEqualTo("2025-02-20");
    }

    @Test
    void datesTitleLineCarriesThePublicationDate() {
        assertThat(read("""
                令和7年3月4日 システム障害に関するお知らせ(続報)
                架空大学
                2月27日に発生したシステム障害について、不正アクセスによるものと判明しました。
                """).published()).isEqualTo("2025-03-04");
        CaseRecord bracketed = read("""
                個人情報の漏えいについてのお詫び (2025/02/14)
                架空学園
                1月30日に外部からの不正アクセスがあり、2月3日に判明しました。
                """);
        assertThat(bracketed.published()).isEqualTo("2025-02-14");
        assertThat(bracketed.occurred()).isEqualTo("2025-01-30");
        assertThat(bracketed.discovered()).isEqualTo("2025-02-03");
        assertThat(read("""
                2025年3月4日に発生した不正アクセスについて
                架空学園
                """).published()).as("a title opening with the event's date").isNull();
    }

    @Test
    void datesEventVerbRightAfterTheDateIsTheOccurrence() {
        CaseRecord r = read("""
                令和7年3月4日 システム障害に関するお知らせ(続報)
                架空大学
                2月27日に発生したシステム障害について、不正アクセスによるものと判明しました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-02-27");
        assertThat(r.discovered()).as("判明 belongs to the cause, not to the date").isNull();
    }

    @Test
    void datesSlashTimelineEntryWithTheEventOnTheNextLine() {
        CaseRecord r = read("""
                不正アクセスに関するお知らせ
                架空運輸株式会社
                このたび、当社の元派遣社員が顧客情報を不正に持ち出していたことが判明しました。
                ■経緯
                ・5/20 09:40
                委託先からの連絡で事態を把握
                ・5/22
                警察に相談
                令和7年5月30日
                """);
        assertThat(r.published()).isEqualTo("2025-05-30");
        assertThat(r.discovered()).isEqualTo("2025-05-20");
        assertThat(DateMentions.find("全体の1/3 程度")).as("a fraction is no date").isEmpty();
    }

    @Test
    void datesAsOfADayIsNotADiscovery() {
        CaseRecord r = read("""
                お知らせ
                2025年6月5日
                架空商事株式会社
                6月2日時点で、流出した情報の悪用は確認されておりません。
                5月30日にサーバーへの不正アクセスを検知しました。
                """);
        assertThat(r.discovered()).isEqualTo("2025-05-30");
    }

    @Test
    void datesWeekdayPicksTheYearOfAYearLessDate() {
        // 2月14日 is a Friday in 2025, not in 2024: the weekday corrects the year the fiscal year suggests.
        CaseRecord r = read("""
                迷惑メール送信について
                架空協会
                令和5年度の会員名簿を共有していたアカウントです。
                2月14日(金)午後、協会のメールアカウントが第三者に不正に使用され、迷惑メールが送信されました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-02-14");
    }

    // Organisation and persons, round 3 (issue 14, patterns 4 and 5).

    @Test
    void organizationHeaderRunningIntoTheTitle() {
        CaseRecord r = read("""
                架空製薬株式会社 不正アクセスによる個人情報漏えいのおそれに関するお知らせ
                当社サーバーが外部から不正アクセスを受けました。
                """);
        assertThat(r.organization()).isEqualTo("架空製薬株式会社");
    }

    @Test
    void organizationFromWhoseStaffDidIt() {
        assertThat(read("""
                個人情報の不正持ち出しについて
                このたび、架空運輸の元派遣社員が、在籍中に取得した顧客情報を不正に持ち出していたことが判明しました。
                """).organization()).isEqualTo("架空運輸");
        assertThat(read("""
                お知らせ
                このたび、当社の元派遣社員が顧客情報を不正に持ち出していたことが判明しました。
                """).organization()).as("当社 names nobody").isNull();
    }

    @Test
    void organizationNotAVendorInAFieldLine() {
        assertThat(read("""
                個人情報の漏えいについて
                令和7年5月1日
                発生場所:株式会社架空物流 倉庫
                当協会の会員名簿を紛失しました。
                架空県観光協会
                """).organization()).isEqualTo("架空県観光協会");
    }

    @Test
    void organizationBodyAboveItsDepartments() {
        assertThat(read("""
                個人情報を含む書類の紛失について
                令和7年6月1日
                架空市 健康福祉部 健康推進課
                健康推進課において、健診受診者の名簿を紛失しました。
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void personsStaffWhoseAccountsWereUsedNotTheMails() {
        assertThat(read("""
                不正ログインについて
                架空大学
                本学職員3名のIDが不正に使用され、迷惑メールが計640件送信されました。
                """).personsAffected()).isEqualTo(3);
    }

    @Test
    void personsTheSubsetHoldingPersonalData() {
        assertThat(read("""
                漏えいについて
                架空学園
                在校生及び卒業生の情報計1,200件、うち個人情報を含むもの450件が閲覧可能でした。
                """).personsAffected()).isEqualTo(450);
        assertThat(read("""
                誤送信について
                架空市
                メール39通を誤送信しました。
                〇 そのうち個人情報が記載されていたものは4件。
                """).personsAffected()).as("mails, not a subset of people").isNull();
    }

    @Test
    void personsGroupsListedOneALineAreSummed() {
        assertThat(read("""
                漏えいのお知らせ
                架空町
                漏えいした個人情報
                ・申込者 45名(氏名、住所、電話番号)
                ・参加者 30名(氏名、年齢)
                """).personsAffected()).isEqualTo(75);
    }

    @Test
    void personsCountOnTheLineUnderItsHeadingAndLeakCount() {
        assertThat(read("""
                漏えいのお知らせ
                架空町
                ■漏えい人数
                1,234名
                ■漏えいした情報
                氏名、住所
                """).personsAffected()).isEqualTo(1234);
        assertThat(read("""
                誤送信について
                架空市
                漏えい件数 1件(メール1通)
                漏えいした情報 氏名、メールアドレス
                """).personsAffected()).isEqualTo(1);
    }

    @Test
    void personsRecipientsOfAMisdirectedMailAndHouseholds() {
        assertThat(read("""
                誤送信について
                架空市
                講座の参加者23名にメールを送信する際、誤って全員のメールアドレスを宛先に入力して送信しました。
                """).personsAffected()).isEqualTo(23);
        assertThat(read("""
                紛失について
                架空市
                支援対象の35世帯の氏名と住所を記載した手帳を紛失しました。
                """).personsAffected()).as("households when only households are given").isEqualTo(35);
    }

    // Incident types and data items, round 3 (issue 14, patterns 9 and 10).

    @Test
    void typesSharingLinkAndAuthenticationSettingsAreMisconfiguration() {
        assertThat(read("""
                お知らせ
                架空大学
                本学教員が業務で使用するクラウドストレージにおいて、共有リンクの権限が「リンクを知っている全員」となっていたため、学生の成績ファイルが外部から閲覧可能な状態でした。
                """).incidentTypes()).containsExactly("misconfiguration");
        assertThat(read("""
                お知らせ
                架空商事株式会社
                Webサーバーの認証設定の漏れにより、会員情報が外部から閲覧可能な状態となっていました。
                """).incidentTypes()).containsExactly("misconfiguration");
        assertThat(read("""
                お知らせ
                架空市
                外部からの不正アクセスはなく、設定の誤りにより、申込者の情報が閲覧できる状態でした。
                """).incidentTypes()).containsExactly("misconfiguration");
    }

    @Test
    void typesMisdispatchWordings() {
        assertThat(read("""
                お知らせ
                架空病院
                当院の職員が患者の検査結果を記載した書類を、取り違えて別の患者に郵送しました。
                """).incidentTypes()).containsExactly("misdelivery");
        assertThat(read("""
                お知らせ
                架空株式会社
                お客様宛ての請求書を誤発送いたしました。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void typesAccountTakeoverWithoutTheWord() {
        assertThat(read("""
                お知らせ
                架空大学
                本学教員のメールアカウントのパスワードが破られ、同アカウントから広告メールが大量に送信されました。
                """).incidentTypes()).containsExactly("account_takeover");
        assertThat(read("""
                お知らせ
                架空協会
                協会のメールアカウントが第三者に不正に使用され、迷惑メールが送信されました。
                """).incidentTypes()).containsExactly("account_takeover");
    }

    @Test
    void itemsNotFromAdviceOrSystemNames() {
        assertThat(read("""
                お知らせ
                架空商事株式会社
                当社を装った不審なメールが送信されています。差出人の氏名欄と実際のメールアドレスが異なる場合は、開かずに削除してください。
                """).dataItems()).isEmpty();
        assertThat(read("""
                お知らせ
                架空病院
                カルテ共有ネットワークに接続された端末から、患者の氏名と住所が閲覧可能な状態でした。
                """).dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS");
        assertThat(read("""
                お知らせ
                架空町
                職員が住所録を紛失しました。住所録には会員の氏名と電話番号が記載されていました。
                """).dataItems()).containsExactlyInAnyOrder("NAME", "PHONE");
    }

    @Test
    void itemsVocabularyOfCustomerNumbersCompaniesHoldersAndPhotos() {
        assertThat(read("""
                お知らせ
                架空物販株式会社
                漏えいした情報:顧客管理番号、企業名、担当者氏名、名義人名、利用したクレジットカード会社名
                """).dataItems()).containsExactlyInAnyOrder("NAME", "WORKPLACE", "CUSTOMER_ID", "PAYMENT_CARD");
        assertThat(read("""
                お知らせ
                架空保育園
                園児の写真と保護者の氏名が閲覧できる状態でした。
                """).dataItems()).containsExactlyInAnyOrder("NAME", "PHOTO");
    }

    @Test
    void itemsPersonalDataOfAnUnstatedKindIsOther() {
        assertThat(read("""
                お詫び
                架空高等学校
                教員が、生徒の個人情報の入ったUSBメモリを電車内で紛失しました。
                """).dataItems()).containsExactly("OTHER");
        assertThat(read("""
                お知らせ
                架空株式会社
                攻撃を受けたサーバーに顧客情報が含まれている可能性があり、調査を続けております。
                """).dataItems()).as("a possibility lists nothing").isEmpty();
    }

    // Vendors, round 3 (issue 14, pattern 7).

    @Test
    void vendorWordingsOfContractorsAndEntrustees() {
        assertThat(read("""
                お知らせ
                架空市
                契約業者が、住民の名簿を紛失しました。
                """).vendorInvolved()).isTrue();
        assertThat(read("""
                お知らせ
                架空県
                観光キャンペーンの事務局(受託者:(一社)架空観光振興会)において、応募者のメールアドレスが流出しました。
                """).vendorInvolved()).isTrue();
        assertThat(read("""
                お知らせ
                架空県
                県が(株)架空研修サービスに委託している研修事業において、受講者の氏名が誤って送信されました。
                """).vendorInvolved()).isTrue();
    }

    @Test
    void vendorTheNotifierIsItselfTheContractor() {
        assertThat(read("""
                お知らせ
                架空情報処理株式会社
                当社が架空市より受託している業務において、市民の氏名と住所を記載した書類を紛失しました。
                """).vendorInvolved()).isTrue();
    }

    @Test
    void vendorAnInvestigatorOrASoughtContractorIsNotInvolved() {
        assertThat(read("""
                お知らせ
                架空商事株式会社
                当社サーバーが不正アクセスを受けました。原因の調査を外部の専門会社に委託しております。
                """).vendorInvolved()).isFalse();
        assertThat(read("""
                お知らせ
                架空市
                申請者の名簿が、システムの委託業者を募るページに誤って掲載されていました。
                """).vendorInvolved()).isFalse();
    }

    @Test
    void organizationNewsLeadWithAShortenedPoliceStation() {
        assertThat(read("""
                架空署が15日、住民の名簿を挟んだバインダーを紛失したと発表した。
                名簿には住民12人の氏名が記載されていた。
                """).organization()).isEqualTo("架空警察署");
        assertThat(OrganizationRules.policeStation("架空税務署")).isEqualTo("架空税務署");
    }

    @Test
    void organizationMunicipalityOwningAFacilityItsManagerRuns() {
        CaseRecord r = read("""
                報道資料
                1 事案の概要
                架空市総合体育館(架空アリーナ)において指定管理者である架空市スポーツ振興財団が実施した教室について、申込者のデータが漏えいしたことが判明しました。
                """);
        assertThat(r.organization()).isEqualTo("架空市");
        assertThat(r.vendorInvolved()).isTrue();
    }

    @Test
    void organizationNewsLeadSubjectFollowedByItsContractor() {
        // The contractor named later in the lead does not make the subject a contractor; 「A社の委託先」 names A's contractor.
        CaseRecord r = read("""
                架空市は5日、業務委託先が説明会の案内メールを送信した際、宛先の設定を誤ったと発表した。
                架空商事株式会社の委託先である株式会社架空メール配信が送信を担当していた。
                """);
        assertThat(r.organization()).isEqualTo("架空市");
        assertThat(r.vendorNames()).containsExactly("株式会社架空メール配信");
    }

    @Test
    void datesWindowUnderATargetHeadingWithTheShopBetween() {
        // The range sits under its heading, and the shop's name stands between the range and the payment.
        CaseRecord r = read("""
                2024年9月2日
                架空雑貨株式会社
                【流出した可能性の対象となるお客様】

                2024年1月5日~2024年3月8日 に「架空雑貨オンラインストア(https://shop.example/)」にて、クレジットカード決済をご利用いただいたお客様
                """);
        assertThat(r.occurred()).isEqualTo("2024-01-05");
    }

    @Test
    void datesTargetRangeLongBeforeThePaymentVerb() {
        CaseRecord r = read("""
                2024年9月2日
                対象:2024年1月5日〜2024年3月8日の間に公式ストア「架空ストア」(物販・チケット・会場内決済の申し込み)に於いて、クレジットカード決済が行われたお客様情報。
                """);
        assertThat(r.occurred()).isEqualTo("2024-01-05");
    }

    @Test
    void datesResponseDateInBracketsAfterItsStepIsNoEvent() {
        CaseRecord r = read("""
                2024年9月2日
                当社の通販サイトが不正アクセスを受け、お客様情報が流出していることが判明いたしました。
                また、架空中央署に報告し相談(8月20日)しておりますとともに、被害状況の詳細につきまして調査を進めております。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isNull();
    }

    @Test
    void organizationLatinLetterheadOfSeveralWords() {
        assertThat(read("""
                2024年9月2日
                A&B KASOU NET株式会社
                架空 一郎

                「架空公式ストア」における不正アクセスによるお客様情報流出懸念に関するご報告とお詫び
                """).organization()).isEqualTo("A&B KASOU NET株式会社");
    }

    @Test
    void organizationACategoryWordAloneIsNoName() {
        // 「警察において」 and 「病院は」 name no publisher; a school by its short name (…高校) does.
        assertThat(read("""
                ・不正アクセスをした犯人について
                2024年4月13日に管轄の警察署で本件についての相談を行いました。
                現在、警察において捜査を行っていただいております。
                """).organization()).isNull();
        assertThat(read("架空市にある架空西高校は、28日、受験生3人の個人情報が入ったUSBメモリーを紛失したと発表しました。")
                .organization()).isEqualTo("架空西高校");
    }

    @Test
    void typesSignInIsLoginByAnotherWord() {
        assertThat(read("2025年1月10日、本学事務職員1名のアカウントにおいて、外部からの不正サインインが発生し、大量のメールが送信されました。")
                .incidentTypes()).contains("account_takeover");
    }

    @Test
    void datesSinceADateAStateHeldIsTheOccurrence() {
        CaseRecord r = read("""
                市ホームページの問い合わせ画面から送信された情報が、閲覧可能な状態になっていたことが2024年5月13日に判明しました。
                契約業者が調査したところ、うち120件の個人情報が2024年1月15日以降、閲覧可能な状態になっていたことがわかりました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-01-15");
        assertThat(r.discovered()).isEqualTo("2024-05-13");
    }

    @Test
    void datesReportNamedBeforeItsDateIsAFinding() {
        CaseRecord r = read("""
                (1)令和6年5月28日(火)本市が印刷業務を委託している事業者より、サーバーがランサムウェアに感染したとの報告がありました。
                (2)個人情報を含むデータがインターネット上に公開されていたことが判明した旨の報告が、7月1日(月)にあった。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-05-28");
    }

    @Test
    void organizationNotTheContractorUnderItsHeadingNorAnAddress() {
        CaseRecord r = read("""
                本市が印刷業務を委託している事業者のサーバーがランサムウェアに感染し、個人情報が公開されていたことが判明しました。
                2 委託事業者
                株式会社架空印刷(情報処理サービス、用紙の製造・販売等)
                本社:架空市中央区本町通三条下ル石橋町 12
                """);
        assertThat(r.organization()).isNull();
    }

    @Test
    void typesTheCoronavirusIsNoMalwareAndALongMisdirectedSending() {
        CaseRecord r = read("""
                4月24日(月曜日)、保育課において、新型コロナウイルス感染症対策特例に係る減免データを誤って市内の他の保育施設へ電子メールで送付いたしました。
                """);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void personsNumberedGroupsOpeningWithTheirCountsAreSummed() {
        CaseRecord r = read("""
                平成27年12月3日に本校において、生徒の個人情報が入ったUSBメモリを紛失する事案が発生しました。
                1 当該USBに保存されている個人情報
                (1) 2年生120人分のテストの点数,評定
                (2) 担任クラス35人分の名簿
                (3) 吹奏楽部21人分の演奏会の記録
                """);
        assertThat(r.personsAffected()).isEqualTo(176);
    }

    @Test
    void datesAVerbDescribingANounIsNotTheDatesPredicate() {
        // 「漏えいした個人情報を閲覧した方」 describes who called; the date belongs to 連絡が入り.
        CaseRecord r = read("""
                令和7年1月9日(木)に漏えいした個人情報を閲覧した方から当センターにメールにて連絡が入り、調査したところ、入力画面に他の方の内容が表示される現象が起こっていたことが判明しました。
                """);
        assertThat(r.discovered()).isEqualTo("2025-01-09");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesTimelineEntriesEndingOnNounsStayApart() {
        // Entries ending on a noun are not joined to the next entry; 「…から…について連絡」 is a report received; a range
        // ending on a bare day (~3日(金)) and 「誤記載」 split as a verb do not hide it; 「全容を把握」 is no first awareness.
        CaseRecord r = read("""
                2023年2月14日
                1 事案の経緯
                ・1月30日(月) 会員登録票を郵送
                ・2月2日(木)~3日(金) 複数事業所から会員登録票の誤記載について連絡
                ・2月8日(水) 全事業所に事情を説明して事案の全容を把握
                """);
        assertThat(r.discovered()).isEqualTo("2023-02-02");
    }

    @Test
    void organizationLegalFormBeforeTheNameInALeadAndNoOtherPartyWithSama() {
        assertThat(read("一般社団法人 架空保険協会では、試験の申込システムにおいて受験者情報の漏えい事案が発生しましたので、下記のとおりご報告いたします。")
                .organization()).isEqualTo("一般社団法人 架空保険協会");
        assertThat(read("""
                2018年2月28日
                当協会より会員企業様の一社(以下「会員企業様A」といいます。)宛てに情報を送信した際、誤って会員企業様Bの社員情報を含めて送信していたことが判明いたしました。
                誤って送信された個人情報は、会員企業様Bの社員(150名)の個人名とメールアドレスです。
                """).organization()).isNull();
    }

    @Test
    void personsLongGroupNamesAndAWrongAttachment() {
        CaseRecord r = read("""
                今回、退会希望者に、退会届と共に、事務書類1ファイルを添付してしまいました。
                <影響範囲>
                 ・会員番号を含む個人名:150名(内退会者90名)
                 ・会員番号を含む個人名+住所:5名
                 ・会員番号を含む個人名+住所+メールアドレス:2名
                """);
        assertThat(r.personsAffected()).isEqualTo(157);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesANewsSitesOwnDateGivesWayToTheLead() {
        CaseRecord r = read("""
                申請者一覧表を外部の事業者へ誤送信(架空県) | 架空セキュリティニュース
                2026.01.03(土)

                架空県は4月19日、同県の架空保健福祉事務所にて個人情報を外部の事業者へ誤ってメール送信したと発表した。
                これは4月16日午後5時13分に、同事務所の職員が2019年3月分の申請者一覧表を送信する際に、送信先を誤入力したというもの。
                4月17日午前8時25分に、同事務所の担当職員が誤送信に気付いた。
                """);
        assertThat(r.published()).isEqualTo("2019-04-19");
        assertThat(r.occurred()).isEqualTo("2019-04-16");
        assertThat(r.discovered()).isEqualTo("2019-04-17");
    }

    @Test
    void itemsAndTypesMedicalVirusesAreNoMalwareAndBracketedGroupsAreSummed() {
        CaseRecord r = read("""
                架空市は22日、肝炎ウイルス検診を受けた市民の個人情報が入ったUSBメモリーを紛失したと発表した。
                1 紛失した個人情報
                  • 患者氏名及び生年月日 30 名分
                  • 支援に必要な情報を記載したシート(患者の氏名も記載) 12 名分
                  • 院内での様子を記録した写真 8 名分
                """);
        assertThat(r.incidentTypes()).containsExactly("loss_theft");
        assertThat(r.personsAffected()).isEqualTo(50);
    }

    @Test
    void datesTimelineLinesWithEraOrSameYearJoinTheirEvent() {
        CaseRecord r = read("""
                更新日:2025年10月1日
                架空区立小学校において、児童の個人情報等が記載されたデータを誤って配信し、閲覧可能な状態となっていたことが判明しました。
                1 経緯
                - 令和7年9月25日(木曜日)
                当該校教員が、児童の個人情報等が記載された資料をタブレット端末で共有した際、別のクラスに誤配信した。
                - 同年9月29日(月曜日)
                当該校教員が、タブレット端末を確認し誤配信したことに気付き、事態が発覚。
                """);
        assertThat(r.occurred()).isEqualTo("2025-09-25");
        assertThat(r.discovered()).isEqualTo("2025-09-29");
        assertThat(r.organization()).as("a school named only by its kind is the ward's").isEqualTo("架空区");
    }

    @Test
    void organizationAndPersonsUnnamedSchoolsAndVagueCounts() {
        CaseRecord r = read("""
                市立小学校における家庭個票の誤配付による個人情報の漏えいについて
                令和7年4月7日、市立小学校の担任が、児童数十人分の家庭個票を配付した際、別の児童の個票を誤って渡してしまいました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.personsAffected()).isNull();
        assertThat(read("架空市立病院において、患者の検査結果を記載した書類を紛失したことが判明しました。").organization())
                .isEqualTo("架空市立病院");
    }

    @Test
    void typesAFileAttachedByMistakeFarFromTheWord() {
        assertThat(read("市内の小学校で、誤って2024年度の、新1年生85人の氏名や保護者の連絡先などの個人情報が記載された文書を添付し、送信するミスがありました。")
                .incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesPressReleaseFieldsAndSameDayTimelineLines() {
        // 「…提供 資料提供」 dates the release; 「判明した日時」 labels the finding; 「●同日16時30分頃」 is no heading but a
        // timeline date; 「(2)発生場所:…窓口内」 is a field, not a contact section.
        CaseRecord r = read("""
                架空課における個人情報の漏洩
                2025年12月09日提供 資料提供

                当課の補助金事務において、個人情報を含むデータファイルを誤送付したことが判明しました。
                3 判明した日時
                12月8日(月)13時30分過ぎ
                """);
        assertThat(r.published()).isEqualTo("2025-12-09");
        assertThat(r.discovered()).isEqualTo("2025-12-08");
        CaseRecord t = read("""
                委託先事業者が、施設にメールを送信する際、誤って全宛先が表示される状態で送信しました。
                (1)発生日:令和5年2月28日(火)11時22分
                (2)発生場所:委託先事業運営窓口内
                ●令和5年2月28日(火)11時22分
                委託先事業者からアンケートメールを送信。
                ●同日16時30分頃
                送信先の施設から委託先事業者に対しご指摘の連絡があり判明。
                """);
        assertThat(t.occurred()).isEqualTo("2023-02-28");
        assertThat(t.discovered()).isEqualTo("2023-02-28");
    }

    @Test
    void datesYearFromAnEraYearAndMonthAndADateNamingMaterial() {
        CaseRecord r = read("""
                本文
                架空保健福祉事務所において、交付申請のあった2法人に対象外の文書を誤って送付する事案が発生しました。
                ・誤って交付した文書:許可終期が令和5年1月から3月までの施設一覧
                5月2日(火曜日)
                交付申請のあった2法人に対し、対象データをメール送付
                """);
        assertThat(r.occurred()).isEqualTo("2023-05-02");
        CaseRecord t = read("""
                2021年12月1日
                受講生59名の宛先を誤って「To」に入力して送付しました。
                11月9日(火曜日)、翌日10日(水曜日)の研修資料のダウンロードリンク先をセンターが電子メールにて案内。
                """);
        // 翌日10日 names the material; the sending day (9日) is cut off by that mention and is still not read.
        assertThat(t.occurred()).isNotEqualTo("2021-11-10");
    }

    @Test
    void organizationAPrefectureOfThreeCharactersInTheBody() {
        assertThat(read("""
                更新日:2025年5月8日
                架空県が実施する「緊急支援事業」の委託事業者である架空県社会福祉協議会において、データファイルを誤って送信する事案が発生しました。
                """).organization()).isEqualTo("架空県");
    }

    @Test
    void datesAnApologyToThoseWhoseDataLeakedDatesNoEvent() {
        CaseRecord r = read("""
                本文
                架空保健福祉事務所において、交付申請のあった2法人に対し、誤って対象外文書を提供したもの。
                ・本来交付すべき文書:許可始期が令和5年1月から3月までの施設一覧
                5月2日(火曜日)
                交付申請のあった2法人に対し、対象データをメール送付
                5月26日(金曜日)より
                流出した個人情報の対象者16人に対し、状況を説明し順次謝罪
                """);
        assertThat(r.occurred()).isEqualTo("2023-05-02");
    }

    @Test
    void organizationABoardOfEducationShortenedInNews() {
        assertThat(read("""
                【架空】架空県の架空市教委は25日、市立中学校で生徒の成績を記録したUSBメモリーを紛失したと発表した。
                市教委によると、メモリーには生徒80人の氏名が記録されていた。
                """).organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void organizationAMunicipalityWrittenPartlyInKana() {
        assertThat(read("""
                香川県かぬき市教育委員会は1月23日、市立中学校の教諭が卒業生50名の個人情報が入ったUSBメモリーを紛失したと発表した。
                """).organization()).isEqualTo("かぬき市教育委員会");
    }

    @Test
    void organizationTheMayorsLineOverTheApology() {
        assertThat(read("""
                本文
                この度、施設利用者の皆様の個人情報を漏えいしてしまいましたことに対しまして、深くお詫び申し上げます。
                架空市長 山田 太郎
                12月5日、こども課職員が利用者にメールを送信した際、誤って「宛先」欄にメールアドレスを入力して送信しました。
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void organizationAServiceProvidedByAVendorIsNoPublisher() {
        assertThat(read("""
                このたび、弊社運営の通販サイトに導入していた表示変換サービス(株式会社架空ショー提供)に対して第三者による不正アクセスがあり、カード情報(120件)を不正取得された可能性があることが判明いたしました。
                """).organization()).isNull();
    }

    @Test
    void datesFiscalYearsOfTheRecordsGiveNoYear() {
        CaseRecord r = read("""
                架空県教育委員会は9月30日、県立高等学校内で生徒の個人情報が入ったUSBメモリを紛失したことが判明したと発表した。
                USBメモリには在校生・卒業生の学習成績(平成23年度から平成25年度:のべ300名分)が記録されていた。
                """);
        assertThat(r.published()).isNull();
        CaseRecord t = read("""
                架空市教育委員会は1月23日、卒業生40名の個人情報が入ったUSBメモリーを紛失したと発表した。
                USBメモリーには、2006年度と2008年度に同校を卒業した計40名分の氏名が保存されている。
                """);
        assertThat(t.published()).isNull();
        // One fiscal year alone still gives the year.
        assertThat(read("""
                架空高等学校では、令和7年度から講座の申込フォームを使っています。
                6月23日、申込者の氏名が他の申込者から閲覧できる状態になっていたことが判明しました。
                """).discovered()).isEqualTo("2025-06-23");
    }

    @Test
    void datesAPeriodInWhichTheLeakHappenedOpensIt() {
        CaseRecord r = read("""
                このたび、弊社が運営する通販サイトにおきまして、第三者による不正アクセスを受け、2020年1月9日から2020年5月29日までの期間にお客様のクレジットカード情報1,200件が漏えいした可能性があることが第三者調査機関の調査にて判明しました。
                2020年5月27日、クレジットカード会社より、カード情報が漏えいしている可能性があると指摘を受けました。
                """);
        assertThat(r.occurred()).isEqualTo("2020-01-09");
        assertThat(r.discovered()).isEqualTo("2020-05-27");
    }

    @Test
    void datesAPressReleaseMarkInBracketsIsThePublication() {
        CaseRecord r = read("""
                本文
                令和6年12月5日(木曜日)、こども課職員が利用者にメールを送信した際、誤って「宛先」欄にメールアドレスを入力して送信したことから、個人情報が漏えいしました。(令和6年12月6日 10時30分発表)
                利用者のメールアドレス 300件
                """);
        assertThat(r.published()).isEqualTo("2024-12-06");
        assertThat(r.occurred()).isEqualTo("2024-12-05");
    }

    @Test
    void datesADateFillingAnOccurrenceFieldIsNoPublication() {
        CaseRecord r = read("""
                本文
                架空市立子育て支援センターにおいて、メールの誤送信による個人情報の漏えい事案が発生いたしました。
                1.発生年月日
                令和6年6月25日(火曜日)
                2.事案概要
                会員1名に対して、他の会員の個人情報も掲載されたデータを誤送信した。
                """);
        assertThat(r.published()).isNull();
        assertThat(r.occurred()).isEqualTo("2024-06-25");
    }

    @Test
    void datesAnEarlierTitledReleaseDatesNoEvent() {
        CaseRecord r = read("""
                当社が利用するクラウドサービス上の個人情報を含むファイルがインターネット上で閲覧可能な状態にあったことが判明し、2023年12月7日に「個人情報漏えいの可能性に関するお知らせ(以下、既報)」を公表いたしました。
                当社で利用しているクラウドサービスの一部のファイルにおいて、個人情報が閲覧可能な状態にあったことが2023年11月21日に判明いたしました。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2023-11-21");
    }

    @Test
    void typesAShareSetToAnyoneWithTheLinkIsAMisconfiguration() {
        assertThat(read("""
                架空商事株式会社
                当社で利用しているクラウドサービスで管理する一部のファイルにおいて、個人情報がインターネット上で閲覧可能な状態にあったことが判明いたしました。
                当該ファイルの閲覧範囲を「このリンクを知っている全員が閲覧できます」と設定したことから、リンクを知っていれば誰でも閲覧できる状態でありました。
                """).incidentTypes()).containsExactly("misconfiguration");
    }

    @Test
    void organizationADepartmentIsNoPoliceStation() {
        assertThat(OrganizationRules.policeStation("松江署")).isEqualTo("松江警察署");
        assertThat(OrganizationRules.policeStation("部署")).isEqualTo("部署");
        assertThat(OrganizationRules.policeStation("関係部署")).isEqualTo("関係部署");
    }

    @Test
    void typesAnAddresseeWrittenInKanaIsAMisdelivery() {
        assertThat(read("""
                本文
                架空市立学校において、担当の教職員が校長に報告するためメールを送信する際に、あて先を誤り、保護者の皆さんにも送ってしまいました。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesACleftSentenceDatesTheFinding() {
        CaseRecord r = read("""
                2025年5月27日、架空市の保育課において、保育施設宛てのメールに誤って個人情報を含むファイルが添付される事案が発生した。
                誤送信が発覚したのは同日午後3時頃で、受け取った園から電話があった。
                """);
        assertThat(r.occurred()).isEqualTo("2025-05-27");
        assertThat(r.discovered()).isEqualTo("2025-05-27");
    }

    @Test
    void personsGroupsCountedInOneSentenceAreSummed() {
        assertThat(read("""
                架空市の保育課において、保育施設宛てのメールに誤って個人情報を含むファイルが添付された。
                影響を受けたのは20世帯で、対象児童は24名、保護者は20名にのぼる。
                """).personsAffected()).isEqualTo(44);
        // A subset is not added to its whole.
        assertThat(read("""
                架空市の保育課において、保育施設宛てのメールに誤って個人情報を含むファイルが添付された。
                対象者は24名、うち保護者は20名である。
                """).personsAffected()).isEqualTo(24);
    }
}
