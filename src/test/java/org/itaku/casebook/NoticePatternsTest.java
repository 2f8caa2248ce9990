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
                架空町は18日、委託先の事業者が講座参加者へのお知らせをメールで配信した際に、宛先の指定を取り違えていたと公表した。
                配信作業は、架空物産株式会社の委託先である株式会社架空ネット通信が受け持っていた。
                """);
        assertThat(r.organization()).isEqualTo("架空町");
        assertThat(r.vendorNames()).containsExactly("株式会社架空ネット通信");
    }

    @Test
    void datesWindowUnderATargetHeadingWithTheShopBetween() {
        // The range sits under its heading, and the shop's name stands between the range and the payment.
        CaseRecord r = read("""
                2025年3月14日
                架空文具株式会社
                【情報流出のおそれがある対象のお客様】

                2024年10月21日~2025年1月30日 の期間に「架空文具ウェブショップ(https://bunko.example/)」でクレジットカード決済をされたお客様
                """);
        assertThat(r.occurred()).isEqualTo("2024-10-21");
    }

    @Test
    void datesTargetRangeLongBeforeThePaymentVerb() {
        CaseRecord r = read("""
                2025年3月14日
                対象:2024年10月21日〜2025年1月30日の間に通販サイト「架空マーケット」(食品・日用品・定期便のお申込み分を含む)においてクレジットカードで決済されたお客様の情報。
                """);
        assertThat(r.occurred()).isEqualTo("2024-10-21");
    }

    @Test
    void datesResponseDateInBracketsAfterItsStepIsNoEvent() {
        CaseRecord r = read("""
                2025年3月14日
                弊社のオンラインショップに第三者からの不正なアクセスがあり、ご登録情報が外部に漏えいしていたことが判明しました。
                現在、架空北警察署へ届け出て相談(3月3日)を行っており、あわせて被害の範囲について調べております。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isNull();
    }

    @Test
    void organizationLatinLetterheadOfSeveralWords() {
        assertThat(read("""
                2025年3月14日
                K&S KASOU BLUE WORKS株式会社
                代表取締役 架空 花子

                「架空ウェブショップ」への不正アクセスに伴うお客様情報漏えいのおそれについてのお知らせとお詫び
                """).organization()).isEqualTo("K&S KASOU BLUE WORKS株式会社");
    }

    @Test
    void organizationACategoryWordAloneIsNoName() {
        // 「警察において」 and 「病院は」 name no publisher; a school by its short name (…高校) does.
        assertThat(read("""
                ・情報を抜き取った者について
                2025年2月3日に最寄りの警察署へ本件を相談いたしました。
                引き続き、警察において捜査が進められております。
                """).organization()).isNull();
        assertThat(read("架空町の架空東高校は、3日、在校生5人の成績を記録したノートパソコンが盗まれたと公表しました。")
                .organization()).isEqualTo("架空東高校");
    }

    @Test
    void typesSignInIsLoginByAnotherWord() {
        assertThat(read("2025年6月2日、当法人職員2名のメールアカウントに第三者が不正にサインインし、迷惑メールが多数送られました。")
                .incidentTypes()).contains("account_takeover");
    }

    @Test
    void datesSinceADateAStateHeldIsTheOccurrence() {
        CaseRecord r = read("""
                町の申込フォームに入力された内容を外部から見ることができる状態であったことが、2025年8月20日に判明しました。
                委託業者が確認した結果、このうち64件の個人情報が2025年3月3日以降、閲覧可能な状態となっていたことがわかりました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-03-03");
        assertThat(r.discovered()).isEqualTo("2025-08-20");
    }

    @Test
    void datesReportNamedBeforeItsDateIsAFinding() {
        CaseRecord r = read("""
                (1)令和7年6月10日(火)町が発送業務を委託している業者から、同社のサーバーが不正アクセスを受けたとの連絡がありました。
                (2)その後、個人情報を含むファイルが外部のサイトに掲載されていたことを確認した旨の連絡が、7月14日(月)にありました。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2025-06-10");
    }

    @Test
    void organizationNotTheContractorUnderItsHeadingNorAnAddress() {
        CaseRecord r = read("""
                町が発送業務を委託している業者のサーバーが不正アクセスを受け、個人情報が外部に掲載されていたことが分かりました。
                2 委託業者
                株式会社架空データサービス(データ入力、帳票の印刷・封入作業等)
                所在地:架空県架空市南町二丁目3番4号
                """);
        assertThat(r.organization()).isNull();
    }

    @Test
    void typesTheCoronavirusIsNoMalwareAndALongMisdirectedSending() {
        CaseRecord r = read("""
                6月12日(木曜日)、こども支援課で、新型コロナウイルスワクチン接種費用の助成に係る申請者データを誤って町内の別の医療機関あてに電子メールで送付しました。
                """);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void personsNumberedGroupsOpeningWithTheirCountsAreSummed() {
        CaseRecord r = read("""
                令和2年10月15日、本校の教員が、生徒の個人情報を保存したUSBメモリを校外で紛失しました。
                1 紛失したUSBメモリに保存されていた個人情報
                (1) 3年生98人分の定期考査の得点,出欠状況
                (2) 担任学級42人分の連絡網
                (3) 陸上競技部17人分の大会記録
                """);
        assertThat(r.personsAffected()).isEqualTo(157);
    }

    @Test
    void datesAVerbDescribingANounIsNotTheDatesPredicate() {
        // 「流出した情報を目にした利用者」 describes who called; the date belongs to 連絡があり.
        CaseRecord r = read("""
                令和6年11月5日(火)に流出した情報を目にした利用者から当協会へ電話で連絡があり、確認したところ、申込画面に別の利用者の入力内容が表示される不具合が生じていたことが判明しました。
                """);
        assertThat(r.discovered()).isEqualTo("2024-11-05");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesTimelineEntriesEndingOnNounsStayApart() {
        // Entries ending on a noun are not joined to the next entry; 「…から…について連絡」 is a report received; a range
        // ending on a bare day (~9日(火)) and 「誤記載」 split as a verb do not hide it; 「全容を把握」 is no first awareness.
        CaseRecord r = read("""
                2024年7月22日
                1 経過
                ・7月3日(水) 参加申込書の控えを発送
                ・7月8日(月)~9日(火) 複数の団体から控えの誤記載について連絡
                ・7月12日(金) 全団体に経緯を伝えたうえで事案の全容を把握
                """);
        assertThat(r.discovered()).isEqualTo("2024-07-08");
    }

    @Test
    void organizationLegalFormBeforeTheNameInALeadAndNoOtherPartyWithSama() {
        assertThat(read("一般財団法人 架空教育センターでは、講座の受付システムで申込者の情報が外部に漏えいする事案が起きましたので、以下のとおりお知らせします。")
                .organization()).isEqualTo("一般財団法人 架空教育センター");
        assertThat(read("""
                2020年6月15日
                本会から加盟団体様の一つ(以下「加盟団体様甲」といいます。)へ資料をお送りした際、加盟団体様乙の職員名簿を誤って同封していたことがわかりました。
                同封された個人情報は、加盟団体様乙の職員(48名)の氏名と電話番号です。
                """).organization()).isNull();
    }

    @Test
    void personsLongGroupNamesAndAWrongAttachment() {
        CaseRecord r = read("""
                このたび、講座の受講を取りやめた方への返信メールに、受付管理用の一覧1件を誤って添付してしまいました。
                <影響範囲>
                 ・受講番号を含む氏名:210名(うち受講取消者64名)
                 ・受講番号を含む氏名+電話番号:9名
                 ・受講番号を含む氏名+電話番号+生年月日:3名
                """);
        assertThat(r.personsAffected()).isEqualTo(222);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesANewsSitesOwnDateGivesWayToTheLead() {
        CaseRecord r = read("""
                受診者名簿を無関係の業者へ誤ってFAX送信(架空府) | 架空セキュリティ通信
                2026.02.11(水)

                架空府は6月3日、府の架空保健所において、受診者の個人情報を関係のない業者へ誤ってファクス送信したと公表した。
                同保健所によると、5月30日午後2時40分ごろ、職員が2020年4月分の受診者名簿を送る際に、FAX番号を誤って入力したというもの。
                6月1日午前9時10分ごろ、送信先の業者からの連絡により誤送信が判明した。
                """);
        assertThat(r.published()).isEqualTo("2020-06-03");
        assertThat(r.occurred()).isEqualTo("2020-05-30");
        assertThat(r.discovered()).isEqualTo("2020-06-01");
    }

    @Test
    void itemsAndTypesMedicalVirusesAreNoMalwareAndBracketedGroupsAreSummed() {
        CaseRecord r = read("""
                架空町は9日、ノロウイルス検査を受けた町民の個人情報を保存したUSBメモリーを紛失したと公表した。
                1 紛失した個人情報
                  • 検査対象者の氏名と住所 44 名分
                  • 検査結果の一覧表(対象者の電話番号を含む) 15 名分
                  • 保健指導の記録票 6 名分
                """);
        assertThat(r.incidentTypes()).containsExactly("loss_theft");
        assertThat(r.personsAffected()).isEqualTo(65);
    }

    @Test
    void datesTimelineLinesWithEraOrSameYearJoinTheirEvent() {
        CaseRecord r = read("""
                更新日:2024年12月2日
                架空区立中学校において、生徒の個人情報を含むファイルを誤って配信し、他の生徒が閲覧できる状態になっていたことが判明しました。
                1 経緯
                - 令和6年11月20日(水曜日)
                当該校の教員が、生徒の個人情報を含む名簿を学習用端末で共有した際、誤って他の学年に配信した。
                - 同年11月26日(火曜日)
                生徒からの申し出を受けて、当該校の教員が誤配信に気付き、事態が発覚。
                """);
        assertThat(r.occurred()).isEqualTo("2024-11-20");
        assertThat(r.discovered()).isEqualTo("2024-11-26");
        assertThat(r.organization()).as("a school named only by its kind is the ward's").isEqualTo("架空区");
    }

    @Test
    void organizationAndPersonsUnnamedSchoolsAndVagueCounts() {
        CaseRecord r = read("""
                町立中学校における保健調査票の取り違えによる個人情報の漏えいについて
                令和6年5月13日、町立中学校の学級担任が、生徒数十人分の保健調査票を返却した際、他の生徒の調査票を誤って手渡していました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.personsAffected()).isNull();
        assertThat(read("架空市立総合病院において、受診者の検査結果を記した用紙の所在が分からなくなったことが判明しました。").organization())
                .isEqualTo("架空市立総合病院");
    }

    @Test
    void typesAFileAttachedByMistakeFarFromTheWord() {
        assertThat(read("町内の中学校で、誤って、2025年度に入学予定の生徒62人の氏名や自宅の電話番号などが含まれた名簿ファイルを添付したまま、メールを送ってしまう事案がありました。")
                .incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesPressReleaseFieldsAndSameDayTimelineLines() {
        // 「…提供 資料提供」 dates the release; 「判明した日時」 labels the finding; 「●同日17時10分頃」 is no heading but a
        // timeline date; 「(2)発生場所:…事務所内」 is a field, not a contact section.
        CaseRecord r = read("""
                架空係における個人情報の誤送付
                2024年10月17日提供 資料提供

                当係の助成金事務において、個人情報を含む一覧表を誤って送付していたことが分かりました。
                3 判明した日時
                10月16日(水)9時15分頃
                """);
        assertThat(r.published()).isEqualTo("2024-10-17");
        assertThat(r.discovered()).isEqualTo("2024-10-16");
        CaseRecord t = read("""
                受託事業者が、登録事業所あてにメールを送る際、誤って全員のアドレスが見える形で送信しました。
                (1)発生日:令和6年8月6日(火)14時05分
                (2)発生場所:受託事業者の事務所内
                ●令和6年8月6日(火)14時05分
                受託事業者から研修案内のメールを送信。
                ●同日17時10分頃
                受信した事業所から受託事業者へ指摘の連絡があり判明。
                """);
        assertThat(t.occurred()).isEqualTo("2024-08-06");
        assertThat(t.discovered()).isEqualTo("2024-08-06");
    }

    @Test
    void datesYearFromAnEraYearAndMonthAndADateNamingMaterial() {
        CaseRecord r = read("""
                本文
                架空福祉事務所において、情報の開示を求めた3団体に、対象ではない資料を誤って送付する事案が起きました。
                ・誤って交付した資料:有効期限が令和6年4月から6月までの事業所一覧
                7月9日(火曜日)
                開示を求めた3団体に対し、該当データを電子メールで送付
                """);
        assertThat(r.occurred()).isEqualTo("2024-07-09");
        CaseRecord t = read("""
                2022年6月3日
                参加者47名のメールアドレスを誤って「CC」欄に入れて送信しました。
                5月17日(火曜日)、翌日18日(水曜日)の講習会資料の閲覧用URLを事務局が電子メールにて案内。
                """);
        // 翌日18日 names the material; the sending day (17日) is cut off by that mention and is still not read.
        assertThat(t.occurred()).isNotEqualTo("2022-05-18");
    }

    @Test
    void organizationAPrefectureOfThreeCharactersInTheBody() {
        assertThat(read("""
                更新日:2024年9月12日
                架空県が進める「子育て応援給付事業」の受託事業者である架空県保育連合会で、名簿ファイルを誤って送信する事案が起きました。
                """).organization()).isEqualTo("架空県");
    }

    @Test
    void datesAnApologyToThoseWhoseDataLeakedDatesNoEvent() {
        CaseRecord r = read("""
                本文
                架空土木事務所において、閲覧を申し出た4事業者に対し、誤って対象外の一覧を交付したものです。
                ・本来交付すべき一覧:占用期間の満了が令和6年7月から9月までの道路占用者一覧
                10月3日(木曜日)
                閲覧を申し出た4事業者に対し、該当データをメール送付
                10月15日(火曜日)より
                流出した個人情報の対象となる18人へ、順次連絡して事情を説明
                """);
        assertThat(r.occurred()).isEqualTo("2024-10-03");
    }

    @Test
    void organizationABoardOfEducationShortenedInNews() {
        assertThat(read("""
                【架空】架空県の架空市教委は25日、市立中学校で生徒の成績を記録したUSBメモリーを紛失したと発表した。
                市教委によると、メモリーには生徒80人の氏名が記録されていた。
                """).organization()).isEqualTo("架空市教委");
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

    // Fourth round (2026-12-06): classes found on further public notices, each with an invented example.

    @Test
    void datesATimelineDateInLenticularBracketsHeadsTheEntryBelowIt() {
        CaseRecord r = read("""
                委託業者のサーバーへの攻撃について
                市が通知書の印刷を任せている業者から、サーバーが攻撃されたとの連絡がありました。

                経過
                【令和6年8月5日 月曜日】
                受託業者から市に、同年7月28日にサーバーへの不正アクセスがあったとの連絡が入る。
                【令和6年8月20日 火曜日】
                業者から、市民の氏名と住所の流出を確かめたとの連絡が入る。
                """);
        assertThat(r.occurred()).isEqualTo("2024-07-28");
        assertThat(r.discovered()).isEqualTo("2024-08-05");
    }

    @Test
    void datesANumberedTimelineEntryClosingOnAReportIsTheFinding() {
        CaseRecord r = read("""
                架空県 研修の委託先における感染被害について

                経緯
                (1) 令和6年9月1日(日) 委託先の下請け業者の端末がランサムウェアに感染
                (2) 令和6年9月9日(月)に委託先より、感染した端末に受講者名簿があったとの連絡あり
                """);
        assertThat(r.occurred()).isEqualTo("2024-09-01");
        assertThat(r.discovered()).isEqualTo("2024-09-09");
    }

    @Test
    void datesTheNextDayWithItsDayOfTheMonth() {
        CaseRecord r = read("""
                令和6年10月7日、架空町の料金システムで障害が発生し、保守業者が調べた結果、翌8日にウイルス感染の疑いが判明した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-10-07");
        assertThat(DateMentions.find("同年9月30日に発生し、翌1日に判明").get(1).from(java.time.LocalDate.of(2024, 9, 30)))
                .isEqualTo(java.time.LocalDate.of(2024, 10, 1));
    }

    @Test
    void datesAFindingMomentsAfterTheDatedEvent() {
        CaseRecord r = read("""
                架空大学
                メールの誤送信について
                令和7年6月3日(火)、事務担当者が説明会の案内を、全員のアドレスが見える形で誤送信しました。
                5分後に同僚が誤送信に気づき、担当者に知らせました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-06-03");
        assertThat(r.discovered()).isEqualTo("2025-06-03");
    }

    @Test
    void datesANewsPageDateLineEndingInUpdated() {
        CaseRecord r = read("""
                児童の名簿を誤って送信 架空市
                2025年02月14日(金) 18時10分 更新

                架空市の小学校の担任が、保護者向けの連絡に児童28人分の名簿を添付してしまったことが分かりました。
                """);
        assertThat(r.published()).isEqualTo("2025-02-14");
    }

    @Test
    void datesANewsLeadWithAPlacingPhraseBeforeItsSubject() {
        CaseRecord r = read("""
                架空県の山あいにある、架空町立病院は2022年3月9日、院内のサーバーが身代金要求型ウイルスに感染したと公表した。
                同日の未明、受付の端末が動かなくなっているのを夜勤の職員が発見した。
                """);
        assertThat(r.published()).isEqualTo("2022-03-09");
        assertThat(r.discovered()).isEqualTo("2022-03-09");
    }

    @Test
    void datesTheFiscalYearOfACohortLendsNoYear() {
        CaseRecord r = read("""
                架空県教育委員会は20日、県立高校で卒業生の成績資料が見当たらなくなったと発表した。
                資料は2019年度に入学した生徒のもので、6月2日に教員が書庫を点検して気付いた。
                """);
        assertThat(r.discovered()).isNull();
    }

    @Test
    void personsTheRecipientsOfAMisdirectedMailGiveWayToWhoseDataItHeld() {
        CaseRecord r = read("""
                架空市立第三小学校において、欠席連絡の一覧を教育委員会に送るべきところ、誤って5年生の保護者(64名)宛にメールで送ってしまいました。
                一覧に記載されていたのは、児童2名の氏名、学年、欠席理由です。
                """);
        assertThat(r.personsAffected()).isEqualTo(2);
        assertThat(read("""
                架空特別支援学校で、行事の案内を教職員と保護者 210 名を対象にメールで配信した際、生徒 1名の支援計画のファイルが誤って添付されていた。
                """).personsAffected()).isEqualTo(1);
        // Recipients who saw each other's addresses are the persons.
        assertThat(read("""
                架空大学で、公開講座の申込者140名を対象に案内を配信した際、宛先欄に全員のアドレスを並べて誤送信してしまいました。
                """).personsAffected()).isEqualTo(140);
    }

    @Test
    void personsTwoGroupsJoinedByAConjunctionAreSummed() {
        assertThat(read("""
                架空県 遠征名簿の紛失について
                紛失した個人情報
                部活動の遠征名簿に載っていた生徒12名及びその保護者11名の氏名と連絡先
                """).personsAffected()).isEqualTo(23);
    }

    @Test
    void organizationACityWithKanjiAndKanaAfterItsPrefecture() {
        assertThat(read("架空県の西さくら市は、補助金の申請に使う名簿を庁舎内でなくしたと発表しました。").organization())
                .isEqualTo("西さくら市");
    }

    @Test
    void organizationANewsLeadNamingACompanyWithoutItsLegalForm() {
        CaseRecord r = read("""
                カクウテックは10月2日、景品の発送を任せていた業者のシステムが攻撃を受けた。会員約1200人分の氏名や住所が外部に出た可能性があると発表した。
                """);
        assertThat(r.organization()).isEqualTo("カクウテック");
    }

    @Test
    void typesAddressesShownToOtherRecipientsAndRecordsDestroyedByMistake() {
        assertThat(read("""
                架空学園大学
                入試の案内を志願者に一斉に送った際、互いのメールアドレスが見える状態で送ったことが分かりました。
                """).incidentTypes()).containsExactly("misdelivery");
        assertThat(read("""
                架空市の保険年金課で、保存期間の残る申請書の束を清掃業者が古紙と一緒に回収して溶解し、滅失させてしまいました。
                """).incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void datesAParagraphWrappedOverSeveralLinesIsOneSentence() {
        CaseRecord r = read("""
                架空県 公園管理事務所における通知書の誤送付について
                1 概要
                ・令和7年5月12日(月)に、公園の使用許可に関する通知書を申請者ごとに封筒へ入れて郵送したと
                ころ、申請者Dさんの通知書を別の団体の封筒に入れてしまい、誤ってその団体へ送付して、個人
                情報が漏えいしました。
                2 経緯
                ・5月14日(水)、その団体の担当者から、よその通知書が同封されていたとの連絡
                がありました。
                """);
        assertThat(r.occurred()).isEqualTo("2025-05-12");
        assertThat(r.discovered()).isEqualTo("2025-05-14");
    }

    @Test
    void datesASendingDateFieldAndAddressesMadeVisibleToAllRecipients() {
        CaseRecord r = read("""
                オンライン研修の案内メールによる個人情報の流出について
                1 事案の概要
                観光振興課が研修の案内を送る際、参加予定者のアドレスを宛先に並べたため、受信者が互いのアドレスを閲覧できる状態になっていた。
                (1)送信日 令和7年7月2日(水曜日)
                (2)覚知日 令和7年7月3日(木曜日)
                """);
        assertThat(r.occurred()).isEqualTo("2025-07-02");
        assertThat(r.discovered()).isEqualTo("2025-07-03");
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesAFieldLabelAfterASentenceOnTheSameLine() {
        CaseRecord r = read("""
                架空協会 会員管理システムへの不正アクセスについて
                ■事実関係
                確認できた事実は以下のとおりです。(1)侵入の日時
                2024/3/18 午前1時40分頃
                (2)侵入の方法
                管理者のパスワードが推測されていた。
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-18");
    }

    @Test
    void typesADenialSharedByTwoThingsIsNoType() {
        assertThat(read("""
                架空商事株式会社
                当社従業員が、業務用のノートパソコンを電車内で紛失しました。
                調べたところ、端末への不正ログインの形跡及び顧客データの持ち出しはありませんでした。
                """).incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void organizationAQuotedBodyInANewsLeadWhoseVerbClosesTheNextSentence() {
        CaseRecord r = read("""
                水道料金の徴収を担う「架空水道サービス局」は2025年9月3日、検針員が持ち歩いていた顧客リストが所在不明に。
                氏名や住所が外部に出たおそれがあると発表した。
                """);
        assertThat(r.organization()).isEqualTo("架空水道サービス局");
        assertThat(r.published()).isEqualTo("2025-09-03");
    }

    @Test
    void organizationTheLocalPoliceIsNoPublisherAndABranchSignsAsItself() {
        assertThat(read("""
                会員名簿への不正アクセスについて
                架空連盟会員の皆様にはご心配をおかけし、お詫び申し上げます。
                ■対応
                10/2 会員からの問い合わせで判明。10/4 所轄警察に相談。
                """).organization()).isNotEqualTo("所轄警察");
        assertThat(read("""
                メールサーバへの不正アクセスについて
                令和6年5月20日
                各位
                架空県書士会北支部
                支部長 架空 太郎

                当支部が会員向けに使っている予約システムで不正アクセスが確認されました。
                """).organization()).isEqualTo("架空県書士会北支部");
    }

    @Test
    void datesAPressReleaseDateLineWithItsBureau() {
        CaseRecord r = read("""
                ここから本文です。
                2024年03月08日 生活文化局
                生活文化局の相談窓口で受け付けた申出書の写しを、誤って別の申出人に送付したことが判明しましたので、お知らせします。
                記
                令和6年3月6日
                申出人より、自分のものではない書類が入っていたとの連絡を受けた。
                """);
        assertThat(r.published()).isEqualTo("2024-03-08");
        assertThat(r.discovered()).isEqualTo("2024-03-06");
    }

    @Test
    void typesAnEnvelopePostedIntoTheWrongMailboxIsAMisdelivery() {
        assertThat(read("""
                当法人の職員が、利用者宅へ届ける書類を封筒に入れ、誤って近所の別のお宅の郵便受けに投函してしまいました。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void organizationAMunicipalOfficeOrDeskStandsForTheMunicipality() {
        assertThat(read("""
                 架空市北区役所保険年金課(国民健康保険)において、令和6年9月2日(月曜日)、保険料の通知書が別の世帯に届いていたことが分かりました。
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void organizationTheNotifierThatNamesItselfTheContractor() {
        assertThat(read("""
                架空市福祉協議会が架空市から受託している配食サービスで、利用者名簿を綴じたファイルが見当たらなくなりました。
                本会としては、重く受け止めております。
                """).organization()).isEqualTo("架空市福祉協議会");
    }

    @Test
    void organizationANewsLeadSubjectDescribedByWhatItProvidesIsNoContractor() {
        CaseRecord r = read("""
                地域の店舗に配達代行サービスを提供する架空デリバリー株式会社は2024年5月9日、会員向けの案内を、全員の宛先が互いに見える形で送ってしまったと発表した。
                """);
        assertThat(r.organization()).isEqualTo("架空デリバリー株式会社");
        assertThat(r.vendorInvolved()).isFalse();
        assertThat(r.published()).isEqualTo("2024-05-09");
    }

    @Test
    void organizationACompanyNameOpeningInHiragana() {
        assertThat(read("""
                かくうコンサルティング株式会社は2022年6月2日、問い合わせ窓口で扱う顧客の情報を誤って別の顧客に送信したと明らかにしました。
                """).organization()).isEqualTo("かくうコンサルティング株式会社");
        // An adverb before the name is not part of it.
        assertThat(read("""
                このたび架空ソフト株式会社が運営するサイトにおいて、会員のメールアドレスが流出しました。
                """).organization()).isNotEqualTo("このたび架空ソフト株式会社");
    }

    @Test
    void organizationACompanysCallCentreIsNoPublisher() {
        assertThat(read("""
                お客様情報の流出についてのお詫び
                この度、当社のメール配信で、お客様の一覧表を誤って添付して送信する事故が発生いたしました。
                ・5/8 10:20
                案内を受け取った方から、当社のコールセンターへ問い合わせがあって判明。
                """).organization()).isNull();
    }

    @Test
    void typesMailSentWithEveryAddressInToIsAMisdelivery() {
        assertThat(read("""
                架空アプリ株式会社
                春のキャンペーンのお知らせを会員へ一斉に配信しました(TO送信)。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void personsThoseAMailLeakedToAreRecipients() {
        assertThat(read("""
                架空サービス株式会社の従業員が、顧客1名の氏名と電話番号を記載したメールを、誤って別の顧客2名に送信しました。
                """).personsAffected()).isEqualTo(1);
    }

    @Test
    void personsALeakedCountFieldWithAVerb() {
        assertThat(read("""
                架空村 住民名簿の流出について
                3.判明した内容
                漏洩した内容:氏名、住所、生年月日を記した名簿
                漏洩した件数:212件(過去の分は含まず)
                """).personsAffected()).isEqualTo(212);
    }

    @Test
    void organizationATownHallCaptionStandsForTheTown() {
        assertThat(read("""
                架空村の職員、住民の名簿を自治会に渡す

                架空村役場

                 架空村は9日、住民課の職員が自治会から頼まれて住民180人の名簿を作り、渡していたと発表した。
                """).organization()).isEqualTo("架空村");
    }

    @Test
    void organizationTheSelfWordWithItsNameInBrackets() {
        assertThat(read("""
                お客様情報の流出に関するお詫び
                このたび、当社(架空精工株式会社)のサーバーが外部から不正にアクセスされ、お客様の情報が流出したおそれがあることがわかりました。
                """).organization()).isEqualTo("架空精工株式会社");
        assertThat(read("""
                サーバーの障害について
                当組合(架空信用組合)は、2024年10月5日、業務用の端末がランサムウェアに感染したことを確かめました。
                """).organization()).isEqualTo("架空信用組合");
    }

    @Test
    void organizationTheSelfWordAndItsDeskAreNoName() {
        CaseRecord r = read("""
                学生の情報を含むメールの送信について
                本学において、学生の情報を含むメールを誤って送信する事案がありました。
                令和6年4月10日、本学学生課の職員が、学生45名の氏名とメールアドレスが見える形でメールを送りました。

                架空大学 学生課
                """);
        assertThat(r.organization()).isEqualTo("架空大学");
    }

    @Test
    void organizationADeskAloneStandsForTheBodyBeforeNo() {
        assertThat(read("""
                メールの誤送信について
                このたび、架空県立大学の事務局において、学生向けのメールを誤った宛先に送る事案がありました。
                """).organization()).isEqualTo("架空県立大学");
    }

    @Test
    void organizationAnAssociationAndItsDeskSignAsTheAssociation() {
        assertThat(read("""
                ホームページ改ざんについて
                当協会のホームページが何者かに書き換えられていました。
                一般社団法人架空観光協会 事務局
                """).organization()).isEqualTo("一般社団法人架空観光協会");
    }

    @Test
    void organizationAPrefecturesDepartmentIsItsDesk() {
        CaseRecord r = read("""
                令和6年7月1日
                報道機関 各位
                架空県健康福祉部

                相談者の情報を含むメールの誤送信について
                県が委託した相談事業で、相談者20名のメールアドレスを宛先に入れたメールが送られました。
                """);
        assertThat(r.organization()).isEqualTo("架空県");
        // An association's branch keeps its name: it is a body of its own, not a department.
        assertThat(read("""
                会員名簿の誤送付について
                架空県行政書士会東支部
                """).organization()).isEqualTo("架空県行政書士会東支部");
    }

    @Test
    void organizationTheContactDeskNamesThePublisherWhenNothingElseDoes() {
        assertThat(read("""
                個人情報を含む書類の紛失について
                このたび、当館において、利用者12名の氏名と住所を記した書類が見当たらなくなりました。

                【問い合わせ先】
                架空市教育委員会 生涯学習課
                電話 000-000-0000
                """).organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void typesAMailingThatReachedAnotherPersonIsAMisdeliveryDatedBySending() {
        CaseRecord r = read("""
                通知書の誤送付について
                令和6年8月20日
                架空市
                令和6年8月9日に発送した通知書のうち、2通が別の方に届いていたことが、8月16日に受け取った方からの電話でわかりました。
                """);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
        assertThat(r.occurred()).isEqualTo("2024-08-09");
        assertThat(r.discovered()).isEqualTo("2024-08-16");
    }

    @Test
    void typesADocumentHandedToAnotherPersonAtTheCounter() {
        CaseRecord r = read("""
                住民票の写しの交付誤りについて
                令和6年10月3日
                架空市
                令和6年9月30日、市民課の職員が住民票の写しを別の方に交付しました。
                10月1日、交付を受けた方からの連絡により誤りが判明しました。
                """);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
        assertThat(r.occurred()).isEqualTo("2024-09-30");
        assertThat(r.discovered()).isEqualTo("2024-10-01");
    }

    @Test
    void typesAddressesShownToOtherRecipientsOrAWrongFaxNumber() {
        assertThat(read("""
                架空県動物愛護センター
                譲渡希望者へのお知らせを、アドレスが他の受信者に表示される形でメールで送りました。
                """).incidentTypes()).containsExactly("misdelivery");
        assertThat(read("""
                架空区 講座申込書のFAX番号の誤りについて
                講座の案内に誤ったFAX番号を載せたため、申込書3件が無関係の方に届きました。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void personsStaffCountedWithRaAreNoAffectedPersons() {
        assertThat(read("""
                架空署の説明では、同署の警察官ら2人が見回りの途中で、相談内容を書き留めた手帳をなくした。
                手帳には数人分の連絡先があったという。
                """).personsAffected()).isNull();
    }

    @Test
    void organizationAShopSignsWithoutALegalForm() {
        assertThat(read("""
                お客様情報の流出について
                架空商店
                当店のお客様、延べ2,000人分の氏名と電話番号が流出した可能性があります。
                """).organization()).isEqualTo("架空商店");
    }

    @Test
    void organizationANewsLeadNamesACompanyByItsKanjiName() {
        assertThat(read("""
                架空工業、顧客情報流出の恐れ
                架空工業は3日、同社のサーバーが外部から攻撃を受け、顧客情報が流出した恐れがあると発表した。
                """).organization()).isEqualTo("架空工業");
    }

    @Test
    void typesStaffLookingUpRecordsForNoWorkReasonIsAnInsider() {
        CaseRecord r = read("""
                職員の懲戒処分について
                架空市の職員が、2023年5月8日に知人3人の住民記録を業務目的外で閲覧していたことがわかりました。
                """);
        assertThat(r.incidentTypes()).containsExactly("insider");
        assertThat(r.occurred()).isEqualTo("2023-05-08");
        // An outsider's viewing is no insider.
        assertThat(read("""
                架空通販株式会社
                当社のサイトが外部から攻撃を受け、会員情報が第三者に不正に閲覧された可能性があります。
                """).incidentTypes()).doesNotContain("insider");
    }

    @Test
    void datesTheSanctionsDateAfterItsReasonIsNoOccurrence() {
        CaseRecord r = read("""
                架空町の職員が知り合いの所得の記録を勝手に盗み見ていたとして、2024年7月2日、町はこの職員を減給処分とした。
                """);
        assertThat(r.incidentTypes()).containsExactly("insider");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void typesAMailAccountBrokenIntoAndUsedForSpamIsATakeover() {
        assertThat(read("""
                架空女子短期大学は23日、教員1人のメールのアカウントに第三者が不正にログインし、スパムメールの配信に使われたと発表した。
                """).incidentTypes()).contains("account_takeover");
    }

    @Test
    void organizationTheBodyWhoseRankedOfficerDidIt() {
        assertThat(read("""
                架空市水道部の40代の女性係長が、私的な用事のために市民1人の連絡先を業務端末で調べていた。
                市によると、係長は事実を認めているという。
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void personsSupervisorsReprimandedAreNoAffectedPersons() {
        assertThat(read("""
                架空保険事務所の職員が、業務目的外で同僚2人の加入記録を閲覧していた。所長は職員を戒告とし、上司4人を口頭で注意した。
                """).personsAffected()).isEqualTo(2);
    }

    @Test
    void organizationACategoryWordAloneNamesNoOne() {
        assertThat(read("""
                このたび、社会福祉協議会が運営する配食サービスの利用者一覧を紛失しました。
                令和5年4月2日、当会の職員が一覧を入れた封筒を車内に置き忘れました。
                """).organization()).isNull();
    }

    @Test
    void datesAYearlessOccurrenceIsNeverAfterTheFinding() {
        CaseRecord r = read("""
                申請書の紛失について
                令和3年1月20日、昨年分として預かった申請書のうち、12月3日から9日の間に受け付けた8件を紛失していることが判明した。
                """);
        assertThat(r.discovered()).isEqualTo("2021-01-20");
        assertThat(r.occurred()).isEqualTo("2020-12-03");
    }

    @Test
    void typesAnotherPersonsPapersMixedIntoWhatWasHandedOver() {
        assertThat(read("""
                架空県中央児童相談所において、家庭訪問でお渡しした案内の封筒に、別の家庭の申請書の写しが1枚混入していました。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void datesADateLineUnderANumberedSectionHeadsATimelineEntry() {
        CaseRecord r = read("""
                書類の紛失について
                1 経緯
                令和6年5月20日
                職員が保管庫の書類がなくなっていることに気付いた。
                """);
        assertThat(r.published()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-05-20");
        CaseRecord timeline = read("""
                申請書の紛失について
                2.経過
                ■令和5年2月6日
                窓口で預かった申請書8件が見当たらないことが判明した。
                """);
        assertThat(timeline.published()).isNull();
        assertThat(timeline.discovered()).isEqualTo("2023-02-06");
    }

    @Test
    void organizationADeskLabelBeforeTheSignatureIsNoPartOfIt() {
        assertThat(read("""
                健診結果通知書の誤送付について(お詫び)
                このたび、本市が送った健診の結果通知書1通が、別の方の住所に届いていました。
                担当　架空市健康推進課
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void datesAPageDateLineWithItsPrintLink() {
        assertThat(read("""
                個人情報を含むメールの誤送信について(こども福祉課)
                更新日:2025年3月27日 印刷ページ表示
                令和7年3月24日、職員が別の方の氏名を記したファイルを誤って添付して送信しました。
                """).published()).isEqualTo("2025-03-27");
    }

    @Test
    void datesAMixUpIsTheEvent() {
        assertThat(read("""
                利用者情報の漏えいについて
                令和6年9月26日に窓口で資料を貸し出す際、職員が予約票を取り違えたものです。
                9月28日、受け取った方からの連絡で判明しました。
                """).occurred()).isEqualTo("2024-09-26");
    }

    @Test
    void datesFindingsSaidWithPlainVerbs() {
        String head = """
                書類の紛失について
                令和6年6月10日
                架空市
                令和6年6月1日、職員が書類を持ち出しました。
                """;
        for (String finding : new String[] {"6月3日、書類が見当たらないことに職員が気が付きました。",
                "6月3日、書類がないことがわかりました。", "6月3日、上司への報告により紛失が明らかになりました。",
                "6月3日、拾った方から届けられ、紛失が分かりました。"}) {
            assertThat(read(head + finding).discovered()).as(finding).isEqualTo("2024-06-03");
        }
    }

    @Test
    void organizationAContactDeskGivesWayToTheLeadsSubject() {
        assertThat(read("""
                トップ > くらし > お知らせ
                架空町立図書館における利用者情報の漏えいについて
                架空町立図書館において、利用者3名の氏名を記した予約票を、別の利用者に渡していました。
                このページに関するお問い合わせ
                架空町教育委員会 生涯学習課
                """).organization()).isEqualTo("架空町立図書館");
    }

    @Test
    void typesEventsInEverydayWordsAndTheirDates() {
        String head = """
                個人情報の取扱いについて
                令和6年6月10日
                架空町
                """;
        String[][] cases = {
            {"6月1日、職員が町民20名の氏名を記したUSBメモリを外出先でなくしました。", "loss_theft"},
            {"6月1日、職員が町民の氏名を書いたメモを落としました。", "loss_theft"},
            {"6月1日、職員が町民20名の名簿を誤ってごみとして廃棄しました。", "loss_theft"},
            {"6月1日、町民20名あての通知を、誤った住所に郵送しました。", "misdelivery"},
            {"6月1日、窓口で別の方の証明書をお渡ししました。", "misdelivery"},
            {"6月1日、町のサーバーに外部から不正なアクセスがありました。", "unauthorized_access"},
            {"6月1日、職員が町民20名の名簿を複写し、知人に渡しました。", "insider"},
        };
        for (String[] c : cases) {
            CaseRecord r = read(head + c[0]);
            assertThat(r.incidentTypes()).as(c[0]).containsExactly(c[1]);
            assertThat(r.occurred()).as(c[0]).isEqualTo("2024-06-01");
        }
        // 「…を少なくした」 is no loss.
        assertThat(read(head + "6月1日、窓口で扱う書類の枚数を少なくしました。").incidentTypes()).isEmpty();
    }

    @Test
    void prefilterALazyQuantifierRequiresNoQuestionMark() {
        assertThat(Prefilter.triggers("[^。]{0,6}?を落と?し")).containsExactly("を落");
        assertThat(Prefilter.of(java.util.regex.Pattern.compile("メモ[^。]{0,6}?を落と?し")).possibleIn("メモを落としました")).isTrue();
    }

    @Test
    void prefilterRequiresAWordOfAGroupTheAlternativeCannotDoWithout() {
        // A single character outside the group: one of the group's words must be there.
        assertThat(Prefilter.triggers("\\d{1,2}日(判明|発覚)")).containsExactly("判明", "発覚");
        // An optional group, a lookaround or a class with a bracket in it requires nothing of its own.
        assertThat(Prefilter.triggers("^\\s*(\\([^)]{1,4}\\))?\\s*[】\\]〕]?\\s*$")).isEmpty();
        assertThat(Prefilter.triggers("(?<!不正)(アクセス|侵入)")).containsExactly("アクセス", "侵入");
        // 「\\p{IsHan}{1,8}」 is one class with its quantifier, not the literal 「{1,8}」.
        assertThat(Prefilter.triggers("\\p{IsHan}{1,8}(工業|電機)")).containsExactly("工業", "電機");
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("[】\\]〕](確認|判明)");
        assertThat(Prefilter.find(p, "】判明した")).isTrue();
        assertThat(Prefilter.find(p, "】連絡した")).isFalse();
    }

    @Test
    void datesAReportThatReachedADeskOnADay() {
        assertThat(read("""
                架空町は、2024年9月12日に町のサイトで経緯を公表した。
                それによると、案内文の送り先に誤りがあるとの連絡が、9月4日に町民課の窓口に寄せられた。
                """).discovered()).isEqualTo("2024-09-04");
    }

    @Test
    void datesANewsLeadOpeningWithItsDate() {
        CaseRecord r = read("""
                2024年5月10日、架空市は、市立小学校の教諭が児童の成績を記録したUSBメモリを紛失したと発表した。
                """);
        assertThat(r.published()).isEqualTo("2024-05-10");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void organisationAUniversityNewsShortens() {
        // 「架空学院大」 in a news lead is 架空学院大学; 最大 and the like are words, not universities.
        assertThat(read("架空市の架空学院大は12日、学生名簿を入れたかばんが盗まれたと発表した。").organization()).isEqualTo("架空学院大学");
        assertThat(read("架空国際大(架空県架空市)は3日、成績表を誤って送信したと発表した。").organization()).isEqualTo("架空国際大学");
        assertThat(OrganizationRules.university("最大")).isEqualTo("最大");
    }

    @Test
    void organisationANewsLeadWrappedOverLines() {
        // The lead is copied line by line; its announcing verb closes a later line.
        assertThat(read("""
                架空町の架空学院大は5日、担当職員が車上で、
                学生300人分の氏名などが書かれた名簿を盗まれ、
                個人情報が流出したと発表した。
                """).organization()).isEqualTo("架空学院大学");
    }

    @Test
    void organisationAPlaceInSpacedBracketsAfterTheName() {
        assertThat(read("架空記念病院 (架空市北町) は9日、患者の情報を入れた記録媒体を紛失したと発表した。").organization())
                .isEqualTo("架空記念病院");
    }

    @Test
    void organisationAKanaTownAfterItsDistrict() {
        assertThat(read("架空郡かすみ町は6日、納税通知書を別の人に誤って郵送したと発表した。").organization()).isEqualTo("かすみ町");
    }

    @Test
    void organisationNoAgeAndNoHeadlineEllipsis() {
        // 「20歳代の看護師」 names an age, not a body; a headline's 「...」 joins two phrases into no name.
        assertThat(read("""
                同院によると、6月3日、20歳代の看護師が記録媒体を病棟で紛失した。
                患者30人分の氏名が入っていたという。
                """).organization()).isNull();
        assertThat(read("名簿を車内に置き忘れ...架空県の架空高校が謝罪\n架空高校は4日、生徒名簿を紛失したと発表した。").organization())
                .isEqualTo("架空高校");
    }

    @Test
    void datesADayAloneInNewsTakesTheArticlesMonth() {
        // The paper's date line under the text gives the month and year of 「12日」 and 「9日」 (the month before when
        // the day is later than the article's); 30日以内 is a length, not a date.
        CaseRecord r = read("""
                架空学院大は12日、職員が名簿を誤って外部に送信したと発表した。
                同大によると、9日、職員が名簿を添付したメールを誤ったアドレスに送信した。30日以内に調査をまとめる。
                架空日報 2024年3月13日(水)
                """);
        assertThat(r.published()).isEqualTo("2024-03-12");
        assertThat(r.occurred()).isEqualTo("2024-03-09");
        CaseRecord lastMonth = read("""
                2024年3月2日 配信
                架空市は1日、28日に職員が住民票の写しを別の人に誤って交付したと発表した。
                """);
        // The announcement's day, not the page's date line a day later (twelfth round: the labels of real news items
        // take the lead's day over the page's own 掲載 or date line).
        assertThat(lastMonth.published()).isEqualTo("2024-03-01");
        assertThat(lastMonth.occurred()).isEqualTo("2024-02-28");
    }

    @Test
    void personsThoseWhoSawTheDataAreNotWhoseItWas() {
        assertThat(read("""
                架空県教育委員会は、生徒4人の氏名が記載された文書を誤って12校に送信した。
                確認したところ、5校の職員あわせて21人がすでに閲覧していた。
                """).personsAffected()).isEqualTo(4);
    }

    @Test
    void personsThePopulationThePartIsTakenFrom() {
        assertThat(read("3月に申し込んだ2400人のうち、210人分の受付票を別の申込者に誤って郵送した。").personsAffected()).isEqualTo(210);
    }

    @Test
    void personsMailsSentAreNotPeople() {
        assertThat(read("学生への案内で宛先の作成を誤り、全310件の誤送信が発生した。学生の学籍番号が含まれていた。").personsAffected()).isNull();
    }

    @Test
    void personsGroupsListedWithWhatWasHeldOfThem() {
        assertThat(read("かばんには在学生820人分の氏名や学籍番号、卒業生の一部150人分の氏名や住所が入っていた。").personsAffected())
                .isEqualTo(970);
        // 計 states the total; うち makes one a subset.
        assertThat(read("かばんには在学生820人分の氏名、卒業生150人分の氏名、計970人分の情報が入っていた。").personsAffected())
                .isEqualTo(970);
    }

    @Test
    void personsTheAddressesShownNotAllTheRecipients() {
        assertThat(read("""
                会員300名へ案内メールを送信しました。
                その際、BCCにすべきところ、62件のメールアドレスを「To」に入力して送信しました。
                """).personsAffected()).isEqualTo(62);
    }

    @Test
    void typesAMessageLeftAtAWrongNumber() {
        assertThat(read("6月2日、職員が保護者に連絡する際、誤った番号へ電話をかけ、留守番電話に氏名と未納額を残した。").incidentTypes())
                .containsExactly("misdelivery");
    }

    @Test
    void typesAccessGivenToTheWrongPeople() {
        assertThat(read("6月2日、職員が学習支援システムの教員用ページに誤って生徒を参加者として登録し、名簿が生徒から閲覧できる状態となった。")
                .incidentTypes()).contains("misconfiguration");
    }

    @Test
    void datesAReportFiledWithThePoliceIsNoEvent() {
        CaseRecord r = read("""
                2024年5月20日
                架空小学校における個人情報の紛失について
                5月8日、担任教諭が児童名簿がないことに気付いた。
                5月10日に架空警察署に紛失届を提出した。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-05-08");
    }

    @Test
    void datesATimelineTimeWrittenWithKoro() {
        // 「午後1時ころ」 closes a dated timeline line as 頃 and ごろ do: the entry below it is that day's.
        assertThat(read("""
                架空市立北小学校における個人情報の紛失について
                1 経過
                - 令和7年6月3日(火曜日)午後1時ころ
                教員が、机上にあったはずの名簿がなくなっていることに気づいた。
                """).discovered()).isEqualTo("2025-06-03");
    }

    @Test
    void datesAPagesLabelledDateWithTheTextRunningOn() {
        CaseRecord r = read(" date 2025-06-20 架空市教育委員会は、児童の個人情報を記したファイルを紛失したと明らかにしました。");
        assertThat(r.published()).isEqualTo("2025-06-20");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void organisationATownHallCaptionGivesWayToTheLead() {
        // 「架空市役所」 alone over the article is a photo's caption; the lead names the board, without its prefecture.
        assertThat(read("""
                架空市役所

                 架空県架空市教育委員会は12日、市立北小で児童20人分の名簿を紛失したと発表した。
                """).organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void datesACheckOnTheDayFindsWhatHappened() {
        assertThat(read("""
                2024年7月10日
                7月1日に名簿を使用し、翌2日にも使おうとしたところ保管棚に見当たらなかった。
                """).discovered()).isEqualTo("2024-07-02");
        // An event before ところ dates the event, not a finding.
        assertThat(read("""
                2024年7月10日
                7月3日に案内メールを誤送信したところ、受信者からの連絡で誤りが判明した。
                """).discovered()).isNotEqualTo("2024-07-03");
    }

    @Test
    void organisationASchoolNamedOnlyByItsOwnerAndKind() {
        assertThat(read("架空県架空市立の高等学校で、生徒30人分の氏名が記載された書類を紛失する事案が発生した。").organization())
                .isEqualTo("架空市");
    }

    @Test
    void organisationTheBodyACleftSentenceNames() {
        assertThat(read("""
                架空県北部の架空町の高校で、生徒の資料が廊下に放置されていたことが分かりました。
                会見したのは架空清陵高校です。
                5月2日夜、生徒14人分の資料が放置されているのを職員が見つけました。
                """).organization()).isEqualTo("架空清陵高校");
    }

    @Test
    void datesTheConcernOfALeakIsHowItBecameKnown() {
        CaseRecord r = read("""
                2024年6月1日
                1.経緯
                2024年3月5日、架空ストアを利用したお客様のクレジットカード情報の漏洩懸念を弊社が把握
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-03-05");
    }

    @Test
    void personsACountUnderItsHeadingWithABullet() {
        CaseRecord r = read("""
                1.流出した可能性のある個人情報について
                - 【流出した可能性のある最大件数】
                - 12,345件
                """);
        assertThat(r.personsAffected()).isEqualTo(12345);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void vendorAnotherCompanysServiceThatWasBrokenInto() {
        assertThat(read("""
                当社の通販サイトが導入していた、株式会社架空ソリューション(以下、「架空社」といいます。)が提供するサービスが、
                外部から不正アクセスを受けてプログラムが改ざんされたことで、クレジットカード情報(120件)が漏洩した可能性があります。
                """).vendorInvolved()).isTrue();
        // The notifier's own service is no vendor's.
        assertThat(read("当社が提供するサービスが外部から不正アクセスを受け、会員情報が漏洩した可能性があります。").vendorInvolved()).isFalse();
    }

    @Test
    void organisationANameOpeningTheHeadlineAndTheLead() {
        assertThat(read("""
                北陽、通販サイトに不正アクセス 個人情報1万件超に漏洩の可能性
                北陽は3月4日、自社通販サイトにおいて不正アクセスによる顧客情報漏えいの可能性があると発表した。
                """).organization()).isEqualTo("北陽");
    }

    @Test
    void datesAYearOfTwoDigits() {
        // 「25年12月19日」 is 2025; not where the text counts years in 平成.
        CaseRecord r = read("架空町は、25年12月19日に職員が住民票の写しを別の人に誤って郵送したと発表した。");
        assertThat(r.occurred()).isEqualTo("2025-12-19");
        assertThat(read("架空町は、平成29年4月から30年3月8日までの間に受け付けた申請書を紛失したと発表した。").occurred())
                .isNotEqualTo("2030-03-08");
    }

    @Test
    void datesANewsLeadWithThisMonth() {
        // 「架空市が今月19日、」 opens the lead as 「架空市は19日、」 does: the days alone are of the article's month.
        CaseRecord r = read("""
                2025年3月21日 配信
                架空市が今月19日、市民の氏名を記した名簿を紛失したと発表した。市によると、職員が17日に名簿を持ち出した。
                """);
        assertThat(r.occurred()).isEqualTo("2025-03-17");
    }

    @Test
    void datesTheWindowOfAStateThatLasted() {
        // A range closed by まで before a state that lasted (published, open to view) opens at the occurrence; not
        // noticing (気付かず) is no finding.
        CaseRecord r = read("""
                架空町は、町のホームページで名簿が閲覧できる状態になっていたと発表した。
                2023年4月3日から2025年2月10日まで、申込者の氏名や電話番号が掲載されていた。
                2023年4月3日にページを更新した際、気付かずに掲載したのが原因という。
                """);
        assertThat(r.occurred()).isEqualTo("2023-04-03");
        assertThat(r.discovered()).isNull();
    }

    @Test
    void personsOfTwoIncidentsToldOneAfterTheOther() {
        // A second incident opened by また with its own date and count: the persons are the sum, its households
        // counted with the first incident's people.
        CaseRecord r = read("""
                架空市によると、3月4日、職員が資料を誤ったアドレスに送信しました。資料には参加者120人分の氏名が含まれていました。
                また、2月20日には、別の職員が訪問先で渡した封筒に12世帯分の名簿を誤って入れていました。
                """);
        assertThat(r.personsAffected()).isEqualTo(132);
        // The same count told again is no second incident.
        assertThat(read("""
                架空市によると、職員が参加者120人分の氏名を含む資料を誤ったアドレスに送信しました。
                また、3月5日には、同じ120人分の名簿を誤って別の団体にも送っていました。
                """).personsAffected()).isEqualTo(120);
    }

    @Test
    void datesAWindowOfRecordsTakenInIsNotTheSending() {
        // The range says whose records were sent (those whose notices were received then), not when the mail went out.
        CaseRecord r = read("""
                架空町によると、2月28日、職員が住民に宛てたメールを送る際、2024年10月1日~2024年12月27日に転入届を受け付けた住民120名分の氏名を誤って送信した。
                """);
        assertThat(r.occurred()).isNotEqualTo("2024-10-01");
    }

    @Test
    void datesASentenceOpenedByATimeOfDayAlone() {
        // 「午後10時すぎに、…気付き」 goes on with the day the sentence before dated.
        CaseRecord r = read("""
                2025年6月20日 配信
                架空大は18日、職員が学生の名簿を入れたかばんを紛失したと発表した。
                大学によると、職員は17日午後7時半ごろ、帰宅途中に飲食店に立ち寄った。午後10時すぎに、かばんがないことに気付き、警察に届け出た。
                """);
        assertThat(r.discovered()).isEqualTo("2025-06-17");
    }

    @Test
    void datesAYearlessDateBeforeARangeTakesTheRangesLastYear() {
        // The only year anchor comes after the date and opens a range: the finding comes after the range ends.
        CaseRecord r = read("""
                架空市は、11月30日に住民からの連絡で通知書の誤りに気付いたと発表した。
                令和3年5月から令和5年10月までに送付した通知書に、別の方の住所が記載されていた。
                """);
        assertThat(r.discovered()).isEqualTo("2023-11-30");
    }

    @Test
    void organisationADepartmentOpeningTheLeadWhenNoBodyIsNamed() {
        // A page of the body itself names only its department in the lead: the body is never named, and the label
        // conventions want null then, as for 本市 (eighteenth round: two pooled notices labelled so; a desk after its
        // municipality still names the municipality).
        CaseRecord r = read("""
                このたび、観光部交流推進課において、体験事業の参加者名簿を誤って別の参加者にメールで送信しました。
                名簿には参加者12名の氏名と電話番号が記載されていました。
                """);
        assertThat(r.organization()).isNull();
        // A body named in a later lead sentence outranks the department.
        assertThat(read("""
                商工課において、補助金の書類を誤って別の事業者に郵送しました。
                架空町は、書類の回収を進めています。書類には申請者1名の氏名が記載されていました。
                """).organization()).isEqualTo("架空町");
    }

    @Test
    void organisationADepartmentOpeningTheTitle() {
        // 「…課における…」 as the title of a page that names no body: a desk of no named body is no publisher.
        CaseRecord r = read("""
                農政課における申請書類の誤送付について
                補助金の申請者30名分の氏名と住所を含む一覧を、誤って別の団体に送信したことが判明しました。
                """);
        assertThat(r.organization()).isNull();
    }

    @Test
    void personsOfGroupsOnListLinesWithTheirItemsBetween() {
        // Each group's line is followed by the items held of it: the groups are still one list, summed.
        CaseRecord r = read("""
                架空村において、説明会の申込者名簿を誤って別の申込者に送信しました。
                ・受講者6名
                氏名、電話番号
                ・講師2名
                氏名、所属
                """);
        assertThat(r.personsAffected()).isEqualTo(8);
    }

    @Test
    void datesTheDayTheVerbOfTheAnnouncementTakes() {
        // 「…と、6月12日発表しました」 and 「…が3月10日に公表した資料では」: the publication, not the finding.
        CaseRecord r = read("""
                架空町は、住民8人分の申請書を誤って廃棄していたと、2024年6月12日発表しました。
                5月30日に、担当課の職員が書類がないことに気付きました。
                """);
        assertThat(r.published()).isEqualTo("2024-06-12");
        assertThat(r.discovered()).isEqualTo("2024-05-30");
        CaseRecord news = read("""
                架空市の小学校で2025年3月4日、児童の名簿が誤って保護者に配信された。
                架空市教育委員会が3月10日に公表した資料では、担当者は翌日に誤りに気付いた。
                """);
        assertThat(news.published()).isEqualTo("2025-03-10");
        assertThat(news.discovered()).isNotEqualTo("2025-03-10");
    }

    @Test
    void itemsABracketedAsideDenyingItsItems() {
        // The aside says what the lost data did not hold; the clause around it lists what it did.
        CaseRecord r = read("""
                架空短期大学は、教員が学生120名分の氏名、学籍番号、評価(住所や電話番号は含まない)を保存したUSBメモリを紛失したと発表した。
                """);
        assertThat(r.dataItems()).contains("NAME").doesNotContain("ADDRESS", "PHONE");
    }

    @Test
    void vendorNamedAfterItsRoleWithoutALegalForm() {
        // 「委託先である架空印刷社が」: the contractor's name follows its role, with no legal form.
        CaseRecord r = read("""
                架空県は、催しの案内メールに出展者の連絡先が含まれていたと発表した。委託先である架空印刷社が、一覧表を誤って添付した。
                """);
        assertThat(r.vendorNames()).containsExactly("架空印刷社");
    }

    @Test
    void vendorDeniedByTheRoleWordIsNone() {
        // 「委託業者ではない一般の方」: the mail went to someone who is not a contractor; no contractor held the data.
        CaseRecord r = read("""
                架空県は、職員が対象者300人分の氏名と住所の名簿を、委託業者ではない一般の方のアドレスへ誤って送ったと発表した。
                """);
        assertThat(r.vendorInvolved()).isFalse();
    }

    @Test
    void typesAFormerStaffMemberWhoTookTheDataIsAnInsiderDatedByTheTaking() {
        // 「元職員」 as 元従業員 and 元社員 already were; 「持ち去った」 is the event its date belongs to.
        CaseRecord r = read("""
                架空病院は、元職員が患者名簿を無断で複製していたことが2024年3月5日に判明したと発表した。
                記録では、2023年8月20日に元職員が名簿の写しを自宅へ持ち去っていた。
                """);
        assertThat(r.incidentTypes()).contains("insider");
        assertThat(r.occurred()).isEqualTo("2023-08-20");
    }

    @Test
    void itemsWhatTheLostMediumHeldAndAStudentNumber() {
        // 「記録されていたのは…」 says what the medium held; 学生番号 is a student's number as 学籍番号 is.
        CaseRecord r = read("""
                架空工科大は5日、講師がUSBメモリーを紛失したと発表した。
                紛失した記録媒体には、受講者の学生番号と氏名、出席状況が記録されていた。
                """);
        assertThat(r.dataItems()).contains("NAME", "CUSTOMER_ID");
    }

    @Test
    void personsTheRecipientsNamedBeforeTheirCountAreNone() {
        // 「送信先は…の計240人」 counts where the mail went, not whose data it held: no count of persons.
        CaseRecord r = read("""
                架空市教育委員会によると、教員が生徒の相談記録を誤って一斉配信した。送信先は学年の保護者と職員の計240人だった。
                """);
        assertThat(r.personsAffected()).isNull();
    }

    @Test
    void personsTheSameFigureSaidWithAboutIsApproximate() {
        // The headline gives the figure plainly, the text with 約: the figure is approximate.
        CaseRecord r = read("""
                架空学院大で会員名簿を紛失 会員150名分
                架空学院大は、職員が同窓会の会員約150名の氏名と住所を記載した名簿を紛失したと発表した。
                """);
        assertThat(r.personsAffected()).isEqualTo(150);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void organisationACityWithAKanaKeAfterItsPrefecture() {
        // City names may hold ケ or ヶ (鶴ケ谷市 style): after its prefecture the city is still named without it.
        CaseRecord r = read("""
                2025年5月27日、架空県鶴ケ谷市の福祉部保育課において、児童クラブの名簿を誤って別の施設へ郵送する事案が発生した。
                """);
        assertThat(r.organization()).isEqualTo("鶴ケ谷市");
        assertThat(read("千葉県鶴ヶ谷市の市民課において、住民12人分の名簿を誤って別の団体に送信する事案が発生した。").organization())
                .isEqualTo("鶴ヶ谷市");
    }

    @Test
    void datesNotFindingWhatWasLostIsNoFinding() {
        // 「…探したが発見できず」 dates the search for what was lost, not the finding; the finding is told before it.
        CaseRecord r = read("""
                架空村は、住民の申請書を入れた封筒が見当たらないと、2024年7月9日発表しました。
                6月20日、申請者から確認の電話を受けて、封筒の所在が分からないことに気付きました。
                6月3日に窓口で受け付けた記録はあるが、書庫を探しても発見できず、紛失と判断しました。
                """);
        assertThat(r.discovered()).isEqualTo("2024-06-20");
    }

    @Test
    void itemsAPasswordThatProtectedTheDataIsNoItem() {
        // 「開くにはパスワードが必要」, 「パスワードは…が管理」: the protection, not a leaked credential.
        CaseRecord r = read("""
                架空町によると、見当たらないディスクには申込者の氏名と電話番号を載せた名簿が記録されていた。
                ディスクのデータを開くにはパスワードが必要で、パスワードは担当係長が管理していた。
                """);
        assertThat(r.dataItems()).contains("NAME", "PHONE").doesNotContain("CREDENTIALS");
    }

    @Test
    void itemsTheAddressAMailWasMistypedToIsNoItem() {
        // 「送信先のメールアドレスを打ち間違え」 says how the mail went astray; the list it held names the items.
        CaseRecord r = read("""
                架空県によると、担当者が送信先のメールアドレスを打ち間違えたため、研修参加者20人の氏名と電話番号を載せた名簿が関係のない個人に届いた。
                """);
        assertThat(r.dataItems()).contains("NAME").doesNotContain("EMAIL");
    }

    @Test
    void typesAnAttachmentThatHeldMoreThanWasMeant() {
        // 「添付した資料に、案内文のほか…が載っていた」: data went out with the mail that should not have.
        CaseRecord r = read("""
                架空市によると、職員が講座の案内を会員に送った。添付した資料に、案内文のほか受講者の氏名や電話番号が載っていた。
                """);
        assertThat(r.incidentTypes()).contains("misdelivery");
    }

    @Test
    void datesANewsLeadsDayIsTheAnnouncementsNotTheEvent() {
        // Under the page's own date line, 「架空大は18日、…紛失したと発表した」 dates the announcement: the loss itself
        // is not dated by it (the finding, told with its own day, is).
        CaseRecord r = read("""
                2025年6月20日
                架空大は18日、学生120人分の名簿を入れたUSBメモリーを紛失したと発表した。
                大学によると、17日に職員が紛失に気付いた。
                """);
        assertThat(r.occurred()).isNotEqualTo("2025-06-18");
        assertThat(r.discovered()).isEqualTo("2025-06-17");
    }

    @Test
    void organisationADepartmentsCounterOpeningTheLead() {
        // 「…課窓口において」: the department's counter stands for the department; with no body named, no publisher.
        CaseRecord r = read("""
                記者発表資料
                道路管理課窓口において縦覧していた占用許可の台帳に、申請者8名の氏名と電話番号が残っていたことが分かりました。
                """);
        assertThat(r.organization()).isNull();
    }

    @Test
    void datesAFindingMinutesAfterTheSendingToldThroughACall() {
        // 「送信の約20分後、受け取った会員から「…」と電話があり、誤りが判明」: the finding is the sending's day, even with
        // the caller's words between.
        CaseRecord r = read("""
                架空市によると、委託先が3月4日、講座の申込者60人に案内のメールを送信した。
                アドレスは本来BCC欄に入れるべきところ、宛先欄に入れていた。
                送信の約20分後、受け取った会員から「宛先に他人のアドレスが並んでいる」と電話があり、誤りが判明した。
                2025年3月6日
                """);
        assertThat(r.discovered()).isEqualTo("2025-03-04");
    }

    @Test
    void datesATimelinesDateLineRightUnderTheOpeningProse() {
        // The timeline starts on the third line, under a sentence of prose: its date lines head their entries, as they do
        // further down (a date line among the first lines is otherwise taken for the page's header).
        CaseRecord r = read("""
                当院で、検査結果の通知を取り違えて郵送していたことが分かりました。
                ○2025年2月3日(月)
                検査結果の通知を郵送した際、2名の方の通知を誤って入れ替えて送付した。
                ○2025年2月5日(水)
                受け取った方から電話で連絡があり、誤送付が判明した。
                """);
        assertThat(r.occurred()).isEqualTo("2025-02-03");
        assertThat(r.discovered()).isEqualTo("2025-02-05");
    }

    @Test
    void personsThePartOfAMailingThatWentAstray() {
        // 「N名に郵送したところ、うちM名には…誤って」: the mailing's recipients are the population, the part is whose
        // papers went astray; 「郵送したN名に」 counts the recipients again, below the part.
        CaseRecord r = read("""
                架空研修センターで、修了証の取り違えがありました。
                受講者20名に修了証を郵送したところ、うち3名には他の受講者の修了証を誤って同封していた。
                修了証を郵送した20名に順に確認を取り、取り違えが3名分であったことを確かめた。
                """);
        assertThat(r.personsAffected()).isEqualTo(3);
    }

    @Test
    void datesTheSpanOfLostPapersOpensAtTheOccurrence() {
        // 「AからBまでの2か月余り分の届の綴りが所在不明」: nothing else dates the loss; the span's first day is the occurrence,
        // never the finding.
        CaseRecord r = read("""
                架空村では、2022年4月4日から6月10日までの2か月余り分の転居届の綴りが所在不明となっていることが分かった。
                届には合計130名分の氏名と住所が記載されていた。
                """);
        assertThat(r.occurred()).isEqualTo("2022-04-04");
        assertThat(r.discovered()).isNull();
    }

    @Test
    void personsRecordsCountedRightAfterTheirBodiesAreNoPersons() {
        // 「23社31件分のメールアドレス」: the addresses are the companies' records, counted after them; no person count.
        CaseRecord r = read("""
                架空協会の事務局が、総会の案内を会員企業に送る際、宛先を隠さずに送った。
                見えてしまったのは会員の23社31件分のメールアドレスだった。
                """);
        assertThat(r.personsAffected()).isNull();
    }

    @Test
    void datesDaysAloneAfterALeadWithItsFullDate() {
        // No date line: the announcing lead carries the full date, and the days alone after it are of its month.
        CaseRecord r = read("""
                架空市は2024年3月12日、市民80人分の名簿を紛失したと発表した。
                市によると、職員が9日に名簿を持ち出し、11日に紛失に気付いた。
                """);
        assertThat(r.published()).isEqualTo("2024-03-12");
        assertThat(r.occurred()).isEqualTo("2024-03-09");
        assertThat(r.discovered()).isEqualTo("2024-03-11");
    }

    @Test
    void datesASymptomThePublisherMetIsNoticedThatDay() {
        // 「…に接続できない事態が発生」: the publisher met the symptom that day; the undated finding that follows only names
        // its cause.
        CaseRecord r = read("""
                架空会は2024年9月2日、会員名簿の情報が流出した可能性があると明らかにした。
                2024年8月20日の朝から、会員管理サーバーに接続できない事態が発生した。外部の業者が調べた結果、不正アクセスによるものと分かった。
                """);
        assertThat(r.occurred()).isEqualTo("2024-08-20");
        assertThat(r.discovered()).isEqualTo("2024-08-20");
    }

    @Test
    void datesTheDayAnItemArrivedIsNotTheEvent() {
        // 「…日に役場へ届いた書留の封筒1通を…紛失」: the date tells when the post came; the incident is dated where the
        // text says it occurred.
        CaseRecord r = read("""
                2023年6月3日に役場へ届いた書留の封筒1通を、職員が別の係に回したまま紛失した。
                2023年6月5日、職員が書留の振分けを誤り、申請者2名の申請書を紛失する事案が発生しました。
                """);
        assertThat(r.occurred()).isEqualTo("2023-06-05");
    }

    // Tenth round (reader10a)

    @Test
    void organizationAHealthOfficeOpeningTheLead() {
        // 「架空保健所において」: a prefecture's health office opening the lead is the publisher, as a centre or an office is.
        assertThat(read("""
                架空保健所において、申請の結果通知(1名分)を送付したところ、誤って別の申請者の意見書を同封していました。
                関係者の皆様に深くお詫び申し上げます。
                """).organization()).isEqualTo("架空保健所");
    }

    @Test
    void organizationAMunicipalityNamedAfterItsPrefectureAndNo() {
        // 「架空県の北山町で」: the first body named is the town placed in its prefecture, not the prefecture.
        assertThat(read("""
                架空県の北山町で、住民名簿の所在が分からなくなる事態が起きた。
                町によると、区長に貸していた名簿の約40世帯分が回収できなくなったという。
                """).organization()).isEqualTo("北山町");
    }

    @Test
    void organizationACorporationAndItsHospitalJoinedByADot() {
        // 「医療法人社団架空会・架空中央病院は」: the corporation publishes, its hospital goes in brackets as a department does.
        assertThat(read("""
                医療法人社団架空会・架空中央病院は2024年5月10日、同院の電子カルテに外部から不正なアクセスがあったと明らかにしました。
                患者約1,200人分の氏名や病名が流出した可能性があるとしています。
                """).organization()).isEqualTo("医療法人社団架空会(架空中央病院)");
    }

    @Test
    void organizationAWardNamedOnlyInTheFacts() {
        // 「架空区と委託契約を結んでいる団体が」: a ward's name is read from its token 区 as a city's is (地区 and 学区 are no wards).
        assertThat(read("""
                個人情報を含む書類の紛失について
                関係者の皆様には深くお詫び申し上げます。
                1 概要
                架空区と委託契約を結んでいる団体が、施設の運営を受託している事業者を通じて報告書を提出しようとしたところ、事業者が書類を紛失した。
                """).organization()).isEqualTo("架空区");
    }

    @Test
    void organizationADepartmentWhoseNameOpensInHiragana() {
        // 「くらしの安全課において」: the department opening the lead keeps the hiragana its name opens with.
        assertThat(read("""
                メールの誤送信について
                くらしの安全課において、講座の参加者へ案内を送る際に、誤ったメールアドレスにメールを送信する事案が発生しました。
                このような事案が発生したことを重く受け止め、再発防止に努めてまいります。
                """).organization()).isEqualTo("くらしの安全課");
    }

    @Test
    void vendorAContractorToldByAVerbPhrase() {
        // 「施設の運営を受託している事業者」, 「委託契約を結んでいる団体」: contractors told by what they took on, not by a role noun.
        CaseRecord r = read("""
                架空区と委託契約を結んでいる団体が、施設の運営を受託している事業者を通じて報告書を提出しようとしたところ、事業者が書類を紛失した。
                """);
        assertThat(r.vendorInvolved()).isTrue();
    }

    @Test
    void vendorTheSystemsCompanysFaultCausedIt() {
        // 「保守を担うシステム会社の不備で…」: the company that keeps the system caused the incident.
        CaseRecord r = read("""
                架空町立病院で電子カルテのサーバーがランサムウェアに感染し、一部の患者情報が参照できなくなった。
                保守を担うシステム会社の不備で、ウイルス対策ソフトが古いままだったという。
                """);
        assertThat(r.vendorInvolved()).isTrue();
    }

    @Test
    void vendorATimeBeforeNiEntrustsNoOne() {
        // 「以前に委託していた里親」: a time before に names no one the work was entrusted to; no contractor is involved.
        CaseRecord r = read("""
                架空県児童相談センターにおいて、里親に関する個人情報が漏洩する事案が発生しました。
                当センターが養育を委託している里親の方々に関する次の情報(以前に委託していた里親を含む。)
                ・里親12名分の氏名、住所
                """);
        assertThat(r.vendorInvolved()).isFalse();
    }

    @Test
    void personsGroupsUnderKatakanaItemsWithBracketedCounts() {
        // 「ア 外来患者(6人)の…」 then 「イ 入院患者(2人)の…」: items numbered ア, イ under a heading, each a group with its
        // count in brackets, are summed.
        CaseRecord r = read("""
                この度、当院において個人情報の誤送信がありました。
                1 概要
                当院の職員が、送信する必要のない患者の情報を誤って取引先に送信した。
                2 誤送信した個人情報の内容
                ア 外来患者(6人)の氏名及び年齢並びに病名
                イ 入院患者(2人)の氏名及び年齢
                """);
        assertThat(r.personsAffected()).isEqualTo(8);
    }

    @Test
    void personsNumberedLinesCountingTheRecordsOfGroupsOfPeople() {
        // 「1 患者様の情報 最大2,400件」 then 「2 職員及び取引先の情報 最大150件」: each line counts one group's records, each a
        // person; the groups are summed, an upper bound when the lines say 最大.
        CaseRecord r = read("""
                架空記念病院 不正アクセスによる個人情報流出の可能性について
                当院の電子カルテシステムに外部から不正なアクセスがあり、個人情報が流出した可能性があることが分かりました。
                【流出した可能性のある情報】
                 1 患者様の情報  最大2,400件
                   氏名、住所、生年月日、病名
                 2 職員及び取引先の情報 最大150件
                   氏名、メールアドレス
                """);
        assertThat(r.personsAffected()).isEqualTo(2550);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void personsTheExactGroupsOfAnApproximateTotal() {
        // 「約1万2000人分」 in the lead, then the groups counted exactly in one sentence: their sum rounds to the total, so
        // the persons are the exact sum and no longer approximate.
        CaseRecord r = read("""
                架空学院大学は11日、学生と保護者ら約1万2000人分の個人情報が入ったUSBメモリーを紛失したと発表した。
                発表によると、USBには学生6210人、保護者5874人、卒業生41人の氏名、住所、電話番号などが記録されていた。
                """);
        assertThat(r.personsAffected()).isEqualTo(12125);
        assertThat(r.personsIsUpperBoundOrApprox()).isFalse();
    }

    @Test
    void personsRecordsWhoseOwnersTheSentenceBeforeNames() {
        // 「…送付したお客様。最大で約8万件程度と推定」: the records are the customers the sentence before on the line names;
        // 最大で約 makes the figure approximate.
        CaseRecord r = read("""
                架空釣具株式会社 お客様個人情報漏えいの可能性に関するご報告
                弊社サーバーがランサムウェアに攻撃され、お客様個人情報の一部が流出した懸念があることが判明いたしました。
                ・漏えい等が発生したおそれのある項目
                お客様の会員番号・氏名・住所
                ・対象となるお客様
                2019年4月から2023年10月までに弊社からカタログを送付したお客様。最大で約8万件程度と推定しております。
                """);
        assertThat(r.personsAffected()).isEqualTo(80000);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void personsTheAddressesSharedWhenSomeMailsBounced() {
        // 「52件のうち4件は届かず…48件のメールアドレスが受信者の間で共有され」: the persons are those whose addresses others saw.
        CaseRecord r = read("""
                架空市は3日、イベント案内のメールで参加者のメールアドレスを漏えいしたと発表しました。
                案内を参加者52人に送信する際、「BCC」欄ではなく「宛先」欄に入力して送信しました。市によると、52件のうち4件は届きませんでしたが、48件のメールアドレスが受信者の間で共有されました。
                """);
        assertThat(r.personsAffected()).isEqualTo(48);
    }

    @Test
    void personsTheCountOfAWrongAddressIsNoOnesData() {
        // 「誤ったアドレス(1名)に案内を送り」: the one counted is the stranger the mail went to; no count of persons.
        CaseRecord r = read("""
                メールの誤送信について
                架空課において、委託事業者と打ち合わせをする際に、一定期間、誤ったアドレス(1名)に案内を送り続ける事案が発生しました。
                その中には講師の旅程が記載されていたものもありました。
                """);
        assertThat(r.personsAffected()).isNull();
    }

    @Test
    void personsBulletedGroupsWhosePdfLinesRanTogether() {
        // 「- 受講者21名分の個人情報」, then 「氏名、住所、電話番号 - 見学者30名分の個人情報」: PDF text ran the first group's items
        // into the second group's line; both groups are summed.
        CaseRecord r = read("""
                架空県北研修センターにおいて、講座の受講者と見学者の個人情報が漏洩する事案が発生しました。
                1 漏洩した個人情報
                - 受講者21名分の個人情報
                氏名、住所、電話番号 - 見学者30名分の個人情報
                氏名、生年月日、学年
                2 経緯
                """);
        assertThat(r.personsAffected()).isEqualTo(51);
    }

    @Test
    void vendorOneContractorNamedWithAndWithoutItsLegalForm() {
        // 「委託事業者である架空県福祉協議会」, then 「社会福祉法人架空県福祉協議会が」: one vendor, named as the text first names it.
        CaseRecord r = read("""
                架空県が実施する支援事業の委託事業者である架空県福祉協議会において、個人情報が入力されたファイルを誤って他の機関に送信する事案が発生しました。
                相談希望者の氏名を、委託事業者である社会福祉法人架空県福祉協議会が各センターに提供する際、誤って全員分のファイルを送信してしまったものです。
                """);
        assertThat(r.vendorNames()).containsExactly("架空県福祉協議会");
    }

    @Test
    void vendorACompanyNamedAfterTheWorkItWasEntrustedWith() {
        // 「製本作業を委託されていた架空製本印刷から」: news names the contractor after what it was entrusted with.
        CaseRecord r = read("""
                架空市教育委員会は4月11日、市立中学校の卒業アルバムに掲載された個人情報が漏洩した可能性があると発表しました。
                アルバムの製本作業を委託されていた架空製本印刷から、サーバーが攻撃を受けたと報告がありました。
                """);
        assertThat(r.vendorNames()).containsExactly("架空製本印刷");
    }

    // Tenth round (reader10b)

    @Test
    void datesOneFieldForTheEventAndItsFinding() {
        // 「発生日・発覚日」 then the date: the field dates both.
        CaseRecord r = read("""
                架空市立病院において、患者の個人情報を含む書類を誤って送信しました。
                (1) 発生日・発覚日 令和6年9月12日(木)
                (2) 誤送信した個人情報の内容 氏名及び病名
                """);
        assertThat(r.occurred()).isEqualTo("2024-09-12");
        assertThat(r.discovered()).isEqualTo("2024-09-12");
    }

    @Test
    void datesPapersSlippedIntoWhatWasHandedOverAreTheEvent() {
        // 「…手渡した封筒に、別の世帯の書類が混入していた」: the slip is the event, dated by the handing over.
        CaseRecord r = read("""
                架空町福祉課は2025年3月12日、申請者1名の個人情報が漏れたと公表した。
                3月4日に家庭訪問で手渡した案内の封筒に、別の世帯の申請書の写しが混入していた。3月10日、受け取った方からの電話で判明した。
                """);
        assertThat(r.occurred()).isEqualTo("2025-03-04");
        assertThat(r.discovered()).isEqualTo("2025-03-10");
    }

    @Test
    void datesATimelineEntryClosingOnTheSending() {
        // 「令和6年5月7日 申請者3名へ…通知書を郵送」: the entry is the sending; the apology sent later is not.
        CaseRecord r = read("""
                架空保健所において、別の方の書類を誤って同封して送付し、個人情報が漏洩しました。
                令和6年5月7日 申請者3名へ架空手当の決定通知書を郵送
                5月9日 受け取った方から連絡があり、誤りが判明
                5月10日 お詫びの文書を送付
                """);
        assertThat(r.occurred()).isEqualTo("2024-05-07");
        assertThat(r.discovered()).isEqualTo("2024-05-09");
    }

    @Test
    void datesBracketedOccasionsAfterAFindingAreTheEvents() {
        // 「…分かりました(令和5年5月25日、6月16日の計2回)」: the bracket lists when it happened, not the finding.
        CaseRecord r = read("""
                更新日:2023年09月01日
                架空町教育委員会において、保護者へのメールを「宛先」欄に入力して送信し、メールアドレスが流出しました。
                さらに調べたところ、昨年度も同じ誤りで名簿が流出していたことが分かりました(令和5年5月25日、6月16日の計2回)。
                """);
        assertThat(r.occurred()).isEqualTo("2023-05-25");
        assertThat(r.discovered()).isNull();
    }

    @Test
    void datesADayThingsStillStoodAtDatesNothing() {
        // 「2024年2月1日になっても見つかっていない」: the state on that day, neither the loss nor its finding.
        CaseRecord r = read("""
                架空高校によると、2023年11月に教諭から名簿を置き忘れたと校長に報告があり、警察に届け出たが、2024年2月1日になっても見つかっていないという。
                """);
        assertThat(r.discovered()).isNull();
    }

    @Test
    void datesTheNoticesOwnFindingFieldOutranksTheClauses() {
        // 「2 発覚時期」 then the date: the publisher's word on when it knew, over a missing list noticed days before.
        CaseRecord r = read("""
                架空区の委託先が、提出を預かった報告書を紛失しました。
                2 発覚時期
                令和7年10月20日(月曜)
                3 経緯
                10月14日 区の担当者が、前月分の名簿が届いていないことに気付いた。
                10月20日 委託先から、報告書の一部が見つからないと連絡があった。
                """);
        assertThat(r.discovered()).isEqualTo("2025-10-20");
    }

    @Test
    void datesTheApologysOwnMailingIsTheResponse() {
        // 「同日、案内を郵送した全ての会員の自宅を訪ね、お詫びの文書を配布」: the sending names whom the step reached; the
        // day is the response's, and the misdirected mailing itself is undated (the 【6月4日】 opening the title is the
        // release's).
        CaseRecord r = read("""
                【6月4日】案内はがきの誤送付について(架空保健課)
                更新日:2021年6月4日
                架空県が会員に発送した案内の一部が誤った宛先に届けられ、会員の連絡先が第三者に渡りました。
                1. 6月3日、誤送付先の方から県に電話があり、誤りが判明した。
                2. 同日、案内を郵送した全ての会員の自宅を訪ね、お詫びの文書を配布。
                """);
        assertThat(r.discovered()).isEqualTo("2021-06-03");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void typesABurglarsWayInIsATheftNotAnIntrusion() {
        CaseRecord r = read("""
                架空町の職員が書類を持ち帰った自宅に、留守中、何者かが勝手口から侵入し、住民20人分の名簿が入った鞄が盗まれた。
                """);
        assertThat(r.incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void typesTheSettingOfAMailingsRecipientsOrOfAnExtractIsNoMisconfiguration() {
        // 「送信先設定の誤り」, 「抽出条件の設定を誤り」: how the mailing went wrong, not a system's setting.
        assertThat(read("""
                架空協会が会員40人に送った会報メールで、送信先設定の誤りにより全員のアドレスをTO欄に入れて送信し、受信者が互いのメールアドレスを閲覧可能な状態となった。
                """).incidentTypes()).containsExactly("misdelivery");
        assertThat(read("""
                架空事務所の職員が名簿システムで出力する一覧の抽出条件の設定を誤り、申請した1社に対象外の名簿を誤って交付した。
                """).incidentTypes()).containsExactly("misdelivery");
    }

    @Test
    void typesAStateOpenToViewAfterAnAttackIsTheAttack() {
        assertThat(read("""
                架空クリニックの予約サーバーが外部から不正アクセスを受け、登録者の氏名と電話番号が第三者に閲覧可能な状態となっていたことが分かりました。
                """).incidentTypes()).containsExactly("unauthorized_access");
    }

    @Test
    void typesAFakeWarningAndARemoteOperationAreAnIntrusionNotMalware() {
        // A scam's screen claims an infection; the caller then works the computer from afar.
        CaseRecord r = read("""
                架空市の職員が業務用端末でサイトを閲覧中、ウイルスに感染したとする偽の警告画面が現れた。
                画面の番号に電話をかけ、相手の指示で操作を続けたところ、端末を遠隔操作された。
                """);
        assertThat(r.incidentTypes()).containsExactly("unauthorized_access");
    }

    @Test
    void typesTheWrongFileUploadedIsAPublicationError() {
        assertThat(read("""
                架空市体育協会が、大会要項のつもりで誤ったファイルのデータをホームページにアップロードし、参加者の氏名と住所が表示された。
                """).incidentTypes()).containsExactly("wrong_publication");
    }

    @Test
    void itemsTheMeasuresNameNoLeakedItem() {
        // 「今後、…相手先のFAX番号を二人で読み合わせて再発防止を図る」: the number in the measures did not leak.
        CaseRecord r = read("""
                架空医院の職員が、患者の氏名と病名を記載した紹介状を誤った番号へFAXで送信した。
                架空医院は今後、個人情報を含む書類をFAXで送る前に、相手先のFAX番号を二人で読み合わせて再発防止を図るとしている。
                """);
        assertThat(r.dataItems()).doesNotContain("PHONE");
    }

    @Test
    void itemsTheListsFirstPartKeepsItsClosingNouns() {
        // 「調査票には居住する町内会名、氏名、性別」: 町内会名 is an item of the list, not the words leading into it.
        CaseRecord r = read("""
                架空局が別の事業所に調査票を誤って送付した。調査票には居住する町内会名、氏名、性別が記載されていた。
                """);
        assertThat(r.dataItemsRaw()).contains("町内会名");
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "GENDER", "OTHER");
    }

    @Test
    void itemsTheAddressFieldOfAMailIsNoName() {
        // 「宛名をBcc欄ではなくTo欄に並べて」: 宛名 is the mail's address field here.
        CaseRecord r = read("""
                架空市の担当者が説明会の案内メールを送る際、宛名をBcc欄ではなくTo欄に並べて送信し、参加者に他の参加者のメールアドレスが見える状態となった。
                """);
        assertThat(r.dataItems()).containsExactly("EMAIL");
    }

    @Test
    void itemsAddressesOthersCouldSee() {
        // 「受信者が他の受講者のメールアドレスを確認できる状態」: what the recipients could see is what leaked.
        CaseRecord r = read("""
                架空町が講座の受講者に送ったお知らせメールで、受信者が他の受講者のメールアドレスを確認できる状態になっていた。
                """);
        assertThat(r.dataItems()).containsExactly("EMAIL");
    }

    @Test
    void typesPostRoutedToTheWrongDeskInsideIsNoMisdelivery() {
        // The letter never left the town hall; only its loss is the incident.
        CaseRecord r = read("""
                架空町役場に届いた簡易書留1通が、担当者の誤配により、架空町税務課(住民税係)へ回り、その後、紛失した。
                """);
        assertThat(r.incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void typesAProvisionWithoutTheApprovalItNeededIsOther() {
        CaseRecord r = read("""
                架空組合は、本人の同意を得ないまま、会員の名簿を提携先の業者に提供していたことを明らかにした。
                """);
        assertThat(r.incidentTypes()).containsExactly("other");
    }

    // Eleventh round (reader11a)

    @Test
    void personsTheRecipientsOfADistributionRankBelowWhoseDataItHeld() {
        // 「保護者180名に配信され」: those the contact tool reached, not the pupils whose answer sheets it carried.
        assertThat(read("""
                架空市立中学校において、連絡ツールで案内を送る際、1学級25名分の採点済み答案を誤って添付した。
                全学年の保護者180名に配信され、約15分間閲覧可能な状態となった。
                """).personsAffected()).isEqualTo(25);
    }

    @Test
    void personsThePopulationThatHoldsTheCountedPart() {
        // 「20人を含む全校生徒400人へ説明」: all pupils were told; the affected are the 20.
        assertThat(read("""
                架空町教委は、町立中学校で生徒20人分の個人調査票がつづられたファイルを紛失したと発表した。
                学校は20人を含む全校生徒400人へ家庭訪問し、説明と謝罪を行っている。
                """).personsAffected()).isEqualTo(20);
    }

    @Test
    void personsThePapersInAnEnvelopeAreNoPeople() {
        // 「…書類が計12件入っていた」: what the envelope held, not whose it was.
        assertThat(read("""
                架空福祉会の職員が、利用者宅に届ける封筒を封をしないまま別の家の郵便受けに入れた。
                封筒には連絡票や支援計画など、個人情報に係る書類が計12件入っていた。
                """).personsAffected()).isNull();
    }

    @Test
    void personsAConjoinedPairAfterThePopulationsUchi() {
        // 「会員300人のうち、…本人5人及び家族14人に関する情報」: the pair is the part taken from the population.
        assertThat(read("""
                架空共済会の移行手続きで、会員300人のうち、3事業所の会員にかかわる本人5人及び家族14人に関する情報を、別の事業所の登録票に誤って記載した。
                """).personsAffected()).isEqualTo(19);
    }

    @Test
    void personsNumberedPapersCountedPerPersonWithSama() {
        // 「(1)架空給付費明細書 6名さま分」: each numbered paper counts its persons; the items may run on past a comma.
        assertThat(read("""
                架空病院が廃棄を委託した書類の一部が路上に散逸した。
                (1)架空サービス・架空地域型サービス架空給付費明細書 6名さま分
                漢字氏名、生年月日、
                架空給付の明細等
                (2)当院受付票 3名さま分
                患者番号、漢字氏名
                """).personsAffected()).isEqualTo(9);
    }

    @Test
    void personsNumberedFieldsCountingEachLeakedItemAreOneGroup() {
        // 「(2)流出したメールアドレス(5名分)」, 「(3)流出した姓(3名分)」: the same people counted item by item.
        assertThat(read("""
                架空大学の受託者が、案内メールを宛先欄に入力して一斉送信した。
                (1)発生時期 令和6年6月3日
                (2)流出したメールアドレス(5名分)
                (3)流出した姓(3名分)
                """).personsAffected()).isEqualTo(5);
    }

    @Test
    void personsAddressesShownNamedBeforeTheirCount() {
        // 「メールアドレス 90件」 under what leaked, in a mail sent with the addresses in the To line.
        assertThat(read("""
                架空大学の職員が合格者への案内を送信する際、Bccに設定すべきところToに設定していた。
                2.漏えいした情報
                メールアドレス 90件
                """).personsAffected()).isEqualTo(90);
    }

    @Test
    void organizationAMunicipalSchoolsBoardSpeakingForItself() {
        // 「架空市立中学校において」 makes the city the publisher, unless its board speaks for itself in the notice.
        assertThat(read("""
                架空市立中学校において、採点済みの答案データを誤って保護者へ配信する事案が発生しました。
                関係者の皆様には、多大なご迷惑とご心配をおかけしましたことを、心よりお詫び申し上げます。
                架空市教育委員会といたしましては、本件を厳粛に受け止め、再発防止策の徹底を図ってまいります。
                """).organization()).isEqualTo("架空市教育委員会");
        assertThat(read("""
                架空市立中学校において、採点済みの答案データを誤って保護者へ配信する事案が発生しました。
                学校は架空市教育委員会に報告しました。
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void organizationAFederationNamedInTheFacts() {
        // 「架空技師連盟に外部からの通報があり」: a federation is a body, as an association is; 連盟 alone names no one.
        assertThat(read("""
                この度、第三者による会員管理システムへの不正アクセスが発生し、会員の個人情報が外部に流出した可能性があることが判明しました。
                架空技師連盟会員の皆様には多大なご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。
                ■現在までの対応
                9/12 架空技師連盟に外部からの通報があり発覚
                """).organization()).isEqualTo("架空技師連盟");
    }

    @Test
    void vendorPapersOnlyBelievedHandedToAContractor() {
        // 「委託業者に提出されたと思い込み」: the papers never reached the contractor; it holds nothing.
        assertThat(read("""
                架空中学校は、検査の解答用紙を紛失したと発表した。
                担当者は箱が棚から無くなったことに気付いていたが、解答用紙が委託業者に提出されたと思い込み、確認しなかった。
                """).vendorInvolved()).isFalse();
    }

    @Test
    void vendorNamedOnTheLineUnderItsRolesHeading() {
        // 「2 委託事業者」 then 「株式会社架空印刷(印刷業)」: the contractor's name stands under its heading.
        assertThat(read("""
                本市が印刷業務を委託している事業者のサーバーがランサムウェアに感染し、下記の個人情報が流出したことが判明しました。
                1 経過
                令和6年6月3日、委託事業者より感染の報告がありました。
                2 委託事業者
                株式会社架空印刷(印刷業、データ処理)
                3 流出した個人情報
                (1) 影響人数 120人
                """).vendorNames()).containsExactly("株式会社架空印刷");
    }

    @Test
    void vendorTheProviderWhoseServiceWasBrokenInto() {
        // 「株式会社架空決済(以下「架空社」)が提供するサービスが、外部から不正アクセスを受け」: the provider is a vendor.
        assertThat(read("""
                架空化粧品株式会社
                お客様情報漏洩の可能性に関するお詫びとお知らせ
                当社の通販サイトが導入していた、株式会社架空決済(以下、「架空社」といいます。)が提供するサービスが、外部から不正アクセスを受けて改ざんされ、クレジットカード情報(300件)が漏洩した可能性があることが判明しました。
                """).vendorNames()).containsExactly("株式会社架空決済");
    }

    @Test
    void personsGroupsCountedInBracketsAfterWhatWasHeld() {
        // Each group with what was held of it and its count in brackets: a group named twice is the same people.
        assertThat(read("""
                当組合が運営する通販サイトにおきまして、第三者による不正アクセスを受け、お客様のクレジットカード情報(120名分)と、お客様の個人情報(300名分)及びお届け先の個人情報(450名分)が漏えいした可能性があることが判明いたしました。
                """).personsAffected()).isEqualTo(750);
    }

    @Test
    void personsIncludingAPartAndRecordsInADeviceStillCount() {
        // 「12人を含む500人分の情報」: all 500 leaked; 「顧客情報が150件入っていた」 on a stick are records of people.
        assertThat(read("""
                架空商店は、職員12人を含む500人分の氏名と住所が流出したと発表した。
                """).personsAffected()).isEqualTo(500);
        assertThat(read("""
                架空商店が紛失したUSBメモリには、顧客の個人情報が150件入っていた。
                """).personsAffected()).isEqualTo(150);
    }

    // Eleventh round, second part (reader11c)

    @Test
    void organisationADepartmentOpeningTheLeadWithOkimashite() {
        // 「この度、架空部架空課におきまして、…」: the polite form opens the lead as において does; a desk of no named body
        // is no publisher.
        assertThat(read("""
                この度、架空部架空課におきまして、5月10日に、利用者の氏名を記載した書類を誤って別の方に郵送する事案が発生いたしました。
                関係者の皆様におきましては、ご迷惑をおかけし、深くお詫び申し上げます。
                """).organization()).isNull();
    }

    @Test
    void organisationATitleDepartmentWithHiraganaInItsName() {
        // 「障がい架空課における…」, 「こども架空課における…」: the department's name holds hiragana; a particle (の) does not.
        assertThat(read("""
                障がい架空課における書類の誤送付について
                関係者の皆様に深くお詫び申し上げます。
                """).organization()).isEqualTo("障がい架空課");
        assertThat(read("""
                こども架空課における書類の誤送付について
                関係者の皆様に深くお詫び申し上げます。
                """).organization()).isEqualTo("こども架空課");
        assertThat(read("""
                市の架空課における書類の誤送付について
                関係者の皆様に深くお詫び申し上げます。
                """).organization()).isNull();
    }

    @Test
    void organisationAPublicSchoolShortenedInANewsLead() {
        // 「架空県立北高(架空市…)は20日、…と発表した」: news shortens the school to 高; its address may stand in brackets.
        assertThat(read("""
                120人分のアドレス流出 架空北高、メール誤送信

                架空県立北高(架空市本町1丁目)は20日、説明会に参加した中学生120人に対し、全員のアドレスが見える状態でメールを送信したと発表した。
                """).organization()).isEqualTo("架空県立北高");
        assertThat(read("""
                架空市立南中は3日、保護者80人に対し、全員のアドレスが見える状態でメールを送信したと発表した。
                """).organization()).isEqualTo("架空市立南中");
    }

    @Test
    void personsStaffCountedByRankWithRaOrByThoseWhoWent() {
        // 「校長ら3名で…訪問し」, 「上記2名で…訪問し」: those who went to apologise, not whose data went astray; the
        // one whose paper it was is named by a letter (twentieth round: a lettered person is one person).
        assertThat(read("""
                架空市立小学校において、児童Aの個票を誤って児童Bに配付しました。
                校長ら3名で同日に児童B宅を訪問し、謝罪をするとともに個票を回収しました。
                """).personsAffected()).isEqualTo(1);
        assertThat(read("""
                架空市立小学校において、児童Aの個票を誤って児童Bに配付しました。
                上記2名で同日に児童B宅を訪問し、謝罪をするとともに個票を回収しました。
                """).personsAffected()).isEqualTo(1);
        assertThat(read("""
                架空市立小学校において、児童3名の個票を誤って別の児童に配付しました。
                """).personsAffected()).isEqualTo(3);
    }

    @Test
    void personsPapersSwappedBetweenTheCounted() {
        // 「3人の方の納付書を入れ違えて発送」: the three whose papers were swapped are the affected.
        assertThat(read("""
                架空福祉事務所で、3人の方の納付書を入れ違えて発送した事故がありました。
                深くお詫び申し上げます。
                """).personsAffected()).isEqualTo(3);
    }

    @Test
    void personsAnotherBodysIncidentToldAfterward() {
        // 「同じような送り間違いは他の市の学校でも起きている」: the next body's 約2,000人 is not this incident's.
        assertThat(read("""
                架空市の市立中学校で、教諭が生徒ら約150人分の氏名が記載された名簿を外部にメール誤送信していたことが分かりました。
                架空市教育委員会は再発防止を指示しています。
                別市でも名簿を誤送信
                同じような送り間違いは他の市の学校でも起きている。
                架空県別市では、昨年、市立学校の教員が児童約2,000人分の名簿ファイルを別の保護者宛てに送信しました。
                """).personsAffected()).isEqualTo(150);
    }

    @Test
    void organisationAFieldOfARecordIsNoBody() {
        // 「…保護者の名前、出身中学校、入学年月日」: where a pupil came from, listed among what a record holds, publishes nothing.
        assertThat(read("""
                ・ 「指導要録」には、「生徒の名前、住所、保護者の名前、出身中学校、入学年月日」が記載されています。
                ・ 本校において、指導要録20名分を紛失しました。
                """).organization()).isNull();
    }

    @Test
    void vendorNamedBeforeTheEntrustingVerb() {
        // 「架空印刷株式会社に業務委託している」: the work is entrusted to the name before に委託.
        assertThat(read("""
                架空市は、架空印刷株式会社に業務委託している通知書の発送で、市民120人分の氏名と住所が記載された通知書を誤って別の方に送付したと発表しました。
                """).vendorNames()).containsExactly("架空印刷株式会社");
        assertThat(read("""
                架空市は、通知書の印刷を架空印刷株式会社に委託しており、同社の作業で市民120人分の通知書を誤って別の方に送付したと発表しました。
                """).vendorNames()).containsExactly("架空印刷株式会社");
    }

    @Test
    void organisationAMunicipalityAndNoBeforeTheSchoolIsWhereItIs() {
        // 「架空県北町の北町立南小学校は」: 北町の tells where the school is; 「架空県の北さくら市」 still keeps its kana name.
        assertThat(read("""
                架空県北町の北町立南小学校は10日、児童30人分の名簿を紛失したと発表した。
                """).organization()).isEqualTo("北町立南小学校");
        assertThat(read("""
                架空県の北さくら市は10日、市民30人分の個人情報が記載された書類を紛失したと発表した。
                """).organization()).isEqualTo("北さくら市");
    }

    @Test
    void vendorTheContractorToldByTheEntrustingVerb() {
        // 「文書の廃棄を委託した業者が運搬中に…」: the disposal contractor caused it.
        assertThat(read("""
                架空市は、文書の廃棄を委託した業者が運搬中に書類を落とし、市民30人分の個人情報が散乱したと発表した。
                """).vendorInvolved()).isTrue();
    }

    @Test
    void vendorNamedOnlyToBeRuledOut() {
        // 「委託業者は関与していない」: the contractor is named to say it had no part.
        assertThat(read("""
                架空市は、市民30人分の個人情報を記載した書類を誤って別の方に送付したと発表した。発送作業は市の職員が行っており、委託業者は関与していないという。
                """).vendorInvolved()).isFalse();
    }

    @Test
    void vendorNamedAfterTheWorkItDoes() {
        // 「システムの保守を行う架空システム株式会社の社員が」: the maintainer is a contractor; a lead's own company is not.
        assertThat(read("""
                架空市は、システムの保守を行う架空システム株式会社の社員が、市民30人分のデータを誤って外部に送信したと発表した。
                """).vendorNames()).containsExactly("架空システム株式会社");
        assertThat(read("""
                サイトの運営を行う架空株式会社は10日、顧客30人分の個人情報が流出したと発表した。
                """).vendorInvolved()).isFalse();
    }

    @Test
    void vendorInAMeasureToCome() {
        // 「今後は委託先を含めた管理を徹底する」: a measure to come names no contractor that was involved.
        assertThat(read("""
                架空商事株式会社は、外部からの不正アクセスにより顧客30人分の個人情報が流出したと発表した。今後は委託先を含めた管理を徹底するとしている。
                """).vendorInvolved()).isFalse();
        assertThat(read("""
                架空商事株式会社は、委託先のサーバーが外部から不正アクセスを受け、顧客30人分の個人情報が流出したと発表した。今後は委託先を含めた管理を徹底するとしている。
                """).vendorInvolved()).isTrue();
    }

    @Test
    void approxSomeOfThoseCounted() {
        // 「30人分の一部」: part of the records of those counted, so the count is an upper bound.
        var r = read("""
                架空市は、市民の個人情報が記載された書類(30人分の一部)を紛失したと発表した。
                """);
        assertThat(r.personsAffected()).isEqualTo(30);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void organisationTheHeadOfASchoolOrABoardInTheSenderBlock() {
        // 「架空県立南高等学校長」, 「架空市教育委員会教育長 架空太郎」: a letter's sender block names the body by its head.
        assertThat(read("""
                令和6年5月1日
                保護者各位
                架空県立南高等学校長
                個人情報の流出について
                このたび、本校において生徒30名分の成績一覧を誤って保護者にメールで送信しました。
                """).organization()).isEqualTo("架空県立南高等学校");
        assertThat(read("""
                令和6年5月1日
                保護者各位
                架空市教育委員会教育長 架空太郎
                このたび、市立小学校において児童30名分の名簿を紛失しました。
                """).organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void personsAPairWithStaffWhoseDataItWas() {
        // 「職員12人と市民30人の氏名」: the staff's own names leaked too, so the pair is summed.
        assertThat(read("""
                架空市は、職員12人と市民30人の氏名が記載された名簿を紛失したと発表した。
                """).personsAffected()).isEqualTo(42);
        assertThat(read("""
                架空市は、職員12人と市民30人が参加した会議の資料を紛失したと発表した。
                """).personsAffected()).isEqualTo(30);
    }

    // Eleventh round (reader11b)

    @Test
    void datesADayAloneWithItsWeekdayInATimeline() {
        // 「5日(木)に…気付いた」 after 「9月2日(月)」: the day of that month, as long as the weekday holds.
        CaseRecord r = read("""
                令和6年9月2日(月)、架空町の職員が検診の受診票の束を自宅へ持ち帰った。
                5日(木)に受診票を整理しようとした際、束が無いことに気付いた。
                """);
        assertThat(r.discovered()).isEqualTo("2024-09-05");
        CaseRecord wrongWeekday = read("""
                令和6年9月2日(月)、架空町の職員が検診の受診票の束を自宅へ持ち帰った。
                5日(金)に受診票を整理しようとした際、束が無いことに気付いた。
                """);
        assertThat(wrongWeekday.discovered()).isNull();
    }

    @Test
    void datesTheSecondDayOfAListGoesWithTheFirst() {
        CaseRecord r = read("""
                会員情報の漏えいについて
                架空協会は、会員情報の取扱いに誤りがあったことをお知らせします。
                2.経緯
                ○令和6年4月8日(月)、9日(火) 架空課の職員が申請書を誤って別の世帯に郵送した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-04-08");
    }

    @Test
    void datesASameDayBrokenByALineWrap() {
        // Text copied from a PDF: 「同」 and 「日」 on two lines are still 同日.
        CaseRecord r = read("""
                会員情報の漏えいについて
                架空協会は、会員情報の取扱いに誤りがあったことをお知らせします。
                (1)概要
                令和6年7月2日(火)、委託先である架空運輸株式会社の案内担当
                者が、研修の受講を希望する会員に対して、案内のメールを送信す
                る際、本来は宛先を隠して送るべきところを、全員のアドレスをCCに入れて送信した。
                その後、同社の別の担当者がこれに気づき、アドレスの漏えいが判明したため、同
                日、同社から架空市に報告があった。
                """);
        assertThat(r.discovered()).isEqualTo("2024-07-02");
    }

    @Test
    void datesAStepTowardsThoseALeakReachedIsNoEvent() {
        // 「名簿の流出があった団体へのおわび」: があった describes the groups the apology reached.
        CaseRecord r = read("""
                会員情報の漏えいについて
                架空協会は、会員情報の取扱いに誤りがあったことをお知らせします。
                ・令和6年3月5日 名簿の流出があった団体へのおわびを完了
                """);
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesAFindingBetweenADateAndTheSameDaysStep() {
        // The date of the event, then an undated 「気づき」, then a step taken 「同日中に」: the finding was that day.
        CaseRecord r = read("""
                架空町立小学校の個人情報誤配信について
                1 発生日時
                令和6年6月4日(火)午後3時
                2 概要
                学級だよりの代わりに、児童の成績一覧のファイルを誤って保護者あてに配信した。
                3 対応
                担任が送り先の誤りに気づき、直ちに教頭に伝えた。
                同日中に、保護者に謝罪した。
                """);
        assertThat(r.discovered()).isEqualTo("2024-06-04");
    }

    @Test
    void datesAResponseOnTheEventsDayDatesTheFinding() {
        // An investigation asked for the day the intrusion happened: it was known that day.
        CaseRecord r = read("""
                架空クリニックへの不正アクセスについて
                当院は、第三者から不正アクセスを受けたことを確認しました。
                【経過】
                 2024年2月5日 外部からの侵入により診療予約データが漏れた疑いが生じる
                 2024年2月5日 調査会社に調査を依頼
                 2024年2月9日 警察に相談
                """);
        assertThat(r.discovered()).isEqualTo("2024-02-05");
    }

    @Test
    void typesPapersScatteredOnTheWayAreLost() {
        assertThat(read("架空薬局の古い処方記録が、処分業者のトラックから落ちて路上に散逸し、住民が一部を拾って届けた。")
                .incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void typesAccessLookedIntoIsNoIntrusion() {
        // 「不正アクセスの有無を調べている」: an investigation of possible access states none.
        assertThat(read("架空幼稚園の事務用パソコンがマルウェアに感染した。翌日から、専門業者が不正アクセスの有無を調べている。")
                .incidentTypes()).containsExactly("malware");
    }

    @Test
    void typesDataPutOnlineByRansomwareIsNoPublicationError() {
        assertThat(read("架空印刷株式会社がランサムウェアの被害に遭い、流出した顧客の氏名と住所が、犯行グループのサイトで閲覧できる状態になっていた。")
                .incidentTypes()).containsExactly("ransomware");
    }

    @Test
    void typesFormsSentWithOtherPeoplesEntriesAreAMisdelivery() {
        CaseRecord r = read("""
                確認票の記載誤りについて(お詫び)
                架空共済会は、加入者ごとの確認票を各勤務先に送付しましたが、一部の確認票に別の加入者の氏名が誤記載されていたことが分かりました。
                1 経緯
                ・令和6年1月15日(月) 各勤務先に確認票を加入者の控えとして郵送
                ・令和6年1月18日(木) 勤務先から記載誤りの指摘
                """);
        assertThat(r.incidentTypes()).containsExactly("misdelivery");
        assertThat(r.occurred()).isEqualTo("2024-01-15"); // the timeline's sending, 「…として郵送」
    }

    @Test
    void typesPersonalDataLeftOnTheWebsite() {
        assertThat(read("架空村の補助金を受けた事業者の代表者12人分の個人情報が、半年ほど村のホームページ上で公開されていた。").incidentTypes())
                .containsExactly("wrong_publication");
    }

    @Test
    void itemsBelongingSaidWithAVerbIsNoItem() {
        // 「職員の所属する支部あてに」: 所属する names where it went, not a leaked affiliation.
        CaseRecord r = read("架空協会が、職員の所属する支部あてに、別の職員の氏名と生年月日を記載した書類を誤って郵送した。");
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "BIRTH_DATE");
    }

    @Test
    void typesADefinitionInTheTextStatesNoAttack() {
        // 「ランサムウェアとは、…サイバー攻撃の一種である」 explains the word; no attack or intrusion is stated.
        assertThat(read("架空市の委託先である架空印刷株式会社のサーバーがランサムウェアに感染した。"
                + "ランサムウェアとは、ファイルを使えなくして解除の対価を求める、サイバー攻撃の一種である。").incidentTypes())
                .containsExactly("ransomware");
    }

    @Test
    void datesANewsLeadsDayAloneTakesTheLatestDateOnThatDay() {
        // No date line: the latest full date, on the lead's day, gives its month and year.
        CaseRecord r = read("""
                架空大学は14日、卒業生の名簿を保存したノートパソコンが所在不明になっていると発表した。
                大学によれば、教員が2023年11月に置き場所を失念し、2024年2月14日の時点でも発見されていない。
                """);
        assertThat(r.published()).isEqualTo("2024-02-14");
    }

    @Test
    void itemsWordsDescribingWhomBeforeAnItemAreNoItem() {
        // 「再入学を希望する元学生80人の氏名」: the part ends on 氏名; what comes before its particle describes whom.
        CaseRecord r = read("架空専門学校によると、紛失したメモリには在校生2千人、再入学を希望する元学生80人の氏名、住所、電話番号が保存されていた。");
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "PHONE");
    }

    // Twelfth round (reader12a)

    @Test
    void datesPlanWordsInsideNounsOrBoundingWhatWasDoneAreNoPlan() {
        // 「行事予定」 and 「受験予定者」 are nouns, and 「12月までに出願を終えていた」 bounds what was done: the sending is dated.
        CaseRecord r = read("""
                令和6年3月8日(金)10時~11時頃にかけて、架空学園事務局より、令和5年12月までに出願を終えていた受験予定者に対して、説明会の行事予定を案内するメールを送信しました。
                その後、受信者からの指摘で、宛先を誤ってToに入れてメールを誤送信していたことが分かりました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-08");
    }

    @Test
    void datesAPopulationWindowClosedByMadeniIsTheAffectedWindow() {
        // 「AからBまでにカード決済を行ったお客様」: the window of those affected opens at the occurrence.
        CaseRecord r = read("架空商店のオンラインショップに第三者による不正アクセスがあり、2023年8月1日から2023年11月30日までにカード決済を行った"
                + "お客様のカード情報が漏えいした可能性があることが判明しました。");
        assertThat(r.occurred()).isEqualTo("2023-08-01");
    }

    @Test
    void datesDamageDeclaredToThePoliceIsNoEvent() {
        // 「被害申告を行った」 is a response and 「被害発覚後」 the time after the finding: neither dates the event.
        CaseRecord r = read("架空商事株式会社は、2024年3月5日にカード会社から漏えい懸念の連絡を受け、カード決済を停止した。"
                + "被害発覚後、架空警察署には2024年4月18日に被害申告を行った。");
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-03-05");
    }

    @Test
    void datesTwoReportsSetSideBySideShareTheirPredicate() {
        // 「7日には利用者から、8日にはカード会社から、それぞれ…報告を受け」: the first report is the first awareness.
        CaseRecord r = read("架空書店は、通販サイトへの不正アクセスについて発表した。経緯としては、2024年5月7日には同サイトの利用者から、"
                + "同年5月8日にはカード会社から、それぞれカード情報の漏えいの懸念について報告を受け、カード決済を停止した。");
        assertThat(r.discovered()).isEqualTo("2024-05-07");
    }

    @Test
    void datesALastUpdatedLineIsThePagesDate() {
        CaseRecord r = read("""
                架空町社会福祉協議会 お知らせ

                最終更新日:2024年07月03日

                会員名簿の誤送付について
                令和6年6月28日、会員あての案内文書に、別の会員の名簿を誤って同封して郵送しました。
                """);
        assertThat(r.published()).isEqualTo("2024-07-03");
    }

    @Test
    void datesNavigationLinesDoNotPushTheDateLineOutOfTheHeader() {
        CaseRecord r = read("""
                メインメニューへ
                本文へ
                サイトマップへ
                検索へ
                フッターへ
                ホーム > お知らせ > メール誤送信について
                NEWS
                メール誤送信について
                メール誤送信について
                2024年9月10日
                架空大学
                令和6年9月9日、本学事務局から学生あてのメールを誤送信しました。
                1 概要
                学生への連絡メールを送信する際、宛先をBCCではなくTOに入力しました。
                2 漏えいした情報
                学生のメールアドレス 120件
                3 対応
                対象の学生に謝罪し、メールの削除を依頼しました。
                4 再発防止策
                送信前の複数人での確認を徹底します。
                """);
        assertThat(r.published()).isEqualTo("2024-09-10");
    }

    @Test
    void datesTodayInBracketsIsTheNoticesDay() {
        // 「本日(5月21日)」: the notice names its own day.
        CaseRecord r = read("令和6年5月20日(月曜日)午後、架空町立中学校において、保護者あてのメールを互いのアドレスが見える状態で送信する事案が発生しました。\n"
                + "該当の保護者に、本日(5月21日)、電話で説明と謝罪をいたします。");
        assertThat(r.published()).isEqualTo("2024-05-21");
        assertThat(r.occurred()).isEqualTo("2024-05-20");
    }

    @Test
    void datesAStateFoundHoldsNoEventSoTheDateIsTheFindings() {
        // 「6月6日に…が含まれている旨が判明」: nothing happened on that day but the finding.
        CaseRecord r = read("""
                架空市は、委託先の架空印刷株式会社がランサムウェアの被害を受けたと発表した。
                令和6年5月26日に架空印刷株式会社のサーバーがランサムウェアによる被害を受けました。
                令和6年6月6日に本市の市民の個人情報が含まれている旨が判明しました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-05-26");
        assertThat(r.discovered()).isEqualTo("2024-06-06");
    }

    @Test
    void datesTheRestOfATimelineEntrysLineIsOfItsDay() {
        // 「R6.4.15 10時頃、…から電話。…との連絡を受け、誤送付が発覚。」: the finding after the first sentence is of the entry's day.
        CaseRecord r = read("""
                架空町は、決定通知書の誤送付について発表した。
                3 経緯
                R6.4.10  担当者が申請者あての決定通知書を、誤って別の申請者に発送した。
                R6.4.15  10時頃、受け取った方から電話。別人の通知書が届いたとの連絡を受け、誤送付が発覚。
                R6.4.17  受け取った方を訪問し、謝罪のうえ書類を回収した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-04-10");
        assertThat(r.discovered()).isEqualTo("2024-04-15");
    }

    @Test
    void datesARangeOverWhichLostPapersLayOutOpensTheWindow() {
        // A range heading the entry 「…調査票を職員室の机上に置いていた」 in a loss: the papers went missing from its start.
        CaseRecord r = read("""
                架空高校における調査票の紛失について
                2 経緯
                令和5年6月1日(木曜日)
                 ・担任が生徒から調査票を回収した。
                令和5年6月1日(木曜日)から7月10日(月曜日)
                 ・担当教員は回収した調査票を職員室の机上に置いていた。
                令和5年7月11日(火曜日)
                 ・担当教員が調査票の一部が見当たらないことに気付いた。
                """);
        assertThat(r.occurred()).isEqualTo("2023-06-01");
        assertThat(r.discovered()).isEqualTo("2023-07-11");
    }

    @Test
    void datesWhereaboutsLostAfterUseAreTheEvent() {
        // 「前日に使った後の所在が分からなくなった」: the papers went missing on the day before the search.
        CaseRecord r = read("""
                2024年6月10日
                架空市教育委員会によりますと、6月3日、職員室の棚から名簿を取り出して使用し、翌4日にも使おうとしたところ棚に見当たらず、前日に使った後の所在が分からなくなったということです。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-03");
        assertThat(r.discovered()).isEqualTo("2024-06-04");
    }

    @Test
    void datesWhatCameAfterSonogoIsNotOfTheDate() {
        // 「12月9日に…死亡し、その後の…過程で書類が所在不明となった」: the loss came later, undated.
        assertThat(read("架空町によると、2024年12月9日に書類を預かっていた区長が死亡し、その後の遺品整理の過程で書類が所在不明となったという。")
                .occurred()).isNull();
    }

    @Test
    void datesALeadAfterThePagesLabelledDateIsTheAnnouncement() {
        // 「 date 2024-09-12 2024年9月11日、架空中学校は…と発表しました」: the lead's date is the announcement's, not the loss's.
        CaseRecord r = read(" date 2024-09-12 2024年9月11日、架空中学校は生徒30人分の名簿を紛失したと発表しました。\n\n"
                + "架空中学校によりますと、名簿は2024年4月に作成し、鍵のかかる書庫に保管していました。\n");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesANewsPageDatedDaysAfterTheAnnouncementIsPublishedOnTheLeadsDay() {
        // 「2024-06-12 掲載」 above 「架空振興局は7日、…公表した」: the announcement's day is the notice's.
        CaseRecord r = read("""
                2024-06-12 掲載
                (架空管内/社会)
                架空振興局は7日、個人情報が記載された書類を誤って送付していたことを公表した。
                同局によると3日午後3時ころ、担当課が照会文書を送付する際、誤って別の事業所に書類を送付した。
                """);
        assertThat(r.published()).isEqualTo("2024-06-07");
        assertThat(r.occurred()).isEqualTo("2024-06-03");
    }

    @Test
    void datesAPlanNamedAsAThingIsNoPlan() {
        // 「総会の予定を知らせるメール」: the plan is what the mail told of; the sending is dated.
        assertThat(read("架空自治会は、2024年4月2日(火)15時~16時にかけて、役員あてに総会の予定を知らせるメールを、宛先を誤って送信しました。")
                .occurred()).isEqualTo("2024-04-02");
    }

    @Test
    void datesTwoReportsSideBySideWithoutWa() {
        CaseRecord r = read("架空雑貨店は、2024年5月7日に利用者から、同年5月8日にカード会社から、それぞれカード情報の漏えいの懸念について報告を受けた。");
        assertThat(r.discovered()).isEqualTo("2024-05-07");
    }

    @Test
    void datesAnEraYearWithTheWesternYearInBrackets() {
        // 「令和5(2023)年10月3日」: the other calendar's year in brackets before 年.
        CaseRecord r = read("""
                架空県住宅公社で発生した個人情報漏えい事故について
                発生日時:令和5(2023)年10月3日(火曜日)9時10分
                事故内容:本社から支所あての文書をFAX送信しようとした際、番号を誤って入力し、一般の方の宅に誤送信してしまった。
                (経過)
                - 令和5(2023)年10月12日(木曜日)、受信した方から文書が届いているとの電話連絡があり、誤送信が判明した。
                """);
        assertThat(r.occurred()).isEqualTo("2023-10-03");
        assertThat(r.discovered()).isEqualTo("2023-10-12");
    }

    @Test
    void datesAWindowUnderATablesHeadAndRuleLine() {
        // 「不正ログインが確認された期間 |」, 「---|」, 「① A ~ B」: a page's table copied as text; the window opens at A.
        CaseRecord r = read("""
                いつも架空ポイントクラブをご利用いただき、ありがとうございます。
                架空ポイントクラブのログイン機能に対して、外部で不正に取得したと思われるID・パスワードによる不正ログインが発生しました。
                不正ログインが確認された期間 |
                ---|
                ① 2024年3月2日 ~ 2024年3月5日 ② 2024年3月20日 |
                不正ログインされたIDの数 |
                ---|
                ① 120 ② 15 |
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-02");
    }

    @Test
    void datesTracesSeenAreTheFinding() {
        // 「4月18日に外部から不正ログインの形跡があり社内調査を実施」: the traces are how the intrusion became known.
        CaseRecord r = read("""
                架空電機は23日、同社の会員サイト「架空クラブ」で不正ログインが発生し、会員の個人情報が閲覧された可能性があると発表した。不正ログインの発生期間は2024年3月2日~4月21日で、計2万件の不正ログイン試行を確認した。
                経緯としては、4月18日に外部から不正ログインの形跡があり社内調査を実施したところ、特定のIPアドレスから機械的なログインを確認した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-02");
        assertThat(r.discovered()).isEqualTo("2024-04-18");
    }

    @Test
    void datesALeadsDayIsNotAFullDateFollowedByALaterDayOfTheSameYear() {
        // 「23日、…発表した」 and 「2024年3月23日~4月21日」: the window's start is not the latest thing told, so not the article's day.
        CaseRecord r = read("架空電機は23日、同社の会員サイト「架空クラブ」で不正ログインが発生したと発表した。"
                + "不正ログインの発生期間は2024年3月23日~4月21日で、計2万件の不正ログイン試行を確認した。");
        assertThat(r.published()).isNull();
        assertThat(r.occurred()).isEqualTo("2024-03-23");
    }

    @Test
    void datesADateLineHeadingAnEntryUnderProseIsNoHeaderDate() {
        // 「時系列でご説明します。」 then 「令和6年4月7日(日)」 and its entry: a timeline has begun; no date line dates the page.
        CaseRecord r = read("""
                Q1 何があったのですか?
                A1 時系列でご説明します。

                令和6年4月7日(日)
                運営を委託している架空ネットワークス株式会社から、同社が運営する別のサービスで個人情報の漏えいが発生した可能性があるとの連絡を受けました。当社も直ちに調査を開始しました。

                4月8日(月)
                会員様からメールで「心当たりのない勧誘メールが届く」とのご連絡をいただきました。
                """);
        assertThat(r.published()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-04-07");
    }

    @Test
    void datesAnApologyAboutTheEventDatesTheApology() {
        // 「申請者に対し、誤送付及び手続の不備について謝罪する」: the misdelivery is what the apology was about.
        CaseRecord r = read("""
                2023年06月14日 総務局
                架空県総務課で取り扱っていた書類について、誤って別の団体に関する書面を申請者に送付したことが判明しました。
                記
                令和5年6月12日
                申請者から、別の団体に関する書面が届いた旨の連絡を受けた。確認したところ、本来送付しない書面を誤って申請者宛てに送付したことが判明した。
                令和5年6月13日
                申請者に対し、誤送付及び手続の不備について謝罪するとともに、当該書面の返却を要請した。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2023-06-12");
    }

    @Test
    void datesAPressReleaseLineWithPageNumberLabelAndPrintLink() {
        CaseRecord r = read("""
                報道発表資料 開示した文書の黒塗り部分が読み取れる状態であったことについて

                ページ番号2040  報道発表日 2024年5月20日 印刷

                公文書開示請求を受け開示した電子データについて、黒塗りした個人情報が特定の操作で読み取れる状態であったことが判明しました。

                発覚日時

                令和6年5月2日(木曜日) 午前10時頃
                """);
        assertThat(r.published()).isEqualTo("2024-05-20");
        assertThat(r.discovered()).isEqualTo("2024-05-02");
    }

    @Test
    void datesAKanchiFieldIsTheFinding() {
        // 「感知日時」: the field for when the body became aware.
        CaseRecord r = read("""
                架空県住宅公社で発生した個人情報漏えい事故について
                (概要)
                発生日時:令和5年10月3日(火曜日)9時10分
                感知日時:令和5年10月12日(木曜日)11時00分
                発生源:架空県住宅公社
                事故内容:本社から支所あての文書をFAX送信しようとした際、番号を誤って入力し、一般の方の宅に誤送信してしまった。
                """);
        assertThat(r.occurred()).isEqualTo("2023-10-03");
        assertThat(r.discovered()).isEqualTo("2023-10-12");
    }

    @Test
    void datesTracesDescribedByAVerbKeepTheEventsDate() {
        // 「2月5日に…不正アクセスをされた形跡があり」: the date is the access's; traces seen are a finding only as 「…の形跡があり」.
        CaseRecord r = read("Q.「カード情報が漏洩した可能性」とはどういうことですか。\n"
                + "2024年2月5日に架空商店のネットショップに外部から不正アクセスをされた形跡があり、カード情報が不正にサーバー上に保存される状態になっていました。\n");
        assertThat(r.occurred()).isEqualTo("2024-02-05");
        assertThat(r.discovered()).isNull();
    }

    // Twelfth round (reader12c)

    @Test
    void personsThoseAskedToCheckAreNoAffected() {
        // 「申込みのあった300人に文書で確認」: a population asked whether a paper reached them, whose own data is not known to have gone.
        assertThat(read("""
                架空町健康課は、証明書1通を誤って別の申請者に郵送したと発表した。
                誤送付先の分からない証明書について、同課は申込みのあった300人に文書で確認作業を進めている。
                """).personsAffected()).as("the one certificate sent astray, not the 300 asked").isEqualTo(1);
        // An apology to the counted is no such check.
        assertThat(read("""
                架空町健康課は、証明書を誤って別の申請者に郵送したと発表した。
                同課は対象の12人に文書で謝罪し、確認を依頼した。
                """).personsAffected()).isEqualTo(12);
    }

    @Test
    void organisationAPressPagesContactLineAtItsTop() {
        // 「代表連絡先 架空教育庁 …課 …グループ」 above the text: the body whose desk it is publishes; the school is where it happened.
        assertThat(read("""
                個人情報が記載された書類の紛失について

                代表連絡先 架空教育庁  架空振興室高等学校課  学校支援グループ
                提供日
                2030年6月11日
                内容
                 県立架空北高等学校において、生徒の名簿を紛失しました。
                1 紛失した個人情報
                 3年生1クラス分(30名)の氏名、住所
                """).organization()).isEqualTo("架空教育庁");
    }

    @Test
    void vendorNamedInQuotesAfterTheEntrustingVerb() {
        // 「発送業務を委託する「架空配送サービス」のシステムに」: news quotes the contractor after the verb; a quoted service (という) is none.
        CaseRecord r = read("架空商事は10日、発送業務を委託する「架空配送サービス」のシステムに外部から侵入があり、顧客120人分の住所が漏れたおそれがあると発表した。");
        assertThat(r.vendorNames()).containsExactly("架空配送サービス");
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(read("架空商事は10日、発送業務を委託する「架空クラウド」というサービスで、顧客120人分の住所が漏れたおそれがあると発表した。")
                .vendorNames()).isEmpty();
    }

    @Test
    void personsAnotherBodysOrAnEarlierIncidentToldAfterThisOne() {
        String lead = "架空市は5日、市が印刷業務を委託している架空印刷株式会社がランサムウェアの被害を受け、市民約1200人分の氏名と住所が流出した可能性があると発表した。";
        // the contractor's other clients, named or not, and what they lost
        assertThat(read(lead + "同社をめぐっては、ほかにも複数の自治体で被害が出ており、北架空市では約3000人分の情報が流出している。").personsAffected())
                .isEqualTo(1200);
        assertThat(read(lead + "同社に業務を委託していた北架空市でも、約3000人分の情報が流出している。").personsAffected()).isEqualTo(1200);
        assertThat(read(lead + "同社を巡っては、北架空市が先月、約3000人分の情報が流出した可能性があると発表している。").personsAffected())
                .isEqualTo(1200);
        // an earlier incident at the same body, and one at another school
        assertThat(read("架空市教育委員会は、市立中学校で生徒の成績一覧を紛失したと発表した。一覧には3年生112人の氏名と成績が記載されていた。"
                + "なお、同校では昨年も同様の紛失があり、当時は145人分の名簿がなくなっていた。").personsAffected()).isEqualTo(112);
        assertThat(read("架空県は、県立高校で生徒の個人情報を含む書類を紛失したと発表した。書類には生徒40人の氏名が記載されていた。"
                + "県内では先月も、別の県立高校で生徒約300人分の名簿が紛失する事案があった。").personsAffected()).isEqualTo(40);
        // 「このほかにも」 adds to this incident
        assertThat(read("架空市は、委託先から市民120人分の氏名が流出したと発表した。このほかにも、保護者200人分の住所が含まれていた。").personsAffected())
                .isEqualTo(200);
    }

    @Test
    void personsDistinctPeopleAboveEntriesCountedWithNobe() {
        // 「延べ120人(実人数95人)」, 「重複を除くと1,100人」: the people, not the entries.
        CaseRecord r = read("架空市は、延べ120人(実人数95人)分の受診記録を記録したUSBメモリを紛失したと発表した。");
        assertThat(r.personsAffected()).isEqualTo(95);
        assertThat(r.personsIsUpperBoundOrApprox()).isFalse();
        assertThat(read("架空市は、受診記録の一覧を誤って公開したと発表した。一覧には延べ1,234人分の氏名が載っており、重複を除くと1,100人になる。")
                .personsAffected()).isEqualTo(1100);
    }

    @Test
    void organisationABoardNamedByItsKindAloneInNews() {
        // 「市教委が12日、発表した」, 「市教委によると」: the board of the municipality the item names (its school's founder).
        assertThat(read("架空町の町立中学校で、生徒40人分の成績表が紛失した。町教委が12日、発表した。").organization())
                .isEqualTo("架空町教育委員会");
        assertThat(read("架空市立北小学校で、児童25人分の名簿が紛失していたことが分かった。市教委によると、名簿は職員室の棚に保管されていた。")
                .organization()).isEqualTo("架空市教育委員会");
        assertThat(read("架空県の県立高校で、生徒40人分の成績表が紛失した。県教委が12日、発表した。").organization())
                .isEqualTo("架空県教育委員会");
        // a board only reported to does not speak
        assertThat(read("架空市立北小学校は、児童25人分の名簿を紛失したと発表した。学校は市教委に報告した。").organization())
                .isEqualTo("架空市立北小学校");
    }

    @Test
    void organisationWhereATownLiesIsNoPartOfItsName() {
        // 「架空県北部にある架空町」: the place told before the name does not join it.
        assertThat(read("架空県北部にある架空町で、町民40人分の名簿が紛失した。町が12日、発表した。").organization()).isEqualTo("架空町");
    }

    @Test
    void personsAWholePopulationToldThoseWhoCameAndStaffWhoWent() {
        String lead = "架空市立小学校において、児童Aの個票を誤って児童Bに配付しました。";
        // a whole population told or handed papers
        assertThat(read(lead + "学校は全校児童の保護者約300人に説明文書を配布し、謝罪しました。").personsAffected()).isEqualTo(1);
        assertThat(read("架空町は、町の広報誌に住民の個人情報が誤って掲載されたと発表した。広報誌は町内の全世帯約4000世帯に配布されていた。")
                .personsAffected()).isNull();
        // those who came to a meeting, and staff who went, counted after their ranks
        assertThat(read(lead + "12日に保護者説明会を開き、保護者約50人が出席しました。").personsAffected()).isEqualTo(1);
        assertThat(read(lead + "児童Aの保護者には校長と担任の2人が訪問し謝罪しました。").personsAffected()).isEqualTo(1);
        // a whole year told, beside whose data it was
        assertThat(read("架空市立中学校で、3年生のクラス名簿を紛失した。名簿には生徒35人の氏名と住所が記載されていた。学校は学年の保護者約120人に経緯を説明した。")
                .personsAffected()).isEqualTo(35);
        // told, with no word of a whole population, they are the affected when nothing else is counted
        assertThat(read("架空市は、市職員が個人情報を含む書類を紛失したと発表した。書類には市民の氏名が記載されていた。市は、対象となる可能性のある市民約150人に通知を送った。")
                .personsAffected()).isEqualTo(150);
    }

    @Test
    void vendorToldByTheContractorsOwnVerbOrTheKindOfItsWork() {
        // 「業務を受託している架空システム株式会社の社員が」, 「発送業務を請け負う架空物流株式会社が」
        CaseRecord r = read("架空市は、市の業務を受託している架空システム株式会社の社員が、市民120人分の個人情報を含むノートパソコンを紛失したと発表した。");
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(r.vendorNames()).containsExactly("架空システム株式会社");
        assertThat(read("架空市は、発送業務を請け負う架空物流株式会社が、市民の通知書30通を誤った住所に配達したと発表した。").vendorNames())
                .containsExactly("架空物流株式会社");
        // 「業務を委託していた架空印刷の作業ミス」, 「町が委託している訪問介護事業所の職員が」
        assertThat(read("架空市は、市が業務を委託していた架空印刷(架空市本町)の作業ミスにより、納税通知書200通が別人に送付されたと発表した。")
                .vendorInvolved()).isTrue();
        assertThat(read("架空町は、町が委託している訪問介護事業所の職員が、利用者10人分の記録を紛失したと発表した。").vendorInvolved()).isTrue();
        // an investigation entrusted after the fact involves no one
        assertThat(read("架空大学は、学生約300人分のメールアドレスが流出したと発表した。原因の調査業務を専門会社に委託している。").vendorInvolved())
                .isFalse();
    }

    @Test
    void organisationALetterheadDepartmentWithALongName() {
        // 「架空県健康福祉部医療政策課」 over a press release: the prefecture publishes; its hospital is where it happened.
        assertThat(read("""
                記者発表資料
                令和7年6月2日
                架空県健康福祉部医療政策課
                県立架空病院における個人情報の紛失について
                県立架空病院において、患者5名の診療情報を記載した書類を紛失しました。
                """).organization()).isEqualTo("架空県");
    }

    @Test
    void personsGroupsInformationCountedInBracketsWithoutNo() {
        // 「会員情報(約1200人分)および職員情報(約500人分)」: two groups, named by their information, summed and approximate.
        CaseRecord r = read("架空協会は、委託先のシステムに外部から侵入があり、会員情報(約1200人分)および職員情報(約500人分)が漏れたおそれがあると発表した。");
        assertThat(r.personsAffected()).isEqualTo(1700);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void personsThoseWhoReportedItAndThoseWhoReceivedIt() {
        // 「保護者3名から学校に連絡があり」: those who reported it; the one affected is named by a letter only,
        // child A, whose paper went to B's home: one person (twentieth round).
        assertThat(read("架空市立南小学校において、児童Aの成績表を誤って児童Bの家庭に配付しました。同日、保護者3名から学校に連絡があり、判明しました。")
                .personsAffected()).isEqualTo(1);
        // 「メールを受信した学生は52人」: those who received it, below whose data it held
        assertThat(read("架空大学は、教員が学生のレポートを採点したファイルを誤って学生全員にメール送信したと発表した。"
                + "ファイルには受講生48人の氏名と評価が記載されていた。メールを受信した学生は52人。").personsAffected()).isEqualTo(48);
    }

    @Test
    void organisationASocialWelfareCouncilShortenedInNews() {
        // 「架空市社協は10日、…と発表した」: the body is 架空市社会福祉協議会.
        assertThat(read("架空市社協は10日、ボランティア登録者約200人分の名簿を紛失したと発表した。").organization())
                .isEqualTo("架空市社会福祉協議会");
    }

    @Test
    void personsWhoseDataPlainlyOnThePaperAboveWhereItWent() {
        // 「…が載っていた」 is news's 記載; 「配布したのは…保護者18人」 names where the papers went.
        CaseRecord r = read("架空市は、市立保育園の園児の写真と氏名が掲載された資料を誤って保護者に配布したと発表した。"
                + "資料には園児約20人の写真と氏名が載っていた。配布したのは同じクラスの保護者18人。");
        assertThat(r.personsAffected()).isEqualTo(20);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    // Twelfth round (reader12b)

    @Test
    void itemsADepartmentAtWorkAndAPasswordTamperedWithAreNoItems() {
        // A department where work was done, and what an intruder did to a password, are no leaked items.
        CaseRecord r = read("架空工業株式会社の情報システム部署にて調べたところ、管理者パスワード改ざんの痕跡と外部への不審な通信を確認した。");
        assertThat(r.dataItems()).isEmpty();
    }

    @Test
    void itemsStatedBeforeTheMeasuresInOneSentence() {
        // What the papers held is stated before the sentence turns to the measures; the measures alone name nothing.
        CaseRecord r = read("架空市の説明では、送った通知書に氏名と住所、認定区分が記載されていたことから、市は再発防止のため封入時の確認を二人で行うとしている。");
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "OTHER");
        assertThat(read("今後は、氏名と住所が記載されている書類を送る際に、再発防止のため二人で確認する。").dataItems()).isEmpty();
    }

    @Test
    void itemsPlainNounsBesideTheOnlyGlossaryItemRightBeforeWhatHeldThem() {
        // One glossary item (氏名) joined to plain nouns right before what held them: the plain nouns are items too.
        assertThat(read("架空剣道連盟によると、紛失した名簿には会員40名分の氏名、段位、流派が記載されていた。").dataItemsRaw())
                .contains("段位", "流派");
        assertThat(read("架空中学校は、生徒の氏名と学年などが含まれるファイルを紛失した。").dataItemsRaw()).contains("学年");
        assertThat(read("架空予備校は、受講生の氏名や模試の順位を記載した一覧表を紛失した。").dataItems())
                .containsExactlyInAnyOrder("NAME", "OTHER");
        assertThat(read("ファイルには顧客の氏名を含む情報が保存されていた。").dataItems()).containsExactly("NAME");
    }

    @Test
    void itemsAnAddresseeToldApartIsNoLeakedName() {
        // 「(宛名は受診者B)」 says whose envelope it was; 「宛名とは別の」 compares; neither is a name that leaked.
        assertThat(read("架空市の健診センターは、受診者Aの健診結果(宛名は受診者B)を受診者Bの自宅に誤って郵送した。").dataItems())
                .doesNotContain("NAME");
        assertThat(read("架空市は、封筒の宛名とは別の世帯の納税通知書を入れて郵送し、個人情報が漏えいした。").dataItems())
                .doesNotContain("NAME");
    }

    @Test
    void itemsAPaperSentAstrayIsWhatLeakedWhenNoItemIsListed() {
        // No item listed: the paper named as sent astray is the personal data involved.
        CaseRecord r = read("架空町は、住民二人分の課税証明書を取り違えて郵送した。");
        assertThat(r.dataItems()).containsExactly("OTHER");
        assertThat(r.dataItemsRaw().get(0)).contains("課税証明書");
        assertThat(read("架空市は、申請者の確認書の写しを誤って別の方に送付した。今後は二人で確認する。").dataItems()).containsExactly("OTHER");
    }

    @Test
    void itemsDataOfThoseWhoRegisteredOrDataMadeUnreadableWithNoListOfItems() {
        // No item listed: the data of those who registered or took part, or records an attack made unreadable, are OTHER.
        assertThat(read("架空市社会福祉協議会の行事参加者情報が、インターネット上で閲覧可能になっていた。").dataItems()).containsExactly("OTHER");
        assertThat(read("架空病院の検査システムが暗号化され、過去の患者情報が参照できなくなった。").dataItems())
                .containsExactly("OTHER");
        assertThat(read("架空町の職員が回答者情報の取扱いについて説明した。").dataItems()).isEmpty();
    }

    @Test
    void typesAMailForwardingSettingMistakeIsAMisconfiguration() {
        // A mail account's forwarding is a setting of the mail system, like a share or a permission.
        assertThat(read("架空大学では、教員のメールの転送設定を誤り、学内メールが外部の無関係なアドレスへ転送されていた。").incidentTypes())
                .containsExactly("misconfiguration");
    }

    @Test
    void typesDataThatBecameOpenToViewIsAPublicationError() {
        // 「閲覧可能になっていた」: open to view, told with なる rather than 状態.
        assertThat(read("架空町の会員名簿が、町の共有サイト上で一週間閲覧可能になっていたと発表した。").incidentTypes())
                .containsExactly("wrong_publication");
    }

    @Test
    void itemsTheSentencesLeadBeforeTheListIsNoItem() {
        // A part before the list's first glossary item that runs on into a clause of its own is the lead, not an item.
        assertThat(read("先月、業務委託をしていた印刷会社が不正アクセスの被害に遭い、同社に預けた名簿(住所・氏名)が流出したおそれがある。")
                .dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS");
    }

    @Test
    void itemsTheDayOfTheEventIsNoBirthDateAndASubjectLineIsAnItem() {
        // 発生年月日 holds 生年月日 but is the day of the event; a mail's subject line listed among the items is no advice.
        assertThat(read("担当者が、事故の発生年月日と対象者の氏名、住所を記載した報告書を誤って別の事業者に送付した。").dataItems())
                .containsExactlyInAnyOrder("NAME", "ADDRESS");
        assertThat(read("誤送信で漏えいしたのは、メール件名、氏名、予約の日時です。").dataItems()).contains("NAME");
    }

    @Test
    void itemsABulletOfTheSameKindContinuesTheListOfItems() {
        // 「(3) 認定区分」 right after 「(2) 氏名」: the list goes on with an item the glossary has no code for; the
        // numbered heading after it (「3 漏えいの原因」) is another kind of line.
        CaseRecord r = read("""
                架空市の負担割合証の誤送付について
                2 漏えいした内容
                (1) 住所
                (2) 氏名
                (3) 認定区分
                3 漏えいの原因
                封入時の確認不足のため。
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "OTHER");
        assertThat(r.dataItemsRaw()).contains("認定区分").doesNotContain("漏えいの原因");
    }

    @Test
    void itemsAnAsideOnHowTwoPeopleDifferAndTheAddressPickedAreNoItems() {
        // 「同姓同名の方(生年月日と住所が異なる)」 says how two namesakes differ; the address picked is where the mail went.
        assertThat(read("担当者が通知書を同姓同名の方(生年月日と住所が異なる)に送付し、氏名と電話番号が漏えいした。").dataItems())
                .containsExactlyInAnyOrder("NAME", "PHONE");
        assertThat(read("担当者は、アドレス帳から似た名前の別のメールアドレスを選んでしまい、会員50人分の氏名を記載した名簿を誤って外部に送信した。")
                .dataItems()).containsExactly("NAME");
    }

    @Test
    void itemsAQuotedProgrammeNameIsNoItemAndASurnameIsAName() {
        // 『子育て応援券』を申し込んだ: a quoted name read on by a particle is what was applied for; 姓 is a name (同姓同名 is not).
        assertThat(read("流出したのは、町の『子育て応援券』を申し込んだ住民の氏名と電話番号です。").dataItems())
                .containsExactlyInAnyOrder("NAME", "PHONE");
        assertThat(read("案内状の余白に会員3名の姓が記載されていた。").dataItems()).containsExactly("NAME");
        assertThat(read("担当者が通知書を同姓同名の別の方に送付し、住所が漏えいした。").dataItems()).containsExactly("ADDRESS");
    }

    @Test
    void itemsSaidNotToBeRecordedAreNoItems() {
        // 「…は記録されていないものの」, 「…の記載はないものの」: the items denied before the ones that leaked.
        assertThat(read("紛失したUSBメモリには、住所や電話番号は記録されていないものの、利用者の病名が保存されていた。").dataItems())
                .containsExactly("MEDICAL");
        assertThat(read("写真には氏名の記載はないものの、制服から学校が分かる状態であった。").dataItems()).isEmpty();
    }

    @Test
    void itemsPlainNounsBesideTheOnlyGlossaryItemClosingASentenceOnWhatLeaked() {
        // The list closes a sentence on what leaked (「流出したおそれがあるのは、…氏名と段位です」).
        assertThat(read("流出したおそれがあるのは、架空剣道クラブの会員名簿にある氏名と段位です。").dataItemsRaw())
                .contains("氏名", "段位");
    }

    @Test
    void itemsAPatientsConditionIsMedical() {
        assertThat(read("紛失したメモには、患者10人分の氏名と病状が記載されていた。").dataItems()).containsExactlyInAnyOrder("NAME", "MEDICAL");
    }

    @Test
    void itemsAnAddressInAMailIsAnEmailAddress() {
        // アドレス alone where mails went out is a mail address; an IP address is not.
        assertThat(read("部活動の連絡網メールを保護者40人に送った際、互いのアドレスが見える形になり、アドレスが流出した。").dataItems())
                .containsExactly("EMAIL");
        assertThat(read("調査の結果、攻撃元のIPアドレスを特定し、顧客の氏名と住所が流出したことを確認した。").dataItems())
                .doesNotContain("EMAIL");
    }

    @Test
    void itemsPersonalDataNamedBesideCardDataIsASetOfItsOwn() {
        // Card data and personal data of an unstated kind, each counted: two sets leaked; 「…等の個人情報」 sums up a list.
        assertThat(read("架空商店の通販サイトから、会員のカード番号等のカード情報(12件)と個人情報(340件)が流出したおそれがある。")
                .dataItems()).containsExactlyInAnyOrder("PAYMENT_CARD", "OTHER");
        assertThat(read("顧客の氏名、住所等の個人情報が漏えいした可能性があります。").dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS");
    }

    @Test
    void itemsTheMailAccountWhoseForwardingWasSetIsNoItem() {
        // The address whose forwarding was set wrong is the account, not what the mails held (personal data, unstated).
        assertThat(read("職員の大学メールアドレスの自動転送設定を誤り、個人情報を含む業務メールが外部の別ドメインへ流出していた。").dataItems())
                .containsExactly("OTHER");
    }

    @Test
    void itemsADepartmentForDisabilityWelfareIsNoDisabilityItem() {
        CaseRecord r = read("""
                架空市障がい福祉課における個人情報の誤送付について
                担当者が、利用者の氏名と生年月日が記載された通知を誤って別の方に送付した。
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "BIRTH_DATE");
        assertThat(read("名簿には氏名と障がいの有無が記載されていた。").dataItems()).contains("DISABILITY");
    }

    @Test
    void itemsPersonalDataThatWasInAnEnvelopeWithNoListOfItems() {
        assertThat(read("担当者が投函した封筒には、家庭調査票の控えなど個人情報を含む書類が入っていました。").dataItems())
                .containsExactly("OTHER");
    }

    // Thirteenth round (reader13b)

    @Test
    void vendorQuotedAfterItsRoleWithNo() {
        // 「業務委託先の「架空ケア社」で」: news quotes the contractor's name after its role and の.
        CaseRecord r = read("架空町の架空病院は、業務委託先の「架空ケア社」で患者約200人分の請求データを記録したUSBメモリが所在不明になったと公表した。");
        assertThat(r.vendorNames()).containsExactly("架空ケア社");
        assertThat(r.vendorInvolved()).isTrue();
    }

    @Test
    void organisationTwoLatinInitialsBeforeAKanjiNameInANewsLead() {
        // 「XY北海は12日、…と発表した」: news names a company by two initials and a kanji name.
        assertThat(read("XY北海は12日、関連商品の通販サイトに不正アクセスがあり、最大で300人分のカード情報が流出したと発表した。")
                .organization()).isEqualTo("XY北海");
        // two initials alone, or initials inside a sentence, are no lead
        assertThat(read("同社によると、IT部門のPCが12日、ウイルスに感染したと発表した。").organization()).isNull();
    }

    @Test
    void organisationAPressPagesDepartmentLineUnderItsReleaseDate() {
        // 「発表日:…」 then 「福祉部架空課」 alone: the department releases the page, but whose it is the text does not say
        // (null, as for 本市); the centre in the lead is where it happened, not the publisher.
        String page = """
                ここから本文です。
                報道発表資料
                奨学金関係書類の誤送付について
                発表日:2030年4月10日
                福祉部架空課
                北架空福祉センターにおいて、借受人1名に送付した通知に、別の借受人1名の台帳の写しが同封されていたことが判明しました。
                """;
        assertThat(read(page).organization()).isNull();
        // a body the lead names as announcing still publishes
        assertThat(read(page.replace("北架空福祉センターにおいて、", "架空県は10日、北架空福祉センターで、").replace("判明しました。", "判明したと発表した。"))
                .organization()).isEqualTo("架空県");
    }

    @Test
    void organisationWhereStaffWorksOrAHiraganaNameReadFromItsMiddleIsNoPublisher() {
        // 「…内科勤務の医師」 says where the doctor works; it is no body's name
        assertThat(read("本学大学院架空研究科所属で架空医科大学病院内科勤務の医師(41)が、学会誌に投稿した論文の添付資料に患者の氏名が含まれていたことが判明しました。")
                .organization()).isNull();
        // 「及びかくうま県民センター」: a name does not open at the third kana of a word in hiragana
        assertThat(read("""
                県では、法人から提出される報告書について、県政課及びかくうま県民センターにおいて閲覧に供しているところです。
                この度、非公開とすべき個人の住所を誤って公開していたことが判明しました。
                """).organization()).isNull();
    }

    @Test
    void vendorAPaymentProviderNamedAfterItsRole() {
        CaseRecord r = read("この度、架空福祉財団(以下「当財団」)への会費の決済に利用しております決済サービス会社、株式会社架空ペイ(以下「架空ペイ社」)におきまして、"
                + "同社のデータベースへの不正アクセスが判明しました。");
        assertThat(r.organization()).isEqualTo("架空福祉財団");
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(r.vendorNames()).containsExactly("株式会社架空ペイ");
    }

    @Test
    void vendorAMakerCalledInToServiceTheEquipment() {
        CaseRecord r = read("架空中央病院は5日、検査データが記録されたPC1台が盗難に遭ったと発表した。同院の検査機器に不具合が出たため機器メーカーに修理を依頼し、"
                + "来院した担当者がデータをPCにコピーして持ち帰ったところ、車上で盗まれたという。");
        assertThat(r.vendorInvolved()).isTrue();
        // a contractor asked only to look into it afterwards is no involved vendor
        assertThat(read("""
                電子カルテの患者一覧に、担当外の患者の氏名が表示される状態になっていた。
                当院職員が本事案を発見し、直ちにシステム委託業者へ状況の確認・調査を依頼した。
                """).vendorInvolved()).isFalse();
    }

    @Test
    void organisationTheOperatorOfASiteBesideTheNoticesOwnUnnamedBody() {
        // 「県では、…架空省が運営する…サイトに掲載し」: the ministry runs the site; the prefecture speaks without its name;
        // 「NPO法人ポータルサイト」 is a site, not a company
        CaseRecord r = read("""
                県では、団体から提出される報告書について、架空省が運営するNPO法人ポータルサイト(以下「ポータルサイト」という。)に掲載し、公表しているところです。
                この度、非公開とすべき個人の住所をポータルサイトに誤って掲載していたことが判明しました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).isEmpty();
        // a news lead naming the operator as the announcer still reads it
        assertThat(read("架空省は3日、同省が運営するポータルサイトに個人の住所を誤って掲載していたと発表した。").organization()).isEqualTo("架空省");
    }

    @Test
    void organisationAShopSigningItsApologyMailsSubject() {
        String page = """
                架空堂オンラインショップへの不正アクセスに関するご質問
                Q.自分のカード情報が漏えいしたかどうかはどうすればわかりますか。
                該当するお客様には「カード情報漏えいに関するお詫び(架空堂)」という件名のメールをお送りしました。
                """;
        assertThat(read(page).organization()).isEqualTo("架空堂");
        // a subject marked as a follow-up names no sender
        assertThat(read(page.replace("お詫び(架空堂)", "お詫び(第2報)")).organization()).isNull();
    }

    @Test
    void organisationANewsLeadDescribesTheCompanyBeforeNamingIt() {
        assertThat(read("大手旅行会社のカクウトラベルは20日、顧客情報が流出した恐れがあると発表した。").organization()).isEqualTo("カクウトラベル");
        assertThat(read("架空ホールディングスの子会社、カクウサービスは20日、ランサムウェア攻撃を受け顧客情報が流出した恐れがあると発表した。").organization())
                .isEqualTo("カクウサービス");
        // a place in brackets after the name
        assertThat(read("架空商事(東京都架空区)は20日、サイトが不正アクセスを受け、顧客のカード情報が流出した恐れがあると発表した。").organization())
                .isEqualTo("架空商事");
    }

    @Test
    void organisationANewsLeadNamesAPrefecturalPoliceAsKenkei() {
        assertThat(read("架空県警は12日、架空署の巡査長が捜査資料を紛失したと発表した。").organization()).isEqualTo("架空県警");
    }

    @Test
    void vendorAContractorQuotedAfterTheClericalWorkEntrustedToIt() {
        CaseRecord r = read("架空病院は、事務を委託している「架空メディカルサービス」の社員が患者情報を持ち出していたと発表した。");
        assertThat(r.organization()).isEqualTo("架空病院");
        assertThat(r.vendorNames()).containsExactly("架空メディカルサービス");
    }

    @Test
    void vendorNewsNamesTheContractorRightAfterTheEntrustingVerbOrByItsTradeWord() {
        CaseRecord r = read("架空市は、システム開発を委託した架空テック社の作業ミスで、市民の住所が閲覧できる状態になっていたと発表した。");
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(r.vendorNames()).containsExactly("架空テック社");
        assertThat(read("架空町によると、委託先の架空運輸の配達員が書類を紛失したという。").vendorNames()).containsExactly("架空運輸");
        // a kind of company is no name
        assertThat(read("架空市は、発送を委託した運送会社の配達員が書類を紛失したと発表した。").vendorNames()).isEmpty();
    }

    @Test
    void organisationANewsLeadsSubjectThatRunsASiteWithAPlaceInBrackets() {
        // 「…を運営する架空商事(東京都架空区)は20日、」: what the lead's subject runs makes it no contractor
        CaseRecord r = read("通販サイトを運営する架空商事(東京都架空区)は20日、サイトが不正アクセスを受け、顧客のカード情報が流出した恐れがあると発表した。");
        assertThat(r.organization()).isEqualTo("架空商事");
        assertThat(r.vendorNames()).isEmpty();
    }

    @Test
    void organisationNewsGivesACompanyAsItsSource() {
        assertThat(read("顧客情報を記録したUSBメモリを紛失したと、カクウ電機が20日に発表した。").organization()).isEqualTo("カクウ電機");
        assertThat(read("カクウ電機によると、同社のサーバーがランサムウェアに感染し、取引先の情報が流出した可能性がある。").organization())
                .isEqualTo("カクウ電機");
        // 同社 names no one
        assertThat(read("同社によると、サーバーがランサムウェアに感染し、取引先の情報が流出した可能性がある。").organization()).isNull();
    }

    @Test
    void vendorACompanyNamedAfterTheWorkEntrustedToIt() {
        CaseRecord r = read("架空県は20日、県が業務を委託する架空総研のサーバーが不正アクセスを受けたと発表した。");
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(r.vendorNames()).containsExactly("架空総研");
        // a plan to entrust names no contractor
        assertThat(read("架空県は、来年度から発送業務を委託する予定であり、今回の誤送付は職員の確認漏れによるものと説明した。").vendorInvolved()).isFalse();
    }

    @Test
    void organisationAMunicipalPagesFooterNamingTheDeskThatKeepsIt() {
        assertThat(read("""
                市民の氏名を含む書類を誤って送付しました。
                このページは、架空県教育委員会高校教育課が担当しています。
                """).organization()).isEqualTo("架空県教育委員会"); // the board, without its desk (reader16b)
        assertThat(read("""
                このページは架空市健康福祉部架空課が管理しています。
                市民の氏名を含む書類を誤って送付しました。
                """).organization()).isEqualTo("架空市");
    }

    @Test
    void vendorAFieldNamingTheContractorIsNoPublisher() {
        CaseRecord r = read("""
                受託者:架空印刷株式会社
                受託者の作業員が通知書を誤って封入した。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).containsExactly("架空印刷株式会社");
    }

    // Thirteenth round (reader13a)

    @Test
    void datesAnyPageDateLabelOfWhatWasDoneToThePageDatesIt() {
        // 「作成日時」, 「初期公開日」, 「記者発表年月日」: a verb done to the page and 日/日時, not one listed word.
        for (String label : new String[] {"作成日時:", "初期公開日:", "記者発表年月日 ", "投稿日時:"}) {
            CaseRecord r = read("""
                    【お詫び】架空大学病院における患者情報の誤掲載について

                    %s2023年09月14日

                    当院の職員が院内報に載せた写真に、患者の氏名が写り込んでいました。
                    """.formatted(label));
            assertThat(r.published()).as(label).isEqualTo("2023-09-14");
        }
    }

    @Test
    void datesTheReleaseDateOutranksThePagesUpdateLine() {
        CaseRecord r = read("""
                報道発表資料

                更新日:令和5(2023)年6月20日

                架空県架空保健所における書類の誤送付について

                発表日:令和5年6月19日

                架空保健所において、申請者あての通知に別の申請者の書類を誤って同封して郵送しました。
                """);
        assertThat(r.published()).isEqualTo("2023-06-19");
        // An update line alone still dates the page.
        assertThat(read("""
                更新日:2023年6月20日

                架空県架空保健所における書類の誤送付について
                """).published()).isEqualTo("2023-06-20");
    }

    @Test
    void datesADayAndTimeAloneHeadTheTimelineEntryOnTheNextLine() {
        // 「⚫ 5月13日(月)10:15ごろ」 on a line of its own, a blank line, then what happened.
        CaseRecord r = read("""
                架空市役所における申請者一覧の放置について

                1 経緯

                ⚫ 2024年5月13日(月)10:15ごろ

                架空市の職員が、申請者一覧の印刷物が窓口に置かれたままであることに気付いた。

                ⚫ 2024年5月14日(火)9:00

                該当者へ連絡した。
                """);
        assertThat(r.discovered()).isEqualTo("2024-05-13");
        // 「- 同日 午後2時頃」 left at the end of the entry before: it heads the entry on the next line.
        CaseRecord s = read("""
                架空町における案内文の誤送付について(令和6年6月12日発表)
                経緯
                - 6月7日(金曜日)午後1時頃
                職員が利用者に案内文を送付しました。 - 同日 午後4時頃
                利用者からの連絡で、宛名の誤りに気づきました。 - 6月10日(月曜日)
                案内文を回収しました。
                """);
        assertThat(s.discovered()).isEqualTo("2024-06-07");
    }

    @Test
    void datesInAMisdeliveryNoticeTheEntryThatSendsToSomeoneIsTheEvent() {
        // 誤発送 names a misdelivery; 「…を申請者(以下、B氏)へ発送。」 closing an entry is the sending that went wrong.
        CaseRecord r = read("""
                架空市役所における通知書の誤発送について
                令和6年7月1日
                1 判明までの経緯
                  ・令和6年6月20日
                    架空市の窓口で作成した証明書を申請者(以下、B氏)へ発送。
                  ・令和6年6月24日
                    B氏から、他人の証明書が入っていたと電話があり、誤発送が分かった。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-20");
        assertThat(r.discovered()).isEqualTo("2024-06-24");
    }

    @Test
    void datesAMistakeGraspedRightAfterTheEventWasFoundThatDay() {
        // 「送信直後に…電話が入り、水道局が誤りを把握」: 把握 moments after the event the text dated.
        CaseRecord r = read("""
                架空市水道局、利用者の宛先が見えるメールを送信

                架空市水道局で、利用者の宛先が見える形でメールが送られる事故が起きた。
                事故が発生したのは2024年9月3日。
                職員が一斉メールを送る際、宛先欄を誤って使った。
                送信直後に利用者から電話が入り、水道局が誤りを把握している。
                """);
        assertThat(r.discovered()).isEqualTo("2024-09-03");
    }

    @Test
    void datesATimelineEntryGoesOnOverTheLinesRightBelowItsDay() {
        // 「■2月6日」 then three lines, the third a finding: the entry goes on until a blank line, a heading or a list mark.
        CaseRecord r = read("""
                架空町商工会における申込書の紛失について

                2.紛失の経緯
                ■令和5年2月6日
                会員から届いたはずの申込書が見当たらないため、担当者が会員に問い合わせた。
                会員からは、先月窓口で手渡したとの返事だった。
                受付簿を確かめたところ、当会が受け取っていたことが判明した。
                ■令和5年2月9日
                事務所内を再び探したが見つからず、紛失していることが判明した。
                """);
        assertThat(r.discovered()).isEqualTo("2023-02-06");
        // 「その後、」 moves time on: a finding after it is not of the entry's day.
        CaseRecord s = read("""
                架空大学からのお知らせ
                2023年5月12日
                1 事実経過
                2023年5月10日(水)10時頃、事務室から新入生の一部に一斉メールを送信しました。
                その後、学生の一人からの電話で、宛先の設定誤りが発覚しました。
                """);
        assertThat(s.discovered()).isNull();
    }

    @Test
    void datesATableRowsDateIsLabelledByTheHeaderCellAboveIt() {
        // 「件数 | 人数 | 発生日 | 発覚日」 over a row of cells; a range under 発覚日 opens on the first finding.
        CaseRecord r = read("""
                架空県における名簿の誤公開について
                令和6年5月10日
                2 漏えいのあった個人情報
                件数 | 人数 | 発生日 | 発覚日 |
                3件 | 12名 | 令和4年6月1日から令和6年4月22日 | 令和6年4月22日から令和6年4月24日 |
                """);
        assertThat(r.occurred()).isEqualTo("2022-06-01");
        assertThat(r.discovered()).isEqualTo("2024-04-22");
        // A table with bars at both ends and a rule line under its header.
        CaseRecord s = read("""
                架空県における名簿の誤公開について
                令和6年5月10日
                | 件数 | 人数 | 発生日 | 発覚日 |
                |---|---|---|---|
                | 3件 | 12名 | 令和4年6月1日 | 令和6年4月22日 |
                """);
        assertThat(s.occurred()).isEqualTo("2022-06-01");
        assertThat(s.discovered()).isEqualTo("2024-04-22");
    }

    @Test
    void datesAnIncidentThatHappenedSaidWithAPlainVerbIsTheEvent() {
        // 「事故が起きたのは…」, 「ミスが起こった」: the incident named and a plain verb of happening.
        assertThat(read("""
                架空市水道局のメール誤送信
                事故が起きたのは2024年9月3日。
                """).occurred()).isEqualTo("2024-09-03");
        assertThat(read("""
                架空運輸株式会社
                2024年10月2日、配送伝票の取り扱いでミスが起こり、お客様の伝票が別のお客様に渡りました。
                """).occurred()).isEqualTo("2024-10-02");
    }

    @Test
    void datesAReportToldAfterAnEarlierUndatedFindingIsALaterConfirmation() {
        // 「漏えいのおそれが判明した後、…解析を依頼し、7月25日に届いた解析報告で…判明」: the first awareness came before.
        assertThat(read("""
                架空通販株式会社
                2024年8月20日
                不正アクセスによるクレジットカード情報流出に関するお詫び
                漏えいのおそれが判明した後、当社は第三者機関に解析を依頼し、7月25日に届いた解析報告で、次のことが判明しました。
                """).discovered()).isNull();
        // Without the earlier finding the report is the first awareness.
        assertThat(read("""
                架空通販株式会社
                2024年8月20日
                不正アクセスによるクレジットカード情報流出に関するお詫び
                当社は第三者機関に解析を依頼し、7月25日に届いた解析報告で、カード情報漏えいのおそれが判明しました。
                """).discovered()).isEqualTo("2024-07-25");
    }

    @Test
    void datesAPageDateLabelMayNameThePageOrTheStartAndMayDropItsDay() {
        // 「ページ更新日」, 「掲載開始日」, 「登録日」, 「リリース日」, the verb alone before a colon, 「報道提供資料」.
        for (String label : new String[] {"登録日：", "掲載開始日：", "ページ更新日：", "リリース日：", "最終更新：", "公開：", "報道提供資料 "}) {
            CaseRecord r = read("""
                    架空市における個人情報の誤送付について
                    %s2024年5月10日
                    架空市福祉課において、2024年5月7日に通知書を別の方へ誤って送付しました。
                    """.formatted(label));
            assertThat(r.published()).as(label).isEqualTo("2024-05-10");
            assertThat(r.occurred()).as(label).isEqualTo("2024-05-07");
        }
    }

    @Test
    void datesATopicAloneBeforeACommaSetDateLeavesItAtTheHead() {
        // 「当社は、9月12日未明、…が感染したことを確認いたしました」: the date belongs to the last predicate, the finding.
        CaseRecord r = read("""
                架空商事株式会社
                ランサムウェア被害に関するお知らせ
                2024年9月20日
                当社は、2024年9月12日未明、当社サーバーがランサムウェアに感染したことを確認いたしました。
                外部専門家の調査により、2024年9月10日から同月12日にかけて、第三者による不正なアクセスの痕跡が確認されております。
                """);
        assertThat(r.discovered()).isEqualTo("2024-09-12");
        assertThat(r.occurred()).isEqualTo("2024-09-10");
        // The event alone keeps the date as the event's.
        assertThat(read("""
                架空商事株式会社
                2024年9月20日
                当社は、2024年9月12日未明、第三者による不正アクセスを受けました。
                """).discovered()).isNull();
    }

    @Test
    void datesADayAloneOpeningALaterClauseIsOfTheSameMonth() {
        // 「8月26日に通知を発送し、29日に…連絡があって発覚」: 29日 is 8月29日.
        CaseRecord r = read("""
                架空町における住民情報の誤送付について
                架空町で、住民2名に送付した通知に他人の情報が記載されていたことが分かりました。
                町によると、8月26日に通知を発送し、29日に受け取った住民から町に連絡があって発覚しました。
                (2024年9月2日)
                """);
        assertThat(r.occurred()).isEqualTo("2024-08-26");
        assertThat(r.discovered()).isEqualTo("2024-08-29");
        // Not after a news lead's date set off by a comma (「…は3月1日、28日に…」): that day is of the month before.
        assertThat(read("""
                架空日報
                2024年3月2日
                架空市は2024年3月1日、28日に職員が住民票の写しを別の人に誤って交付したと発表した。
                """).occurred()).isEqualTo("2024-02-28");
    }

    @Test
    void datesACheckMadeOnTheDateFindsWhatItFound() {
        // 「5月8日に実施した定期点検において、…所在不明となっていることが判明」: the check's day is the finding's.
        CaseRecord r = read("""
                架空市における書類の紛失について
                令和6年5月20日
                令和6年5月8日に実施した書類の定期点検において、申請書の綴り1冊が所在不明となっていることが判明しました。
                """);
        assertThat(r.discovered()).isEqualTo("2024-05-08");
        assertThat(r.occurred()).isNull();
    }

    // Thirteenth round (reader13c)

    @Test
    void personsThoseHandedPapersAreRecipientsBelowWhoseDataItWas() {
        // 「児童(28名)に配付した際、9名分を誤って」: papers handed out by hand; the pupils handed them are the recipients, the part
        // handed to the wrong pupil is whose data went astray.
        assertThat(read("""
                架空市立北小学校において、通知文を第5学年の児童(28名)に配付した際、9名分の成績票を誤って別の児童に配付しました。
                """).personsAffected()).isEqualTo(9);
        assertThat(read("""
                架空町立南中学校は、生徒の面談記録を入れた封筒を保護者4人に手渡したところ、1人分の記録が別の封筒に入っていたと発表した。
                """).personsAffected()).isEqualTo(1);
    }

    @Test
    void personsRecipientsToldAgainAndThoseWhoDidNotOpenItAreNoAffected() {
        // 「保護者5人に配布」, then 「5人の保護者に謝罪」: the recipients again, counted before whom they are.
        assertThat(read("架空町立東小学校は、学習記録を入れた封筒を保護者5人に配布したが、1人の児童の記録が別の封筒に入っていた。"
                + "5人の保護者に謝罪し、封筒を回収した。").personsAffected()).isEqualTo(1);
        // 「4人の保護者は開封していなかった」: those who received it, counted before whom they are.
        assertThat(read("架空市は、メールを誤って送信した。送信先のうち1人の生徒の面談記録が添付されていた。4人の保護者は開封していなかった。")
                .personsAffected()).isEqualTo(1);
    }

    @Test
    void personsTheExactFormOfAnApproximateCount() {
        // 「延べ約12万人分」 in the lead, 「延べ11万8406人分」 later: the exact count that rounds to the approximate one; 延べ
        // still marks an upper bound of the people.
        CaseRecord r = read("架空運輸株式会社の委託先のサーバー被害で、延べ約12万人分の顧客の個人情報が流出したとみられる。"
                + "同社によると、データを精査した結果、延べ11万8406人分のデータが流出したと推計した。");
        assertThat(r.personsAffected()).isEqualTo(118406);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
        CaseRecord plain = read("架空運輸株式会社の委託先のサーバー被害で、約12万人分の顧客の個人情報が流出したとみられる。"
                + "同社によると、データを精査した結果、11万8406人分のデータが流出したことが分かった。");
        assertThat(plain.personsAffected()).isEqualTo(118406);
        assertThat(plain.personsIsUpperBoundOrApprox()).isFalse();
        // Only the approximate count: it stays, approximate.
        CaseRecord only = read("架空市は、市民約3000人分の氏名と住所が記載された名簿を紛失したと発表した。名簿は職員2人が管理していた。");
        assertThat(only.personsAffected()).isEqualTo(3000);
        assertThat(only.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void itemsWhatWasDoneIsNoItemAndTheHolderIsOne() {
        // 「「BCC」操作(…)」: an action named in a list sentence is not an item; 名義人 (an account's holder) is one.
        assertThat(read("架空協会は、案内メールを「BCC」操作にせず一斉送信し、メールアドレスと氏名が他の会員に表示された。")
                .dataItemsRaw()).doesNotContain("操作");
        assertThat(read("架空市は、振込先の一覧を誤って送信した。一覧には氏名、口座番号、名義人が記載されていた。").dataItemsRaw())
                .contains("名義人");
    }

    @Test
    void itemsThePassportAppliedForAndASharedChartSystemAreNoItems() {
        // The passport applied for at a passport office is the service, not an ID document that leaked.
        assertThat(read("架空県の旅券窓口で、前日に申請されたパスポートの2件分の個人情報を含む書類が見当たらなくなった。書類には氏名、住所などが記されていた。")
                .dataItems()).containsExactly("NAME", "ADDRESS");
        // 「病院のカルテを共有する仕組み」: the system is described, the chart is not what leaked.
        assertThat(read("架空病院の診療所向け閲覧サービス(病院のカルテを共有する仕組み)で、患者一覧(氏名、性別、生年月日)が見える状態になっていた。")
                .dataItems()).doesNotContain("MEDICAL");
        // 「工学研究科所属で、センター勤務の研究員」: whom the doctor works for, not an item.
        assertThat(read("架空大学の工学研究科所属で、センター勤務の研究員が、共同研究先に患者の氏名、年齢、病名を含む表を送っていた。")
                .dataItems()).doesNotContain("WORKPLACE");
    }

    @Test
    void personsTheExactListedPartsOfAnApproximateSum() {
        // 「会員(約1200人分)および職員(約300人分)」 in the lead, then one bullet per group with its exact count.
        CaseRecord r = read("""
                架空商事株式会社は、発送代行先のサーバーに侵入があり、取引先情報(約1200人分)と従業員情報(約300人分)が外部に出た可能性があると明らかにした。
                ■対象となる情報
                ・取引先情報:1213件(氏名、電話番号)
                ・従業員情報:296名分
                """);
        assertThat(r.personsAffected()).isEqualTo(1509);
        assertThat(r.personsIsUpperBoundOrApprox()).isFalse();
    }

    @Test
    void personsNumberedIncidentsEachWithItsOwnCount() {
        // 「1件目は…」, 「2件目は…」: two incidents in one item, each with 「対象はN件」: their sum.
        assertThat(read("""
                架空市は、書類の扱いで二つの誤りがあったと明らかにした。
                1件目は、納税証明書を別の事業者に渡した件で、氏名や住所が載っており、対象は4件。
                2件目は、保育所へ送った連絡票が行方不明になった件で、対象は1件だった。
                """).personsAffected()).isEqualTo(5);
    }

    @Test
    void personsTheMailsSentWithTheAddressesShown() {
        // A mail sent with the addresses in To that counts only the mails sent: one mail per address.
        assertThat(read("""
                架空協会の事務局が、会報の案内を宛先欄(TO)に全員を並べて送り、会員のアドレスが互いに見えていた。
                同報メールの送信件数:212件
                """).personsAffected()).isEqualTo(212);
        assertThat(read("""
                架空学会は、年次大会の連絡をCCで送ってしまい、受け取った会員同士にアドレスが見える状態となりました。
                送信数は、
                午前の送信:25件
                午後の送信:9件
                """).personsAffected()).isEqualTo(34);
    }

    @Test
    void personsNamedByLettersWhenNothingIsCounted() {
        // Papers swapped between A様 and B様 concern both; a notice meant for A様 sent to B様 concerns one.
        assertThat(read("""
                架空クリニックで、職員が患者A様とB様の検査票を互いに取り違えて郵送しました。
                """).personsAffected()).isEqualTo(2);
        assertThat(read("""
                架空保険組合の委託業者が、加入者A様に送るはずの案内を、誤ってA様の同僚B様へ送信し、氏名と相談内容が漏えいしました。
                """).personsAffected()).isEqualTo(1);
        // Three letters (A氏あてをB氏宅へ送るところC氏宅へ): left unread.
        assertThat(read("""
                架空市で、A氏への通知をB氏方に送るところ、誤ってC氏方に届けた。
                """).personsAffected()).isNull();
    }

    @Test
    void personsAMailingsRecipientsAndTheLetteredPersonWhosePaperWentAstray() {
        // 「書類を600名に郵送したが、その際、A氏の届出書をB氏に送付」: the mailing's recipients are not whose data it was.
        assertThat(read("""
                架空県の保健所が、助成の書類を600名に郵送したが、その際、A氏から届いた届出書を白紙と見誤り、B氏に送付した。
                届出書にはA氏の氏名、住所が記載されていた。
                """).personsAffected()).isEqualTo(1);
        // Two lettered persons whose papers were lost, none of them a recipient: both.
        assertThat(read("""
                架空県税事務所で、A氏、C氏から預かった届出書を入れたファイルが見当たらなくなった。届出書には氏名と住所が記載されていた。
                """).personsAffected()).isEqualTo(2);
    }

    @Test
    void personsAHeadingInRoundBracketsOverItsTotal() {
        // 「(流出件数)」, a blank line, then 「計88件」: the heading's total, above the schools' counts told before it.
        assertThat(read("""
                架空町教育委員会において、北小学校(21名)、南小学校(18名)の保護者へ一斉送信する際、アドレスを宛先欄に入力し、メールアドレスが流出しました。
                (流出件数)

                計88件
                """).personsAffected()).isEqualTo(88);
    }

    @Test
    void itemsASentenceClosingWhatLeakedRulesOutWordsMetElsewhere() {
        // 「漏洩した個人情報は、…です」: what it names leaked; 勤務先 (whom it went to) and the mail address it was sent to did not.
        CaseRecord r = read("""
                架空健保の委託先が、A様あてのメールを誤ってA様の勤務先の担当者B様のメールアドレスへ送信した。
                なお、漏洩した個人情報は、氏名と住所です。
                """);
        assertThat(r.dataItems()).containsExactly("NAME", "ADDRESS");
    }

    @Test
    void financialFlagOneItemStatedAsAllAPaperHeld() {
        // 「名簿には参加者の氏名が記載されていました」: one item, nothing more, so no financial item leaked.
        CaseRecord r = read("架空市は、講座の参加者名簿1枚を紛失したと発表した。名簿には参加者の氏名が記載されていました。");
        assertThat(r.dataItems()).containsExactly("NAME");
        assertThat(r.financialData()).isFalse();
        // 「氏名などが記載」: not all is stated, the flag stays unknown.
        assertThat(read("架空市は、講座の参加者名簿1枚を紛失したと発表した。名簿には参加者の氏名などが記載されていました。").financialData())
                .isNull();
    }

    @Test
    void itemsWhatAMediumHadInItAndTheDayOfAPersonsEvent() {
        // 「氏名や受診日などのデータが入った」: what a medium held; 受診日 (a day of the person's) is an item, not a time.
        assertThat(read("架空医院は、通院者の氏名や受診日などのデータが入った外付けディスクが見当たらないと発表した。")
                .dataItemsRaw()).containsExactly("氏名", "受診日");
        assertThat(read("架空医院は、通院者の氏名や病棟などのデータが入った外付けディスクが見当たらないと発表した。").dataItemsRaw())
                .containsExactly("氏名", "病棟");
    }

    @Test
    void itemsNamedBeforeThePersonalDataTheyAre() {
        // 「発達状況や家庭環境など、さらに詳しい個人情報も含まれていた」: plain nouns before など and the personal data are items.
        assertThat(read("架空こども園の連絡アプリで、園児20名の氏名が送られたほか、うち5名は発達状況や家庭環境など、さらに詳しい個人情報も含まれていた。")
                .dataItemsRaw()).containsExactly("氏名", "発達状況", "家庭環境");
        assertThat(read("架空こども園の連絡アプリで、うち5名は発達状況や家庭環境など、さらに詳しい個人情報も含まれていた。").dataItems())
                .containsExactly("OTHER");
        // Papers and photos are what held the data, not items.
        assertThat(read("架空市の職員が、書類や写真などの個人情報を含む鞄を紛失した。").dataItemsRaw()).doesNotContain("書類");
    }

    @Test
    void itemsTheOneNamedBeforeEverythingElseIsDenied() {
        // 「アドレス以外の情報は含まれていません」: the address leaked, nothing else did.
        CaseRecord r = read("""
                架空学会は、年次大会の連絡をCCで送ってしまいました。
                このほか、アドレス以外の情報は含まれていません。
                """);
        assertThat(r.dataItems()).containsExactly("EMAIL");
        assertThat(r.financialData()).isFalse();
        assertThat(r.sensitiveData()).isFalse();
        // 「それ以外の情報(氏名等)は含まれていません」: nothing named before 以外, the bracket's items are denied.
        assertThat(read("架空高校は、生徒1名のアドレスが他の12名に流出したと説明した。それ以外の情報(氏名、住所等)はメールに含まれていません。")
                .dataItems()).containsExactly("EMAIL");
    }

    @Test
    void itemsAddressesPutWhereEveryRecipientSeesThem() {
        // 「To欄に受信者のメールアドレスを入れて送った」: the addresses leaked, though no data word is in the sentence.
        assertThat(read("架空短大の事務局が、修了生への案内で、本来BccにすべきところTo欄に受信者のメールアドレスを入れて送った。").dataItems())
                .containsExactly("EMAIL");
    }

    @Test
    void personsRecordsOfPeopleAndBodiesTogetherAreNoCountOfPeople() {
        // 「個人や法人120件分の住所」: people and companies counted together.
        assertThat(read("架空町は、公開していた表計算ファイルで、個人や法人120件分の住所と電話番号が閲覧できる状態になっていたと発表した。")
                .personsAffected()).isNull();
        assertThat(read("架空町は、公開していた表計算ファイルで、申込者120件分の住所と電話番号が閲覧できる状態になっていたと発表した。")
                .personsAffected()).isEqualTo(120);
    }

    @Test
    void itemsGlossarySpellings() {
        // 個人名 is a name; セキュリティーコード (with the long mark) is the card's code.
        assertThat(read("架空組合は、会員の個人名と自宅の電話番号を載せた一覧を別の業者へ誤って送った。").dataItems())
                .contains("NAME", "PHONE");
        assertThat(read("架空商店のサイトで、カード番号、有効期限、セキュリティーコードが漏えいした可能性があります。").dataItemsRaw())
                .contains("セキュリティーコード");
    }

    @Test
    void itemsARegisterSentAstrayAndAProgrammeForThoseWhoSupportChildren() {
        // 「別の借受人の貸付台帳の写しを誤って同封」: the register is what went astray (OTHER); 「子どもを扶養している世帯」
        // describes the programme, not a family item.
        CaseRecord r = read("""
                架空県の相談所で、借受人への書類に、別の借受人の貸付台帳の写しを誤って同封して発送した。
                この資金は、子どもを扶養している世帯を支える制度である。
                """);
        assertThat(r.dataItems()).containsExactly("OTHER");
    }

    @Test
    void itemsWhomTheDataIsAboutWithABracketedOtherIsNoItem() {
        // 「個人番号、生徒(保護者)の氏名」: 生徒(保護者) names whom the data is about.
        assertThat(read("""
                生徒(保護者)が奨学金の申込のため、個人番号(マイナンバー)カード(写)を含む書類を学校へ出した。その1枚を紛失した。
                """).dataItemsRaw()).doesNotContain("生徒(保護者)");
    }

    @Test
    void itemsTheTopicBeforeAListIsNoItem() {
        // 「架空高校は、個人番号、職業、氏名が記載された書類を紛失」: the school speaks; 職業 is an item, the school is not.
        assertThat(read("架空高校は、個人番号、職業、氏名が記載された書類を紛失したと発表した。").dataItemsRaw())
                .containsExactly("個人番号", "氏名", "職業");
    }

    @Test
    void itemsListedNounsEndingLikeATime() {
        // 「氏名、学年、登録年月日、職業」: 学年 and 登録年月日 end like a time but are items.
        assertThat(read("名簿には会員の氏名、住所、学年、登録年月日、職業が記載されていました。").dataItemsRaw())
                .contains("学年", "登録年月日", "職業");
    }

    // Fourteenth round (reader14a)

    @Test
    void datesAFindingFieldLabelSpacedOutAfterASentenceOnTheSameLine() {
        // 「…進めています。 1 発 覚 令和6年2月9日(金)」: the label 発覚 with its letters spaced out, after a sentence.
        CaseRecord r = read("""
                架空市立中学校において、部活動の連絡メールを誤送信しました。再発防止に努めます。 1 発 覚 令和6年2月9日(金) 2 経 緯 2月7日(水) 顧問の教員が、保護者20名に連絡する際、Bccで送信すべきところ、Toで送信した。
                """);
        assertThat(r.discovered()).isEqualTo("2024-02-09");
        assertThat(r.occurred()).isEqualTo("2024-02-07");
    }

    @Test
    void datesALastSeenStateIsNoFinding() {
        // 「前日午後6時の時点までは…金庫に収められていたことが確認」: the last moment the file was seen, not a finding that day.
        CaseRecord r = read("""
                架空病院において、外来で保管していた患者名簿のファイルが見当たらないことが判明しました。
                令和6年11月12日午前9時頃、担当者が気付いたものです。なお、前日午後6時の時点までは事務室の金庫に収められていたことが確認できています。
                """);
        assertThat(r.discovered()).isEqualTo("2024-11-12");
    }

    @Test
    void datesAnItemFoundMissingAsItStoodThatDay() {
        // 「同月4日に紛失していることが判明した」: ている, the state as found that day; when it went missing is not told.
        CaseRecord r = read("架空町立中学校は2024年10月7日、全校生徒の緊急連絡網を紛失したと発表した。連絡網は10月2日の朝会で使われた後、"
                + "金庫に戻されたとみられる。同月4日に紛失していることが判明した。");
        assertThat(r.discovered()).isEqualTo("2024-10-04");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesADateInAClauseDescribingTheItemIsNotTheFinding() {
        // 「6月14日(金)、6月10日(月)に研修で使用した当該記録媒体が見当たらないことに気づき」: the sentence's day heads it;
        // the later date says when the item was last used.
        CaseRecord r = read("""
                架空総合病院における記録媒体の紛失について
                2 経緯
                6月14日(金)、6月10日(月)に研修で使用した当該記録媒体が見当たらないことに気づき、院内を捜索したが発見できなかった。
                6月17日(月)、記録媒体に患者の氏名が保存されていたことが判明した。令和6年6月20日に個人情報保護委員会に報告した。
                """);
        assertThat(r.discovered()).isEqualTo("2024-06-14");
    }

    @Test
    void datesAnInquiryThroughWhichTheFindingCame() {
        // 「2月9日に取引先からの電話により、…だったことが分かりました」: the date is the call's, and the call brought the finding.
        CaseRecord r = read("顧客名簿の誤送信について\n架空旅行株式会社は、2024年2月5日に委託先が顧客名簿のファイルを取引先へメール送信、2月9日に取引先からの電話により、"
                + "別の取引先あてのファイルだったことが分かりました。");
        assertThat(r.occurred()).isEqualTo("2024-02-05");
        assertThat(r.discovered()).isEqualTo("2024-02-09");
    }

    @Test
    void datesANewsLeadOnTheDayThePublisherUpdatedItsSite() {
        // 「…が2025年6月3日に公式サイトを更新し、…と発表した」 under the news page's own date the day after: the announcement's day.
        CaseRecord r = read("""
                date 2025-06-04
                架空学院大学が2025年6月3日に公式サイトを更新し、学生の氏名を含む名簿が学外から閲覧できる状態になっていたと発表した。
                名簿には約300人分の氏名と学籍番号が載っていた。
                """);
        assertThat(r.published()).isEqualTo("2025-06-03");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesWhatSomeoneSaidIsNotDatedByTheDayTheySaidIt() {
        // 「(同日から警察の聴取が行われており、当該職員は、…不正にログインし、…持ち出したことを話している。)」: the event is
        // what the employee said; 同日 is the report to the police, not the event.
        CaseRecord r = read("""
                架空町職員による住民情報の不正な持ち出しについて
                発覚日時
                令和6年5月20日(月)午前10時頃
                対応
                (1)令和6年5月21日(火)に、架空警察署に相談した。
                (同日から警察の聴取が行われており、当該職員は、同僚のIDで不正にログインし、住民の記録を持ち出したことを話している。)
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-05-20");
    }

    @Test
    void datesPapersLostInThePostAreLostFromTheirSending() {
        // 「審査資料をレターパックで審査委員へ送付」, then 「資料が届いていない」: the sending by tracked mail is where the loss began.
        CaseRecord r = read("""
                審査資料の紛失について
                架空県において、審査会の資料を審査委員へ送付したところ、資料が届いておらず、所在不明となっています。
                経過
                ・令和6年9月2日(月) 県の担当課から、審査資料をレターパックで審査委員へ送付。
                ・9月10日(火) 審査委員から、資料が届いていないとの連絡あり。
                """);
        assertThat(r.occurred()).isEqualTo("2024-09-02");
        assertThat(r.discovered()).isEqualTo("2024-09-10");
    }

    @Test
    void datesADateSetOffByCommasTakesTheReportThatClosesTheSentence() {
        // 「…架空印刷株式会社から、令和6年6月10日に、同社が6月3日に…被害を受けた旨の報告がありました」: 6月10日 has no predicate
        // of its own; the report received closes the sentence.
        CaseRecord r = read("""
                委託事業者におけるランサムウェア被害について
                本市の委託事業者である架空印刷株式会社から、令和6年6月10日に、同社が6月3日にランサムウェアの被害を受けた旨の報告がありました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-03");
        assertThat(r.discovered()).isEqualTo("2024-06-10");
    }

    @Test
    void datesANewsLeadWithItsBodyNamedWithGa() {
        // 「架空市が2024年8月2日、…と発表した」: the lead's date is the announcement's, not the event's.
        CaseRecord r = read("架空市が2024年8月2日、市民の氏名を記載した通知を別の市民に誤って送付したと発表した。");
        assertThat(r.published()).isEqualTo("2024-08-02");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesPapersLeftBehindMarkTheLoss() {
        // 「10月28日に教員が資料を教室に置いたまま退出し、30日に紛失に気付いた」: left behind on the 28th, the loss's start.
        CaseRecord r = read("架空県教育委員会は2024年11月5日、県立高校で生徒の成績を記載した資料を紛失したと発表した。県教委によると、"
                + "10月28日に教員が資料を教室に置いたまま退出し、30日に紛失に気付いた。");
        assertThat(r.occurred()).isEqualTo("2024-10-28");
        assertThat(r.discovered()).isEqualTo("2024-10-30");
    }

    @Test
    void datesAWindowOfSuspiciousTrafficOpensTheIncident() {
        // 「6月1日(土)以降、外部と不正な通信が行われていた」: 以降 opens the window in which the traffic went on.
        CaseRecord r = read("""
                個人情報の漏えいのおそれについて
                当院において、令和6年6月5日(水)に、電子カルテ端末がマルウェアに感染していることが判明しました。調査の結果、6月1日(土)以降、外部と不正な通信が行われていたことが分かりました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-01");
        // 「6月5日(水)に、…感染していることが判明」: に and a comma, then the state as found (ている): the finding's day.
        assertThat(r.discovered()).isEqualTo("2024-06-05");
    }

    @Test
    void datesAMailSentWithEveryAddressShownIsAMisdelivery() {
        // 「一斉メールを宛先が見える形で送信した」 without 誤: the sending is the event.
        CaseRecord r = read("""
                架空市、メールアドレス流出
                2024年8月21日 10時00分
                架空市は20日、講座の申込者45人のメールアドレスが流出したと発表した。市によると、担当職員が16日、一斉メールを宛先が見える形で送信した。19日に申込者の指摘で気付いた。
                """);
        assertThat(r.occurred()).isEqualTo("2024-08-16");
        assertThat(r.discovered()).isEqualTo("2024-08-19");
    }

    @Test
    void datesADateInsideAQuotedReportIsTheEventReported() {
        // 「6月14日(金)、委託業者から「6月12日(水)に…誤って…送信した」との報告」: the quoted date is the event's.
        CaseRecord r = read("""
                個人情報の漏えいについて
                令和6年6月14日(金)、委託業者から「6月12日(水)に市民のリストを誤って別の業者に送信した」との報告がありました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-12");
        assertThat(r.discovered()).isEqualTo("2024-06-14");
    }

    @Test
    void datesADayAndItsTimeOfDayWithNo() {
        // 「令和6年6月3日(月)の放課後、…紛失した」: の放課後 is a time of that day, not a noun the date describes.
        CaseRecord r = read("""
                USBメモリの紛失について
                架空高校の教員が、令和6年6月3日(月)の放課後、生徒の成績を保存したUSBメモリを紛失した。同日夜、自宅で紛失に気付いた。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-03");
        assertThat(r.discovered()).isEqualTo("2024-06-03");
    }

    @Test
    void datesTheNextMorningIsTheNextDay() {
        // 「令和6年7月3日(水)夜、…誤送信した。翌朝、受信者からの連絡で判明した」: 翌朝 is the day after.
        CaseRecord r = read("""
                メールの誤送信について
                令和6年7月3日(水)夜、架空市の職員が参加者20名にメールを誤送信した。翌朝、受信者からの連絡で判明した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-07-03");
        assertThat(r.discovered()).isEqualTo("2024-07-04");
    }

    @Test
    void datesTwoFieldsOnOneLineAndALabelInBrackets() {
        // 「発生日時 令和6年9月2日(月) 判明日時 令和6年9月3日(火)」: the second field's label follows the first date.
        CaseRecord r = read("""
                個人情報の漏えいについて
                発生日時 令和6年9月2日(月) 判明日時 令和6年9月3日(火)
                通知を別の方に誤って送付した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-09-02");
        assertThat(r.discovered()).isEqualTo("2024-09-03");
        // 「(発生日)令和6年9月2日 (判明日)令和6年9月3日」: labels in brackets.
        CaseRecord b = read("""
                個人情報の漏えいについて
                (発生日)令和6年9月2日 (判明日)令和6年9月3日
                通知を別の方に誤って送付した。
                """);
        assertThat(b.occurred()).isEqualTo("2024-09-02");
        assertThat(b.discovered()).isEqualTo("2024-09-03");
    }

    @Test
    void datesADateOfSendingWrittenWithTsuke() {
        // 「令和6年11月6日(水)付けで発送した通知書」: 付けで before the sending is the day it was sent, not a release's date.
        CaseRecord r = read("""
                誤送付について
                令和6年11月6日(水)付けで発送した通知書のうち、2通に別の方の書類が同封されていました。11月8日(金)に受け取った方からのご連絡により判明しました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-11-06");
        assertThat(r.discovered()).isEqualTo("2024-11-08");
    }

    // Fourteenth round (reader14c)

    @Test
    void personsThoseAMailWasSentToToldWithNiTaishite() {
        // 「出演者7名に対してメールで送った」: the recipients rank below whose form the mail carried (「1名分の個人情報」).
        CaseRecord r = read("""
                架空楽団の事務局は、演奏会の案内を出演者7名に対してメールで送ったが、そこには別の応募者の応募用紙が添付されていた。応募用紙には1名分の個人情報(氏名、電話番号)が載っていた。
                """);
        assertThat(r.personsAffected()).isEqualTo(1);
    }

    @Test
    void personsOnlyThoseWhoSawThePaperAreCounted() {
        // 「保護者12人がその資料を見ていた」: the viewers are counted, whose data the paper held are not: no count.
        CaseRecord r = read("""
                架空村の保育施設で、園児の健康記録を含む別の資料を誤って添付し、保護者あてに配信した。
                確認したところ、保護者12人がその資料を見ていた。
                """);
        assertThat(r.personsAffected()).isNull();
    }

    @Test
    void personsATotalLineUnderTheGroups() {
        // 「計75名」 alone on its line under the groups: the total.
        CaseRecord r = read("""
                架空大学 名簿データの公開について
                公開されていた情報
                ・在学生2名の「学籍番号」
                ・修了生70名の「氏名」
                ・職員3名の「住所」
                計75名
                """);
        assertThat(r.personsAffected()).isEqualTo(75);
    }

    @Test
    void personsFurtherIncidentsFoundBesidesTheFirst() {
        // 「この件とは別に、…保護者4名分、…保護者2名分」: the first incident's 5 and the further ones are summed.
        CaseRecord r = read("""
                5月20日、架空クラブの係が練習日程の連絡を送る際、保護者5名分(陸上)のアドレスを宛先欄(CC)に入れて送ってしまった。
                翌週の点検で、この件とは別に、4月8日に保護者4名分(卓球)、5月2日に保護者2名分(囲碁)のアドレスも同様にCCで送っていたことが判明した。
                """);
        assertThat(r.personsAffected()).isEqualTo(11);
    }

    @Test
    void personsOccurrencesCountedInKenAreNoPeople() {
        // 「送り間違いが全84件発生した」: how often it happened, not whose data it was.
        assertThat(read("架空短期大学の案内メールで差し込みの紐付けを誤り、ある学生あての連絡に別の学生の番号が載る送り間違いが全84件発生したという。")
                .personsAffected()).isNull();
    }

    @Test
    void itemsDeniedWithTheTeFormOfFukumu() {
        // 「生年月日と電話番号は含んでいません」: the denied items are no items.
        assertThat(read("記録されていたのは会員名簿(会員氏名、年齢、町名までの住所)です。なお、生年月日と電話番号は含んでいません。").dataItems())
                .containsExactlyInAnyOrder("NAME", "AGE", "ADDRESS");
    }

    @Test
    void itemsAPasswordThatProtectedOrOpenedNothingLeaked() {
        // 「パスワードがついていなかった」: the file had no password, no password leaked; nor does one used to get in.
        assertThat(read("架空団体の会報メールに会員アドレスの一覧表が添付されており、その一覧表にはパスワードがついていなかった。").dataItems())
                .containsExactly("EMAIL");
        assertThat(read("架空町の職員が同僚のパスワードを使用して人事システムに入り、職員の氏名と住所を書き写していた。").dataItems())
                .doesNotContain("CREDENTIALS");
    }

    @Test
    void itemsWhatAnAddressRevealsIsNoItemOfItsOwn() {
        // 「勤務先と個人名が推測できるアドレス」: the addresses leaked; what some of them reveal is no item.
        assertThat(read("""
                架空ネットの事務局が、会員あての案内を一斉送信した際、会員のメールアドレスがCC欄に表示された。
                流出したアドレスの中には、勤務先と個人名が推測できるアドレスも数件含まれていた。
                """).dataItems()).containsExactly("EMAIL");
    }

    @Test
    void typesAFileLeftAttachedWentOutWithTheMail() {
        // 「…をまとめた表が添付されたまま配信された」: a misdelivery, with no 誤って in the sentence.
        assertThat(read("架空会議が参加団体へ開催案内を一斉に送ったところ、各団体の担当者連絡先をまとめた表が添付されたまま配信された。").incidentTypes())
                .containsExactly("misdelivery");
    }

    @Test
    void itemsANounNamingAQuotedTitleIsNoItem() {
        // 「資格講座「架空ゼミ」の連絡」: the course is what the mail was about, not an item.
        assertThat(read("架空大学は、資格講座「架空ゼミ」の連絡を受講生に一斉送信したところ、受講生80人分の氏名とメールアドレスが互いに見える状態になったと明らかにした。")
                .dataItemsRaw()).containsExactly("氏名", "メールアドレス");
    }

    @Test
    void itemsTheHolderNamedAloneIsAName() {
        // 名義人 alone (「名義人や住所といった項目」) is the holder's name; カード名義人名 stays the card's.
        assertThat(read("架空村の公開資料で、農地の名義人や住所といった項目が読み取れる状態になっていた。").dataItems())
                .containsExactlyInAnyOrder("NAME", "ADDRESS");
        assertThat(read("架空商店のサイトで、カード名義人名、カード番号、有効期限が漏えいした可能性があります。").dataItems())
                .containsExactly("PAYMENT_CARD");
    }

    @Test
    void itemsAWordHeadingABracketOfItemsIsNoItem() {
        // 「緊急連絡先(電話番号・メールアドレス)」: the word heads the items in its bracket; a note that adds items heads nothing.
        assertThat(read("閲覧可能だったのは、委員3名の自宅住所と、緊急連絡先(電話番号・メールアドレス)です。").dataItems())
                .containsExactlyInAnyOrder("ADDRESS", "PHONE", "EMAIL");
        assertThat(read("紛失した報告書には、利用者の氏名と所属校、学年(ほかに一部の利用者は住所か電話番号も)が書かれていた。").dataItemsRaw())
                .contains("学年");
    }

    @Test
    void itemsATimeAfterTheSendingIsNoItem() {
        // 「…が入っており、送信後、受け手の会員から連絡があって」: 送信後 tells when, it is no item.
        assertThat(read("会員名簿の氏名と住所が添付ファイルに入っており、送信後、受け手の会員から連絡があって判明した。").dataItemsRaw())
                .containsExactly("氏名", "住所");
    }

    @Test
    void itemsABareListWithOneGlossaryItem() {
        // 「利用者の氏名、入所日、負担金額。」: a list with no predicate; the plain nouns beside 氏名 are items too.
        CaseRecord r = read("""
                架空介護施設で、個人情報の記載された請求書類を取り違えて別の利用者へ送付した。
                利用者の氏名、入所日、負担金額。
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "OTHER");
        assertThat(r.dataItemsRaw()).contains("入所日", "負担金額");
    }

    @Test
    void itemsAPropertyIsNoCounter() {
        // 「賃貸物件に関する情報」: 物件 ends with 件 but is no counter; the property data is an item.
        assertThat(read("入居者の氏名、電話番号、賃貸物件に関する情報が漏えいした可能性がある。").dataItemsRaw())
                .contains("賃貸物件");
    }

    @Test
    void itemsUnstatedPersonalDataSentAstrayByADistributionTool() {
        // 「子どもの個人情報を含む資料を…誤配信」: personal data of an unstated kind (OTHER).
        assertThat(read("架空町の学童クラブで、子どもの個人情報を含む資料を保護者あての連絡アプリで誤配信したと町が明らかにした。").dataItems())
                .containsExactly("OTHER");
    }

    @Test
    void typesSharedInsideTheBodyTooWidelyIsASetting() {
        // 「相談室以外の教職員からも閲覧できる状態」: a sharing setting, not a publication.
        assertThat(read("架空学園では、予定管理の仕組みで相談室だけが見るはずの記録が、相談室以外の教職員からも閲覧できる状態になっていた。")
                .incidentTypes()).containsExactly("misconfiguration");
    }

    @Test
    void itemsAnAddressNobodyRegisteredIsNoItem() {
        // 「メールアドレスのご登録がないお客様には書状にて」: how customers are told, not what leaked.
        CaseRecord r = read("""
                架空物産の通販サイトで、お客様のクレジットカード情報が漏えいした可能性があります。
                漏えいの可能性のあるお客様には電子メールでお知らせし、メールアドレスのご登録がないお客様には書状にてお知らせいたします。
                """);
        assertThat(r.dataItems()).containsExactly("PAYMENT_CARD");
    }

    @Test
    void itemsWhatABccFormHidesIsNoItem() {
        // 「BCC方式(アドレスと登録表示名が他の受け手に表示されない)」: the bracket explains the form, it lists no leak.
        CaseRecord r = read("""
                架空会の事務員は、会報の案内を「BCC」方式(アドレスと登録表示名が他の受け手に表示されない)で送るべきところ、「TO」方式で配信したため、会員のメールアドレスと氏名が互いに表示される状態で届いた。
                """);
        assertThat(r.dataItems()).contains("NAME", "EMAIL");
        assertThat(r.dataItemsRaw()).doesNotContain("登録表示名");
    }

    @Test
    void itemsPaymentDataOfAnUnstatedKind() {
        // 「決済に関する情報が外部に流出」 with no item listed: data of an unstated kind (OTHER).
        assertThat(read("架空決済サービスのデータベースに第三者が侵入し、寄付者の決済に関する情報が外部に流出したことが分かりました。").dataItems())
                .containsExactly("OTHER");
    }

    // Fourteenth round (reader14b)

    @Test
    void organizationShortBodySpelledOutElsewhereInTheText() {
        // 「架空県教育委員会の…」, then 「県教育委員会が3日、謝罪しました」: the body as the text spelled it in full.
        assertThat(read("""
                架空県教育委員会の奨学金の担当課で書類がなくなり、県教育委員会が3日、謝罪しました。
                紛失したのは5人分の氏名や住所が記載された書類です。
                """).organization()).isEqualTo("架空県教育委員会");
        // 「同県教育委員会」 or 「各都道府県教育委員会」 spell no place.
        assertThat(read("""
                各都道府県教育委員会に通知が出された。県教育委員会が3日、書類の紛失について謝罪しました。
                紛失したのは5人分の氏名や住所が記載された書類です。
                """).organization()).isNotEqualTo("各都道府県教育委員会");
    }

    @Test
    void vendorContractorToldByTheWorkItTookOn() {
        // 「委託事業を受託している株式会社架空旅行」: the contractor named after the work it took on.
        CaseRecord r = read("""
                架空市教育委員会は10日、委託事業を受託している株式会社架空旅行での個人情報漏えいについて発表した。
                同社が参加者10名の保護者にメールを送った際、誤って名簿を添付したという。
                """);
        assertThat(r.organization()).isEqualTo("架空市教育委員会");
        assertThat(r.vendorNames()).containsExactly("株式会社架空旅行");
    }

    @Test
    void vendorMainContractorByReceivedOrderAndItsAlias() {
        // 「業務を受注した架空工営株式会社北営業所(以下「受託者」という。)」: the main contractor, named without its office,
        // beside the sub-contractor; an alias that is a contractor's role makes the name a vendor, never the publisher.
        assertThat(read("""
                架空県が発注した調査業務において、業務を受注した架空工営株式会社北営業所(以下「受託者」という。)から業務の一部を受託した架空調査株式会社(以下「再委託先」という。)のサーバーに不正アクセスがあり、個人情報が漏えいした可能性があることが判明しました。
                """).vendorNames()).containsExactlyInAnyOrder("架空工営株式会社", "架空調査株式会社");
        CaseRecord r = read("""
                架空県が発注した調査業務において、架空工営株式会社(以下「受託者」という。)のサーバーに不正アクセスがあり、個人情報が漏えいした可能性があります。
                """);
        assertThat(r.organization()).isEqualTo("架空県");
        assertThat(r.vendorNames()).containsExactly("架空工営株式会社");
    }

    @Test
    void vendorProviderNamedOnlyInBracketsAfterItsService() {
        // 「表示変換サービス(カクウテック株式会社提供)に対して…不正アクセス」: the provider of the service broken into is a
        // vendor, never the publisher; one named so beside a service nobody broke into is not.
        CaseRecord r = read("""
                このたび、弊社が運営する通販サイト「架空ショップ」に導入していた画面表示変換サービス(カクウテック株式会社提供)に対して第三者による不正アクセスがあり、お客様のカード情報が不正に取得された可能性があることが判明いたしました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).containsExactly("カクウテック株式会社");
        assertThat(read("""
                このたび、弊社が運営する通販サイト「架空ショップ」に導入していた画面表示変換サービス(株式会社架空変換提供)に対して第三者による不正アクセスがあり、お客様のカード情報が不正に取得された可能性があることが判明いたしました。
                """).vendorNames()).containsExactly("株式会社架空変換");
        assertThat(read("""
                架空市は、市のサイトで使っている地図サービス(カクウマップ株式会社提供)の画面に、申込者の氏名が表示されていたと発表した。
                """).vendorNames()).isEmpty();
    }

    @Test
    void organizationAHospitalsBranchSpeaksForItself() {
        // 「架空市立架空市民病院北分院(架空県架空市北町)は20日、」: the branch, not the place in brackets after it.
        assertThat(read("""
                架空市立架空市民病院北分院(架空県架空市北町)は20日、同分院の医師が、患者30人分の個人情報を記録したUSBメモリーを院外で紛失したと発表した。
                """).organization()).isEqualTo("架空市立架空市民病院北分院");
    }

    @Test
    void organizationABulletOpensNoName() {
        // 「・当該小学校の担当教員が」: the bullet is no part of a name, and 当該小学校 names no one.
        assertThat(read("""
                市内小学校1校において、メールの誤送信によって利用団体の責任者11名分のメールアドレスが漏洩しました。
                 経緯 ・当該小学校の担当教員が、登録している11団体の責任者に対してメールを送信する際、Bccで送信すべきところ、Toとして送信した。
                """).organization()).isNull();
    }

    @Test
    void vendorACooperativeNamedRightAfterTheEntrustingVerb() {
        // 「試験の業務を委託する架空大学生活協同組合が」: a co-operative named after the work entrusted to it.
        assertThat(read("""
                架空外国語大学(架空市北区)は10日、学生にメールを一斉送信した際、誤って学生300人分のアドレスを表示した状態で送ったと発表した。
                大学によると、誤送信が起きたのは試験の業務を委託する架空大学生活協同組合が6日に送ったメール。
                """).vendorNames()).containsExactly("架空大学生活協同組合");
    }

    @Test
    void organizationAPageFiledUnderABodysPressReleases() {
        // 「ホーム > 架空県記者発表資料 > …」 over a text that says only 県: the prefecture publishes.
        assertThat(read("""
                ホーム > 架空県記者発表資料 > 個人情報が含まれる書類の紛失について

                医療費の助成に関する県の業務において、個人情報が含まれる書類を紛失したことが判明しました。
                所管課と審査委員との間で書類を郵送していたところ、1通(2名分)が所在不明となっています。
                """).organization()).isEqualTo("架空県");
        // A series that names no body (「ホーム > 記者発表資料 > …」) names no publisher.
        assertThat(read("""
                ホーム > 記者発表資料 > 個人情報が含まれる書類の紛失について

                医療費の助成に関する県の業務において、個人情報が含まれる書類を紛失したことが判明しました。
                """).organization()).isNull();
    }

    @Test
    void organizationABodyAddressingItsOwnMembers() {
        // 「架空大学同窓生の皆様へ」 over a text speaking of 本学同窓生: the university publishes; without 本学 the
        // salutation alone names no publisher (another body may write to the university's alumni).
        assertThat(read("""
                同窓会からのお知らせ

                架空大学同窓生の皆様へ

                このたび、本学同窓生120名分の個人情報を誤送信する事案が発生しました。
                個人情報を含むファイルを本学の名簿管理委託会社が、不特定の方1名に誤送信しました。
                """).organization()).isEqualTo("架空大学");
        assertThat(read("""
                同窓会からのお知らせ

                架空大学同窓生の皆様へ

                このたび、同窓生120名分の個人情報を誤送信する事案が発生しました。
                個人情報を含むファイルを名簿管理の委託会社が、不特定の方1名に誤送信しました。
                """).organization()).isNull();
    }

    @Test
    void vendorContractorThatTookOnTheRunningOfAService() {
        // 「「架空県民講座」の運営を受託している一般社団法人架空協会が」: the contractor, not the publisher.
        CaseRecord r = read("""
                県が事業者に委託して実施する事業で、受託事業者が受講予定者に電子メールを送信した際、他の受信者のメールアドレスを見ることができる状態になっていたことが判明しました。
                令和4年7月19日に、「架空県民講座」の運営を受託している一般社団法人架空協会が、受講予定者31名に電子メールを送信した際、宛先欄に入力しました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).containsExactly("一般社団法人架空協会");
    }

    @Test
    void vendorQuotedAfterItsRoleWithCompanyOutsideTheQuotes() {
        // 「事業委託先である「カクウ」社が」: the name is what the quotes hold.
        assertThat(read("""
                架空県の「介護人材マッチング支援事業」において、情報流出が発生。
                県の公表によると、事業委託先である「カクウ」社が事業説明会の案内を8事業者に送信したところ、誤って宛先を「Bcc」ではなく「To」で送信。
                """).vendorNames()).containsExactly("カクウ");
    }

    @Test
    void organizationAMunicipalDeskNamedFirstStandsForTheMunicipality() {
        // 「架空町税務課からメールを送信する際」 in a text that otherwise says 町: the town publishes (its desk in brackets).
        assertThat(read("""
                この度、架空町税務課からメールを送信する際、本来「BCC」で送信すべきところを誤って「TO」で送信したことにより、メールアドレスの漏えいが発生しました。
                町といたしましては、今回の事態を厳粛に受け止め、再発防止に努めてまいります。
                """).organization()).isEqualTo("架空町");
    }

    @Test
    void organizationAssociationsOfMembersEndingInKai() {
        // 「架空準備会では」, 「日本架空学会は20日、」: associations that end in 会 speak for themselves; 学会 alone names no one.
        assertThat(read("""
                平素より架空準備会へのご高配ありがとうございます。
                架空準備会では参加者の個人情報を事務局内で慎重に取り扱い、外部への持ち出しはせず運用しています。
                このたびの案内メールの準備で手作業の誤りがあり、代表者名とメールアドレスを組にして漏洩させました。
                """).organization()).isEqualTo("架空準備会");
        assertThat(read("日本架空学会は20日、会員120人分の氏名とメールアドレスが記載されたファイルを誤って外部に送信したと発表した。")
                .organization()).isEqualTo("日本架空学会");
        assertThat(read("学会では、会員の氏名とメールアドレスが記載されたファイルを誤って外部に送信したことが判明しました。")
                .organization()).isNull();
    }

    @Test
    void organizationShortBoardOfTheOneMunicipalityNamed() {
        // 「架空県架空市の市立南小学校で…。市教育委員会によると、」: the board of the one city the text names.
        assertThat(read("""
                架空県架空市の市立南小学校で、児童30人分の名簿が紛失したことが分かった。市教育委員会によると、担任の教諭が持ち帰った後、所在が分からなくなったという。
                """).organization()).isEqualTo("架空市教育委員会");
        // Two cities named: which board speaks is not known.
        assertThat(read("""
                架空市と北架空市の小学校で、児童の名簿が相次いで紛失したことが分かった。市教育委員会によると、担任の教諭が持ち帰った後、所在が分からなくなったという。
                """).organization()).isNotIn("架空市教育委員会", "北架空市教育委員会");
    }

    @Test
    void vendorContractorsToldByTheirVerbInNewsLeads() {
        // 「市の委託を受けて事業を実施している特定非営利活動法人架空ネットが」
        assertThat(read("架空市は10日、市の委託を受けて事業を実施している特定非営利活動法人架空ネットが、利用者30人分の名簿を紛失したと発表した。")
                .vendorNames()).containsExactly("特定非営利活動法人架空ネット");
        // 「市から業務を請け負っている架空運輸(架空市)の社員が」
        assertThat(read("架空市は10日、市から業務を請け負っている架空運輸(架空市)の社員が、市民30人分の書類を紛失したと発表した。")
                .vendorNames()).containsExactly("架空運輸");
        // 「市が運営を委託している架空市社会福祉協議会の職員が」: involved, and named.
        CaseRecord r = read("架空市は10日、市が運営を委託している架空市社会福祉協議会の職員が、利用者30人分の名簿を紛失したと発表した。");
        assertThat(r.organization()).isEqualTo("架空市");
        assertThat(r.vendorInvolved()).isTrue();
        assertThat(r.vendorNames()).containsExactly("架空市社会福祉協議会");
    }

    @Test
    void organizationPoliceHeadquartersAndASignatureInBrackets() {
        // 「架空県警察本部は10日、」: a prefectural police headquarters speaks for itself.
        assertThat(read("架空県警察本部は10日、県民30人分の個人情報を記載した書類を紛失したと発表した。").organization())
                .isEqualTo("架空県警察本部");
        // 「(架空市教育委員会)」 under an excerpt that opens mid-sentence: the signature in brackets.
        assertThat(read("""
                …において、生徒30名分の個人情報が記載された書類を紛失しました。
                関係の皆様に深くお詫び申し上げます。
                (架空市教育委員会)
                """).organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void vendorNamesTheRoleIsSaidToBe() {
        // 「委託先である架空清掃(架空市)の作業員」, 「市が委託した業者「架空企画」の社員」, 「業務委託契約を締結している株式会社
        // 架空ロジの」, 「市から業務委託を受けている株式会社架空ケアの」.
        assertThat(read("架空市は10日、委託先である架空清掃(架空市)の作業員が、市民30人分の書類を紛失したと発表した。").vendorNames())
                .containsExactly("架空清掃");
        assertThat(read("架空市は10日、市が委託した業者「架空企画」の社員が、市民30人分の書類を紛失したと発表した。").vendorNames())
                .containsExactly("架空企画");
        assertThat(read("架空市は10日、業務委託契約を締結している株式会社架空ロジの社員が、市民30人分の書類を紛失したと発表した。").vendorNames())
                .containsExactly("株式会社架空ロジ");
        assertThat(read("架空市は10日、市から業務委託を受けている株式会社架空ケアの職員が、利用者30人分の名簿を紛失したと発表した。").vendorNames())
                .containsExactly("株式会社架空ケア");
        // 「委託先である事業者が」: a kind of body, no name; 「再委託先である公式サイトの管理運営会社が」: the site is no name.
        assertThat(read("架空市は10日、委託先である事業者が、市民30人分の書類を紛失したと発表した。").vendorNames()).isEmpty();
        assertThat(read("架空市は10日、指定管理者の再委託先である公式サイトの管理運営会社が、設定を誤ったと発表した。").vendorNames())
                .isEmpty();
    }

    @Test
    void organizationAUnionOfMunicipalitiesSpeaksForItself() {
        // 「架空広域連合は10日、」: a union of municipalities (広域連合) publishes as a body of its own.
        assertThat(read("架空広域連合は10日、被保険者30人分の個人情報を記載した書類を誤送付したと発表した。").organization())
                .isEqualTo("架空広域連合");
    }

    // Fifteenth round (reader15b)

    @Test
    void organizationTheSubjectOfANewsLeadThatClosesOnTheAnnouncingVerb() {
        // 「…を受託する北浜ビジネスサービスは12日までに、…と発表した」: a descriptive clause, 「までに」, and a name that ends
        // like neither a company nor a public body; the descriptor's 受託する makes it no contractor of the notice.
        assertThat(read("県内の信用組合から事務を受託する北浜ビジネスサービスは12日までに、委託先のパソコンがウイルスに感染し、顧客情報約3千件が流出したと発表した。")
                .organization()).isEqualTo("北浜ビジネスサービス");
        // 「「北浜精機」社が、…と明らかにした」: news quotes the name and puts 社 outside; 開発する describes it.
        assertThat(read("農機を製造開発する「北浜精機」社が、サーバーがランサムウェアに感染し、取引先の情報が流出した可能性があると明らかにした。")
                .organization()).isEqualTo("北浜精機");
        // 「架空電子は4日、…と発表した」, 「…を展開するカクウダイニングが、…と公表した」.
        assertThat(read("架空電子は4日、不正アクセスにより顧客情報が流出した可能性があると発表した。").organization()).isEqualTo("架空電子");
        assertThat(read("都内で飲食店を展開するカクウダイニングが、会員の個人情報が流出した可能性があると公表した。").organization())
                .isEqualTo("カクウダイニング");
        // A person speaking is no body: 「山田社長は…と明らかにした」 names no publisher.
        assertThat(read("山田社長は10日、顧客の個人情報が流出した可能性があると明らかにした。").organization()).isNull();
        // A kind of company, or a board by its kind alone, names no one: 「運営会社は」, 「大手旅行会社は」, 「市教委は」.
        assertThat(read("運営会社は10日、会員情報が流出した可能性があると発表した。").organization()).isNull();
        assertThat(read("大手旅行会社は10日、顧客情報が流出したと発表した。").organization()).isNull();
        assertThat(read("市教委は10日、小学校で児童の名簿を紛失したと発表した。").organization()).isNull();
    }

    @Test
    void organizationABodyReportedToOrHeardFromIsAThirdParty() {
        // A notice that speaks only as 本市 or 当社 and names a body only as the one it reported to, or heard from, names
        // no publisher.
        assertThat(read("""
                令和6年5月1日、市民課において、住民票の写しを別の方に交付しました。
                北浜法務局に報告するとともに、関係者に謝罪しました。
                """).organization()).isNull();
        assertThat(read("""
                当社が利用するクラウドサービスにおいて、設定の誤りにより顧客情報が閲覧可能な状態となっていました。
                北浜大学の研究者からの指摘により判明しました。
                """).organization()).isNull();
        // A body the facts name in another role still stands as the last resort.
        assertThat(read("北浜県中小企業協会の職員が、会員30名分の名簿を紛失しました。").organization()).isEqualTo("北浜県中小企業協会");
    }

    @Test
    void vendorAProperNameAfterTheContractorsRoleOrBefore受託() {
        String lead = "架空庁は8日、約500人分の個人情報が流出したおそれがあると発表した。\n";
        // 「委託先のカクウプランニングの」, 「コンサル会社であるカクウプランニングの」, 「事業を受託したカクウプランニングの」,
        // 「委託先の「カクウプランニング」で」: a katakana name with no legal form or trade word, right after the role.
        for (String facts : java.util.List.of("委託先のカクウプランニングのサーバーがランサムウェアに感染した。",
                "業務を委託していた企業が感染した。感染したのはコンサル会社であるカクウプランニングのサーバーだった。",
                "事業を受託したカクウプランニングのサーバーが感染した。",
                "委託先の「カクウプランニング」でサーバーが感染した。",
                "カクウプランニングが受託していた事業の名簿が流出した。")) {
            CaseRecord r = read(lead + facts);
            assertThat(r.vendorInvolved()).as(facts).isTrue();
            assertThat(r.vendorNames()).as(facts).containsExactly("カクウプランニング");
        }
        // 「委託先のシステムが」, 「委託先のスタッフが」: a thing or staff, no name.
        assertThat(read(lead + "委託先のシステムに不正アクセスがあり、委託先のスタッフが気付いた。").vendorNames()).isEmpty();
    }

    @Test
    void vendorAReadingInBracketsAndABranchOfficeAreNoPartOfTheName() {
        // 「「KAKUU(カクウ)北支社」(架空市)の委託先の社員が」: the katakana reading and the office fall away.
        assertThat(read("架空市は10日、市民の個人情報を記録したUSBメモリーを委託業者が紛失したと発表した。給付金の事務を受託している"
                + "「KAKUU(カクウ)北支社」(架空市)の委託先の社員が持ち出した。").vendorNames()).containsExactly("KAKUU");
    }

    @Test
    void organizationAUnitNamedByCommonNounsStandsForTheBodyBeforeIt() {
        // 「北浜村の保健センターは」, 「北浜市の保健センターにおいて」: the unit has no name of its own; the body before の publishes.
        assertThat(read("北浜村の保健センターは、健診結果を誤って別の住民に送付したと明らかにしました。").organization()).isEqualTo("北浜村");
        assertThat(read("北浜市の保健センターにおいて、健診結果を別の方に送付しました。\n深くお詫び申し上げます。").organization())
                .isEqualTo("北浜市");
        // A unit with a name of its own keeps it.
        assertThat(read("北浜市立東浜図書館は10日、利用者30人分の貸出記録を誤って公開したと発表した。").organization())
                .isEqualTo("北浜市立東浜図書館");
    }

    @Test
    void vendorTheRoleInBracketsAfterTheNameAndNews社Once() {
        // 「株式会社カクウ(本市の委託事業者)の」: the bracket gives the contractor's role; the company is no publisher.
        CaseRecord r = read("個人情報の漏えいについて\n\n株式会社カクウ(本市の委託事業者)のサーバーが不正アクセスを受けました。\n"
                + "関係者の皆様に深くお詫び申し上げます。");
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).containsExactly("株式会社カクウ");
        // 「発送業務を委託しているカクウ社から」: one contractor, named once.
        assertThat(read("本市が発送業務を委託しているカクウ社から、封入誤りがあったと報告がありました。").vendorNames())
                .containsExactly("カクウ社");
    }

    @Test
    void organizationAPlaceInBracketsAfterANameIsAnAddress() {
        // 「カクウ(東京都港区)が運営する」: the ward in brackets is where the company sits, not the publisher.
        assertThat(read("カクウ(東京都港区)が運営する通販サイトで、顧客のカード情報が流出した可能性があることが分かった。").organization())
                .isNotEqualTo("港区");
        // A title signed with the body in brackets still names it.
        assertThat(read("個人情報の流出について(北浜町)\n令和6年3月4日に送付した申請書に、別の方の申請書が同封されていたことが判明しました。")
                .organization()).isEqualTo("北浜町");
    }

    @Test
    void vendorTheSubcontractorNamedAfterItsRoleOrTheReEntrustingVerb() {
        // 「印刷を委託している「カクウ印刷」(北浜市)の再委託先「キタハマ」が」: both in the chain.
        assertThat(read("北浜市は10日、印刷を委託している「カクウ印刷」(北浜市)の再委託先「キタハマ」がランサムウェアに感染したと発表した。")
                .vendorNames()).containsExactlyInAnyOrder("カクウ印刷", "キタハマ");
        // 「委託先のカクウから再委託を受けたキタハマの社員が」
        assertThat(read("北浜市は10日、委託先のカクウから再委託を受けたキタハマの社員が書類を紛失したと発表した。").vendorNames())
                .containsExactlyInAnyOrder("カクウ", "キタハマ");
        // 「当会が北浜県協議会より受託している「北浜貸付の特例事業」において」: the quoted work is no company.
        assertThat(read("当会が北浜県協議会より受託している「北浜貸付の特例事業」において、申請書類が所在不明となりました。").vendorNames())
                .isEmpty();
    }

    @Test
    void organizationASignatureKnownByItsHeadOrByAMembersAssociationsName() {
        // 「カクウ電機」 over 「代表取締役社長 架空太郎」: the line under the name gives the body's head.
        assertThat(read("このたび、当社の顧客情報が流出した可能性があります。\n深くお詫び申し上げます。\n\n2024年5月1日\nカクウ電機\n代表取締役社長 架空太郎")
                .organization()).isEqualTo("カクウ電機");
        // 「北浜県中小企業診断士会」 over 「事務局」: an association of members ending in 士会 signs as a body.
        assertThat(read("このたび、当会の会員名簿を誤って送信しました。\n深くお詫び申し上げます。\n\n北浜県中小企業診断士会\n事務局")
                .organization()).isEqualTo("北浜県中小企業診断士会");
        // A head line alone under a sentence names no body.
        assertThat(read("このたび、当社の顧客情報が流出した可能性があります。\n深くお詫び申し上げます。\n代表取締役社長 架空太郎")
                .organization()).isNull();
    }

    @Test
    void organizationTheSenderUnderTheAddressee() {
        // 「お客様各位」 then 「北浜フーズ」 then the title: the sender's line in a letter's header.
        assertThat(read("お客様各位\n北浜フーズ\n不正アクセスによる個人情報流出に関するお詫び\nこのたび、弊社が運営する通販サイトにおいて不正アクセスがありました。")
                .organization()).isEqualTo("北浜フーズ");
        // A sentence under the addressee is no sender.
        assertThat(read("お客様各位\n日頃よりご愛顧いただきありがとうございます。\nこのたび、弊社が運営する通販サイトにおいて不正アクセスがありました。")
                .organization()).isNull();
    }

    // Fifteenth round (reader15a)

    @Test
    void datesYearsCountedFromTheTimeOfWritingNeedAFullDate() {
        // 「本年7月5日」 with no date of the notice and only 「2020年4月から」 (the span of the records): the year of writing is
        // not told, so the day has no year.
        CaseRecord r = read("""
                1 概要
                本年7月5日、当社職員のメールアカウントに第三者が不正にログインしたことが判明しました。
                2 対象
                2020年4月から本年7月までに講座を受講された方の氏名、メールアドレス
                """);
        assertThat(r.discovered()).isNull();
        // 「昨年8月14日」 before 「令和3年2月1日」: the latest full date tells the year of writing.
        CaseRecord s = read("架空町の委託先の担当者が、昨年8月14日、宛先を誤って町の資料をメールで送信しました。"
                + "令和3年2月1日、受信した方からの連絡で誤りが判明しました。");
        assertThat(s.occurred()).isEqualTo("2020-08-14");
    }

    @Test
    void datesAnUpdateStampAboveATitleMarkedAsAddedTo() {
        // 「2026.03.02」 above 「【3/2追記】…」: the page's update; the release's own date line below is the notice's.
        CaseRecord r = read("""
                2026.03.02
                【3/2追記】メール誤送信についてのお詫び
                令和8年2月20日
                架空短期大学
                このたび、本学職員が学生に送信したメールに、別の学生の個人情報が含まれていたことが判明しました。
                令和8年2月18日、学生課が奨学金の案内メールを誤った宛先に送信しました。
                """);
        assertThat(r.published()).isEqualTo("2026-02-20");
        assertThat(r.discovered()).isNull();
    }

    @Test
    void datesADayOfLastMonthInANewsItem() {
        // 「先月28日」 under an article of March: the day is of February, as 「今月5日」 is of March.
        CaseRecord r = read("""
                2025年3月13日 架空日報
                架空病院は12日、外来患者120人分の検査結果を保存したUSBメモリーが見当たらないと発表した。病院によると、先月28日夕方、検査技師が保管庫にメモリーがないことに気付いた。今月5日に院内の捜索を終えた。
                """);
        assertThat(r.published()).isEqualTo("2025-03-12");
        assertThat(r.discovered()).isEqualTo("2025-02-28");
    }

    @Test
    void datesAnEventInsideAFindingReachedThroughItsMeans() {
        // 「…は5月2日から行われていたことが調査により判明」: the means of the finding (調査により) between こと and 判明 leaves
        // the date the event's, not the finding's.
        CaseRecord r = read("""
                2026年5月20日
                架空工房株式会社
                2026年5月9日、当社の会員サイトに不正アクセスがあったことを確認しました。なお、不正アクセスは2026年5月2日から行われていたことが調査により判明しています。
                """);
        assertThat(r.occurred()).isEqualTo("2026-05-02");
        assertThat(r.discovered()).isEqualTo("2026-05-09");
    }

    @Test
    void datesATimelineEntryClosingOnABulkSending() {
        // 「5月7日(火) …に案内メールを一斉送信」: the entry closes on the noun of the sending, the event of a misdelivery.
        CaseRecord r = read("""
                令和6年5月20日
                架空市
                経過
                5月7日(火) 担当職員が申請者30名に案内メールを一斉送信
                5月8日(水) 受信者からの問い合わせにより誤送信が判明
                5月9日(木) 対象者へ謝罪
                """);
        assertThat(r.occurred()).isEqualTo("2024-05-07");
        assertThat(r.discovered()).isEqualTo("2024-05-08");
    }

    @Test
    void datesATimelineEntryClosingOnTheReportReceived() {
        // 「…他人の通知が同封されていたとの連絡」: someone else's papers in the envelope make the mailing the event, and an
        // entry closing on 「との連絡」 is the report received, the finding.
        CaseRecord r = read("""
                令和6年5月20日
                架空町
                経過
                ・5月7日(火) 健康診断結果通知を発送
                ・5月10日(金) 受診者から他人の通知が同封されていたとの連絡
                ・5月13日(月) 対象者へ謝罪、回収
                """);
        assertThat(r.occurred()).isEqualTo("2024-05-07");
        assertThat(r.discovered()).isEqualTo("2024-05-10");
    }

    @Test
    void datesATimelineEntryClosingOnAFirstReport() {
        // 「委託先から市へ第一報」: the contractor's first report to the publisher, the publisher's finding.
        CaseRecord r = read("""
                令和6年7月1日
                架空市
                経緯
                6月20日(木) 委託先の従業員が、誤った宛先に市民の個人情報を含むメールを送信
                6月21日(金) 委託先から市へ第一報
                6月24日(月) 対象者へ謝罪
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-20");
        assertThat(r.discovered()).isEqualTo("2024-06-21");
    }

    @Test
    void datesADigestByTheDateOfTheNoticeItCites() {
        // 「【参考記事】」 then 「…の紛失について(令和6年2月9日)」: the cited notice's title with its date in brackets.
        CaseRecord r = read("""
                児童40名分の名簿が所在不明に【架空市】

                架空市の市立小学校で、児童40名分の氏名と住所が記された名簿が所在不明となっている。
                校内を捜索したが見つかっていないという。

                【参考記事】
                市立小学校における児童名簿の紛失について(令和6年2月9日)
                https://www.example.jp/kakuu/news.html
                """);
        assertThat(r.published()).isEqualTo("2024-02-09");
    }

    @Test
    void datesPapersCarriedOffWhereTheyCouldFall() {
        // 「…を車の屋根に載せたまま車を運転」, 「…をポケットに入れたまま帰宅」: the moment the loss began.
        CaseRecord r = read("""
                2024年6月5日
                架空県教育委員会
                県立高校の教諭が、6月1日(土)、生徒の個人情報が記載された書類を車の屋根に載せたまま車を運転しました。6月2日(日)、書類がないことに気付きました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-01");
        assertThat(r.discovered()).isEqualTo("2024-06-02");
        CaseRecord s = read("""
                2024年6月5日
                架空病院
                6月1日(土)、看護師が患者15人分のメモを白衣のポケットに入れたまま帰宅しました。6月2日(日)、メモがないことに気付きました。
                """);
        assertThat(s.occurred()).isEqualTo("2024-06-01");
    }

    @Test
    void datesATheftToldByItsOwnWords() {
        // 「空き巣が入り」, 「ひったくりに遭い、…を奪われ」: a theft, the event, without 盗難 or 盗まれ.
        assertThat(read("""
                2024年6月5日
                架空社会福祉協議会
                6月1日(土)、職員の自宅に空き巣が入り、利用者20名分の記録が入ったノートパソコンがなくなりました。
                """).occurred()).isEqualTo("2024-06-01");
        assertThat(read("""
                2024年6月5日
                架空社会福祉協議会
                6月1日(土)、職員が帰宅途中にひったくりに遭い、利用者20名分の名簿が入ったバッグを奪われました。
                """).occurred()).isEqualTo("2024-06-01");
    }

    @Test
    void datesAMailSentWithTheAddressesShownSaidOtherwise() {
        // 「メールアドレスを宛先に表示した状態でメールを送信」: every address shown, a misdelivery without 誤; the sending is the event.
        CaseRecord r = read("""
                2024年12月20日 架空大学
                令和6年12月18日(水)、本学職員が学生のメールアドレスを宛先に表示した状態でメールを送信しました。
                【経緯】
                12月18日(水)15時 メール送信
                12月18日(水)16時 学生からの連絡で判明
                """);
        assertThat(r.occurred()).isEqualTo("2024-12-18");
        // 「BCCではなくCCで送信」
        assertThat(read("令和6年12月20日\n架空協会\n令和6年12月18日(水)、事務局が会員40名への案内をBCCではなくCCで送信しました。")
                .occurred()).isEqualTo("2024-12-18");
    }

    @Test
    void datesTheLeadBelowAHeaderDateIsNoTimelineEntry() {
        // A second date line in the header, then 「このたび、…が判明しました。」: the notice's lead, not an entry of that day.
        CaseRecord r = read("""
                2024年6月12日
                架空市
                2024年6月10日
                このたび、市が管理する名簿を紛失したことが判明しました。
                """);
        assertThat(r.discovered()).isNull();
    }

    @Test
    void datesACountOfDaysAfterTheDateBefore() {
        // 「その2日後、…判明」, 「送信から3日後に…判明」: so many days after the sending, not the sending's day.
        assertThat(read("""
                2024年6月10日
                架空市
                6月1日(土)、職員が市民の個人情報を含むメールを誤って送信しました。その2日後、受信者からの連絡で判明しました。
                """).discovered()).isEqualTo("2024-06-03");
        CaseRecord r = read("""
                2024年6月10日
                架空市
                6月1日(土)、職員が市民の個人情報を含むメールを誤って送信しました。送信から3日後に受信者からの連絡で判明しました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-01");
        assertThat(r.discovered()).isEqualTo("2024-06-04");
    }

    // Fifteenth round (reader15c)

    @Test
    void itemsTheNumberOrAddressAPaperWentToByMistakeIsNoItem() {
        // 「FAX番号を誤記載し」: the number the paper was sent to is how it went astray; the paper held name and results.
        CaseRecord r = read("""
                架空県、FAX番号の誤記載で検査関係書類を誤送信
                架空県は、保健所から医療機関へのファクス送信の際、FAX番号を誤記載しました。
                誤送信した書類には、患者1名の氏名と検査結果が記載されていました。
                """);
        assertThat(r.dataItems()).doesNotContain("PHONE").contains("NAME");
        // 「送付先の住所を誤って入力し」: the same for a letter's address.
        assertThat(read("""
                架空市は、送付先の住所を誤って入力したため、通知書1通が別の世帯に届いたと発表した。通知書には氏名と税額が記載されていた。
                """).dataItems()).doesNotContain("ADDRESS").contains("NAME");
        // A phone number the paper held is still an item.
        assertThat(read("""
                誤送信した書類には、患者1名の氏名、電話番号、検査結果が記載されていました。
                """).dataItems()).contains("PHONE");
    }

    @Test
    void typesAnotherPersonInOneWordBetsujin() {
        // 「別人(乙様)宛の登録完了メールが届く」: a mail that reached the wrong person, told with 別人.
        assertThat(read("""
                受験希望者の甲様がアドレスを登録したところ、そのアドレスに別人(乙様)宛の登録完了メールが届くという事案が発生しました。メールには乙様の氏名(カナ)が記載されていました。
                """).incidentTypes()).containsExactly("misdelivery");
        // 「同姓同名の別人へ届いた」
        assertThat(read("架空市の納付書1通が、同姓同名の別人へ届いたことが分かった。納付書には氏名と住所が記載されていた。")
                .incidentTypes()).containsExactly("misdelivery");
        // 別人 as a description, with no sending: no type from it.
        assertThat(read("職員は当初、写真の人物を別人と見誤っていた。").incidentTypes()).doesNotContain("misdelivery");
    }

    @Test
    void itemsWhatTheMeasuresUnderABareHeadingNameAreNoItems() {
        // Page text whose headings lost their marks: 「再発防止の方向性」 alone on its line, then the checks to make.
        CaseRecord r = read("""
                概要
                架空大学は、職員が学生への一斉メールを送る際、宛先をTO欄に入れて送信したと公表しました。
                漏えいした情報
                漏えいしたのはメールアドレスで、合計120件です。
                再発防止の方向性
                - 送信前に宛先欄・添付ファイル・本文の宛名を複数人で確認する
                - 一斉送信は配信システムを使う
                """);
        assertThat(r.dataItems()).containsExactly("EMAIL");
        // 「<今後の対応について>」 in angle brackets heads the measures too; the facts above still count.
        assertThat(read("""
                <影響範囲>
                ・会員番号を含む個人名:20名
                <今後の対応について>
                ・住所と電話番号を記載した名簿は施錠して保管する
                """).dataItems()).containsExactlyInAnyOrder("NAME", "CUSTOMER_ID");
    }

    @Test
    void itemsThePapersNamedAsWhatWasLostOrSentAstray() {
        // 「誤送付したのは、…「源泉徴収票」」: the paper sent astray is what leaked, with no word of holding.
        assertThat(read("""
                架空市で書類の発送ミスがあった。誤送付したのは、臨時職員の賃金に関する「源泉徴収票」だった。
                """).dataItems()).contains("SALARY");
        // 「…診療録の盗難」: the papers stolen.
        assertThat(read("""
                この度、架空市民病院において、廃棄予定だった患者様の診療録の盗難事案が発生いたしました。
                """).dataItems()).contains("MEDICAL");
        // A word of the paper that is no object of the act stays out: 「源泉徴収票の様式を案内した」.
        assertThat(read("架空市は、事業者に源泉徴収票の様式を案内した。").dataItems()).isEmpty();
    }

    @Test
    void itemsRegisteredDomicileAndTheWayToSchoolAreItems() {
        // 「本籍」 begins like 本件 or 本市 but is an item; 「通学経路」 ends like 感染経路 but is one too.
        CaseRecord r = read("""
                誤って提供した資料には、里親登録者の氏名、住所、本籍、受託動機が記載されていました。
                """);
        assertThat(r.dataItemsRaw()).contains("本籍", "受託動機");
        assertThat(read("""
                ファイルには児童の氏名、生年月日、保護者の氏名、住所、通学経路などが記されていた。
                """).dataItemsRaw()).contains("通学経路");
        // 「感染経路」 is still no item.
        assertThat(read("""
                流出した情報は氏名、住所、感染経路の調査結果です。
                """).dataItemsRaw()).doesNotContain("感染経路");
    }

    @Test
    void itemsHeldTellWithKakareAndShirusare() {
        // 「…が書かれていた」: a holding verb as 記載 is; the one glossary item and the plain nouns beside it are items.
        CaseRecord r = read("""
                添付されたファイルの別のシートには、児童数十人分の氏名や学力の評価・性格・家庭環境の情報などの個人情報が書かれていた。
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "OTHER");
        assertThat(r.dataItemsRaw()).contains("性格");
        // One item alone, told with 記され: still read.
        assertThat(read("紛失したメモには、利用者の電話番号が記されていた。").dataItems()).containsExactly("PHONE");
        // Without a holding verb or a word of the data, a lone item word names nothing that leaked.
        assertThat(read("担当者は電話番号を確認してから折り返した。").dataItems()).isEmpty();
    }

    @Test
    void itemsSurnameWrittenMyoji() {
        // 「名字」, 「苗字」: the family name, an item of the name as 姓 is.
        assertThat(read("誤って送信したメールには、保護者の名字が記載されていた。").dataItems()).containsExactly("NAME");
        assertThat(read("誤って送信したメールには、保護者の苗字が記載されていた。").dataItems()).containsExactly("NAME");
    }

    @Test
    void personsTheSubsetAfterUchiWithTheCountedThingBetween() {
        // 「1,500件の会員からのお問い合わせがあり、うち1,400件の個人情報が」: the subset holding personal data, not the total.
        CaseRecord r = read("""
                業者が調べたところ、過去5年間に1,500件の会員からの「お問い合わせ」があり、うち1,400件の個人情報が閲覧可能な状態になっていたことが分かりました。
                """);
        assertThat(r.personsAffected()).isEqualTo(1400);
        // Records named by no one whose they are (「お問い合わせ…うち1,400件の個人情報」) count records, not people.
        assertThat(read("""
                業者が調べたところ、過去5年間に1,500件の架空市への「お問い合わせ」があり、うち1,400件の個人情報が閲覧可能な状態になっていたことが分かりました。
                """).personsAffected()).isNull();
        // A subset of mails, not named as personal data: not taken for the persons over the stated count.
        assertThat(read("""
                会員300名分の氏名とメールアドレスが漏えいしました。送信したメールは20件あり、うち5件は届いていません。
                """).personsAffected()).isEqualTo(300);
    }

    @Test
    void personsAccidentsCountedInKenAreNoPeople() {
        // 「3件の個人情報に関連する事故」: three accidents, not three people; the count of the one that names people stands.
        CaseRecord r = read("""
                架空市で、発送ミスなど3件の個人情報に関連する事故が発生した。うち1件では、職員が利用者12名分の氏名と住所を記載した名簿を紛失した。
                """);
        assertThat(r.personsAffected()).isEqualTo(12);
        // 「100件の個人情報が流出する事故」: the records of the accident are counted.
        assertThat(read("架空社で、顧客100件の個人情報が流出する事故が起きた。").personsAffected()).isEqualTo(100);
    }

    @Test
    void typesPublishedWithThePersonalDataLeftIn() {
        // 「個人情報が含まれた状態で公開していた」, 「個人情報を削除しないまま掲載した」: a publication mistake.
        assertThat(read("架空学会は、会員向けの資料を、会員の個人情報が含まれた状態で公開していたと発表した。").incidentTypes())
                .containsExactly("wrong_publication");
        assertThat(read("架空町は、入札の案内ページに、町民の個人情報を削除しないまま名簿を掲載していた。").incidentTypes())
                .containsExactly("wrong_publication");
        // Beside a mail sent astray in the same notice, the publication still counts.
        assertThat(read("""
                架空学会は、2件の情報発信において、会員の個人情報が含まれた状態で公開していたと発表した。
                1件目では、理事が会員名簿を添付したメールを誤送信した。
                """).incidentTypes()).contains("wrong_publication", "misdelivery");
        // A paper kept with the data in it, not put online: no publication.
        assertThat(read("職員は、個人情報が記載されたままの書類を机の上に置いていた。").incidentTypes())
                .doesNotContain("wrong_publication");
    }

    @Test
    void typesASettingLeftShortToldWithGa() {
        // 「アクセス制限の設定が不完全だった」: a setting mistake, which the page viewable by anyone came from.
        assertThat(read("""
                架空市のホームページで、問い合わせの内容が閲覧可能な状態になっていた。システム更新の際、業者によるアクセス制限の設定が不完全だったことが原因です。
                """).incidentTypes()).containsExactly("misconfiguration");
    }

    @Test
    void typesAThingThatWentMissingToldIntransitively() {
        // 「USBメモリ4本のうち1本がなくなっていた」: a loss told with なくなる, no 紛失 in the text.
        assertThat(read("架空中学校で、教員が共用するUSBメモリ4本のうち1本がなくなっていたことが分かった。生徒の氏名が保存されていた。")
                .incidentTypes()).containsExactly("loss_theft");
        // 「不安がなくなった」: no thing went missing.
        assertThat(read("説明会の後、保護者の不安がなくなったという。").incidentTypes()).isEmpty();
    }

    @Test
    void itemsAnAllowanceAndAUnitHeadAreNoItems() {
        // 「児童扶養手当」 names an allowance, not the family; 「所属長」 is the head of a unit, not an affiliation.
        CaseRecord r = read("""
                架空町の窓口で、通知書1通を別の世帯に誤って郵送した。通知書には受給者の氏名、住所、児童扶養手当の支給額、所属長の承認印が記載されていた。
                """);
        assertThat(r.dataItems()).doesNotContain("FAMILY", "WORKPLACE").contains("NAME", "ADDRESS");
        // 扶養 and 所属 as items still count.
        assertThat(read("書類には氏名、扶養の状況、所属が記載されていた。").dataItems()).contains("FAMILY", "WORKPLACE");
    }

    @Test
    void personsGroupsListedWithCommasBeforeWhoseDataTheyAre() {
        // 「児童120人、保護者80人、来賓15人の氏名」: the groups of a list, summed (as with と or 及び).
        assertThat(read("架空市は、児童120人、保護者80人、来賓15人の氏名が記載された名簿を紛失したと発表した。").personsAffected())
                .isEqualTo(215);
        // 「…と…と…」: a third group joined with と is summed too.
        assertThat(read("架空市は、児童120人と保護者80人と来賓15人の氏名が記載された名簿を紛失したと発表した。").personsAffected())
                .isEqualTo(215);
        // A comma list that does not close on whose data it is (those who came) is no sum of the affected.
        assertThat(read("""
                架空市は、児童30人分の氏名が記載された名簿を紛失したと発表した。説明会には保護者20人、教員5人が出席した。
                """).personsAffected()).isEqualTo(30);
    }

    @Test
    void personsApproxWithYoAlone() {
        // 「12万人余の」: 余 alone, as news writes 余り, makes the count approximate.
        CaseRecord r = read("架空市は、市民12万人余の氏名と住所が記録されたUSBメモリを紛失したと発表した。");
        assertThat(r.personsAffected()).isEqualTo(120000);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
    }

    @Test
    void itemsToInsideAWordIsNoJoiner() {
        // 「貼ったことにより」: the と of こと splits no list; 「送付票」 is how it happened, not an item.
        CaseRecord r = read("""
                本年2月の配送分の一部で、送付票を二重に貼ったことにより、送付先の住所・氏名とは別の方の住所・氏名が見える状態になっていました。
                """);
        assertThat(r.dataItemsRaw()).doesNotContain("送付票");
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS");
        // 「住民となった年月日」: the と of となる joins no nouns.
        assertThat(read("保存されていた情報は、氏名、住所、住民となった年月日などです。").dataItemsRaw()).doesNotContain("住民");
        // A list joined with と after a noun still splits.
        assertThat(read("名簿には氏名と住所と緊急連絡先が記載されていた。").dataItemsRaw()).contains("緊急連絡先");
    }

    @Test
    void personsPostsAndDisseminationsCountedInKenAreNoPeople() {
        // 「3件の情報発信において」: three postings, not three people.
        assertThat(read("架空学会は、理事による3件の情報発信において、会員の個人情報が含まれた状態で公開していたと発表した。").personsAffected())
                .isNull();
    }

    // After the fifteenth round's merge

    @Test
    void datesABareTimelineDateUnderAPagesUpdateLineIsNoReleaseDate() {
        // 「更新日:」 over the title, then the body's timeline: its first bare date is the event's, not the release's.
        CaseRecord r = read("""
                更新日:2024年8月1日
                個人情報を含む通知書の誤送付について(保険年金課)
                保険年金課において、通知書を誤送付した事案が発生しましたので公表いたします。
                1 経緯
                令和6年(2024年)5月7日(火曜日)
                職員が、被保険者2名に対する通知書を互いに入れ違えて送付した。
                同月9日(木曜日)
                被保険者から、別人宛ての通知書が届いた旨の連絡を受ける。
                """);
        assertThat(r.published()).isEqualTo("2024-08-01");
        assertThat(r.occurred()).isEqualTo("2024-05-07");
        assertThat(r.discovered()).isEqualTo("2024-05-09");
    }

    // Sixteenth round (reader16c)

    @Test
    void personsRecordsCountedWithoutWhoseTheyAreAreNoPeople() {
        // 「計約2万件のデータ」: data records (pictures and names together), not people, though the sentence names students.
        assertThat(read("架空大学は、学生の氏名や写真など計約2万件のデータが外部に流出した可能性があると発表した。").personsAffected()).isNull();
        // 「個人情報860件」 with nobody named whose they are: records, not people.
        assertThat(read("架空町のサーバーに不正アクセスがあり、個人情報860件が閲覧可能な状態でした。").personsAffected()).isNull();
        // 「利用者860件」: the records of a group of people, one each.
        assertThat(read("架空町のサーバーに不正アクセスがあり、利用者860件の個人情報が閲覧可能な状態でした。").personsAffected()).isEqualTo(860);
        assertThat(read("架空高校で、卒業生の情報計320件を記録したUSBメモリを紛失した。").personsAffected()).isEqualTo(320);
    }

    @Test
    void personsOnePersonsPaperSentAstrayWithNoNumber() {
        // 「納付書1通を、誤って別の方に送付」: one paper of one person went astray.
        assertThat(read("架空市は、市民の個人情報を含む納付書1通を、誤って別の方に送付したと発表した。").personsAffected()).isEqualTo(1);
        // 「別の利用者の明細書が入っていた」: another person's paper, no number told.
        assertThat(read("""
                架空町の施設から届いた封筒に、別の利用者の利用明細書が入っていたと連絡がありました。
                明細書には氏名と住所が記載されていました。
                """).personsAffected()).isEqualTo(1);
        // Data of others told with no number, not on a paper of one person: no count.
        assertThat(read("架空町は、他の利用者の個人情報を含むデータを誤って送信したと発表した。").personsAffected()).isNull();
        // Several papers astray, counted as cases: not one person.
        assertThat(read("架空町は、別の対象者の通知書を誤って同封したと発表した。12件で誤送付の可能性があり、うち5件で誤りを確認した。")
                .personsAffected()).isNotEqualTo(1);
    }

    @Test
    void personsGroupsInATableAreSummedAndItsTotalRowIsTaken() {
        // A page's table as text: one group a row, its count in the next cell; no total stated, so the sum.
        assertThat(read("""
                架空町は、受講者名簿を紛失しました。名簿に記載された個人情報は次のとおりです。
                区分 | 人数 |
                ---|---|
                受講者 | 27名 |
                保護者 | 21名 |
                """).personsAffected()).isEqualTo(48);
        // A total row under the groups is the count, not one more group to add.
        assertThat(read("""
                架空町は、受講者名簿を紛失しました。名簿に記載された個人情報は次のとおりです。
                | 区分 | 人数 |
                | 受講者 | 27名 |
                | 保護者 | 21名 |
                | 合計 | 48名 |
                """).personsAffected()).isEqualTo(48);
    }

    @Test
    void typesCredentialsStolenThenDataOpenToViewIsATakeover() {
        // 「…IDとパスワードを盗み取られ、…閲覧できる状態になっていた」: an account taken over; the state open to view is
        // the intruder's doing, no publication mistake.
        assertThat(read("""
                架空病院の職員が偽のメールに応じ、業務用ストレージのIDとパスワードを盗み取られたため、患者30名の氏名が第三者から閲覧できる状態になっていました。
                """).incidentTypes()).containsExactly("account_takeover");
    }

    @Test
    void personsAddressesShownCountedWithAllOfThemOrAfterAnAsciiComma() {
        // 「…「To」で送信したため,64件すべてのメールアドレスを受信者が閲覧できる状態」: an ASCII comma as the clause's comma,
        // then all the addresses shown; the children counted before them are not whose addresses they were.
        assertThat(read("""
                架空市の講座に申し込んだ児童80人の保護者64件のメールアドレス宛に案内を送る際,誤って「To」で送信したため,64件すべてのメールアドレスを受信者が閲覧できる状態になりました。
                """).personsAffected()).isEqualTo(64);
        // 「…にお住まいの方3,120件」: records counted in 件 of people called 方.
        assertThat(read("""
                メールアドレスが流出した対象者
                架空町へ寄附をされた県内にお住まいの方3,120件。
                """).personsAffected()).isEqualTo(3120);
    }

    @Test
    void itemsQualifiedByTheirYearAfterNohokaYa() {
        // 「氏名、住所のほか、口座番号の一部や本年度の返済予定額」: the year qualifies the item; 返済予定額 is one.
        assertThat(read("架空市から届いた書類には、氏名、住所のほか、口座番号の一部や本年度の返済予定額が記載されていた。").dataItemsRaw())
                .contains("返済予定額");
    }

    @Test
    void personsAccountsAndDataRecordsNamedAtTheirCountAreNoPeople() {
        // 「会員アカウント900件」, 「検査データ約450件」: accounts and data records, though the sentence names whose.
        assertThat(read("不正ログインにより、会員アカウント900件に第三者がログインした形跡がありました。").personsAffected()).isNull();
        assertThat(read("架空病院でUSBメモリを紛失し、患者の検査データ約450件が保存されていました。").personsAffected()).isNull();
        // 「職員2名のメールアカウントが乗っ取られ、約1,800件の迷惑メールが送信」: the staff whose accounts were taken, not the mails.
        assertThat(read("架空町は、職員2名のメールアカウントが乗っ取られ、約1,800件の迷惑メールが送信されたと発表した。").personsAffected())
                .isEqualTo(2);
        // Records of customers named as personal data still count them.
        assertThat(read("架空社で、顧客1,000件の個人データが流出した可能性があります。").personsAffected()).isEqualTo(1000);
    }

    @Test
    void personsApproximateOrBoundedCountsInOtherWords() {
        // おおむね, 近く, を上回る, 少なくとも before the group, and 「…分の個人情報のうち一部」 make the count approximate or a bound.
        assertThat(read("架空町は、町民おおむね250人分の個人情報が流出した可能性があると発表した。").personsIsUpperBoundOrApprox()).isTrue();
        assertThat(read("架空町は、町民250人近くの個人情報が流出した可能性があると発表した。").personsIsUpperBoundOrApprox()).isTrue();
        assertThat(read("架空町は、少なくとも町民250人分の個人情報が流出したと発表した。").personsIsUpperBoundOrApprox()).isTrue();
        CaseRecord r = read("架空町は、町民250人分の個人情報のうち一部が流出した可能性があると発表した。");
        assertThat(r.personsAffected()).isEqualTo(250);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
        assertThat(read("架空町は、町民250人分の個人情報が流出したと発表した。").personsIsUpperBoundOrApprox()).isFalse();
    }

    @Test
    void personsOneVictimToldWithoutANumber() {
        // 「来庁者の女性の氏名と電話番号が書かれたメモ」: one person, told by who she is.
        assertThat(read("架空町は、職員が来庁者の女性の氏名と電話番号が書かれたメモを紛失したと発表した。").personsAffected()).isEqualTo(1);
        assertThat(read("架空町は、ある生徒の成績が記載された書類を別の生徒の保護者に渡したと発表した。").personsAffected()).isEqualTo(1);
        // The one who did it is no victim: 「男性職員が」.
        assertThat(read("架空町は、男性職員が名簿を紛失したと発表した。").personsAffected()).isNull();
        assertThat(read("架空町は、名簿を持ち出した元職員の男性の氏名を公表していない。").personsAffected()).isNull();
    }

    @Test
    void personsCategoryBreakdownsInOtherShapesAreSummed() {
        // Bulleted lines counting the records of groups of people.
        assertThat(read("""
                架空医院に不正アクセスがありました。
                流出した可能性のある個人情報
                ・患者情報 2,345件
                ・職員情報 120件
                """).personsAffected()).isEqualTo(2465);
        // Two groups' records one after the other in a sentence.
        assertThat(read("架空医院に不正アクセスがあり、流出の可能性があるのは、患者2万345件と、医院職員120件の個人情報です。").personsAffected())
                .isEqualTo(20465);
        // A breakdown on one line, a colon between each group and its count, nothing after.
        assertThat(read("""
                架空町は名簿を紛失しました。
                (内訳)児童:64名、保護者:51名
                """).personsAffected()).isEqualTo(115);
        // Unbulleted lines that are nothing but a group and its count.
        assertThat(read("""
                架空町は名簿を紛失しました。
                紛失した名簿の内訳
                4年生 22名
                5年生 25名
                """).personsAffected()).isEqualTo(47);
        // A comma list followed by what they did is no breakdown of whose data it was.
        assertThat(read("架空町の名簿の紛失について説明会を開き、保護者60名、児童12名が出席した。").personsAffected())
                .isNotEqualTo(72);
    }

    @Test
    void personsCountUnderALongerHeading() {
        // 「漏えい等が発生した個人情報の件数」 then 「 1件」 on the line under it.
        assertThat(read("""
                架空町はメールを誤送信しました。
                (3)漏えい等が発生した個人情報の件数
                 1件
                """).personsAffected()).isEqualTo(1);
        // 「漏えい件数」 then 「個人情報 3件」: what is counted named again before the figure.
        assertThat(read("""
                架空町はメールを誤送信しました。
                漏えい件数
                個人情報 3件
                """).personsAffected()).isEqualTo(3);
        // A heading that counts bodies is no count of people.
        assertThat(read("""
                架空社に不正アクセスがありました。
                影響を受けた取引先の件数
                12件
                """).personsAffected()).isNull();
    }

    // Sixteenth round (reader16b)

    @Test
    void vendorTheCorporationRunningTheInstitutionIsNoContractor() {
        // 「大学を運営する学校法人…によると」: the school's own corporation speaks; it publishes, it is no contractor.
        CaseRecord r = read("""
                架空学院大学(架空県)は20日、受験生ら30人の成績を記載した書類を職員が紛失したと発表した。
                大学を運営する学校法人架空学院によると、職員が5日に電車内で書類を入れた袋を置き忘れたという。
                """);
        assertThat(r.vendorInvolved()).isFalse();
        assertThat(r.vendorNames()).isEmpty();
        // 「…と発表した。運営する医療法人…は」: the operator of the hospital just named opens the next sentence.
        CaseRecord h = read("""
                北浜町の「架空病院」は3日、電子カルテに不正アクセスがあり患者の情報が流出した可能性があると発表した。運営する医療法人社団架空会は「被害の確認を急ぐ」としている。
                """);
        assertThat(h.vendorInvolved()).isFalse();
        // A company running a site for the publisher is still its contractor.
        CaseRecord v = read("架空市は、申込サイトを運営する株式会社架空システムのサーバーが不正アクセスを受けたと発表した。");
        assertThat(v.vendorNames()).containsExactly("株式会社架空システム");
    }

    @Test
    void organizationPrefectureTagOnANewsHeadlineIsNoPublisher() {
        // 「…流出【架空県】」: a news site's region tag; the lead names the town.
        CaseRecord r = read("""
                保育園からの連絡メールを誤送信 アドレス40件が流出【架空県】
                架空県北浜町で6月2日、町内の保育園から保護者に送ったメールの宛先が互いに見える状態になった。
                同町によると、保育園の職員が宛先を「CC」で入力したという。
                """);
        assertThat(r.organization()).isEqualTo("北浜町");
    }

    @Test
    void organizationSiteNameAfterTheTitleSeparator() {
        // 「…について | 架空市」: the page's title line closes on its site's name.
        assertThat(read("""
                個人情報を含む書類の紛失について | 架空市
                このたび、市が保管していた申請書3人分を紛失しました。深くお詫び申し上げます。
                """).organization()).isEqualTo("架空市");
        assertThat(read("""
                メールの誤送信による個人情報の漏えいについて - 架空工業大学
                本学職員が学生20名にメールを送信する際、宛先を誤りました。
                """).organization()).isEqualTo("架空工業大学");
        // 「公式ホームページ」 after the name is the site, not the name.
        assertThat(read("""
                通知書の誤送付について|架空町公式ホームページ
                町が送付した通知書に、別の方の通知書が同封されていました。
                """).organization()).isEqualTo("架空町");
        // A news site's name after the separator is the press: the text says only 本市.
        assertThat(read("""
                個人情報の漏えいについて | 架空ニュース
                本市職員が書類を紛失しました。
                """).organization()).isNull();
    }

    @Test
    void organizationBureauOnTheReleaseDateLine() {
        // 「発表日:… 健康福祉局」: the bureau that releases the page, on its release-date line.
        assertThat(read("""
                報道発表資料
                発表日:2030年5月15日 健康福祉局
                本市において、通知書10通を誤って送付する事案が発生しました。
                """).organization()).isEqualTo("健康福祉局");
        assertThat(read("""
                2030年5月15日 架空局
                通知書10通を誤って送付する事案が発生しました。お詫び申し上げます。
                """).organization()).isEqualTo("架空局");
    }

    @Test
    void organizationBodyWithoutTheDeskThatWrote() {
        // 「架空市教育委員会学校教育課」 over the text: the board publishes, its desk wrote.
        assertThat(read("""
                市立中学校における個人情報を含む書類の紛失について
                架空市教育委員会学校教育課
                市立中学校において、生徒30人分の名簿を紛失しました。
                """).organization()).isEqualTo("架空市教育委員会");
        // A municipality's board is named without its prefecture, and without its desk.
        assertThat(read("""
                架空県北浜市教育委員会学務課
                個人情報の漏えいについて
                """).organization()).isEqualTo("北浜市教育委員会");
        assertThat(OrganizationRules.withoutDesk("一般社団法人架空協会事務局")).isEqualTo("一般社団法人架空協会");
        // 「学校教育課」 is a desk of the board, not a school; 「架空大学病院」 keeps its hospital.
        assertThat(OrganizationRules.withoutDesk("架空市教育委員会学校教育課")).isEqualTo("架空市教育委員会");
        assertThat(OrganizationRules.withoutDesk("架空大学病院医事課")).isEqualTo("架空大学病院");
        assertThat(OrganizationRules.withoutDesk("架空市水道局")).isEqualTo("架空市水道局");
    }


    @Test
    void organizationBureauUnderTheReleaseDateLine() {
        // 「発表日:…」 then 「健康福祉局」: a bureau alone under the release date releases the page.
        assertThat(read("""
                報道発表資料
                発表日:2030年5月15日
                健康福祉局
                本市において、通知書10通を誤って送付する事案が発生しました。
                """).organization()).isEqualTo("健康福祉局");
        // A bare date at the page's top is its release date too; the bureau keeps its desk.
        assertThat(read("""
                令和7年5月15日
                環境局環境保全課
                通知書10通を誤って送付しました。
                """).organization()).isEqualTo("環境局環境保全課");
    }


    @Test
    void organizationShortUniversitySpelledOutInTheText() {
        // 「架空大病院」 in a digest's title, 「架空大学病院の職員が」 in the text: the name as spelled out.
        assertThat(read("""
                【事件簿#2030-001】架空大病院 メールアカウントの不正使用について
                令和5年12月27日、架空大学病院の職員のメールアカウントが不正に使用されたことが判明しました。
                """).organization()).isEqualTo("架空大学病院");
        // Not spelled out anywhere: the name stays as the text gives it.
        assertThat(read("架空大病院は25日、院内のシステムに不正アクセスがあったと明らかにした。").organization()).isEqualTo("架空大病院");
    }


    @Test
    void organizationABodyTheDataWasSentToIsNoPublisher() {
        // 「北浜相談センターに提供する際」: where the data went; the text names its publisher only as 県.
        assertThat(read("""
                県は、事業の対象者名簿を誤って送ったと明らかにした。
                県によりますと、委託先の職員が一部の人の情報を北浜相談センターに提供する際、全員のデータを送ったということです。
                """).organization()).isNull();
    }


    @Test
    void organizationATitleOpenedByTheBodyWhereItHappened() {
        // 「架空町社会福祉協議会における…について」: the title names the body; the text speaks only as 本会.
        assertThat(read("""
                架空町社会福祉協議会における個人情報の誤送付について(お詫び)
                本会において、通知を誤って送付しました。
                """).organization()).isEqualTo("架空町社会福祉協議会");
        // A tag before it, and a company's legal form in it: the name, not the whole title.
        assertThat(read("""
                【お詫び】架空商事株式会社における不正アクセスについて
                当社サーバーに不正アクセスがありました。
                """).organization()).isEqualTo("架空商事株式会社");
        // 「本市における」, 「市立小学校における」 name no one.
        assertThat(read("""
                本市における個人情報の漏えいについて
                市職員が書類を紛失しました。
                """).organization()).isNull();
    }


    @Test
    void organizationNewsOpeningOnTheBodyWhoseLapseCameToLight() {
        // 「…の架空信用金庫が、…を紛失していたことが分かった」: the body the news opens on publishes.
        assertThat(read("架空県・北浜市の架空信用金庫が、顧客300人分の書類を紛失していたことが分かった。").organization())
                .isEqualTo("架空信用金庫");
        // 「県が、…ことがわかりました」: the text names no one but 県.
        assertThat(read("県が、名簿を誤って送信したことがわかりました。").organization()).isNull();
    }

    @Test
    void organizationALegalFormAloneNamesNoOne() {
        // 「同施設を管理している社会福祉法人では」: the kind of corporation, not its name.
        assertThat(read("""
                架空区立の施設において、利用者の情報が所在不明になっていることがわかった。
                同施設を管理している社会福祉法人では、利用者に謝罪を進めている。
                """).organization()).isNull();
    }

    @Test
    void vendorACorporationTakingOnTheWorkByItsLegalForm() {
        // 「事業を受託しているNPO法人が」: the contractor named by its legal form alone.
        assertThat(read("架空市は、市から事業を受託しているNPO法人が書類を紛失したと発表した。").vendorInvolved()).isTrue();
    }


    @Test
    void organizationAFirmTheNoticeActsOnIsNotItsVoice() {
        // 「当社は、…株式会社架空セキュリティに調査を委託しました」: the only company named is the investigator it engaged.
        CaseRecord r = read("当社は、外部の専門会社である株式会社架空セキュリティに調査を委託しました。");
        assertThat(r.organization()).isNull();
        assertThat(r.vendorInvolved()).isFalse();
        // A company whose staff did it still names the publisher when nothing else does.
        assertThat(read("株式会社架空商会の社員がUSBメモリを紛失しました。").organization()).isEqualTo("株式会社架空商会");
    }

    @Test
    void vendorAFirmEntrustedWithTheInvestigationIsNoVendor() {
        // 「フォレンジック調査を…に委託し」: an investigator, not an involved vendor.
        CaseRecord r = read("当社は、フォレンジック調査を株式会社架空セキュリティに委託し、調査を進めております。");
        assertThat(r.vendorNames()).isEmpty();
        assertThat(r.vendorInvolved()).isFalse();
        // A survey taken on as the work (調査業務, 調査票) is a contract like any other.
        assertThat(read("架空市は、調査業務を委託している株式会社架空コンサルのサーバーが不正アクセスを受けたと発表した。").vendorNames())
                .containsExactly("株式会社架空コンサル");
        assertThat(read("架空県は、経営実態調査票の発送業務を委託している株式会社架空印刷が封入を誤ったと発表した。").vendorNames())
                .containsExactly("株式会社架空印刷");
    }


    @Test
    void organizationASignatureLineWithTheHeadsTitleAndName() {
        // 「架空町教育委員会 教育長 山田 太郎」 under the text: the board signs.
        assertThat(read("""
                本校において、生徒の名簿を紛失しました。深くお詫び申し上げます。
                令和6年5月1日
                架空町教育委員会 教育長 山田 太郎
                """).organization()).isEqualTo("架空町教育委員会");
        // In a letterhead too, for a body without a legal form.
        assertThat(read("""
                関係者各位
                架空大学 学長 山田 太郎
                個人情報の漏えいについてのお詫び
                本学において、名簿を紛失しました。
                """).organization()).isEqualTo("架空大学");
    }


    @Test
    void organizationSiteNameAtTheRootOfTheBreadcrumb() {
        // 「架空市トップ > 市政 > …」: the breadcrumb's first crumb is the home of the body's site.
        assertThat(read("""
                架空市トップ > 市政 > 報道発表 > 個人情報の漏えいについて
                生活援護室において、メールを誤送信しました。
                """).organization()).isEqualTo("架空市");
        // 「ホーム > …」 names no one, and the lead's desk alone names no body.
        assertThat(read("""
                ホーム > 市政情報 > 記者発表 > 個人情報の漏えいについて
                生活援護室において、メールを誤送信しました。
                """).organization()).isNull();
    }


    @Test
    void organizationAReadingInBracketsInsideTheName() {
        // 「架空県北浜(きたはま)町は」: news gives the reading inside the name; the lead names 北浜町, not the contractor below.
        assertThat(read("""
                架空県北浜(きたはま)町は5月18日、住民の個人情報が流出したと発表した。
                流出元のパソコンは、架空計算センター(以下、KCC)に勤めていた元従業員の私物。
                """).organization()).isEqualTo("北浜町");
        // A reading after a name that ends there is kept as it is (nothing follows it inside the name).
        assertThat(NoticeText.normalise("株式会社 東北浜(ひがしきたはま)\n")).contains("(ひがしきたはま)");
    }


    @Test
    void organizationAHeadlineThenItsPlaceIsNoNameLine() {
        // 「名簿紛失で謝罪 架空市」: a news headline and its place; the whole line is no organisation's name.
        assertThat(read("""
                名簿紛失で謝罪 架空市
                架空市は12日、名簿を紛失したと発表した。
                """).organization()).isEqualTo("架空市");
        // A body and its desk, or a shop and its branch, still sign as the body.
        assertThat(read("""
                架空大学 学生課
                名簿を紛失しました。
                """).organization()).isEqualTo("架空大学");
    }


    @Test
    void organizationTheBodyOfTheKindTheNoticeSpeaksAs() {
        // 「当センター」 in the text, 「発生場所:架空州立大学連合日本センター 事務局内」: the centre speaking is that centre.
        assertThat(read("""
                当センターで実施している英語講座において、個人情報が流出いたしました。
                  2. 発生場所:架空州立大学連合日本センター 事務局内
                """).organization()).isEqualTo("架空州立大学連合日本センター");
        // 「当院」 and a hospital the notice reported to: no publisher named.
        assertThat(read("当院において名簿を紛失しました。紹介先の架空総合病院に報告しました。").organization()).isNull();
        // A field's label before the name (Kuromoji reads the colon as a noun) is no part of it.
        assertThat(read("""
                当院において名簿を紛失しました。
                お問い合わせ:架空中央病院 総務課
                """).organization()).isEqualTo("架空中央病院");
    }

    // Sixteenth round (reader16a)

    @Test
    void datesATaxFormIsNoReportReceived() {
        // 「申告書を…保管した」: 申告書 is a form; an entry telling where it was put away is no finding of the loss.
        CaseRecord r = read("""
                書類の紛失について
                架空県税事務所において、申告書2名分を紛失しました。
                2 経緯
                令和5年4月12日(水曜日)
                ・申告書を簿冊から取り出し、課内の共有キャビネットに保管した。
                令和5年4月20日(木曜日)
                ・担当者が書類を確認しようとしたところ、所在不明であることが判明した。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2023-04-20");
        // A report made by someone (申告があり) is still one.
        assertThat(read("令和5年4月20日、利用者から書類が届いていないとの申告があり、紛失が判明しました。").discovered())
                .isEqualTo("2023-04-20");
    }

    @Test
    void datesAReportOfNothingGoneWrongIsNoFinding() {
        // 「…を送付するとの連絡があり」: the report says what will be sent, nothing wrong; the day is no discovery.
        CaseRecord r = read("""
                申請書の所在不明について
                架空市福祉課において、申請書1名分が所在不明となっています。
                令和6年9月2日、県から申請書を送付するとの連絡があり、受領後に課内の棚に保管した。
                """);
        assertThat(r.discovered()).isNull();
        // A report that someone else's paper came is the finding.
        CaseRecord wrong = read("""
                通知書の誤送付について
                令和6年9月2日 通知書を発送
                令和6年9月4日 受け取った方から別の方の通知書が同封されていたとの連絡
                """);
        assertThat(wrong.discovered()).isEqualTo("2024-09-04");
    }

    @Test
    void datesAListMarkInsideARunTogetherLineOpensATimelineEntry() {
        // An excerpt whose lines ran together: 「○」 after a space opens the entry the date heads, so the list of items
        // before it is not the date's clause; the entry only tells where papers were put away, which dates no loss.
        CaseRecord r = read("架空府税事務所において、申立書を紛失するという事案が発生しました。 1.記載されていた個人情報 "
                + "・A氏の氏名、住所 ・B氏の氏名、住所 2.経緯 ○令和5年4月12日(水曜日) ・他の事務所から書類を送付するとの連絡があり、"
                + "申立書を簿冊から取り出し、共有キャビネットに保管した。 ○令和5年4月17日(月曜日) ・書類一式が到着したため、共有キャビネットに保管");
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isNull();
        // The mark heads a finding just as well.
        CaseRecord found = read("架空町において書類を紛失しました。 経緯 ○令和5年6月2日 ・担当者が棚を確認したところ、書類が所在不明であることが判明した。");
        assertThat(found.discovered()).isEqualTo("2023-06-02");
    }

    @Test
    void datesAReleaseLineNamingItsBureauInBracketsOrWithHappyou() {
        // 「(令和6年5月10日 環境局)」, 「令和6年5月10日 架空県福祉保健局発表」: the release's date and its bureau.
        CaseRecord bracketed = read("""
                通知書の誤送付について
                (令和6年5月10日 環境局)
                架空市において、通知書を別の方に誤って送付しました。
                5月7日に発送し、5月9日に受け取った方からの連絡で判明しました。
                """);
        assertThat(bracketed.published()).isEqualTo("2024-05-10");
        assertThat(bracketed.occurred()).isEqualTo("2024-05-07");
        CaseRecord announced = read("""
                通知書の誤送付について
                令和6年5月10日 架空県福祉保健局発表
                5月7日に発送し、5月9日に受け取った方からの連絡で判明しました。
                """);
        assertThat(announced.published()).isEqualTo("2024-05-10");
        assertThat(announced.discovered()).isEqualTo("2024-05-09");
    }

    @Test
    void datesATimelineRightUnderTheTitleIsNoReleaseDate() {
        // The title, then 「令和6年9月10日(火曜日)」 over an entry told as a sentence, then a later day over another: the first
        // date opens the timeline; it is no release date, and the later finding is not dropped as coming after it.
        CaseRecord r = read("""
                健診票の紛失について
                架空市
                令和6年9月10日(火曜日)
                担当職員が健診票を受け取り、鍵付きの書庫に収納した。
                令和6年9月24日(火曜日)
                健診票が書庫にないことに気付き、課内を捜索したが発見に至らなかった。
                """);
        assertThat(r.published()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-09-24");
        // A release's own date over an earlier timeline still dates the release.
        CaseRecord released = read("""
                通知書の誤送付について
                令和6年9月30日
                架空市
                令和6年9月10日(火曜日)
                職員が通知書を誤った宛先に郵送した。
                令和6年9月12日(木曜日)
                受け取った方からの連絡で判明した。
                """);
        assertThat(released.published()).isEqualTo("2024-09-30");
        assertThat(released.discovered()).isEqualTo("2024-09-12");
    }

    @Test
    void datesAPapersMissingStateToldWithTheCopulaIsTheFinding() {
        // 「…最後に確認したのは3月1日で、3月8日に所在不明であることが判明」: a state found as it stood (である, like ている);
        // the day is the finding's, and when the papers went missing is not told.
        CaseRecord r = read("""
                書類の紛失について
                架空市
                当該書類を最後に確認したのは2024年3月1日で、3月8日に所在不明であることが判明しました。
                """);
        assertThat(r.occurred()).isNull();
        assertThat(r.discovered()).isEqualTo("2024-03-08");
    }

    @Test
    void datesAReleaseLineWithItsHourOrBracketsOrTheBureausSection() {
        // 「令和6年10月9日 午後2時 保健福祉局」, 「【令和6年10月9日 保健福祉局】」, 「令和6年10月9日 保健福祉局 健康推進課」:
        // the release's date with the bureau that issued it; the body's year-less dates take its year.
        for (String line : java.util.List.of("令和6年10月9日 午後2時 保健福祉局", "【令和6年10月9日 保健福祉局】", "令和6年10月9日 保健福祉局 健康推進課")) {
            CaseRecord r = read("通知書の誤送付について\n" + line
                    + "\n9月30日に通知書を誤って別の方に郵送し、10月2日に受け取った方からの連絡で判明しました。\n");
            assertThat(r.published()).as(line).isEqualTo("2024-10-09");
            assertThat(r.occurred()).as(line).isEqualTo("2024-09-30");
        }
        // A timeline's day in brackets with its weekday names no bureau: no release date.
        assertThat(read("""
                個人情報の流出について
                【令和6年6月6日 木曜日】
                委託事業者から本市に対し、ランサムウェアの被害を受けた旨の報告を受ける。
                """).published()).isNull();
    }

    @Test
    void datesATimelineDayInBracketsOnALineOfItsOwnHeadsTheEntryBelow() {
        // 「【令和6年6月6日 木曜日】」 alone on its line, the entry on the next: the report received below is of that day,
        // not of the next bracketed day.
        CaseRecord r = read("""
                個人情報の流出について
                【令和6年6月6日 木曜日】
                委託事業者から本市に対し、ランサムウェアの被害を受けた旨の報告を受ける。
                【令和6年7月1日 月曜日】
                同社から本市に対し、流出が確認された旨の報告を受ける。
                """);
        assertThat(r.discovered()).isEqualTo("2024-06-06");
    }

    // Sixteenth round (lead, after the merge)

    @Test
    void organizationADeskOrBoardWithNoBodyNamedIsNoPublisher() {
        // The page names only its desk: whose desk it is, the text does not say.
        assertThat(read("""
                入札参加者情報の誤送信について
                契約課
                入札に参加した事業者あての電子メールを、誤って別の事業者に送信しました。
                """).organization()).isNull();
        assertThat(read("""
                個人情報を含む書類の紛失について
                教育委員会
                小学校で児童の名簿を紛失しました。
                """).organization()).isNull();
        // With the body before it, the body is the publisher.
        assertThat(read("""
                個人情報を含む書類の紛失について
                架空市教育委員会
                小学校で児童の名簿を紛失しました。
                """).organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void organizationATablesFieldLabelIsNoPartOfTheName() {
        // A digest's table row: the label 「会社名」 and the name after a space.
        assertThat(read("""
                会社名 架空県
                件名 県立学校における個人情報を含む書類の紛失について
                県立高校で生徒の名簿を紛失しました。
                """).organization()).isEqualTo("架空県");
    }

    // Seventeenth round (reader17a)

    @Test
    void datesADayOfTheSameMonthAfterAYearAndMonthWithoutADay() {
        // 「2024年9月、…」 then 「同月5日に…」: 同月 is the month told last, here with its year and no day.
        CaseRecord r = read("""
                書類の誤送付について
                2024年9月、架空町は町議会で、職員による誤送付について説明した。
                同月5日に職員が、住民3名分の氏名と住所が記載された通知を別の住民に誤って郵送していた。
                """);
        assertThat(r.occurred()).isEqualTo("2024-09-05");
        // A full date told in between is the month 同月 names.
        assertThat(read("""
                書類の誤送付について
                2024年9月、架空町は町議会で説明した。2024年10月2日に通知を発送した。
                同月5日に受け取った住民からの連絡で、別の住民の通知を誤って郵送していたことが判明した。
                """).discovered()).isEqualTo("2024-10-05");
    }

    @Test
    void datesAStateFoundWhenTheDayCameIsTheFindingNotTheLoss() {
        // 「…日になり、…紛失していることが判明」: the day the missing state came to light, not the day of the loss.
        CaseRecord r = read("""
                USBメモリの紛失について
                架空市立中学校の教員が、生徒の氏名を記録したUSBメモリを自宅に持ち帰りました。
                2024年2月14日になり、USBメモリを紛失していることが判明しました。
                """);
        assertThat(r.discovered()).isEqualTo("2024-02-14");
        assertThat(r.occurred()).isNull();
    }

    @Test
    void datesTwoDatesJoinedBeforeOnePredicateShareIt() {
        // 「AおよびBに…が発生」: both dates take the predicate after the last; the incident began on the first.
        assertThat(read("""
                架空町立小学校において、令和7年5月12日(月曜日)および令和7年6月9日(月曜日)に児童の個人情報が漏えいする事案が発生しました。
                """).occurred()).isEqualTo("2025-05-12");
        assertThat(read("""
                架空村の職員が、2025年5月12日と6月9日に住民の名簿を誤って別の団体へ送信しました。
                """).occurred()).isEqualTo("2025-05-12");
        // Each date with its own predicate keeps it.
        assertThat(read("""
                架空村の職員が、2025年5月12日に名簿を作成し、6月9日に住民の名簿を誤って別の団体へ送信しました。
                """).occurred()).isEqualTo("2025-06-09");
    }

    @Test
    void datesTheDayPapersCameInIsNotTheDayTheyWereMissed() {
        // 「3月2日に受け付けた…処方箋…の所在がわからなくなっている」: the papers' day of arrival; the finding is the later day.
        CaseRecord r = read("""
                処方箋の所在不明について
                架空薬局によれば、2024年3月2日に受け付けた患者40人に関する処方箋について所在がわからなくなっているもの。
                3月12日に薬剤師が処方箋が見当たらないことに気付き、調べたところ紛失が判明した。
                """);
        assertThat(r.discovered()).isEqualTo("2024-03-12");
        assertThat(r.occurred()).isNull();
        // A letter that came in and was opened that day, with another person's papers inside: found that day.
        assertThat(read("""
                書類の誤送付について
                2024年3月2日に届いた封筒を開けたところ、別の方の申請書が入っていたことに気付きました。
                """).discovered()).isEqualTo("2024-03-02");
    }

    // Seventeenth round (reader17b)

    @Test
    void organizationACorporationsLetterheadWithItsFacilityOnTheNextLineIsTheCorporationWithTheFacility() {
        // The corporation on one line, the hospital it runs (当院) on the next: the corporation with its facility in brackets.
        assertThat(read("""
                医療法人社団架空会
                架空中央病院
                令和7年4月2日
                当院で患者様の受付票を紛失したことが判明いたしました。
                """).organization()).isEqualTo("医療法人社団架空会(架空中央病院)");
        assertThat(read("""
                社会福祉法人 架空福祉会
                架空の森こども園
                当園で園児の連絡網を紛失いたしました。
                """).organization()).isEqualTo("社会福祉法人 架空福祉会(架空の森こども園)");
        // A head's title under the corporation is no facility.
        assertThat(read("""
                医療法人社団架空会
                理事長 山田 太郎
                当院で患者様の受付票を紛失したことが判明いたしました。
                """).organization()).isEqualTo("医療法人社団架空会");
    }

    @Test
    void organizationAndVendorsAShortLegalFormInBracketsIsALegalForm() {
        // 「(株)」, 「(一社)」 (and ㈱, which NFKC makes (株)) abbreviate a legal form: the name around them is a body's name.
        assertThat(read("""
                架空商事(株)
                個人情報流出のお知らせ
                当社のサーバーに不正アクセスがありました。
                """).organization()).isEqualTo("架空商事(株)");
        assertThat(read("㈱架空商事は3日、顧客名簿を紛失したと発表した。").organization()).isEqualTo("(株)架空商事");
        CaseRecord entrusted = read("""
                架空県
                名簿の紛失について
                県が(株)架空研修サービスに委託している研修事業で、受講者名簿を紛失しました。
                """);
        assertThat(entrusted.vendorInvolved()).isTrue();
        assertThat(entrusted.vendorNames()).containsExactly("(株)架空研修サービス");
        assertThat(read("""
                架空県
                受講者名簿の誤送信について
                研修の運営(受託者:(一社)架空観光振興会)において、受講者の名簿を誤って送信しました。
                """).vendorNames()).containsExactly("(一社)架空観光振興会");
    }

    @Test
    void vendorsTheBodyAfterAnEntrustingVerbWhoseEntrusteeIsAlreadyNamedIsThePrincipal() {
        // 「カクウブッキングに…運営を委託していたカクウホテルズ」: the clause names whom the work went to (に), so the hotel
        // after the verb entrusted it; the contractor is カクウブッキング, which reports here itself.
        CaseRecord r = read("""
                予約サイトの受託運営を手がけるカクウブッキングは5日、同社サーバーへの不正アクセスで宿泊者の情報が漏えいしたと発表した。
                カクウブッキングに予約サイトの運営を委託していたカクウホテルズでは約300件が漏えいした。
                """);
        assertThat(r.vendorNames()).doesNotContain("カクウホテルズ");
        // Without the entrustee named, the body after the verb is the one entrusted.
        assertThat(read("""
                架空市
                通知書の誤送付について
                通知書の発送業務を委託していたカクウプランニングの作業ミスにより、通知書を別の方に送付しました。
                """).vendorNames()).containsExactly("カクウプランニング");
    }

    // Seventeenth round (reader17c)

    @Test
    void typesCardDataLetOutByATamperedProgramIsWebSkimming() {
        // The tampering is told in one clause, the card data that went in the next.
        assertThat(read("""
                架空堂の通販サイトで使っていた外部部品が改ざんされたため、買い物をしたお客様のクレジットカード情報が第三者に送られていました。
                """).incidentTypes()).contains("web_skimming");
        // Card data taken as it was typed in.
        assertThat(read("""
                架空マートの通販サイトに不正アクセスがあり、お客様がカード番号を入力した時に、その番号が攻撃者に盗まれていました。
                """).incidentTypes()).contains("web_skimming", "unauthorized_access");
        // A page tampered with and card data only denied in another sentence: no skimming.
        assertThat(read("""
                架空協会のホームページが改ざんされたため、公開を停止しました。なお、当会はクレジットカード情報を保有しておりません。
                """).incidentTypes()).doesNotContain("web_skimming");
    }

    @Test
    void typesAnEditorsLinkSharedOutIsMisconfiguration() {
        // A sheet's editing link handed out where anyone could open it: the link's rights are the mistake, not a publication.
        assertThat(read("""
                架空会は、会員名簿の表計算シートを編集用のURLのまま会報に載せてしまい、誰でも名簿を開ける状態になっていました。
                """).incidentTypes()).containsExactly("misconfiguration");
    }

    @Test
    void itemsIncomeAndDiagnosisWording() {
        CaseRecord r = read("""
                架空町の職員が、町民30人分の氏名、所得情報、診断名及び入退院日を記載した一覧表を誤って別の事業者に送信しました。
                """);
        assertThat(r.dataItems()).contains("NAME", "SALARY", "MEDICAL");
        // A benefit for low-income households names no income of anyone.
        assertThat(read("""
                架空市は、低所得世帯支援給付金の確認書1通を、誤って別の世帯に送付しました。記載されていたのは氏名と住所です。
                """).dataItems()).doesNotContain("SALARY");
    }

    @Test
    void personsRecordsOfPeopleNamedByHowTheyRelateToTheBody() {
        // 件 counts people when the records are of 関係者 or 登録者.
        assertThat(read("""
                架空社の営業用メールアカウントに不正アクセスがあり、取引の関係者ら420件の氏名とメールアドレスを記録したアドレス帳が閲覧された可能性があります。
                """).personsAffected()).isEqualTo(420);
        assertThat(read("""
                架空協会のメールマガジン登録者250件のメールアドレスが、他の受信者に見える状態で送信されました。
                """).personsAffected()).isEqualTo(250);
    }

    @Test
    void personsACountForEachBatchIsNotTheWhole() {
        // Sent in three batches, each showing its own addresses: the batch's count is not the persons.
        assertThat(read("""
                架空町の担当課は、講座の申込者120人に案内を送った。3回に分けて送り、それぞれ40~42人分のアドレスが見える状態で届いた。
                """).personsAffected()).isEqualTo(120);
        assertThat(read("""
                架空小学校で、各クラス35名分の連絡網を綴じたファイルを紛失しました。対象は3クラス105名です。
                """).personsAffected()).isEqualTo(105);
    }

    @Test
    void itemsAPasswordStolenToTakeOverAnAccountIsNoItem() {
        // The staff member's password was phished: that is how the account was taken, not what leaked of the patients.
        CaseRecord r = read("""
                架空病院の職員が偽の配送通知メールによりクラウドサービスのIDとパスワードを盗み取られ、患者40名の氏名と病名を閲覧できる状態になっていました。
                """);
        assertThat(r.dataItems()).contains("NAME", "MEDICAL").doesNotContain("CREDENTIALS");
        // Passwords listed among what leaked still are.
        assertThat(read("""
                架空ストアの会員情報に不正アクセスがあり、会員120名の氏名、メールアドレス及びパスワードが流出した可能性があります。
                """).dataItems()).contains("CREDENTIALS");
    }

    // Stop 33 (lead, after the merge)

    @Test
    void personsAnotherPlacesIncidentOpeningANewsParagraphWithItsMonth() {
        String lead = "架空県は22日、審議会の委員ら約240人分の個人情報が記された名簿1冊を紛失したと発表した。";
        assertThat(read(lead + "北架空市では6月、市の委託業者が市民約46万人分のデータを記録したUSBメモリーを紛失した。")
                .personsAffected()).isEqualTo(240);
        assertThat(read(lead + "南架空町では昨年8月にも、約3000人分の名簿がなくなっている。").personsAffected()).isEqualTo(240);
        // The publisher speaking of itself (本市では) is no other place, and a place named without its month is no news
        // paragraph: the count after it still counts where it is the larger.
        assertThat(read("架空市は、職員2名が対応した窓口で書類を紛失したと発表した。本市では6月、市民120人分の申請書が所在不明となった。")
                .personsAffected()).isEqualTo(120);
    }

    // Eighteenth round (reader18p)

    @Test
    void personsACountInsideABracketedNameIsNoCount() {
        // The club's name carries a number; the registrants the mail went to are the count.
        assertThat(read("""
                架空市によると、誤送信があったのは、「架空2000人会」の登録者86人に送った催しの案内メールで、宛先の見える形で送られていた。
                """).personsAffected()).isEqualTo(86);
        // A count in brackets that closes with a particle after it still counts (「…300人分」).
        assertThat(read("""
                架空町は、「町民300人分の名簿」を紛失したと発表した。
                """).personsAffected()).isEqualTo(300);
    }

    @Test
    void personsPapersCountedWithWhoseTheyWereInBracketsAddToTheList() {
        // A roster of 28, and then papers each counted with whose they were in brackets: the sum.
        assertThat(read("""
                架空高校で紛失したのは、生徒28名分の氏名が書かれた名簿と、保護者の同意書2枚(2名分)と、面談記録票4枚(4名分)です。
                """).personsAffected()).isEqualTo(34);
    }

    @Test
    void personsRecordsOfEachGroupsPersonalInformationListedLineByLineAreSummed() {
        // Each line counts the records of one group's personal information; nothing else counts people: their sum.
        assertThat(read("""
                架空学園で職員のメールアカウントが不正に使われ、送受信メールが漏えいした可能性があります。
                ・対象メール数 5,000通
                ・対象メール内の学外者の個人情報 1,200件
                ・対象メール内の学内者の個人情報 300件
                """).personsAffected()).isEqualTo(1500);
        // A total among the lines is the count itself, not one more group.
        assertThat(read("""
                架空協会で名簿を紛失しました。
                ・会員名簿 80件
                ・協力員名簿 20件
                ・名簿の合計 100件
                """).personsAffected()).isNotEqualTo(200);
    }

    @Test
    void personsAFurtherGroupToldBesidesTheFirstIsAdded() {
        // The prescriptions of 40 patients, and besides them the insurance card copies of 3 new patients: 43.
        assertThat(read("""
                架空薬局で、患者40人に関する処方箋のほか、同じ日に来局した新規患者3人の保険証の写しが所在不明となっています。
                """).personsAffected()).isEqualTo(43);
        // Staff records told besides the patients' records, in a later sentence, add to the upper bound.
        CaseRecord r = read("""
                架空病院は、不正アクセスにより患者の個人情報が最大5,000件流出した可能性があると発表した。
                患者の情報以外にも、職員120件の個人情報も流出した可能性がある。
                """);
        assertThat(r.personsAffected()).isEqualTo(5120);
        assertThat(r.personsIsUpperBoundOrApprox()).isTrue();
        // A group the sentence says is included is no further group.
        assertThat(read("""
                架空病院で、患者40人に関する処方箋のほか、うち3人の保険証の写しが所在不明となっています。
                """).personsAffected()).isEqualTo(40);
    }

    @Test
    void personsTransactionsCountedAreNoPeople() {
        // Transactions of customers, counted: records, not people.
        assertThat(read("""
                架空信用金庫は、顧客の取引約1万2千件の名前や口座番号が書かれた帳票を紛失したと発表した。
                """).personsAffected()).isNull();
    }

    @Test
    void personsAPartHeldBesideTheWholeBodyIsNotAddedToIt() {
        // Scholarship data of 50 students and the names of all 3,000 students: the 50 are among the 3,000.
        assertThat(read("""
                誤って送信したファイルには、架空大学の学生50人分の奨学金情報及び全学生3,000人分の氏名、住所が含まれていました。
                """).personsAffected()).isEqualTo(3000);
        // Groups of other kinds beside a whole still add up.
        assertThat(read("""
                誤って送信したファイルには、保護者40人分の連絡先及び全生徒300人分の氏名が含まれていました。
                """).personsAffected()).isEqualTo(340);
    }

    @Test
    void personsAHeaderCountOfPeopleAndBodiesCountsOnlyThePeople() {
        // Eight parties surveyed, seven of them individuals and one a company: the company is no person.
        assertThat(read("""
                架空県の委託先のサーバーに不正アクセスがあり、個人情報等が漏えいした可能性があります。
                ・調査対象者数:8者(個人7名、法人1社)
                """).personsAffected()).isEqualTo(7);
    }

    // Eighteenth round (reader18o)

    @Test
    void organisationABoardShortenedToKyouiIsNamedAsTheTextNamesIt() {
        // 「架空県教委は」: news names the board short and never spells it out; the label conventions keep the name as written.
        assertThat(read("架空県教委は14日、県立東高校の教諭が生徒30人分の成績を記録したUSBメモリーを紛失したと発表した。")
                .organization()).isEqualTo("架空県教委");
        // 「北架空県南町教委は」: the town's board after its prefecture is named without the prefecture.
        assertThat(read("北架空県南町教委は9日、町立小学校の教諭が児童20人分の名簿を紛失したと発表した。").organization())
                .isEqualTo("南町教委");
        // Spelled out elsewhere in the text, the full name is the name.
        assertThat(read("架空市教委は2日、名簿を紛失したと発表した。架空市教育委員会によると、名簿には生徒40人の氏名が記されていた。")
                .organization()).isEqualTo("架空市教育委員会");
    }

    @Test
    void organisationAMunicipalityInLongKanaAfterItsPrefecture() {
        // 「架空県ひかりのはら市」: six kana belong to the municipality's name, and the prefecture is left out.
        assertThat(read("架空県ひかりのはら市は25日、市立中学校の教員が生徒60人分の成績を記録したUSBメモリーを紛失したと発表した。")
                .organization()).isEqualTo("ひかりのはら市");
        // A long name that outruns the tokens taken does not keep the bare 県 of its cut prefecture.
        assertThat(read("架空県ひかりのはら市教育委員会は2024年1月25日、市立中学校の教員が生徒60名分の個人情報を記録したUSBメモリを紛失したと明らかにしました。")
                .organization()).isEqualTo("ひかりのはら市教育委員会");
    }

    @Test
    void organisationNoneWhereOnlyADepartmentOrAnUnnamedPlacesBodyIsNamed() {
        // 「市教育委員会によりますと」 with no municipality named anywhere: no publisher, as for 本市.
        assertThat(read("市教育委員会によりますと、中学校の教員が修学旅行の帰りに生徒30人分の名簿をバスの中でなくしたということです。")
                .organization()).isNull();
        // A department and its desk, with no body before them.
        assertThat(read("この度、みらい創造部こども・ひろば課において、利用者15名の氏名を記載した名簿を誤って別の利用者にメールで送付する事案が発生いたしました。")
                .organization()).isNull();
        // A count of bodies of a kind, read from a list, names no one body.
        assertThat(read("架空部内2課、9地域機関(6架空振興センター、3架空事務所)において、不開示とすべき文書40件の誤掲載が判明しました。")
                .organization()).isNull();
        // A municipality's desk keeps its municipality.
        assertThat(read("架空市こども未来部保育課は、園児12名の氏名を記載した書類を紛失したと発表しました。").organization())
                .startsWith("架空市");
    }

    @Test
    void vendorAContractorInAnotherPlacesIncidentIsNotThisOnes() {
        String lead = "架空県は22日、審議会の委員ら約240人分の個人情報が記された名簿1冊を紛失したと発表した。職員が16日に気づいた。";
        // 「北架空市では6月、市の業務委託を受けた事業者が」: a news paragraph on another body's incident.
        assertThat(read(lead + "北架空市では6月、市の業務委託を受けた事業者が市民約46万人分のデータを記録したUSBメモリーを紛失した。"
                + "再委託先の社員が許可なくデータを持ち出していた。")
                .vendorInvolved()).isFalse();
        // The publisher's own contractor still counts.
        assertThat(read("架空市は、業務委託先の事業者が市民120人分の申請書を紛失したと発表した。").vendorInvolved()).isTrue();
    }

    @Test
    void vendorNamesAHeaderFieldLabelIsNoPartOfTheHeadersName() {
        // A digest's row 「会社名 架空県」 names the publisher, not a provider the report was forwarded from.
        CaseRecord r = read("""
                架空県、メール誤送信で個人情報が流出

                会社名 架空県
                漏洩件数 120件

                架空県にてメール誤送信により個人情報が流出。同県の支援センターの運営委託先の一般社団法人架空ケア会の担当者が登録者120名にメールを送信した際、宛先を誤った。
                """);
        assertThat(r.vendorNames()).noneMatch(name -> name.contains("架空県"));
        // 「一般社団法人架空療養ネットワーク担当者が」: ネットワーク after the legal form and a word of the name is part of it.
        assertThat(read("架空県の支援センターの運営委託先の一般社団法人架空療養ネットワーク担当者が、登録者120名のメールアドレスが見える状態でメールを送信した。")
                .vendorNames()).containsExactly("一般社団法人架空療養ネットワーク");
        assertThat(r.vendorInvolved()).isTrue();
    }

    // Nineteenth round (reader19c)

    @Test
    void typesPapersMixedIntoTheWasteAreLostNotSentAstray() {
        // 「廃棄書類に混入し」: the papers went out with the rubbish; nobody was sent them.
        assertThat(read("架空町立中学校で生徒40人分の健康調査票が所在不明となった。調査票は廃棄書類に混入し、誤って裁断された可能性が高い。")
                .incidentTypes()).containsExactly("loss_theft");
        // Another household's papers slipped into an envelope still went to the wrong person.
        assertThat(read("架空市は、児童手当の通知書を郵送した際、封筒に別の世帯の通知書が混入していたと発表した。").incidentTypes())
                .containsExactly("misdelivery");
    }

    @Test
    void typesASettingLeftWrongInOtherWordsIsAMisconfiguration() {
        // 「不適切な設定により」: the setting opened the database; the attack that followed is a type too.
        assertThat(read("架空協会の委託先がサーバーの移行作業を行った際、不適切な設定によりデータベースがインターネットから接続できる状態となり、"
                + "攻撃者による不正アクセスを受けました。").incidentTypes())
                .containsExactlyInAnyOrder("unauthorized_access", "misconfiguration");
    }

    @Test
    void typesDataTakenOutAgainstTheRulesAndThenLostIsALoss() {
        // 「許可を得ずに…持ち出した上、…かばんごとなくした」: a breach of the rules, then a loss; no unlawful purpose is told.
        assertThat(read("架空市の委託先の社員が、許可を得ずに市民のデータをUSBメモリで持ち出した上、帰りの電車でかばんごとなくした。")
                .incidentTypes()).containsExactly("loss_theft");
        // Taken out and handed on is an insider's doing.
        assertThat(read("架空社の社員が顧客名簿を無断で持ち出し、知人に渡していたことが判明しました。").incidentTypes())
                .contains("insider");
    }

    @Test
    void typesAShopsSiteProgramAlteredWhereCardsLeakedIsWebSkimming() {
        assertThat(read("架空商店が運営する通販サイトにおいて、サイト内のプログラムの一部が第三者により改ざんされ、お客様のクレジットカード情報"
                + "1,200件が流出した可能性があることが判明しました。第三者による不正アクセスを受けたものです。").incidentTypes())
                .containsExactlyInAnyOrder("unauthorized_access", "web_skimming");
        // The investigation found no alteration: no skimming.
        assertThat(read("架空商店の通販サイトに第三者による不正アクセスがあり、カード会員の氏名が流出した可能性があります。"
                + "調査の結果、サイトのプログラムが改ざんされた形跡はありませんでした。").incidentTypes())
                .containsExactly("unauthorized_access");
    }

    @Test
    void itemsNamedOnlyToSayNoLeakOfThemWasFoundAreNotItems() {
        // 「カルテ情報やクレジットカード情報の流出は確認されていません」: a denial, not a list of what leaked.
        CaseRecord r = read("架空病院によりますと、サイバー攻撃を受けて患者の氏名や住所、電話番号など約5000人分が流出したということです。"
                + "現時点でカルテ情報やクレジットカード情報の流出は確認されていません。");
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "PHONE");
    }

    @Test
    void itemsAddressesShownToEveryRecipientLeaked() {
        // 「メールアドレスが表示されるという事態」: what every recipient saw is what leaked.
        assertThat(read("令和6年5月10日、架空市移住相談窓口から会員あてにメールを一斉送信した際に、受信した皆様すべての"
                + "メールアドレスが表示されるという事態が発生しました。").dataItems()).containsExactly("EMAIL");
    }

    @Test
    void itemsWhatAMediumHeldNamedAfterNoHoldingWord() {
        // 「USBメモリーに入っていたのは、…名前と受験番号です」: what the stick held.
        assertThat(read("架空高校は、職員がUSBメモリーを紛失したと発表しました。USBメモリーに入っていたのは、受験生3人の名前と受験番号、"
                + "職員の手引きです。").dataItems()).contains("NAME");
    }

    @Test
    void itemsPeopleListedBeforeTheirCountAreNotItems() {
        // 「大学教授や団体代表、県民ら約240人の名前」: the parts before 「…ら240人の」 say whose data it was.
        assertThat(read("審議会に参加した大学教授や団体代表、県民ら約240人の名前や生年月日、住所を記載した名簿を紛失した。").dataItems())
                .containsExactlyInAnyOrder("NAME", "BIRTH_DATE", "ADDRESS");
    }

    @Test
    void itemsAListHardWrappedOntoTheNextLineGoesOn() {
        // The list breaks off after 「、」 and ends on a line of its own, with no word of holding.
        CaseRecord r = read("""
                1 概要
                架空町農政課が、申請書類を誤った宛先にFAXで送信しました。
                2 誤送信した文書に含まれていた個人情報
                申請者3名の住所、氏名、電話番号、
                生年月日及び農機具の型式等の情報
                3 今後の対応
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "PHONE", "BIRTH_DATE", "OTHER");
        // Broken off after 「の」: what the last part is about is an item.
        assertThat(read("""
                (3) 紛失した個人情報 第1学年生徒120名の氏名、生徒98名の携帯電話番号及び3名の生徒の
                宿泊部屋割りに関する情報
                """).dataItems()).containsExactlyInAnyOrder("NAME", "PHONE", "OTHER");
    }

    @Test
    void itemsCardDataWithinALargerSetOfPersonalDataLeavesTheRestUnstated() {
        // 「カード情報等3,000件を含む、個人情報5万件」: besides the cards, personal data of an unstated kind leaked.
        assertThat(read("架空商事は、通販サイトに不正アクセスがあったと発表した。漏洩の可能性があるのは、クレジットカード情報等3,000件を含む、"
                + "個人情報5万件である。").dataItems()).containsExactlyInAnyOrder("PAYMENT_CARD", "OTHER");
    }

    @Test
    void itemsPersonalDataUnderAHeadingThatTellsTheLoss() {
        // 「3.紛失した個人情報」 over 「…500名分の個人情報」: the loss is told in the heading; the kind of data is unstated.
        assertThat(read("""
                2.紛失の経緯
                架空会が受け取った調査票が所在不明であることが判明した。
                3.紛失した個人情報
                調査員20人から提出された500名分の個人情報
                """).dataItems()).containsExactly("OTHER");
    }

    @Test
    void itemsADigestsRowLabelIsNoItem() {
        // 「会社名 架空県」: the row's label is the item's word; what the row 「漏洩内容」 holds is the item.
        assertThat(read("""
                架空県、メール誤送信で個人情報が流出

                会社名 架空県
                漏洩内容 メールアドレス
                漏洩件数 120件

                架空県にてメール誤送信により個人情報が流出。担当者が登録者120名にメールを送信した際、宛先を誤った。
                """).dataItems()).containsExactly("EMAIL");
    }

    @Test
    void itemsTheFaxNumberOnceMistakenIsTheDestinationsEverywhereInTheSentence() {
        // 「FAX番号を古い申請書から書き写した際に、誤ったFAX番号を記載」: both mentions are where the paper went.
        assertThat(read("架空区は、利用者1名の氏名と通院先が記載された確認書を誤送信したと発表しました。確認書を送るにあたり、"
                + "FAX番号を古い申請書から書き写した際に、誤ったFAX番号を記載したため、別の事業所に届いたものです。").dataItems())
                .doesNotContain("PHONE");
    }

    @Test
    void itemsAProgrammesNameIsNoItem() {
        // 「高齢者運転免許証自主返納支援事業に係る…書類」: the programme is named after licences; no licence was in the papers.
        assertThat(read("""
                2 所在不明となっている文書の内容
                (1)架空県運転免許証自主返納支援事業に係る補助金交付申請関係書類
                書類に含まれる個人情報
                講師2名の氏名、住所
                """).dataItems()).doesNotContain("ID_DOCUMENT").contains("NAME", "ADDRESS");
    }

    @Test
    void typesAnotherPartysPapersOrLabelSentOutIsAMisdelivery() {
        // 「異なる世帯の送付ラベルを重ね貼り」: the recipient saw another household's name and address.
        assertThat(read("架空市が配付した記念品の一部で、異なる世帯の送付ラベルを重ね貼りしたため、別の市民の住所・氏名が見える状態となっていました。")
                .incidentTypes()).containsExactly("misdelivery");
        // 「他の事業者から提出された届のファイルをメール送信」: another party's filing went to the one asking.
        assertThat(read("架空県は、開設予定の事業者に対し、他の架空ホーム事業者から県に提出された開始届のPDFファイルをメール送信したと発表した。")
                .incidentTypes()).containsExactly("misdelivery");
        // Lost on the way, another person's papers are a loss.
        assertThat(read("職員が他の世帯の通知書を送付する途中で紛失しました。").incidentTypes()).containsExactly("loss_theft");
    }

    @Test
    void itemsAListClosedByDesuAfterWhatWasLostNamesItsPlainNouns() {
        // 「紛失したのは、…氏名と班番号が分かる名簿、…アレルギーが分かる一覧表などです」: one glossary item among plain nouns.
        assertThat(read("架空県教委によりますと、教諭が紛失したのは、2年生80人の氏名と班番号が分かる名簿、生徒5人分の食物アレルギーが分かる"
                + "一覧表などです。").dataItems()).containsExactlyInAnyOrder("NAME", "OTHER");
        assertThat(read("架空高校は、職員がUSBメモリーを紛失したと発表しました。USBメモリーに入っていたのは、受験生3人の名前と出身中学校名、"
                + "受験番号です。").dataItems()).containsExactlyInAnyOrder("NAME", "OTHER");
    }

    @Test
    void typesAntivirusSoftwareOrAScanIsNoMalware() {
        // 「ウイルスソフトが最新でなかった」, 「ウイルススキャンを実施」: the defence, not an infection.
        assertThat(read("架空社の委託先のサーバーに不正アクセスがあり、顧客の氏名が流出した可能性があります。原因は、ウイルスソフトが最新でなかった"
                + "ことです。全端末のウイルススキャンを実施しました。").incidentTypes()).containsExactly("unauthorized_access");
    }

    // Stop 34 (lead)

    @Test
    void organizationNamedAfterTheTitlesDate() {
        // The title line gives the day and then the body; a line of the facts naming a member body with a count is no name.
        CaseRecord r = read("""
                役員名簿の公開について 2024年6月9日 架空県

                県は、届け出られた書類を公開しています。この度、名簿が見られる状態で掲載されていることが判明しました。
                架空県認証のNPO法人 カクウ会の社員16名分の名簿記載の住所
                """);
        assertThat(r.organization()).isEqualTo("架空県");
        assertThat(read("""
                県は、届け出られた書類を公開しています。この度、名簿が見られる状態で掲載されていることが判明しました。
                架空県認証のNPO法人 カクウ会の社員16名分の名簿記載の住所
                """).organization()).isNotEqualTo("架空県認証のNPO法人 カクウ会の社員16名分の名簿記載の住所");
    }

    @Test
    void organizationTheLegalPersonSpacedBeforeItsFacilityOpensTheName() {
        assertThat(read("医療法人架空会 架空中央クリニックは2月18日、同院への不正アクセスにより患者の情報が漏えいした可能性があると発表した。")
                .organization()).isEqualTo("医療法人架空会 架空中央クリニック");
        // A news lead shortening a university keeps the full name it stands for.
        assertThat(read("架空工科大は2月18日、学生の成績が記載された書類を紛失したと発表した。").organization()).isEqualTo("架空工科大学");
    }

    @Test
    void datesAnEntryAddedSoonAfterThePublicationKeepsItsYear() {
        // The page of 6月5日 was updated with a letter sent on 6月18日: that is no event of the year before.
        CaseRecord r = read("""
                2024年6月5日
                メール誤配信のお詫び
                6月4日、当店より催しのお知らせメールを会員120名のお客様に一斉送信しました。
                1)経緯と対応
                6月18日 連絡のつかなかった30名のお客様へ上記内容を記載した書面を郵送した。
                """);
        assertThat(r.occurred()).isEqualTo("2024-06-04");
        // A day months after the publication is still taken from the year before (「12月3日」 in a notice of 1月).
        assertThat(read("""
                2025年1月20日
                12月3日、架空市の職員が住民30名分の名簿を紛失しました。
                """).occurred()).isEqualTo("2024-12-03");
    }

    @Test
    void datesAPlanInAClauseDescribingANounLeavesTheEventDated() {
        // 「転院を予定していた患者」 names the patient; the sending is what the date is of.
        assertThat(read("""
                公開日:2024年4月10日
                4月8日(月曜日)11時25分、転院を予定していた患者の手続きのため、職員が指示されたFAX番号に紹介状を送信しました。
                その後、別の事業所に誤って送信していたことが判明しました。
                """).occurred()).isEqualTo("2024-04-08");
        // A plan of the sentence itself is still no event.
        assertThat(read("""
                公開日:2024年4月10日
                4月8日に書類を送付する予定でしたが、その前日に誤って別の方へ送付していたことが判明しました。
                """).occurred()).isNotEqualTo("2024-04-08");
    }

    @Test
    void itemsNotTakenFromHowTheFileWasSentNorFromWhatShouldHaveBeenDone() {
        // A reading (ふりがな) is one item, not 「ふり」 and a particle; the address mistyped, the file's password sent after
        // it and what should have been done are the means, not what leaked.
        CaseRecord r = read("""
                架空県の抽選事務において、当選者8人の個人情報が漏えいしました。
                (1)漏えいした個人情報
                当選者(8人分)の氏名、ふりがな、郵便番号、住所
                (2)経緯
                ・5月9日 誤ったメールアドレスに個人情報入りのファイルを送信
                ・5月9日 ファイルに設定したパスワードを送信
                (3)原因
                ・送付の前に空メールを送ってメールアドレスを確かめるべきだった。
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "POSTAL_CODE", "ADDRESS");
    }

    // Nineteenth round (reader19d): dates.

    @Test
    void occurredALeakDateFieldAboveTheReleaseDateField() {
        // A digest's rows: 「漏洩日時」 is the event's field; the 発表日時 label on the next line is not its predicate.
        CaseRecord r = read("""
                架空町、書類誤送付で個人情報が流出

                会社名 架空町
                漏洩件数 12件
                漏洩日時 2023/4/17
                発表日時 2023/4/20

                架空町にて書類の誤送付により町民12名の氏名と住所が流出。
                """);
        assertThat(r.occurred()).isEqualTo("2023-04-17");
        assertThat(r.published()).isEqualTo("2023-04-20");
        // 「流出日」 as a heading with the date on the line below.
        assertThat(read("""
                2023年9月1日
                架空商事株式会社
                不正アクセスによるお客様情報流出のお詫び
                1.事案概要
                流出日
                2023年7月12日~13日
                当社ウェブサイトが第三者による不正アクセスを受け、お客様の氏名とメールアドレスが流出しました。
                """).occurred()).isEqualTo("2023-07-12");
    }

    @Test
    void discoveredTheDayOfASameDayApologyOrDeletionRequest() {
        // The mail went out with every address shown; an apology and a deletion request the same evening: known that day.
        CaseRecord r = read("""
                令和6年3月12日(火曜日)、架空市文化振興課の職員が講座の参加者42名にメールを送信した際、宛先をBCCとすべきところ誤ってTOとして送信しました。
                参加者の皆様に対して、令和6年3月12日19時頃にメールにて謝罪を行い、当該メールの削除を依頼いたしました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-12");
        assertThat(r.discovered()).isEqualTo("2024-03-12");
        // A response minutes after the event, in a sentence with no date of its own.
        CaseRecord later = read("""
                1.発生日時
                令和6年5月8日(水曜日)10時05分
                2.発生状況
                架空町税務課から事業所120件にメールを送信する際、他の事業所のメールアドレスが表示される状態で送信しました。
                3.対応
                ・事案発生から約15分後に、対象の事業所に対しメールにて当該メールの削除を依頼しました。
                """);
        assertThat(later.discovered()).isEqualTo("2024-05-08");
        // 「深くお詫び申し上げます」 dates nothing: no finding without a dated response.
        assertThat(read("令和6年3月12日、架空市の職員が講座の参加者42名のメールアドレスが見える状態でメールを送信しました。"
                + "参加者の皆様に深くお詫び申し上げます。").discovered()).isNull();
    }

    @Test
    void discoveredACallReceivedAfterAQuotedComplaint() {
        // 「…から15日に「…」と電話があった」: a call telling of the leak is a report received, like 連絡があった.
        CaseRecord r = read("""
                架空工科大は2024年6月17日、入学相談をした高校生ら12人の氏名と住所がインターネットで閲覧可能になっていたと発表した。
                受験生の保護者から15日に「子どもの名前を検索すると大学のページに住所が出てくる」と電話があった。
                """);
        assertThat(r.discovered()).isEqualTo("2024-06-15");
    }

    @Test
    void discoveredASentenceOpenedByAPartOfTheDayGoesOnWithTheDayBefore() {
        // 「昼ごろ紛失に気付いた」: no clock time, no comma; still the day the sentence before dated.
        CaseRecord r = read("""
                架空中学校は2023年5月10日、教諭が生徒120人分の成績を保存したUSBメモリーを紛失したと発表した。
                教諭は5月2日午前、資料を印刷するためにUSBメモリーを職員室から持ち出した。昼ごろ紛失に気付いた。
                """);
        assertThat(r.discovered()).isEqualTo("2023-05-02");
    }

    @Test
    void occurredALossTheDayTheItemWasInHandAndMissed() {
        // Seen in the cabinet that morning, missed that afternoon: lost that day.
        CaseRecord r = read("""
                架空市教育委員会は2024年11月20日、市立小学校で児童80人分の緊急連絡票を紛失したと発表した。
                11月12日午後4時ごろ、教員が連絡票を使おうとしたところ、保管場所のキャビネットにないことに気付いた。
                なお、同日午前9時に教頭がキャビネットを開けた際は、連絡票があることを確認していた。
                """);
        assertThat(r.discovered()).isEqualTo("2024-11-12");
        assertThat(r.occurred()).isEqualTo("2024-11-12");
        // Last seen days before it was missed: this rule does not put the loss on the day it was missed.
        CaseRecord earlier = read("""
                架空市教育委員会は2024年11月20日、市立小学校で児童80人分の緊急連絡票を紛失したと発表した。
                11月12日午後4時ごろ、教員が連絡票を使おうとしたところ、保管場所のキャビネットにないことに気付いた。
                11月5日に教頭がキャビネットを開けた際は、連絡票があることを確認していた。
                """);
        assertThat(earlier.occurred()).isNotEqualTo("2024-11-12");
    }

    @Test
    void publishedATitleLineClosedByItsDateAndThePublisher() {
        // 「…について 2024年2月9日 架空県」: the title line's date is the release's, not the event's.
        CaseRecord r = read("""
                審議会委員の個人情報の誤掲載について 2024年2月9日 架空県

                県が公開している審議会の資料に、委員8名の自宅住所が記載されたまま掲載されていたことが判明しました。
                """);
        assertThat(r.published()).isEqualTo("2024-02-09");
        assertThat(r.occurred()).isNotEqualTo("2024-02-09");
    }

    @Test
    void occurredTheDayAWronglyPublishedPageWentUp() {
        // 「…は2023年5月8日に掲載されたもので」: in a wrong publication, the day the page went up opens the exposure.
        CaseRecord r = read("""
                架空県は2024年3月14日、県のウェブサイトで公開している農地台帳に、所有者の氏名と住所を誤って掲載していたと発表した。
                問題の台帳は2023年5月8日に掲載されたもので、職員がデータを更新する際に削除すべき列を残していた。
                2024年3月13日に職員が確認し、誤掲載が判明した。
                """);
        assertThat(r.occurred()).isEqualTo("2023-05-08");
        assertThat(r.discovered()).isEqualTo("2024-03-13");
        // A release put up on a day is still the release: 「2024年3月14日に掲載しました」 dates no event.
        assertThat(read("""
                このお知らせは2024年3月14日に掲載しました。
                当課が送付した通知書1通に、別の方の氏名と住所が記載されていました。
                """).occurred()).isNull();
    }

    @Test
    void datesAYearlessNoticeBetweenTwoFiscalYearsAndAMailingFoundByCalls() {
        // 令和5年度 and 令和6年度 both named: written at the turn of the year, so 3月 falls in 2024; the mailing on 3月4日
        // is the misdelivery, and the calls on 3月6日 that something was wrong (plain form, then the desk they went to)
        // are the finding.
        CaseRecord r = read("""
                申請書の誤送付について
                令和5年度に減免を受けた世帯に、令和6年度の継続申請の案内と申請書を3月4日に送付しましたが、3月6日に別の世帯の申請書が入っていると架空課へ2件連絡があり、誤送付が判明しました。
                """);
        assertThat(r.occurred()).isEqualTo("2024-03-04");
        assertThat(r.discovered()).isEqualTo("2024-03-06");
        // Fiscal years apart by more than one give no year.
        assertThat(read("""
                申請書の誤送付について
                令和3年度と令和6年度の申請者に、案内と申請書を3月4日に送付しましたが、3月6日に別の世帯の申請書が入っていると架空課へ2件連絡があり、誤送付が判明しました。
                """).occurred()).isNull();
    }

    @Test
    void discoveredACallFromTheCallersSideThatBroughtTheFinding() {
        // 「…保護者が発見し、同日午後1時に学校に連絡したことにより判明」: the call's day is the finding's.
        CaseRecord r = read("""
                市立小学校における名簿の誤配付について(令和7年5月9日公表)
                - 令和7年5月7日10時ごろ、担任が児童に配付した書類に、別の児童の名簿が混入していました。
                - 児童は混入に気付かず持ち帰り、保護者が発見し、同日午後1時に学校に連絡したことにより判明しました。
                """);
        assertThat(r.discovered()).isEqualTo("2025-05-07");
    }

    // Twentieth round (reader20p): persons.

    @Test
    void personsLetteredWithoutAnHonorificAndNotToldAsRecipients() {
        // 「児童A」 and 「児童B」 are lettered persons too: B was handed A's paper, so one person's data went astray.
        assertThat(read("""
                架空市立小学校で、担任が配付物に児童Aの調査票を混ぜたまま、児童Bに渡してしまいました。児童Bの保護者から連絡があり判明しました。
                """).personsAffected()).isEqualTo(1);
        // Both lettered persons are whose data leaked; 「…に対しては謝罪」 tells them, it sends nothing to them.
        assertThat(read("""
                架空町の委託業者が書類を別の依頼先に送っていた。書類に氏名が載っていた利用者C氏、D氏に対しては、翌日に謝罪した。
                """).personsAffected()).isEqualTo(2);
    }

    @Test
    void personsSiblingLinesOfTheLeakedListAreFurtherGroups() {
        // Unbulleted lines under the heading, each counting whose data: two bodies' members, summed.
        assertThat(read("""
                架空県のサイトに名簿が掲載されていました。
                2.漏えいの恐れのある情報
                架空会の会員12名分の名簿記載の住所
                架空クラブの役員3名分の名簿記載の住所

                3.対応
                直ちに削除しました。
                """).personsAffected()).isEqualTo(15);
        // Bulleted lines with the items of the first between them: the surveyors whose names leaked are one more group.
        assertThat(read("""
                委託先のサーバーが不正アクセスを受け、個人情報が漏えいした可能性があります。
                ・調査対象者数:9者(個人8名、法人1社)

                ・調査対象者の個人情報等の内容
                氏名、住所、電話番号

                ・委託先の調査員氏名:2名
                """).personsAffected()).isEqualTo(10);
        // A line that is a total closes nothing further: the count stays.
        assertThat(read("""
                架空市の名簿が閲覧可能になっていました。
                架空会の会員12名分の名簿記載の住所
                うち役員3名分の名簿記載の電話番号
                """).personsAffected()).isEqualTo(12);
    }

    @Test
    void personsOnePersonsPaperSentWhereItWasNotMeantToGo() {
        // One household's notice sent to another household, no number anywhere: one.
        assertThat(read("""
                架空町は、学童保育の利用料の通知書を発送した際、双子で利用している家庭の通知書を誤って、別の家庭に発送したと発表した。
                """).personsAffected()).isEqualTo(1);
        // 「2名で確認したうえで」 counts those who checked the number; the patient's letter went to another office: one.
        assertThat(read("""
                架空病院で、退院する患者の情報を記載した紹介状を、指示された番号にFAXしたところ、転院先と異なる事業所に誤って送信していました。職員2名で確認したうえで送信していました。
                """).personsAffected()).isEqualTo(1);
        // Papers counted in what was sent (「誤送付は3件」) are several: not one person, and 件 of papers no count of people.
        assertThat(read("""
                架空町は、納付書を入れた封筒を発送した際、世帯の通知書を誤って別の世帯に送付したと発表した。誤送付は3件だった。
                """).personsAffected()).isNull();
    }

    @Test
    void personsRecordsOfCustomersAndBusinessPartnersTogetherAreNoCountOfPeople() {
        // 「お客様・取引先様の情報(N件)」: records of people and of companies in one count; no count of people.
        assertThat(read("""
                架空工業のサーバーに不正アクセスがあり、個人情報が流出した可能性があります。
                (1)当社のアドレス帳に登録されているお客様・取引先様の情報(4,321件)
                """).personsAffected()).isNull();
        // Customers alone counted in 件 are still people.
        assertThat(read("""
                架空工業のサーバーに不正アクセスがあり、お客様の情報(4,321件)が流出した可能性があります。
                """).personsAffected()).isEqualTo(4321);
    }

    @Test
    void personsABreakdownInBracketsClosedBeforeWhoseDataItWas() {
        // 「8世帯(児童9人、保護者11人)の氏名」: the groups of the breakdown are summed, households aside.
        assertThat(read("""
                架空町は、学童クラブの名簿を紛失した。名簿には8世帯(児童9人、保護者11人)の氏名と住所が記載されていた。
                """).personsAffected()).isEqualTo(20);
    }

    @Test
    void personsBulletedGroupsEachCountedInBracketsAtTheLinesEnd() {
        // Two groups, each with its items and its count in brackets: summed.
        assertThat(read("""
                架空町立保育園で書類を紛失しました。
                ・園児の氏名、生年月日(14名分)
                ・保護者の氏名、携帯電話番号(13名分)
                """).personsAffected()).isEqualTo(27);
        // One group counted item by item: the same people.
        assertThat(read("""
                架空町立保育園で書類を紛失しました。
                ・園児の氏名(14名分)
                ・園児の生年月日(14名分)
                """).personsAffected()).isEqualTo(14);
    }

    @Test
    void personsUnbulletedGroupLinesEachClosingOnItsCount() {
        // Each line opens with its group and closes on its count: two groups, summed.
        assertThat(read("""
                架空村の申請書の写しが所在不明になりました。
                所在不明の個人情報
                届出者の氏名、住所 ―― 21人分
                同居人の氏名 ―― 6人分
                """).personsAffected()).isEqualTo(27);
    }

    // Twentieth round (reader20o)

    @Test
    void organisationALeadWhoseWeekdayBracketIsFollowedByAComma() {
        // 「(金曜日)、」: Kuromoji reads 「)、」 as one noun-like token; it must not join the weekday to the hospital's name.
        CaseRecord r = read("""
                概要
                6月13日(金曜日)、架空県立北病院において、患者の診療情報提供書を誤った番号へファクスで送信したことが判明しました。
                """);
        assertThat(r.organization()).isEqualTo("架空県立北病院");
        // 「町内小学校において」: one of the town's schools, unnamed, is no publisher.
        assertThat(read("""
                6月13日(金曜日)、町内小学校において名簿を保存したUSBメモリを紛失する事案がありました。
                """).organization()).isNull();
    }

    @Test
    void organisationABareBureauOnTheContactLineYieldsToTheLead() {
        // 「代表連絡先 教育庁 …」 names a kind of body, no body: the school the lead names publishes.
        CaseRecord r = read("""
                生徒名簿の紛失について

                代表連絡先 教育庁  教育振興室高等学校課
                ダイヤルイン番号:06-0000-0000

                提供日

                2030年5月1日

                内容

                 府立架空南高等学校において、生徒名簿を紛失するという事案が発生しました。お詫びいたします。
                """);
        assertThat(r.organization()).isEqualTo("府立架空南高等学校");
    }

    @Test
    void organisationThePlaceWhereAnUnnamedBodyLiesIsNoPublisher() {
        // 「架空県北浜市にある高等学校で」: the city is where the school lies; the school is not named.
        assertThat(read("""
                架空県北浜市にある高等学校で、在籍していた生徒30名分の証明書が紛失していたことが明らかになった。
                """).organization()).isNull();
    }

    @Test
    void organisationAFieldsValueUnderAPlaceOrContractorHeadingIsNoPublisher() {
        // 「1 発生場所」 then a company's warehouse: where it happened, named by the field, not who publishes.
        String notice = """
                1 発生場所
                株式会社架空倉庫サービス 西倉庫
                2 概要
                当社が発送を委託している倉庫で、顧客の伝票が所在不明となりました。
                """;
        assertThat(read(notice).organization()).isNull();
        // the same company signing at the foot of the notice publishes
        assertThat(read("""
                当社が運営する倉庫で、顧客の伝票が所在不明となりました。お詫び申し上げます。

                株式会社架空倉庫サービス
                """).organization()).isEqualTo("株式会社架空倉庫サービス");
    }

    @Test
    void organisationThePrefectureNewsGivesAsItsSourceByKind() {
        // 「架空県北浜市の民生委員が…。県によりますと、」: the prefecture's release, the city only where it happened.
        String news = """
                架空県北浜市の民生委員が、見守り対象者など15人分の名簿を紛失したことがわかりました。
                県によりますと、民生委員が自宅で書類がなくなっていることに気づいたということです。
                """;
        assertThat(read(news).organization()).isEqualTo("架空県");
        // a city giving its own account keeps the city
        assertThat(read(news.replace("県によりますと", "市によりますと")).organization()).isEqualTo("北浜市");
    }

    @Test
    void organisationADepartmentWithKanaOpeningALeadAfterItsDate() {
        // 「令和7年6月2日(月曜日)、架空市こども未来部保育課において」: the day may open the lead, and the department's name
        // may hold kana; the municipality publishes.
        assertThat(read("令和7年6月2日(月曜日)、架空市こども未来部保育課において、入所者の名簿を別の施設へ誤って送付しました。\n")
                .organization()).isEqualTo("架空市");
        assertThat(read("6月2日午後2時頃、北架空町くらし安全課において、相談記録を誤ってファクス送信しました。\n")
                .organization()).isEqualTo("北架空町");
    }

    @Test
    void organisationABodyTheReaderIsSentToIsNoPublisher() {
        // 「詳しくは架空大学のお知らせをご覧ください」: another body's page, named only to send the reader there.
        assertThat(read("""
                当院の医師が、患者の情報を含むUSBメモリを紛失しました。
                詳しくは架空大学のお知らせをご覧ください。
                """).organization()).isNull();
    }

    @Test
    void organisationATitleOpenedByATownHall() {
        // 「【お知らせ】架空町役場における…について」: the town hall in the title stands for the town.
        assertThat(read("""
                【お知らせ】南架空町役場における個人情報の紛失について

                本町において、住民の申請書を紛失しました。
                """).organization()).isEqualTo("南架空町");
    }

    @Test
    void organisationTheBodyRunningTheFacilityGivenAsTheSource() {
        // 「同薬局を運営する架空健康会によれば」: the body that runs the pharmacy the lead names speaks for it.
        CaseRecord r = read("""
                架空市内にある調剤薬局のみどり薬局において、処方箋の一部が所在不明となっている。
                同薬局を運営する架空健康会によれば、3月1日に受け付けた患者の処方箋が見当たらないという。
                """);
        assertThat(r.organization()).isEqualTo("架空健康会");
        assertThat(r.vendorInvolved()).isFalse();
    }

    // Twentieth round (reader20i)

    @Test
    void itemsAListClosesOnceAGlossaryItemGoesOnIntoItsPredicate() {
        // 「…被保険者番号が流出した方には謝罪と事情説明を行った」: what was done after the list is no item.
        assertThat(read("""
                架空市の介護保険課で書類を誤送付しました。氏名、住所、被保険者番号が流出した架空太郎氏には謝罪と事情説明を行いました。
                """).dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "INSURANCE_CARD");
        // The list still runs on to a plain noun before the predicate that closes it.
        assertThat(read("""
                架空市で書類を誤送付しました。書類には氏名、住所、会員種別が記載されていました。
                """).dataItems()).containsExactlyInAnyOrder("NAME", "ADDRESS", "OTHER");
    }

    @Test
    void itemsALeadThatGoesOnIntoAVerbBeforeTheListIsNoItem() {
        // 「自分の名を検索すると…名前と住所が表示される」と電話があった: the caller's story, not a list of what leaked.
        assertThat(read("""
                架空学園のウェブサイトで個人情報が閲覧可能になっていました。
                利用者から「自分の名を検索すると、名簿上の名前と住所が表示される」と電話がありました。
                """).dataItems()).doesNotContain("OTHER");
    }

    @Test
    void itemsTheFaxNumberAPaperWasSentToOrThatAMachineHeldIsNoItem() {
        // 「指定されたFAX番号に送信したところ、別の事業所に届いた」: the number the paper went to.
        assertThat(read("""
                架空総合病院で、患者の情報を記載した診療情報提供書を、先方から指定されたFAX番号に送信したところ、別の事業所に届きました。
                """).dataItems()).doesNotContain("PHONE");
        // 「支店窓口のFAX番号が複合機に登録されておらず」: the number a machine held, and whose it was, no item either.
        assertThat(read("""
                架空商事で顧客の書類を誤ってFAX送信しました。原因は、架空支店窓口のFAX番号が複合機に登録されておらず、手入力したことです。
                """).dataItems()).doesNotContain("PHONE", "WORKPLACE");
    }

    @Test
    void itemsALongLineOfBareNounsUnderAHeadingOnWhatLeaked() {
        // 「(1)紛失した個人情報」 then the list on a line of its own, too long to pass for a bullet.
        CaseRecord r = read("""
                架空町立中学校で、引率教諭が遠足のしおりを紛失しました。
                (1)紛失した個人情報
                参加生徒の氏名・緊急連絡先、保護者の連絡先、班別の集合場所
                (2)経緯
                """);
        assertThat(r.dataItems()).containsExactlyInAnyOrder("NAME", "OTHER");
    }

    @Test
    void itemsPersonalDataOfAnUnstatedKindHeldInWhatWasReached() {
        // 「…とは接続していないが、PC内に利用者の個人情報を含むファイルがあった」: held, no item named (OTHER).
        assertThat(read("""
                架空市民センターで職員の私物パソコンが不正アクセスを受けました。当該パソコンは庁内システムとは接続していないが、パソコン内に利用者の個人情報を含むファイルがあった。
                """).dataItems()).containsExactly("OTHER");
        // The same wording where the notice denies any leak: nothing leaked.
        assertThat(read("""
                架空区福祉課で、個人情報を含む保存期間中の文書の一部を誤って廃棄したことが判明しました。なお、個人情報の漏えいは無いことを確認しております。
                """).dataItems()).isEmpty();
    }

    // Stop 35 (lead)

    @Test
    void organisationAQuotedTitleRunOnIntoOtherWordsNamesNoPublisher() {
        // Only the roster's quoted title names a facility; the lead says 当会 alone: no publisher is named.
        assertThat(read("""
                この度、当会職員が鞄の置き引きに遭い、事業の利用者名簿を紛失いたしました。深くお詫び申し上げます。
                紛失した名簿は次のとおりです。
                ①「架空ケアプランセンター」(令和5年4月1日現在)関係の名簿
                (氏名・住所・電話番号)【情報件数:40件】
                """).organization()).isNull();
        // Quoted and then a particle, the name is the body the news is about.
        assertThat(read("""
                「架空県国際交流協会」でメールの誤送信による情報流出が発生した。
                同協会によると、登録者12人のメールアドレスが他の登録者に見える状態で送られた。
                """).organization()).isEqualTo("架空県国際交流協会");
    }
}
