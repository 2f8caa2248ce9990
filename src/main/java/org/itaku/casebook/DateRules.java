package org.itaku.casebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.casebook.DateMentions.Mention;
import org.itaku.casebook.NoticeText.Sentence;

/**
 * Publication, occurrence and discovery dates. The publication date is the date standing alone in the header (or
 * at the end of a digest title line). Event dates come from clauses: the stretch of a sentence from one date to the
 * next, classified by what happens in it (攻撃を受け → occurred, 判明/検知/報告を受け → discovered).
 */
final class DateRules {

    record Result(LocalDate published, LocalDate occurred, LocalDate discovered,
                  String publishedEvidence, String occurredEvidence, String discoveredEvidence) { }

    /** What follows 「以降」 when the date opens a window in which a state held (「1月15日以降、閲覧可能な状態」). */
    private static final String SINCE_THEN_WORDS = "[、,]?[^。]{0,40}(状態|不正アクセス|閲覧|感染|送信され|流出|漏えい|漏洩|(不正|不審)な通信|侵入)";
    /**
     * A page's own date label: what was done to the page (公表, 発表, 掲載, 公開, 発行, 更新, 発信, 作成, 投稿, 配信, 提供) and
     * 日, 日時 or 年月日, after an optional qualifier (最終, 初期, 初回, 報道, 記者, 資料, 情報): 「最終更新日」, 「報道発表日」,
     * 「作成日時」, 「初期公開日」, 「記者発表年月日」, also 「ページ更新日」, 「掲載開始日」, 「登録日」 and the verb alone before a colon
     * (「最終更新:」, 「公開:」) or with 資料 (「報道提供資料」). Not a field of the incident (発生日, 発覚日時), which no such verb names.
     */
    static final String PAGE_DATE_LABEL = "((ページ|最終|初期|初回|報道|記者|資料|情報)?(公表|発表|掲載|公開|発行|更新|発信|作成|投稿|配信|提供|登録|リリース)(開始)?"
            + "(日時|年月日|日|資料)?|日付)";
    private static final Pattern HEADER_REST = Pattern.compile(
            // 「最終更新日:2023年06月26日」: a municipal or association page's last-updated line
            // 「ページ番号1050660 報道発表日 2022年8月19日 印刷」: a page number, the release's labelled date, a print link
            "^(【(?=.*(局|部|課|室)\\s*】\\s*$))?(ページ番号\\s*\\d+\\s*)?" + PAGE_DATE_LABEL
                    + "?[\\s\\d:：()年月日曜火水木金土時分秒付現在/]*(午前|午後)?[\\s\\d:：時分頃]*"
                    // 「2025年11月04日提供 資料提供」: a press release's date line
                    // 「2025年02月14日(金) 18時10分 更新」: a news page's own date line
                    // 「2020年08月14日 総務局」: a press release's date and the bureau that issued it
                    + "((資料)?提供|発表|公表|記者発表|更新|配信|\\p{IsHan}{1,12}(局|部|課|室)(\\s*\\p{IsHan}{1,10}(部|課|室|係))?(発表|公表)?)?(\\s*(資料)?提供)?"
                    // 「(令和6年5月10日 環境局)」, 「【令和6年10月9日 保健福祉局】」: the same line in brackets
                    // 「令和6年10月9日 午後2時 保健福祉局 健康推進課」: with the hour, and the bureau's section after a space
                    // 「更新日:2024年4月1日 印刷ページ表示」: a municipal page's date line with its print link
                    + "(\\s*(印刷(用)?ページ(を)?表示|印刷する|印刷|ページ番号\\s*\\d+))?\\s*[)）】]?\\s*$");
    /** A page's navigation line: a link to a part of the page (「本文へ」, 「フッターへ」) or a breadcrumb (「ホーム > お知らせ > …」). */
    private static final Pattern NAVIGATION_LINE = Pattern.compile(
            "^\\s*([^\\s。、]{1,14}へ|(ホーム|トップページ|トップ|TOP|Home|HOME)\\s*(>|＞|»|≫)[^。]{0,80})\\s*$");
        private static final Pattern PRESS_MARK_BEFORE = Pattern.compile("[(（]\\s*$");
    private static final Pattern PRESS_MARK_AFTER = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?)?\\s*(発表|公表|記者発表)\\s*[)）]");
    /** A labelled date line anywhere (the label of a release, not of an update): 「公表日:」, 「作成日時:」. */
    private static final Pattern LABELLED_DATE_LINE = Pattern.compile("^\\s*(ページ|最終|初期|初回|報道|記者|資料)?(公表|発表|掲載|公開|発行|作成|投稿|配信|登録|リリース)(開始)?(日時|年月日|日)\\s*[:：]?");
    /**
     * 「名簿は2021年12月6日に掲載されたもので」 in a notice of a wrong publication: the day the page with the data went up
     * (passive: the thing put up is the subject) opens the exposure; it is not the notice's own release date.
     */
    private static final Pattern PUT_UP_ON_THE_DATE = Pattern.compile("^\\s*(\\([^)]{1,4}\\))?\\s*に(掲載|公開|アップロード)され");
    /** 「申請書を3月4日に送付しましたが」 in a misdelivery notice: the sending is the event, not a release sent out. */
    private static final Pattern SENT_ON_THE_DATE = Pattern.compile("^\\s*(\\([^)]{1,4}\\))?\\s*に(送付|発送|郵送)(し|いたし|され)");

    /**
     * 「漏洩日時 2022/8/29」 then 「発表日時 2022/8/30」 on the next line: the next field's label is not the date's
     * predicate (not 「…2022年8月29日\nに発表」, a sentence broken inside).
     */
    private static boolean fieldOnTheNextLine(String after) {
        int newline = after.indexOf('\n');
        return newline >= 0 && after.substring(0, newline).isBlank()
                && LABELLED_DATE_LINE.matcher(after.substring(newline + 1)).lookingAt();
    }

    private static final Pattern RANGE_GAP = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?)?\\s*(頃|ごろ|ころ)?\\s*(未明|夜|深夜|早朝|午前|午後)?\\s*(から|~|〜|-|－|―|より)\\s*$");
    private static final Pattern AFTER_DATE = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?(\\s*:\\s*\\d{1,2})?)?\\s*(頃|ごろ|ころ)?\\s*(未明|夜|深夜|早朝|午前|午後|夕方)?\\s*"
                    // (not 「11月6日付けで発送した通知書」: the day it was sent)
                    + "(付(?!け?で\\s*(発送|送付|郵送|送信)し)|まで|迄|以降(?!" + SINCE_THEN_WORDS + ")|以内|締切|期限|をもって|時点|現在|になって(も|なお)|に至って(も|なお)|を過ぎても|に?て?(公表|発表|公開|掲載|リリース|お知らせ|ご報告|ご案内|更新|発信|送付))");
    private static final Pattern OCCURRENCE = Pattern.compile(
            "不正アクセス|攻撃を受け|攻撃され|サイバー攻撃|侵入|感染|暗号化され|ランサム|漏えい|漏洩|流出|誤って|誤送信|誤送付|誤配|"
                    // 「ひったくりに遭い」, 「空き巣が入り」, 「置き引きに遭い」, 「バッグを奪われ」: the words of a theft
                    + "ひったくり|空き巣|置き引き|車上(荒らし|狙い)|奪われ|"
                    + "紛失|盗難|盗まれ|置き忘れ|被害|発生|不正利用|不正ログイン|不正に|不正な(アクセス|ログイン|操作|通信)|送信された|改ざん|持ち出|持ち去|乗っ取|"
                    + "窃取|詐取|(を|に)誤り|誤設定|設定ミス|設定の?誤り|(閲覧|ダウンロード)(でき|可能)|"
                    + "が停止|障害が(発生|生じ)|不具合が(発生|生じ)|に不具合|取り?違え(た|て|る)|"
                    // 「家庭訪問で手渡した封筒に、別の世帯の書類が混入していた」: papers slipped into what was handed over
                    + "混入し(?!てい(ない|なかっ)|ないよう)|混入され(?!てい(ない|なかっ)|ないよう)|" + ContentRules.INSIDER_VIEWING
                    + "|" + ContentRules.LOSS_PLAIN + "|" + ContentRules.WRONG_ADDRESS + "|(知人|友人|家族)に[^。]{0,8}(渡し|提供し)"
                    // 「前日に使った後の所在が分からなくなった」: the moment it went missing (not 「…となっている」, a state found)
                    + "|所在が(分から|わから)なくな(った|り)|所在不明(と|に)な(った|り)"
                    // 「事故が起きたのは9月3日」: the incident named and a plain verb of happening
                    + "|(事故|事案|事件|ミス|トラブル)が(起き|起こっ|起こり)"
                    // 「資料を教室の机に置いたまま退出し」: left where it was lost, the moment the loss began
                    + "|置いたまま(に)?(退出|退室|帰宅|下車|離席|離れ|外出|移動|帰っ)|置き去り"
                    // 「書類を車の屋根に載せたまま走り出し」, 「メモをポケットに入れたまま帰宅」: carried off where it could fall or stay
                    + "|(載せ|乗せ|入れ|挟ん|差し)(た|だ)まま(に)?[、,]?([^。、]{1,6}?を)?(走り出|走行|発進|運転|出発|降車|下車|帰宅|退出|退室|離席|外出|移動|帰っ)");
    /** In a misdelivery notice, the day it was sent is the day it happened. */
    private static final Pattern MISDELIVERY_NOTICE = Pattern.compile("誤(送信|送付|発送|郵送|配|封入|交付|投函|って[^。]{0,15}(送|郵送|配布|FAX|ファクス|交付|提供|渡し))|"
            + ContentRules.WRONG_RECIPIENT + "|" + ContentRules.WRONG_ADDRESS + "|" + ContentRules.OTHERS_ENTRIES_SENT
            // 「一斉メールを宛先が見える形で送信」, 「BCCで送信すべきところ」: every recipient's address shown to the others
            + "|(宛先|アドレス)が(互いに)?(見える|表示される|分かる|わかる|閲覧できる)(形|状態|設定)で[^。]{0,8}(送信|送付|配信)|(BCC|Bcc|bcc)[^。]{0,12}(べき|ところ)"
            // 「メールアドレスを宛先に表示した状態で送信」, 「…が表示される形式(To)で送信」, 「BCCではなくCCで送信」
            + "|(宛先|アドレス)(が|を)[^。、]{0,8}?(見える|表示される|表示した|表示して|閲覧できる)(形式|形|状態|設定|まま)[^。]{0,12}(送信|送付|配信)"
            + "|(BCC|Bcc|bcc)(ではなく|でなく)[^。]{0,12}(送信|送付|配信)"
            // 「受診者から他人の通知が同封されていたとの連絡」: someone else's papers enclosed in what was sent
            + "|(他人|他の方|別の方|別人|ほかの方|他者|別の(受診者|利用者|申請者|お客様|方々))の[^。、]{0,16}(同封|封入|混入)され");
    /** 「審査資料をレターパックで送付」, 「簡易書留により郵送した」: papers sent by a tracked mail service. */
    private static final Pattern SENT_BY_TRACKED_MAIL = Pattern.compile(
            "(レターパック|簡易書留|一般書留|書留|特定記録|ゆうパック)(プラス|ライト|郵便)?[^。、]{0,4}?(で|により|にて)[^。]{0,24}?(郵送|送付|発送)");
    /** 「資料が届いていない」, 「未着」, 「所在不明」: what was sent did not arrive, or is missing. */
    private static final Pattern NOT_ARRIVED = Pattern.compile("届いていな|届いておら|届かな|未着|配達されていな|所在(が)?不明|紛失");
    /** In a notice about a publication error, the day it was put online is the day it happened. */
    private static final Pattern PUBLICATION_NOTICE = Pattern.compile("誤(掲載|公開|アップロード|って[^。]{0,15}(掲載|公開|アップロード))");
    private static final Pattern PUBLISHING = Pattern.compile("(掲載|公開|アップロード)(し|され)");
    private static final Pattern SENDING = Pattern.compile("送信し|を送信|送付し|発送し|郵送し|配布し|投函し|封入|FAX送信|送信され|送付され|発送され|"
            // 「住民票の写しを別の方に交付しました」: a document handed to the wrong person at a counter
            + "交付し|交付され|手渡し|お渡し|渡しまし|"
            // 「…を事務局がメールで案内」: a mail that announced something was sent
            + "(メール|電子メール|FAX|ファクス|郵便|文書)(にて|で)[^。]{0,4}(案内|通知|連絡|送)|(メール|FAX|ファクス)(送付|送信|発送)|"
            // 「令和6年5月7日 申請者3名へ決定通知書を郵送」: a timeline entry closing on the sending (not of an apology)
            // (also 「各勤務先に確認票を控えとして郵送」)
            // (also 「…を申請者(以下、B氏)へ発送。」: the entry names to whom)
            + "(?<!(お詫び|おわび|謝罪|訂正)[^、。\\n]{0,10})(を|として|へ)(郵送|送付|発送)(?=\\s*(。|、|\\n|$))"
            // 「…に案内メールを一斉送信」, 「…を一斉送付、」: a bulk sending told by the noun that closes the entry or clause
            + "|(?<!(お詫び|おわび|謝罪|訂正)[^、。\\n]{0,10})一斉(送信|送付|発送|配信)(?=\\s*(。|、|\\n|$))");
    /**
     * "調査の結果、3月8日に…感染していたことが判明": the date belongs to the event inside the finding, not to the finding.
     * Also reported content: "…に対して11月20日から不正アクセスがあったとの連絡を受け".
     */
    private static final Pattern EMBEDDED_FINDING = Pattern.compile(
            // (also with the means of the finding between: 「…行われていたことが調査により判明」, 「…ことがログの解析の結果、判明」)
            "(?<=[たるりだ])(こと|旨|事実)(が|を)?\\s*([^。、「」]{0,14}?(により|によって|の結果)[、,]?\\s*)?(判明|確認|発覚|分か|わか|特定)");
    private static final Pattern EMBEDDED_REPORT = Pattern.compile(
            // (also 「「…に送信した」との報告」: the reported words quoted)
            "(?<=[たる]|[たる]」)(こと|旨|との|と)(の)?(ご?連絡|報告|指摘|通報|申告|問い?合わ)");
    private static final Pattern INVESTIGATION_BEFORE = Pattern.compile("(調査|確認|解析|分析|点検|精査)[^。]{0,14}(結果|ところ)");
    private static final Pattern DATE_THEN_NI = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?)?\\s*(頃|ごろ|ころ)?\\s*(未明|夜|深夜|早朝|午前|午後|夕方)?\\s*(に(?!は|お|て)|から|以降)");
    private static final Pattern DATE_THEN_COMMA = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?)?\\s*(頃|ごろ|ころ)?\\s*(未明|夜|深夜|早朝|午前|午後|夕方)?\\s*(に)?\\s*[、,]");
    /** "2024年7月26日に第1報としてお知らせいたしました": the date of an earlier notice. */
    /** 「12月7日に「…のお知らせ」を公表」, 「1月26日に公表いたしました「…」」: a titled release published before this one. */
    private static final Pattern EARLIER_RELEASE_AFTER = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(に|付で|付けで)?\\s*([「『][^」』]{1,60}[」』](\\([^)]{0,20}\\))?\\s*(を|として|にて)\\s*"
                    + "(公表|お知らせ|発表|掲載|公開)|(公表|発表|掲載|公開)(いた)?し(ました|た)\\s*[「『])");
    private static final Pattern EARLIER_NOTICE = Pattern.compile("(第[0-9一二三四五]+報|続報|前回)[^。]{0,12}(お知らせ|公表|発表|掲載|ご報告|報告)");
    /** A sentence that goes on about the moment the sentence before it dated: "その際、設定を誤り…". */
    private static final Pattern SAME_MOMENT = Pattern.compile("^(その際|この際|その時|その折)[、,]");
    /** An event word followed by these is a possibility, a precaution or a prior step, not the event. */
    /** 「5日に署に紛失届を出した」: a report filed with the police (紛失届, 盗難届, 被害届) is a response, not the event. */
    /** 「誤送信先の方」, 「流出先」: the word names where it went, a party, not the event. */
    /** 「警察署に被害申告を行い」: the damage declared to the police (申告) is a response; 「被害発覚後」 dates the time after the finding. */
    private static final Pattern NOT_AN_EVENT_AFTER = Pattern.compile("^(でき|可能|に先立|の前|以前|防止|対策|拡大防止|の(おそれ|恐れ|可能性)|届|の?懸念|先|申告|(発覚|判明)後)");
    private static final Pattern REPORT_RECEIVED = Pattern.compile(
            "報告を受け|報告があ|連絡を受け|連絡があ|(と|との|旨の)\\s*電話(があ|を受け|が入)|(連絡|報告|通報)あり|指摘を受け|指摘があ|通報|(?<!(確定|納税|所得|修正))申告(?!書|期限|手続|用紙)|問い?合わ?せがあ|問い?合わ?せを受け|知らせを受け|"
                    // 「…が同封されていたとの連絡」, 「委託先から報告」: a timeline entry closing on the report it received
                    + "(との|旨の|から|からの|より)\\s*(ご?連絡|報告|指摘|問い?合わ?せ|第一報|一報)(?=\\s*(。|\\n|$))|"
                    // 「委託先から市へ第一報」, 「…の漏えい懸念について第一報」: a first report, to whom or about what
                    + "((から|より)[^。、\\n]{1,8}?(へ|に)|について|に関して)\\s*(第一報|一報)(?=\\s*(。|\\n|$))|"
                    + "(報告|連絡|指摘|通報|申告|問い?合わ?せ|知らせ)を(いただ|頂|頂戴|受領)|連絡が入");
    private static final Pattern DISCOVERY = Pattern.compile(
            // 「…の漏洩懸念について連絡を受け」: the concern of a leak is how a card leak first becomes known.
            // 「気付かずに掲載した」, 「書庫を探しても発見できず」: not noticing, or not finding what was lost, is no finding.
            "判明|発覚|検知|認知|気(づ|付)(?!か(ず|な))|アラート|発見(?!でき(ず|ない|なかった|ませ)|(に|には)至|されず|されて(い|お)(ない|らず|ません)|せず)|察知|(漏洩|漏えい|流出)の?懸念|(?<!(全容|全体像|詳細|状況|範囲|件数|人数)を)把握(し|\\s*(。|$))|覚知|認識し|"
                    // 「受け取った方からの電話でわかりました」: a call or mail from someone outside brought the finding.
                    + "からの(連絡|報告|通報|指摘|電話|メール|問い?合わ?せ|申し出|申出)(で|により|によって|を受けて)|(で|により|によって)(わか|分か)(りました|った(?!ら))|"
                    // 「…ことに気が付きました」, 「紛失が明らかになりました」, 「ないことがわかりました」
                    + "気が(付|つ)(?!か(ず|な))|明らか(に|と)な(り|っ|る)|(が|のが)\\s*(わか|分か)(りました|った(?!ら)|り[、,])"
                    // 「4月18日に外部から不正ログインの形跡があり社内調査を実施」: traces seen are how an intrusion is found
                    // (not 「3月10日に…アクセスをされた形跡があり」: a verb before 形跡 holds the event the date is of)
                    + "|の(形跡|痕跡)が(あり|あっ|見つか|残って)");
    private static final Pattern STATE_CONFIRMED = Pattern.compile("てい(る|た)(こと|事|の|状況|状態)?(を|が)?(確認|判明)");
    private static final Pattern PASSIVE_CONFIRMED = Pattern.compile("(こと|事実|旨)が?確認され");
    private static final Pattern ACTIVE_CONFIRMED = Pattern.compile("を確認(いた)?し");
    private static final Pattern POPULATION_WINDOW = Pattern.compile(
            "(期間中?|まで|の間|\\d日)\\s*に?[^。]{0,80}(購入|登録|申込|申し込|利用|決済|受診|来店|入会|ご注文|注文|応募|受験|入力)(され|し|い|を|が|の)");
    /**
     * A range under 「対象」 or 「期間」 (「対象となるお客様」 heading, 「対象:2月10日~5月25日」, 「漏えいの疑いのある期間」)
     * is the affected window, unless it is a period of the response (受付, 休業, 停止).
     */
    private static final Pattern WINDOW_LABEL = Pattern.compile("対象|期間");
    private static final Pattern RESPONSE_PERIOD = Pattern.compile("受付|休業|停止|公開|掲載|募集|調査|窓口|開設|設置");
    /** 「警察に相談(7月1日)」: a date in brackets after the step it dates is an aside about the response. */
    private static final Pattern ASIDE_OPEN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]\\s*\\(\\s*$");
    private static final Pattern ASIDE_CLOSE = Pattern.compile("^\\s*(\\([月火水木金土日](曜日?)?\\))?\\s*\\)");
    private static final Pattern FUTURE = Pattern.compile("予定|見込み|までに");
    /** 「2025年2月4日10時~12時の間に」: a date with a time range is a window in which something went on. */
    private static final Pattern TIME_WINDOW_AFTER = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?\\s*\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?\\s*(頃|ごろ|ころ)?\\s*(~|〜|-|－|から)\\s*(午前|午後)?\\s*\\d{1,2}\\s*(時|:)");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(\\(\\d{1,2}\\)|\\d{1,2}\\s*[.、)]|[①-⑳]|[・•■●◆⚫○◎□◇▪-])\\s*");
    /** What may follow a timeline entry's day when the day heads the entry alone: a weekday, a time of day, a closing bracket. */
    private static final Pattern BARE_HEAD_AFTER = Pattern.compile(
            "[ \\t]*(\\([^)]{1,4}\\)|[月火水木金土日]曜日?)?[ \\t]*(午前|午後)?[ \\t]*(\\d{1,2}[ \\t]*(時|:)[ \\t]*(\\d{1,2}[ \\t]*分?)?[ \\t]*)?"
                    + "(頃|ごろ|ころ|過ぎ|すぎ)?[ \\t]*[】\\]〕]?\\s*");
    /** 「1月15日以降、閲覧可能な状態」: the date opens a window in which a state held. */
    private static final Pattern SINCE_THEN_STATE = Pattern.compile("^\\s*(\\([^)]{1,4}\\))?\\s*以降" + SINCE_THEN_WORDS);
    /** A reason clause before the date: what the sentence's main verb (a sanction, an announcement) was for. */
    private static final Pattern REASON_BEFORE = Pattern.compile("(として|とされ|ことから|ことを受け)\\s*[、,]\\s*$");
    /** 「…が発覚したのは同日午後4時頃」: a cleft sentence puts the date of the finding after its verb. */
    private static final Pattern CLEFT_FINDING_BEFORE = Pattern.compile("(発覚|判明|発見|気づ|気付|把握|覚知|認知)(した|いた)のは\\s*[、,]?\\s*$");
    /** 「…旨の報告が、9月8日(月)に届いた」: a report named before its date and received after it. */
    private static final Pattern REPORT_NOUN_BEFORE = Pattern.compile("(連絡|報告|通報|指摘|知らせ|問い?合わ?せ|申告|情報提供)(が|を)\\s*[、,]?\\s*$");
    private static final Pattern REPORT_VERB_AFTER = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?)?\\s*(頃|ごろ|ころ)?\\s*に?\\s*"
                    // 「…との連絡が、9月4日に町民課の窓口に寄せられた」: the desk it reached may stand before the verb
                    + "([^。、]{1,20}?(に|へ))?(あっ|あり|ある|受け|受|いただ|頂|入っ|入り|寄せられ|届い|届き)");
    /** 「所在不明になっていることが判明」, 「紛失していることが分かった」: the item missing as the day found it. */
    private static final Pattern MISSING_NOW_FOUND = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?[\\d\\s時分:頃ごろ]*に\\s*(((所在|行方)(が)?不明(に|と)なっ|紛失し|なくなっ|無くなっ|見当たらなくなっ)てい(る|ます)"
                    // 「3月8日に所在不明であることが判明」: the same state told with the copula
                    + "|(所在|行方)(が)?不明で(ある|あります))(こと|事)(が|を)?\\s*(判明|確認|発覚|分か|わか)");
    /** The date opens its sentence (after a list mark at most) and is set off by a comma: 「6月14日(金)、…」. */
    private static boolean headsItsSentence(String text, Sentence s, Mention head) {
        return LIST_NUMBER.matcher(text.substring(s.start(), head.start())).replaceFirst("").isBlank()
                && DATE_THEN_COMMA.matcher(text.substring(head.end(), Math.min(s.end(), head.end() + 30))).lookingAt();
    }

    /** A clause closing on what someone said or admitted: 「…を行ったことを話している」, 「…した旨を供述」. */
    private static final Pattern SAID_CLOSES = Pattern.compile(
            "(た|る|だ)(こと|旨)(を|について)[^。、]{0,8}?(話し|話す|述べ|供述|証言|認め)(て(いる|います|おり)|た|ました|る)?[。)）\\s]*$");
    /**
     * 「6月5日(水)に、端末がマルウェアに感染していることが判明」: a date set off by に and a comma before a state found as it
     * stood (ている, not ていた) is the finding's; so is a date told as the moment it came to (「1月23日になり、…紛失して
     * いることが判明」, 「…になって、」).
     */
    private static final Pattern STATE_FOUND_AFTER_COMMA = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?[\\d\\s時分:頃ごろ]*に(なり|なって)?[、,][^。]{0,60}?てい(る|ます)(こと|事)(が|を)\\s*(判明|確認|発覚|分か|わか)");
    /** What stands before a date on its line, up to the end of an earlier date there and the space after it. */
    private static final Pattern FIELD_AFTER_A_DATE = Pattern.compile("^.*\\d\\s*日\\s*(\\([^)]{1,4}\\))?[ \\t　]+(?=\\S)");
    /** 「午後6時の時点までは…に収められていた」, 「…時点までは…にあった」: a state that held up to the date's moment. */
    private static final Pattern LAST_SEEN = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後|夕方|夜|朝)?[\\d\\s時分:半]*(頃|ごろ)?\\s*(の段階|の時点|時点)?\\s*まで(は|の間は)[、,]?[^。]{0,40}?(てい(た|る)|あった|あること)");
    /** 「5月8日に実施した定期点検において」, 「6月3日に行った監査で」: a date naming when a check was made. */
    private static final Pattern CHECK_ON_THE_DATE = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*に\\s*(実施|行っ|おこなっ)(し)?た[^。、]{0,16}?(点検|確認|調査|監査|棚卸し?|検査|照合)(作業)?(において|で|の際|の結果|により)");

    private static boolean discoveryFollows(String clause) {
        return Prefilter.find(DISCOVERY, wordsOf(clause)) || Prefilter.find(STATE_CONFIRMED, wordsOf(clause));
    }

    /** A sentence's topic alone: 「当社は、」, 「本学では」. */
    private static final Pattern TOPIC_ONLY = Pattern.compile("^\\s*[^、。\\n]{1,20}(は|では)\\s*[、,]?\\s*$");
    /** 「…が判明した後、」, 「発覚後、」: a clause told after a first finding, which it does not date. */
    private static final Pattern AFTER_AN_EARLIER_FINDING = Pattern.compile("(判明|発覚|把握|検知|覚知|認知|発見)(し(た)?)?後\\s*[、,]");
    /** A service stopping or files being encrypted is noticed the day it happens (「未明から…予約システムが停止」). */
    private static final Pattern NOTICED_AT_ONCE = Pattern.compile(
            "が停止|停止状態|障害が(発生|生じ)|障害を起こ|不具合が(発生|生じ)|に不具合|つながらな|繋がらな|(利用|使用|起動|ログイン)(でき|が?不能)"
                    // 「朝から予約サーバーに接続できない事態が発生」: a symptom the publisher met that day
                    + "|(アクセス|接続)(できな|が?不能|が出来な)");

    /**
     * The clause with the line breaks of a wrapped paragraph taken out (「…との連絡」 + 「がありました。」), for the
     * finding words that a break can split.
     */
    private static String wordsOf(String clause) {
        return clause.indexOf('\n') < 0 ? clause : clause.replace("\n", "");
    }

    private static final Pattern TIMELINE_HEAD_AFTER = Pattern.compile(
            "^[ \\t]*(\\([^)]{1,4}\\)|[月火水木金土日]曜日?)?[ \\t]*(午前|午後)?[ \\t]*(\\d{1,2}[ \\t]*(時|:)[ \\t]*(\\d{1,2}[ \\t]*分?)?[ \\t]*(頃|ごろ|ころ)?)?[ \\t]*[】\\]〕]?[ \\t]*\\n");
    /** A timeline entry closing on a report received: 「…旨の連絡あり」, 「…との報告を受ける」. */
    private static final Pattern REPORT_CLOSES = Pattern.compile(
            "(旨|との|と)の?(ご?連絡|報告|通報|指摘)(あり|があ(り|っ)|を受け)[^。]{0,10}。?\\s*$");
    /**
     * A finding moments after an undated-here event: 「送った直後に宛先の誤りに気づき」, 「5分後に同僚が…に気づき」, also hours
     * later and told through who called (「送信の約20分後、受け取った会員から「…」と電話があり、誤りが判明」), or 把握 (「送信の直後に
     * 受信者から電話があり、担当課が誤りを把握」).
     */
    /** 「事案発生から約20分後に、…当該メールの削除を依頼」: a response minutes after the event, in a sentence with no date. */
    private static final Pattern RESPONDED_MOMENTS_LATER = Pattern.compile(
            "(直後|数分後|\\d{1,3}\\s*分後|約?\\d{1,2}\\s*時間後)[^。]{0,50}(削除[^。]{0,12}(依頼|お願い)|(謝罪|お詫び|おわび)(を(行|し|いた)|し))");
    private static final Pattern NOTICED_MOMENTS_LATER = Pattern.compile(
            "(直後|数分後|\\d{1,3}\\s*分後|約?\\d{1,2}\\s*時間後|間もなく)[^。]{0,70}(気づ|気付|判明|発覚|発見|把握(し|\\s*(。|$))|覚知)");

    /**
     * A first response to a known incident: an investigation asked for or begun, a system cut off, a report to the
     * police or an authority, a request to delete what was sent, an apology made (not 「深くお詫び申し上げます」, which
     * carries no date). One made the day the event happened means the publisher knew that day.
     */
    private static final Pattern RESPONSE_ON_THE_DAY = Pattern.compile(
            "(調査|確認作業)[^。、]{0,6}(依頼|開始|実施)|遮断|切り?離し|隔離|"
                    + "(警察|署)[^。、]{0,6}(相談|届|通報)|(委員会|省|庁)[^。、]{0,4}(に|へ)(報告|連絡|相談)|"
                    + "削除[^。]{0,12}(依頼|お願い)|(謝罪|お詫び|おわび)(を(行|し|いた)|し|と|、)");

    private DateRules() {
    }

    static Result apply(NoticeText nt) {
        String text = nt.text;
        List<Mention> mentions = daysOfTheArticle(nt, DateMentions.find(text));
        // Published: first header-like date line among the first non-blank lines.
        Mention publishedMention = null;
        String publishedEvidence = null;
        int seen = 0;
        for (NoticeText.Line line : nt.lines) {
            if (line.text().isBlank() || line.text().length() <= 100 && NAVIGATION_LINE.matcher(line.text()).matches()) {
                continue; // 「本文へ」, 「ホーム > お知らせ > …」: a page's navigation, above its title and date line
            }
            if (++seen > 8) {
                break;
            }
            if (line.heading() && NoticeText.ENUMERATED_HEADING.matcher(line.text()).lookingAt()) {
                break; // 「1 経緯」 then 「令和6年5月20日」: under a numbered section the date is a timeline entry's
            }
            Sentence joined = nt.sentenceAt(line.start());
            if (joined != null && joined.end() > line.end() && nt.previousLineText(line.index()).strip().endsWith("。")) {
                break; // 「時系列でご説明します。」 then 「平成27年4月7日(火)」 heading its entry: a timeline under prose has begun
            }
            Mention m = publishedDateOn(line, mentions, text, seen == 1);
            if (m != null && headsAnEntry(nt, line) && laterEntryBelow(nt, mentions, line, m)) {
                // 「令和6年9月10日(火曜日)」 over 「担当職員が…収納した。」, and the same again further down: the first entry of a
                // timeline that follows the title directly, not the release's date.
                break;
            }
            // 「1.発生年月日」 then 「令和6年6月25日(火曜日)」: a date filling a field dates the incident, not the notice.
            if (m != null && fieldLabel(nt, m) == null) {
                publishedMention = m;
                publishedEvidence = line.text().strip();
                boolean markedBelow = updateMarkBelow(nt, line);
                if ((line.text().contains("更新") || line.text().contains("追記") || markedBelow)
                        && !Prefilter.find(LABELLED_DATE_LINE, line.text())) {
                    // A bare date line below counts only under a title marked as updated: below a page's 「更新日:」
                    // line it is as likely the first entry of the body's timeline.
                    Mention released = releaseDateBelow(nt, mentions, line.index(),
                            markedBelow || line.text().contains("追記"));
                    if (released != null) {
                        publishedMention = released;
                        publishedEvidence = nt.lineAt(released.start()).text().strip();
                    }
                }
                break;
            }
        }
        if (publishedMention == null) {
            for (NoticeText.Line line : nt.lines) {
                if (Prefilter.find(LABELLED_DATE_LINE, line.text())) {
                    for (int k = firstAtOrAfter(mentions, line.start()); k < mentions.size()
                            && mentions.get(k).start() < line.end(); k++) {
                        Mention m = mentions.get(k);
                        if (m.hasYear() && m.end() <= line.end()) {
                            publishedMention = m;
                            publishedEvidence = line.text().strip();
                            break;
                        }
                    }
                }
                if (publishedMention != null) {
                    break;
                }
            }
        }
        if (publishedMention == null) {
            // 「…漏えいしました。(令和6年12月6日 10時30分発表)」: a press release's own mark in brackets.
            for (Mention m : mentions) {
                if (m.start() > 3000) {
                    break;
                }
                if (m.hasYear() && Prefilter.find(PRESS_MARK_BEFORE, text.substring(Math.max(0, m.start() - 3), m.start()))
                        && PRESS_MARK_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 24))).lookingAt()) {
                    publishedMention = m;
                    Sentence s = nt.sentenceAt(m.start());
                    publishedEvidence = s == null ? text.substring(m.start(), m.end()) : s.text();
                    break;
                }
            }
        }
        if (publishedMention == null) {
            int tail = 0;
            for (int i = nt.lines.size() - 1; i >= 0 && tail < 6 && publishedMention == null; i--) {
                NoticeText.Line line = nt.lines.get(i);
                if (line.text().isBlank()) {
                    continue;
                }
                tail++;
                Mention m = publishedDateOn(line, mentions, text, false);
                if (m == null && SOURCE_HEADING.matcher(nt.previousLineText(line.index(), 2)).matches()) {
                    m = sourceTitleDate(line, mentions, text);
                }
                if (headsAnEntry(nt, line)) {
                    continue; // the date heads the timeline entry joined to it or on the line below, it does not sign the notice
                }
                if (m != null && fieldLabel(nt, m) == null) {
                    publishedMention = m;
                    publishedEvidence = line.text().strip();
                }
            }
        }
        LocalDate published = publishedMention == null ? null : DateMentions.resolve(publishedMention, null, null);

        // Year anchors: explicit years in text order (with a day or with a month only).
        List<int[]> anchors = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.hasYear() && m.year() >= DateMentions.FIRST_PLAUSIBLE_YEAR) {
                anchors.add(new int[] {m.start(), m.year()});
            }
        }
        for (int[] ym : DateMentions.yearMonths(text)) {
            if (ym[1] >= DateMentions.FIRST_PLAUSIBLE_YEAR) {
                anchors.add(ym);
            }
        }
        anchors.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> factAnchors = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            int[] a = anchors.get(k);
            NoticeText.Line line = nt.lineAt(a[0]);
            if (line != null && line.section() == NoticeText.Section.FACTS) {
                // 「11月30日、…気付いた。令和2年4月から令和4年9月までに送付した…」: a year-less date told before a range
                // (its only anchor) comes after the range ends, so it takes the range's last year.
                int[] next = k + 1 < anchors.size() ? anchors.get(k + 1) : null;
                boolean rangeToNext = next != null && next[1] > a[1] && next[0] - a[0] <= 24
                        && RANGE_TO_NEXT_ANCHOR.matcher(text.substring(a[0], next[0])).matches();
                factAnchors.add(rangeToNext ? new int[] {a[0], next[1]} : a);
            }
        }
        Mention lead = newsLeadDate(nt, mentions);
        if (publishedMention != null && published != null && lead != null && lead != publishedMention
                && (lead.month() != published.getMonthValue() || lead.day() != published.getDayOfMonth())) {
            // 「2026.01.03(土)」 above 「A県は4月19日、…と発表した」 and nothing else after 2019: the page's own date (a news
            // site's chrome), not the notice's. The lead dates the publication.
            int header = publishedMention.start();
            Integer latestOther = anchors.stream().filter(a -> a[0] != header).map(a -> a[1]).max(Integer::compare).orElse(null);
            if (latestOther != null && published.getYear() > latestOther) {
                anchors.removeIf(a -> a[0] == header);
                factAnchors.removeIf(a -> a[0] == header);
                publishedMention = lead;
                published = DateMentions.resolve(lead, latestOther, null);
                publishedEvidence = nt.sentenceAt(lead.start()).text();
            } else {
                // 「2024-06-12 掲載」 above 「A局は7日、…を公表した」: a news page dated days after the announcement it
                // reports; the announcement's day is the notice's.
                LocalDate announced = DateMentions.resolve(lead, lead.hasYear() ? null : published.getYear(), null);
                if (announced != null && announced.isBefore(published) && !announced.plusDays(31).isBefore(published)) {
                    publishedMention = lead;
                    published = announced;
                    publishedEvidence = nt.sentenceAt(lead.start()).text();
                }
            }
        }
        Integer latestFullYear = null;
        for (Mention m : mentions) {
            if (m.hasYear() && m.year() >= DateMentions.FIRST_PLAUSIBLE_YEAR && (latestFullYear == null || m.year() > latestFullYear)) {
                latestFullYear = m.year();
            }
        }
        FiscalYears fiscal = fiscalYears(text);
        YearHints hints = new YearHints(anchors, factAnchors, fiscal.single(), fiscal.acrossTwo(), latestFullYear);
        if (publishedMention == null) {
            // News lead: 「A市は4月11日、…と発表した」 dates the publication; its year comes from the other dates.
            if (lead != null) {
                publishedMention = lead;
                // The announcement is the latest thing the text reports: the latest year it names.
                Integer latest = anchors.stream().map(a -> a[1]).max(Integer::compare).orElse(null);
                published = DateMentions.resolve(lead, latest != null ? latest : hints.yearFor(lead), null);
                publishedEvidence = nt.sentenceAt(lead.start()).text();
            }
        }
        if (publishedMention == null && text.contains("本日")) {
            // 「該当の保護者に、本日(2月3日)、電話で説明と謝罪をいたします」: the notice names its own day.
            Mention today = todayInBrackets(text, mentions);
            LocalDate day = today == null ? null : DateMentions.resolve(today, hints.yearFor(today), null);
            if (day != null) {
                publishedMention = today;
                published = day;
                Sentence s = nt.sentenceAt(today.start());
                publishedEvidence = s == null ? text.substring(today.start(), today.end()) : s.text();
            }
        }

        LocalDate occurred = null;
        LocalDate discovered = null;
        String occurredEvidence = null;
        String discoveredEvidence = null;
        boolean occurredYearGiven = false;
        LocalDate fieldFinding = null;
        String fieldFindingEvidence = null;
        LocalDate previous = null;
        Set<Integer> skip = new HashSet<>();
        if (publishedMention != null) {
            skip.add(publishedMention.start());
        }
        if (lead != null) {
            // 「架空大は18日、…紛失したと発表した」 under the page's own date line: the lead's day is the announcement's,
            // neither the event nor the finding, even when the date line is taken as the publication.
            skip.add(lead.start());
        }
        // Papers lost in the post: the sending (by tracked mail) is where the loss begins, as it is in a misdelivery.
        boolean misdeliveryNotice = Prefilter.find(MISDELIVERY_NOTICE, text)
                || (text.contains("レターパック") || text.contains("書留") || text.contains("特定記録") || text.contains("ゆうパック"))
                && Prefilter.find(SENT_BY_TRACKED_MAIL, text) && Prefilter.find(NOT_ARRIVED, text);
        boolean publicationNotice = Prefilter.find(PUBLICATION_NOTICE, text);
        int cursor = 0;
        boolean previousSentenceDated = false;
        int entryLine = -1; // the line a timeline entry's day heads, where the sentence before ended
        LocalDate undatedFinding = null;
        String undatedFindingEvidence = null;
        List<LocalDate> responseDays = new ArrayList<>();
        // The days the item was used, put away or seen where it belonged, each with the first sentence telling it.
        Map<LocalDate, String> inHandDays = new HashMap<>();
        for (Sentence s : nt.sentences) {
            // Mentions are sorted, sentences are in text order: walk both once.
            while (cursor < mentions.size() && mentions.get(cursor).start() < s.start()) {
                cursor++;
            }
            List<Mention> inSentence = new ArrayList<>();
            for (int k = cursor; k < mentions.size() && mentions.get(k).start() < s.end(); k++) {
                Mention m = mentions.get(k);
                if (m.end() <= s.end() && !skip.contains(m.start())) {
                    inSentence.add(m);
                } else if (inSentence.isEmpty() && published != null && m == publishedMention && m == lead && m.hasYear()) {
                    // 「A病院は2022年3月9日、…と公表した。同日の未明、…」: 同日 is the announcement's day.
                    previous = published;
                }
            }
            if (!s.factual()) {
                continue;
            }
            if (inSentence.isEmpty()) {
                // "その際、アクセス権限の設定を誤り…": the moment the sentence before dated.
                if (previous != null && Prefilter.find(SAME_MOMENT, s.text()) && hasEvent(s.text(), misdeliveryNotice, publicationNotice)
                        && !statesTheFuture(nt, s.text(), s.start()) && (occurred == null || previous.isBefore(occurred))) {
                    occurred = previous;
                    occurredEvidence = s.text();
                }
                // 「17日夕方、…店に寄った。午後9時ごろ、かばんがないことに気付き」: a sentence opened by a time of
                // day alone goes on with the day the sentence before dated.
                if (previous != null && previousSentenceDated && TIME_OF_DAY_OPENING.matcher(s.text()).lookingAt()) {
                    if (Prefilter.find(DISCOVERY, s.text())) {
                        if (discovered == null || previous.isBefore(discovered)) {
                            discovered = previous;
                            discoveredEvidence = s.text();
                        }
                    } else if (hasEvent(s.text(), misdeliveryNotice, publicationNotice) && !statesTheFuture(nt, s.text(), s.start())
                            && (occurred == null || previous.isBefore(occurred))) {
                        occurred = previous;
                        occurredEvidence = s.text();
                    }
                }
                // 「R7.3.5 15時過ぎ、A氏から電話。通知書が届いたとの連絡を受け、誤送付が発覚。」: the rest of the line a timeline
                // entry's day heads is of that day.
                // 「■3月4日」 then 「…担当者に問い合わせた。」 「…返事だった。」 「…所在不明であることが判明した。」 on the lines right
                // below: the entry goes on, line after line, until a blank line, a heading or a list mark; all of it is of that day.
                boolean inEntry = entryLine >= 0 && entryGoesOn(nt, s, entryLine);
                if (previous != null && inEntry
                        && (Prefilter.find(DISCOVERY, wordsOf(s.text())) || Prefilter.find(REPORT_RECEIVED, wordsOf(s.text())))
                        && (discovered == null || previous.isBefore(discovered))) {
                    discovered = previous;
                    discoveredEvidence = s.text();
                }
                NoticeText.Line sentenceEnd = nt.lineAt(s.end() - 1);
                entryLine = inEntry && sentenceEnd != null ? sentenceEnd.index() : -1;
                previousSentenceDated = false;
                if (previous != null && undatedFinding == null && Prefilter.find(DISCOVERY, wordsOf(s.text()))) {
                    undatedFinding = previous; // dated only if the next dated sentence opens on 同日 (below)
                    undatedFindingEvidence = s.text();
                }
                // 「5分後に同僚が誤送信に気づき」: noticed moments after the event the sentence before dated.
                if (previous != null && (s.text().indexOf('後') >= 0 || s.text().indexOf('間') >= 0) && Prefilter.find(NOTICED_MOMENTS_LATER, s.text())
                        && (discovered == null || previous.isBefore(discovered))) {
                    discovered = previous;
                    discoveredEvidence = s.text();
                }
                if (previous != null && s.text().indexOf('後') >= 0 && Prefilter.find(RESPONDED_MOMENTS_LATER, s.text())) {
                    responseDays.add(previous);
                }
                continue;
            }
            previousSentenceDated = true;
            NoticeText.Line headLine = nt.lineAt(inSentence.get(0).start());
            NoticeText.Line endLine = nt.lineAt(s.end() - 1);
            entryLine = inSentence.size() == 1 && headLine != null && endLine != null
                    && LIST_NUMBER.matcher(text.substring(headLine.start(), inSentence.get(0).start())).replaceFirst("").isBlank() ? endLine.index() : -1;
            if (inSentence.size() == 1 && endLine != null && BARE_HEAD_AFTER.matcher(text.substring(inSentence.get(0).end(), s.end())).matches()
                    && LIST_NUMBER.matcher(text.substring(s.start(), inSentence.get(0).start())).replaceFirst("").replaceFirst("^\\s*[【\\[〔]", "").isBlank()) {
                // (also 「【令和6年6月6日 木曜日】」: the day in brackets on a line of its own)
                // 「・6月3日(月)9:40ごろ」 with its entry below a blank line, or 「- 同日 午前11時頃」 left at the end of the
                // entry before: a day and a time alone head the entry on the next line.
                entryLine = nt.nextLineIndex(endLine.index(), 2);
            }
            if (undatedFinding != null) {
                // 「6月4日 …を誤って配信」, 「担任が誤りに気づき、教頭に伝えた。」, 「同日中に…謝罪」: a finding told
                // between a date and a step taken 同日 (the same day) was on that day.
                Mention head = inSentence.get(0);
                if ("同日".equals(head.relative()) && text.substring(s.start(), head.start()).isBlank()
                        && (discovered == null || undatedFinding.isBefore(discovered))) {
                    discovered = undatedFinding;
                    discoveredEvidence = undatedFindingEvidence;
                }
                undatedFinding = null;
            }
            for (int i = 0; i < inSentence.size(); i++) {
                Mention m = inSentence.get(i);
                if (i > 0 && RANGE_GAP.matcher(text.substring(inSentence.get(i - 1).end(), m.start())).matches()) {
                    continue; // the end of a range: the event is dated by the range's start
                }
                if (i > 0 && listedDay(text, inSentence.get(i - 1), m)) {
                    continue; // 「4月8日(月)、9日(火)」: the second day of a list goes with the first
                }
                boolean rangeStart = i + 1 < inSentence.size()
                        && RANGE_GAP.matcher(text.substring(m.end(), inSentence.get(i + 1).start())).matches();
                int clauseEnd = s.end();
                for (int j = i + 1; j < inSentence.size(); j++) {
                    Mention next = inSentence.get(j);
                    if (RANGE_GAP.matcher(text.substring(inSentence.get(j - 1).end(), next.start())).matches()
                            || listedDay(text, inSentence.get(j - 1), next)
                            || COORDINATED_GAP.matcher(text.substring(inSentence.get(j - 1).end(), next.start())).matches()) {
                        continue; // 「6月17日および7月14日に…が発生」: dates joined by および share the predicate after the last
                    }
                    clauseEnd = next.start();
                    break;
                }
                if (clauseEnd < s.end() && clauseEnd - m.end() <= 48 && PARALLEL_SOURCE.matcher(text.substring(m.end(), clauseEnd)).matches()) {
                    clauseEnd = s.end(); // 「7日には利用者から、8日にはカード会社から、それぞれ…報告を受け」: one predicate for both
                }
                // 「…区分 2.経緯 ○令和5年4月12日 ・…」: in an excerpt whose lines ran together, a list mark after a space opens
                // a timeline entry inside the sentence; the date heads that entry, not the text before the mark.
                int entryMark = entryMarkBefore(text, s, m);
                int clauseStart = entryMark >= 0 ? entryMark : i == 0 ? s.start() : m.start();
                LocalDate date = m.relativeDay() ? m.from(previous)
                        : DateMentions.checkWeekday(m, DateMentions.resolve(m, hints.yearFor(m), published), text);
                if (date == null || !DateMentions.weekdayHolds(m, date, text)) {
                    continue;
                }
                previous = date;
                String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
                if (Prefilter.find(AFTER_DATE, after) && !fieldOnTheNextLine(after)
                        && !(publicationNotice && PUT_UP_ON_THE_DATE.matcher(after).lookingAt())
                        && !(misdeliveryNotice && SENT_ON_THE_DATE.matcher(after).lookingAt())) {
                    continue;
                }
                if (bracketedTitleDate(nt, m)) {
                    continue; // 「【6月4日】案内はがきの誤送付について(架空保健課)」: the release's own title, not the event
                }
                String clause = text.substring(clauseStart, clauseEnd);
                if (clause.indexOf('報') >= 0 && Prefilter.find(EARLIER_NOTICE, clause)) {
                    continue; // "7月26日に第1報としてお知らせした": the date of an earlier notice
                }
                if (EARLIER_RELEASE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 90))).lookingAt()) {
                    continue; // 「12月7日に「…に関するお知らせ」を公表いたしました」: the date of an earlier release
                }
                String label = fieldLabel(nt, m);
                if (label == null && statesTheFuture(nt, clause, clauseStart)) {
                    continue;
                }
                if (label == null && bracketedAside(text, m)) {
                    continue;
                }
                boolean affectedWindow = rangeStart && (Prefilter.find(POPULATION_WINDOW, clause) || labelledWindow(nt, s, m));
                // A list number before the date (「(1)5月28日…」, 「・5月28日…」) leaves it at the head of its sentence.
                String beforeInSentence = LIST_NUMBER.matcher(text.substring(entryMark >= 0 ? entryMark : s.start(), m.start())).replaceFirst("");
                String afterMention = text.substring(m.end(), Math.min(s.end(), m.end() + 30));
                // A timeline's date on a line of its own (「【令和6年8月5日 月曜日】」, then the entry) heads the entry.
                boolean headDate = beforeInSentence.strip().length() <= 2 && (DATE_THEN_COMMA.matcher(afterMention).lookingAt()
                        || TIMELINE_HEAD_AFTER.matcher(afterMention).lookingAt())
                        // 「当社は、9月12日未明、…が感染したことを確認いたしました」: a topic alone before the date set off by a
                        // comma leaves it at the head of its sentence.
                        || beforeInSentence.indexOf('は') >= 0 && TOPIC_ONLY.matcher(beforeInSentence).matches()
                        && DATE_THEN_COMMA.matcher(afterMention).lookingAt();
                // "調査の結果、3月8日に…感染していたことが判明": the date is the finding's content, not the finding.
                boolean embedded = label == null && !headDate && !reportLeadsToTheFinding(clause) && (Prefilter.find(EMBEDDED_FINDING, clause)
                        && (i > 0 || DATE_THEN_NI.matcher(afterMention).lookingAt() || Prefilter.find(INVESTIGATION_BEFORE, beforeInSentence))
                        && eventBeforeTheFinding(clause, m.end() - clauseStart, misdeliveryNotice, publicationNotice)
                        || (i > 0 || !beforeInSentence.isBlank()) && reportedContentHoldsTheDate(clause));
                boolean foundAsItStood = embedded && !rangeStart && (clause.indexOf('て') >= 0 || clause.contains("不明で")) && (MISSING_NOW_FOUND.matcher(afterMention).lookingAt()
                        || STATE_FOUND_AFTER_COMMA.matcher(text.substring(m.end(), clauseEnd)).lookingAt());
                if (foundAsItStood) {
                    // 「同月4日に紛失していることが判明した」: a state found as it stood that day (ている, not ていた)
                    // is the finding's, not the loss's; when the item went missing is not told.
                    embedded = false;
                }
                // 「2月10日~5月25日の間に決済したお客様」, 「漏えいの疑いのある期間 2月10日~5月31日」: the affected window
                // begins when the incident began.
                // 「12月9日に区長が死亡し、その後の遺品整理の過程で書類が所在不明となった」: what came after その後 is not of the date.
                int later = clause.indexOf("その後", m.end() - clauseStart);
                boolean occurrence = affectedWindow
                        || hasEvent(later < 0 ? clause : clause.substring(0, later), misdeliveryNotice, publicationNotice);
                boolean discovery;
                boolean counts;
                if (label != null) {
                    discovery = label.equals("discovered") || label.equals("both");
                    counts = label.equals("occurred") || label.equals("both");
                } else if (embedded) {
                    discovery = false;
                    counts = true;
                } else if (Prefilter.find(REPORT_RECEIVED, wordsOf(clause)) || Prefilter.find(DISCOVERY, wordsOf(clause))
                        || Prefilter.find(STATE_CONFIRMED, wordsOf(clause))) {
                    discovery = true;
                    counts = false;
                } else if (occurrence && Prefilter.find(PASSIVE_CONFIRMED, clause)) {
                    discovery = false;
                    counts = true;
                } else if (occurrence && Prefilter.find(ACTIVE_CONFIRMED, clause)) {
                    discovery = true;
                    counts = true;
                } else if (!occurrence && headDate && clauseEnd < s.end()) {
                    // "11月29日、A社より、…11月20日から…があったとの連絡を受けました": the head date takes the main verb.
                    String rest = text.substring(clauseEnd, s.end());
                    discovery = Prefilter.find(REPORT_RECEIVED, rest) || Prefilter.find(DISCOVERY, rest);
                    counts = false;
                } else {
                    discovery = false;
                    // 「6月10日から、情報が流出した23人に順次おわび」: the event only describes whom the step
                    // reached; the date is the response's.
                    counts = occurrence && !(label == null && !affectedWindow && (Prefilter.find(RESPONSE_STEP, clause)
                            && eventsOnlyDescribeNouns(nt, clause, clauseStart, misdeliveryNotice) || eventsAreTheTopic(clause)));
                }
                if (label == null && headDate && !rangeStart) {
                    // 「4月2日(水)未明、当社サーバーが暗号化されていることを、出社した社員が確認しました」: a date set off by a
                    // comma belongs to the clause's last predicate.
                    Predicate last = Predicate.last(nt, m.end(), clauseEnd);
                    Predicate first = counts || !occurrence ? null : Predicate.after(nt, m.end(), clauseEnd);
                    // ... unless the sentence ends on a report received: then the event is what was reported, undated.
                    boolean firstIsEvent = first != null && !first.negated() && !first.finding() && first.clauseEnds()
                            && !(last != null && last.report())
                            && hasEvent(text.substring(m.end(), first.end()), misdeliveryNotice, publicationNotice);
                    if (firstIsEvent) {
                        counts = true; // 「11月26日、…がウイルスに感染し、…が確認されました」: the first clause is the event
                    } else if (last != null && last.report() && !last.negated() && label == null && !embedded) {
                        counts = false; // 「9月2日、事務局から市に漏えいの報告」: the date is the report's
                    }
                    if (last != null && last.finding() && !last.negated()
                            && !(occurrence && Prefilter.find(PASSIVE_CONFIRMED, clause))) { // 「…ことが確認されました」 states the event
                        discovery = true;
                    }
                }
                if (label == null && !headDate && !rangeStart && !embedded
                        && (discovery || Prefilter.find(FINDING_CUE, text.substring(m.end(), Math.min(clauseEnd, m.end() + 60))))) {
                    // The predicate the date is attached to decides, when it is an event or a finding. (Without a finding
                    // word after the date and no finding read so far, it could only confirm what the clause says.)
                    Predicate p = Predicate.after(nt, m.end(), clauseEnd);
                    if (p != null && !p.negated()) {
                        if (p.finding()) {
                            discovery = true;
                            counts = false;
                        } else if (hasEvent(text.substring(m.end(), p.end()), misdeliveryNotice, publicationNotice)) {
                            discovery = false;
                            counts = true;
                        }
                    }
                }
                if (label == null && !counts && !discovery && !headDate && !rangeStart && clauseEnd < s.end() && clauseEnd - m.end() <= 16
                        && DATE_THEN_COMMA.matcher(afterMention).lookingAt() && Predicate.after(nt, m.end(), clauseEnd) == null) {
                    // 「委託先から、6月10日に、同社が6月3日に被害を受けた旨の報告がありました」: a date set off by commas, with no
                    // predicate before the next date, goes with the sentence's last one, here the report received.
                    Predicate last = Predicate.last(nt, clauseEnd, s.end());
                    discovery = last != null && last.report() && !last.negated();
                }
                if (label == null && !rangeStart && !headDate && beforeInSentence.isBlank() && DATE_THEN_NI.matcher(afterMention).lookingAt()
                        && clauseEnd == s.end() && Prefilter.find(REPORT_CLOSES, clause)) {
                    counts = false; // 「(2) 9月9日(月)に委託先より、…があったとの連絡あり」: the entry is the report
                    discovery = true;
                }
                boolean timeWindow = TIME_WINDOW_AFTER.matcher(afterMention).lookingAt();
                if (timeWindow && label == null && (occurrence || counts)) {
                    counts = true; // 「2月4日10時~12時の間に…送信されていることが確認されました」
                }
                if (label == null && !counts && hasEvent(clause, misdeliveryNotice, publicationNotice)
                        && SINCE_THEN_STATE.matcher(afterMention).lookingAt()) {
                    counts = true; // 「…うち312件が4月2日以降、閲覧できる状態になっていた」: the window opens
                }
                if (label == null && Prefilter.find(CLEFT_FINDING_BEFORE, beforeInSentence)) {
                    counts = false; // 「誤送信が発覚したのは同日午後4時10分頃で」: the date is the finding's
                    discovery = true;
                }
                if (label == null && Prefilter.find(REPORT_NOUN_BEFORE, beforeInSentence) && REPORT_VERB_AFTER.matcher(afterMention).lookingAt()) {
                    counts = false; // 「…判明したとの報告が、9月8日(月)に届いた」: the date is the report's
                    discovery = true;
                }
                if (label == null && counts && Prefilter.find(REASON_BEFORE, beforeInSentence)
                        && !hasEvent(text.substring(m.end(), clauseEnd), misdeliveryNotice, publicationNotice)) {
                    counts = false; // 「…を無断で見ていたとして、7月2日、町は職員を処分した」: the date is the sanction's, after its reason
                }
                if (label == null && counts && !embedded && attributiveDate(nt, afterMention)) {
                    counts = false; // 「翌日8日(金曜日)の説明会資料を…案内」: the date names the material, not the event
                }
                if (rangeStart && label == null && !counts && eventInPeriod(text, inSentence.get(i + 1).end(), clauseEnd,
                        misdeliveryNotice, publicationNotice)) {
                    counts = true; // 「1月9日から5月29日までの期間にカード情報が漏えいした可能性があることが判明」: the window opens
                }
                if (rangeStart && label == null && !counts
                        && Prefilter.find(STATE_WINDOW_AFTER_RANGE, text.substring(inSentence.get(i + 1).end(), clauseEnd))
                        && !Prefilter.find(WINDOW_OF_A_SERVICE, clause)) {
                    counts = true; // 「2023年4月3日から2025年2月10日まで、…が掲載されていた」: the exposure's window opens
                }
                if (rangeStart && label == null && !counts
                        && Prefilter.find(SPAN_OF_PAPERS_LOST, text.substring(inSentence.get(i + 1).end(), clauseEnd))) {
                    counts = true; // 「AからBまでの2か月余り分の届の綴りが所在不明」: the lost papers' span opens at the occurrence
                }
                if (rangeStart && label == null && !counts && leftOutOverTheRange(nt, s, inSentence.get(i + 1).end(), clauseEnd)) {
                    counts = true; // 「AからB」 heading 「・…登録用紙を自席の机上に置いていた」 in a loss: the papers lay out from A
                }
                if (label == null && !counts && !discovery && !rangeStart && s.text().contains("ところ")) {
                    // 「翌2日にも使おうとしたところ保管棚に見当たらず」, 「10月31日に…番号を確認したところ、…誤りであったことが
                    // 判明」: a check on the day, with no event and no other date before ところ, finds what happened.
                    Matcher found = TOKORO_FINDING.matcher(text.substring(m.end(), s.end()));
                    if (found.find()) {
                        String check = text.substring(m.end(), m.end() + found.start());
                        boolean otherDate = i + 1 < inSentence.size() && inSentence.get(i + 1).start() < m.end() + found.start();
                        if (!otherDate && !hasEvent(check, misdeliveryNotice, publicationNotice)) {
                            discovery = true;
                        }
                    }
                }
                if (label == null && (counts || discovery) && !rangeStart && ARRIVAL_OF_THE_ITEM.matcher(afterMention).lookingAt()) {
                    counts = false; // 「6月3日に役場へ届いた書留の封筒1通を…紛失」: the date says when the item came, not the event
                    // 「3月1日に受け付けた処方箋の所在がわからなくなっている」: nor when the papers were missed
                    discovery = discovery && !Prefilter.find(ITEM_MISSING, clause);
                }
                if (rangeStart && label == null && counts
                        && Prefilter.find(RECORDS_WINDOW_THEN_SENT, text.substring(inSentence.get(i + 1).end(), clauseEnd))) {
                    counts = false; // 「10月1日~12月27日に転入届を受け付けた住民の…を誤送信」: whose records, not when they were sent
                }
                if (discovery && label == null && !embedded && aboutNothingWrong(text, m.end(), clauseEnd, misdeliveryNotice, publicationNotice)) {
                    // 「4月12日、他の事務所から書類を送付するとの連絡があり、…保管した」: a report whose stated content tells of
                    // nothing gone wrong is business as usual, not the finding.
                    discovery = false;
                }
                if (label == null && !rangeStart && occasionListed(text, s, m)) {
                    // 「…同じ誤りで名簿が流出していたことが分かりました(令和5年5月25日、6月16日の計2回)」: the dates in
                    // brackets count the occasions the event happened, not the finding.
                    discovery = false;
                    counts = hasEvent(text.substring(s.start(), m.start()), misdeliveryNotice, publicationNotice);
                }
                if ((rangeStart && !"discovered".equals(label)) || timeWindow || SINCE_THEN_STATE.matcher(afterMention).lookingAt()) {
                    // (A range under the notice's own finding field, 「発覚日 AからB」, opens on the first finding.)
                    discovery = false; // a period is when something went on, never the moment it was found
                } else if (counts && label == null && !embedded && Prefilter.find(NOTICED_AT_ONCE, clause)) {
                    discovery = true; // 「5月8日未明から、ランサムウェアにより予約システムが停止」: noticed that day
                }
                if (label == null && !rangeStart && discoveryFollows(clause) && Prefilter.find(CHECK_ON_THE_DATE, afterMention)) {
                    // 「5月8日に実施した書類の定期点検において、…が所在不明となっていることが判明」: the date is the check's,
                    // and the check is where it was found.
                    discovery = true;
                    counts = false;
                }
                if (discovery && label == null && beforeInSentence.indexOf('後') >= 0 && Prefilter.find(AFTER_AN_EARLIER_FINDING, beforeInSentence)) {
                    // 「漏えいのおそれが判明した後、…に解析を依頼し、9月2日に届いた報告書で…判明」: the sentence
                    // opens after a first awareness it leaves undated; the date is a later confirmation.
                    discovery = false;
                }
                if (foundAsItStood) {
                    discovery = true; // (see above: the state as found that day; the event verb inside it is not the date's)
                    counts = false;
                }
                if (discovery && label == null && i > 0 && DATE_THEN_NI.matcher(afterMention).lookingAt()
                        && headsItsSentence(text, s, inSentence.get(0)) && Predicate.opensARelativeClause(nt, m.end(), clauseEnd)) {
                    // 「6月14日(金)、6月10日(月)に研修で使用した記録媒体が見当たらないことに気づき」: the sentence's own day
                    // heads it; a later date inside a clause describing a noun says when the item was used, not the finding.
                    discovery = false;
                }
                if (counts && label == null && !embedded && !rangeStart && (clause.contains("こと") || clause.contains("旨")) && Prefilter.find(SAID_CLOSES, clause)) {
                    // 「同日から警察の聴取が行われており、当該職員は、…記録を持ち出したことを話している」: the event is what someone said;
                    // the date is not the event's.
                    counts = false;
                }
                if (label == null && (discovery || counts) && afterMention.indexOf('ま') >= 0 && LAST_SEEN.matcher(afterMention).lookingAt()) {
                    // 「前日午後6時の時点までは金庫に収められていたことが確認できています」: the last moment it was seen where it
                    // belonged, neither the loss nor its finding.
                    discovery = false;
                    counts = false;
                }
                if (!counts && !discovery && Prefilter.find(RESPONSE_ON_THE_DAY, wordsOf(clause))) {
                    responseDays.add(date);
                } else if (!counts && !discovery && !rangeStart && Prefilter.find(IN_HAND, wordsOf(clause))) {
                    inHandDays.putIfAbsent(date, s.text());
                }
                if (counts && (occurred == null || date.isBefore(occurred))) {
                    occurred = date;
                    occurredEvidence = s.text();
                    occurredYearGiven = m.hasYear() || m.relativeDay();
                }
                if (discovery && (discovered == null || date.isBefore(discovered))) {
                    discovered = date;
                    discoveredEvidence = s.text();
                }
                if (discovery && label != null && fieldFinding == null && findingField(nt, m)) {
                    fieldFinding = date; // 「2 発覚時期」 then the date: the publisher's own word on when it knew
                    fieldFindingEvidence = s.text();
                }
            }
        }
        if (discovered == null && occurred != null && responseDays.contains(occurred)) {
            // 「2月5日 外部からの侵入によりデータが漏れた疑い」, 「2月5日 調査会社に調査を依頼」: a response the day the
            // event happened means it was known that day.
            discovered = occurred;
            discoveredEvidence = occurredEvidence;
        }
        if (occurred == null && discovered != null && inHandDays.containsKey(discovered) && !misdeliveryNotice && !publicationNotice
                && Prefilter.find(THING_GONE, text)) {
            // 「9月22日午前、データをUSBメモリーに入れ、校内を移動。昼ごろ紛失に気付いた」: in hand on the morning of the day
            // it was missed, so lost that day. (Seen days before the finding, the loss is left undated: it may have gone
            // any day in between.)
            occurred = discovered;
            occurredEvidence = inHandDays.get(discovered);
        }
        if (fieldFinding != null) {
            // The notice's own field for its finding (「発覚時期」, 「判明日」) outranks a finding read from the clauses (「…名簿が
            // 届いていないことに気付いた」 days before the loss was known).
            discovered = fieldFinding;
            discoveredEvidence = fieldFindingEvidence;
        }
        // Nothing is found before it happens. A year-less occurrence that landed after the finding took the wrong year
        // from its anchor (「令和3年1月20日、…12月3日から9日の間に受け付けた8件の紛失が判明」): the year
        // before fits; otherwise it is dropped.
        if (occurred != null && discovered != null && occurred.isAfter(discovered) && !occurredYearGiven) {
            LocalDate earlier = occurred.minusYears(1);
            occurred = earlier.isAfter(discovered) ? null : earlier;
            occurredEvidence = occurred == null ? null : occurredEvidence;
        }
        // Nothing is published before it happens: drop event dates after the publication date.
        if (published != null) {
            if (occurred != null && occurred.isAfter(published)) {
                occurred = null;
                occurredEvidence = null;
            }
            if (discovered != null && discovered.isAfter(published)) {
                discovered = null;
                discoveredEvidence = null;
            }
        }
        return new Result(published, occurred, discovered, publishedEvidence, occurredEvidence, discoveredEvidence);
    }

    /** The notice's lead, which tells what happened without a date of its own: 「このたび、」, 「この度」, 「今般」. */
    private static final Pattern LEAD_OPENING = Pattern.compile("^\\s*(このたび|この度|今般|このほど)");

    /** 「その後、」, 「後日」, 「翌日」: a sentence opening on a later time than the entry before it. */
    private static final Pattern LATER_OPENING = Pattern.compile("^\\s*(その後|後日|のちに|後に|しばらく|数日後|その翌|翌)");

    /**
     * The undated sentence goes on with the timeline entry that ended on line {@code entryLine}: it is on that line, or on
     * the very next one (no blank line between) that is neither a heading nor opened by a list mark or a number.
     */
    private static boolean entryGoesOn(NoticeText nt, Sentence s, int entryLine) {
        if (Prefilter.find(LATER_OPENING, s.text())) {
            return false; // 「その後、…からのご指摘を受け、…が発覚」: time has moved on from the entry's day
        }
        if (LEAD_OPENING.matcher(s.text()).lookingAt()) {
            return false; // 「このたび、…が判明しました。」: the notice's lead, below its header's date, is no timeline entry
        }
        if (s.lineIndex() == entryLine) {
            return true;
        }
        if (s.lineIndex() != entryLine + 1 || s.lineIndex() >= nt.lines.size()) {
            return false;
        }
        NoticeText.Line line = nt.lines.get(s.lineIndex());
        return !line.heading() && !line.text().isBlank() && !LIST_NUMBER.matcher(line.text()).lookingAt();
    }

    /**
     * 「予定」, 「見込み」 or 「までに」 make the clause a plan, except where the word is part of a noun (「行事予定などの書類」,
     * 「入学予定者」) or where までに bounds what was already done (「12月までに手続きを終えていた方」, 「…までに決済を行った
     * お客様」).
     */
    private static boolean statesTheFuture(NoticeText nt, String clause, int clauseStart) {
        if (!Prefilter.find(FUTURE, clause)) {
            return false;
        }
        Matcher f = FUTURE.matcher(clause);
        while (f.find()) {
            boolean notAPlan = f.group().equals("までに") ? boundsWhatWasDone(nt, clauseStart + f.end())
                    : partOfANoun(nt, clause, f.start(), f.end(), clauseStart);
            if (!notAPlan) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOUN_USE_AFTER = Pattern.compile(
            // 「転院を予定していた患者の手続き」: a plan in a clause that describes a noun is no plan of the sentence's
            "^(者|表|[をがは](?!ず)|など|等|し?て(い|お)(た|る)(?=[\\p{IsHan}\\p{IsKatakana}]|お客))");

    /**
     * 「入学予定者」, 「行事予定」, 「行事の予定を」, 「予定していた患者」: 予定 before a suffix of persons, a case particle or a noun
     * its clause describes, or after a plain noun it is compounded with.
     */
    private static boolean partOfANoun(NoticeText nt, String clause, int start, int end, int clauseStart) {
        if (NOUN_USE_AFTER.matcher(clause.substring(end, Math.min(clause.length(), end + 8))).lookingAt()) {
            return true; // 「入学予定者」, 「行事の予定を案内する」: the plan is a thing named, not the clause's mood
        }
        NoticeText.LineTokens lt = nt.lineTokens(clauseStart + start);
        int ti = lt.endingAt(clauseStart + start);
        if (ti < 0) {
            return false;
        }
        String pos = lt.tokens().get(ti).pos();
        return pos.startsWith("名詞") && !pos.startsWith("名詞-サ変接続") && !pos.startsWith("名詞-非自立") && !pos.startsWith("名詞-副詞可能");
    }

    /** The first verb after 「までに」 is in the past: 「…までに決済を行った」, 「…までに手続きを完了していた」. */
    private static boolean boundsWhatWasDone(NoticeText nt, int from) {
        NoticeText.Line line = nt.lineAt(from);
        if (line == null) {
            return false;
        }
        List<NoticeText.Token> tokens = Predicate.tokensIn(nt, from, Math.min(line.end(), from + 40));
        for (int i = 0; i < tokens.size(); i++) {
            NoticeText.Token t = tokens.get(i);
            if (t.surface().equals("。") || t.surface().equals("、")) {
                return false;
            }
            if (!t.pos().startsWith("動詞-自立")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
                NoticeText.Token e = tokens.get(k);
                if (e.pos().startsWith("助動詞") && e.surface().equals("た")) {
                    return true;
                }
                if (!(e.pos().startsWith("助動詞") || e.pos().startsWith("動詞-非自立") || e.pos().startsWith("動詞-接尾")
                        || e.pos().startsWith("助詞-接続助詞"))) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * 「2024年5月7日には利用者から、」 up to the next date: a date and the party a report came from, set side by side with
     * the next date's (「同年5月8日にはカード会社から、それぞれ…報告を受け」); the predicate after both is each one's.
     */
    private static final Pattern PARALLEL_SOURCE = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?\\s*(\\d{1,2}\\s*(時|:)\\s*(\\d{1,2}\\s*分?)?)?\\s*(頃|ごろ)?\\s*(には|に|は)\\s*[^、。]{1,25}?(から|より)[もは]?\\s*[、,]\\s*$");

    private static final Pattern TODAY_OPEN = Pattern.compile("本日\\s*[(（]\\s*$");

    /** The date in brackets right after 本日: 「本日(2月3日)」, 「本日(令和8年2月3日(火))」. */
    private static Mention todayInBrackets(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.relativeDay() || m.start() < 3) {
                continue;
            }
            if (TODAY_OPEN.matcher(text.substring(Math.max(0, m.start() - 5), m.start())).find()
                    && ASIDE_CLOSE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 10))).lookingAt()) {
                return m;
            }
        }
        return null;
    }

    /** What the found data was in: 「…が含まれている」, 「…が記載されていた」, 「…に保存されていた」. */
    private static final Pattern CONTAINED = Pattern.compile("(含まれ|記載され|保存され|格納され|入っ)て(い|お)[^、。]{0,4}$");

    /**
     * 「3月8日に…感染していたことが判明」 holds an event between the date and the finding, which the date can be inside; 「6月6日に
     * 本市の…が含まれている旨が判明し」 holds only where the data was, a state found: the date is the finding's.
     */
    private static boolean eventBeforeTheFinding(String clause, int from, boolean misdeliveryNotice, boolean publicationNotice) {
        Matcher f = EMBEDDED_FINDING.matcher(clause);
        if (!f.find(Math.min(from, clause.length()))) {
            return false;
        }
        String content = clause.substring(from, f.start());
        return hasEvent(content, misdeliveryNotice, publicationNotice) || !Prefilter.find(CONTAINED, content);
    }

    /** Papers left lying out (「自席の机上に置いていた」, 「棚の上に置いたまま」, 「放置していた」). */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "(机上|机の上|卓上|棚の上|床|車内|座席|カウンター)[^。]{0,6}?(に|へ)[^。]{0,12}?(置いて(い|お)|置いたまま|放置)|放置して(い|お)");
    /** A loss, a theft or papers thrown away by mistake: something that was in hand is gone. */
    private static final Pattern THING_GONE = Pattern.compile("紛失|所在不明|所在が(分から|わから)|見当たら|滅失|盗難|盗まれ|なくな(っ|り)|ないことに気");
    /** The item in hand: used, put in or away, taken out, or seen where it belonged. */
    private static final Pattern IN_HAND = Pattern.compile("使用し|使っ|入れ|置い|持ち出|持参|保管し|しまっ|(ある|あった)ことを確認");
    private static final Pattern LOSS_NOTICE = Pattern.compile("紛失|所在不明|所在が(分から|わから)|見当たら");

    /**
     * A range that heads a timeline entry on a line of its own (「令和3年2月25日から4月20日」), with the entry telling of papers
     * left lying out, in a notice of a loss: the window in which they went missing opens at the range's start.
     */
    private static boolean leftOutOverTheRange(NoticeText nt, Sentence s, int rangeEnd, int clauseEnd) {
        String rest = nt.text.substring(rangeEnd, clauseEnd);
        if (!rest.isBlank() && !ASIDE_CLOSE_ONLY.matcher(rest).matches() || !Prefilter.find(LOSS_NOTICE, nt.text)) {
            return false;
        }
        int at = clauseEnd;
        while (at < nt.text.length() && Character.isWhitespace(nt.text.charAt(at))) {
            at++;
        }
        Sentence next = at < nt.text.length() ? nt.sentenceAt(at) : null;
        return next != null && next != s && Prefilter.find(LEFT_OUT, next.text());
    }

    private static final Pattern ASIDE_CLOSE_ONLY = Pattern.compile("^\\s*(\\([^)]{1,5}\\))?\\s*(まで)?\\s*$");

    /** 「6月17日(火)および7月14日(月)に」, 「5日と8日に」: two dates joined before one predicate. */
    private static final Pattern COORDINATED_GAP = Pattern.compile("^\\s*(\\([^)]{1,5}\\))?\\s*(および|及び|並びに|と|や)\\s*$");

    private static final Pattern LISTED_DAY_GAP = Pattern.compile("^\\s*(\\([^)]{1,5}\\))?\\s*[、,・]\\s*$");

    /** 「令和6年4月8日(月)、9日(火)」: a day alone with its weekday listed right after a date is the list's second day. */
    private static boolean listedDay(String text, Mention before, Mention day) {
        return DateMentions.DAY_WITH_WEEKDAY_MARK.equals(day.relative())
                && LISTED_DAY_GAP.matcher(text.substring(before.end(), day.start())).matches();
    }

    /** What closes a bracketed list of occasions after its date: 「、6月16日の計3回)」, 「の2回)」. */
    private static final Pattern OCCASIONS_CLOSE = Pattern.compile("^[^()。]{0,40}?の?\\s*(計|全|合計|延べ)?\\s*\\d{1,3}\\s*回\\s*\\)");
    private static final Pattern OPEN_BEFORE_LIST = Pattern.compile("\\([^()。]{0,40}$");

    /** The date stands in a bracket that lists the occasions an event happened: 「(令和5年5月25日、6月16日の計2回)」. */
    private static boolean occasionListed(String text, Sentence s, Mention m) {
        String after = text.substring(m.end(), Math.min(s.end(), m.end() + 60));
        if (after.indexOf('回') < 0 || after.indexOf(')') < 0) {
            return false;
        }
        String before = text.substring(Math.max(s.start(), m.start() - 40), m.start());
        return Prefilter.find(OPEN_BEFORE_LIST, before) && OCCASIONS_CLOSE.matcher(after).lookingAt();
    }

    private static final Pattern ENTRY_MARK_BEFORE = Pattern.compile("[ 　\\t][○●■◆◇□・•]\\s*$");

    /** Where a list mark after a space, right before the date, opens a timeline entry inside the sentence; -1 if none. */
    private static int entryMarkBefore(String text, Sentence s, Mention m) {
        int from = Math.max(s.start(), m.start() - 4);
        if (from <= s.start() + 1) {
            return -1; // a mark at the sentence's own start is the list number the sentence already opens with
        }
        Matcher mark = ENTRY_MARK_BEFORE.matcher(text.substring(from, m.start()));
        return mark.find() ? from + mark.start() + 1 : -1;
    }

    /** 「…との連絡」, 「…旨の報告」: a report that states what it said. */
    private static final Pattern STATED_REPORT = Pattern.compile("(との|旨の?)(ご?連絡|報告|通報|指摘|申告|問い?合わ?せ|知らせ)");
    /** What tells of something gone wrong, or missing, in what a report said. */
    private static final Pattern SOMETHING_WRONG = Pattern.compile("誤|不審|不正|おそれ|恐れ|可能性|届いていな|届かな|未着|不明|見当たら|ない|なく|他人|別の|よその|違|異な|同封|混入");

    /**
     * The clause after the date closes on a report whose stated content (before との/旨) names no event, no finding, nothing
     * missing or wrong, and the clause has no finding of its own.
     */
    private static boolean aboutNothingWrong(String text, int from, int clauseEnd, boolean misdeliveryNotice, boolean publicationNotice) {
        String clause = text.substring(from, clauseEnd);
        Matcher report = STATED_REPORT.matcher(clause);
        if (!report.find()) {
            return false;
        }
        String content = clause.substring(0, report.start());
        String words = wordsOf(clause);
        return !Prefilter.find(DISCOVERY, words) && !Prefilter.find(STATE_CONFIRMED, words)
                && !hasEvent(content, misdeliveryNotice, publicationNotice) && !Prefilter.find(EVENT_NOUN, content)
                && !Prefilter.find(SOMETHING_WRONG, content);
    }

    private static final Pattern REPORTED_TO_SOMEONE = Pattern.compile("^と[^。、「」と]{1,12}?(へ|に)[^。、「」]{0,4}?(ご?連絡|報告|通報|指摘|申告|問い?合わ|情報提供)");
    private static final Pattern REPORTED_AFTER = Pattern.compile("^(との|と|旨の?|という)(ご?連絡|報告|通報|指摘|申告|問い?合わ|情報提供|知らせ)");
    private static final Pattern REPORT_NOUN = Pattern.compile("連絡|報告|通報|指摘|問い?合わ?せ|申告|相談|情報提供");
    private static final Pattern RECEIVED_FROM = Pattern.compile(
            "(から|より)(の)?((?!に(?!つ|関)|[、。]).){0,30}$"
                    // 「事務局から市にアドレス漏えいの報告」: to the publisher itself
                    + "|(から|より)[^、。]{0,15}(県|市|町|村|区|当社|弊社|当院|本学|本校|当協会|当会|当法人|当センター)に[^、。]{0,25}$");
    private static final Pattern LATER_LOOK = Pattern.compile("(全容|全体像|詳細|被害状況|影響範囲|範囲|件数|人数)(を|が)\\s*$");

    /** Nouns that name the incident itself: a verb describing them dates the event (「2月27日に発生した障害」). */
    private static final Pattern EVENT_NOUN = Pattern.compile("障害|事案|事故|事象|攻撃|不具合|被害|インシデント|問題|感染|漏えい|漏洩|流出|誤送信|紛失");

    /** Nouns that turn the clause before them into a thing or a time rather than describe someone: 〜したこと, 〜した際. */
    private static final Pattern NOMINALISER = Pattern.compile("こと|事|の|もの|ところ|ため|よう|旨|とき|時|際|後|まま|上|中|間|ほか|結果|場合|直後|以降|頃|ごろ");

    /** 「し、」 or 「て」 before the noun ends a clause: the noun does not follow an attributive form. */
    private static boolean endsInContinuative(NoticeText.Token t) {
        return t.surface().equals("て") || t.surface().equals("で") || t.surface().equals("、");
    }

    /** The する (and できる, いたす) that makes a サ変 noun a verb: 確認し, 検知され, 把握でき. */
    private static final Pattern SURU = Pattern.compile("し|さ|す|でき|いたし|致し|いたす|致す");
    private static final Pattern FINDING_CUE = Pattern.compile(
            "判明|確認|検知|発見|把握|気付|気づ|気が|発覚|認知|覚知|認識|察知|明らか|わか|分か|連絡|報告|通報|指摘|知らせ|問い?合わ|申告|相談|申し?出");
    private static final Pattern FINDING_PREDICATE = Pattern.compile("^(判明|確認|検知|発見|把握|気付|気づ|発覚|認知|覚知|認識|察知|わか|分か)");
    /** 「気が付き」, 「明らかになった」: a finding said with a plain verb after its noun. */
    private static final Pattern FOUND_OUT_VERB = Pattern.compile("^(付|つ|な)");
    private static final Pattern FOUND_OUT_BEFORE = Pattern.compile("(気が|明らかに|明らかと)\\s*$");
    /** 「不正ログインの形跡があり」, 「…の痕跡が見つかった」: traces seen, a finding said with a plain verb after its noun. */
    private static final Pattern TRACES_BEFORE = Pattern.compile("の(形跡|痕跡)が\\s*$");
    private static final Pattern EXISTED_OR_FOUND = Pattern.compile("^(あり|あっ|ある|見つか|残っ)");
    private static final Pattern REPORT_BEFORE_PREDICATE = Pattern.compile(
            "(連絡|報告|通報|指摘|知らせ|問い?合わ?せ|申告|相談|申し出|申出)(を|が)?$");
    private static final Pattern REPORT_PREDICATE = Pattern.compile("^(受け|受|いただ|頂|あり|あっ|ある|入)");

    /**
     * The predicate a date is attached to: the first verb after it, or a サ変 noun used as a verb (確認し, 検知され),
     * outside brackets and quotations, within its clause. 「…痕跡があることを、当社は4月8日に確認いたしました」 attaches
     * 4月8日 to 確認 (a finding); 「2月27日に発生したシステム障害…と判明」 attaches 2月27日 to 発生 (the event).
     *
     * @param end offset just after the predicate word
     * @param finding a finding or a report received (判明, 確認, 検知, 連絡を受け)
     * @param negated followed by ない/ません/ず (「確認されておりません」)
     */
    record Predicate(int end, boolean finding, boolean report, boolean negated, boolean clauseEnds) {

        static Predicate after(NoticeText nt, int from, int to) {
            int limit = Math.min(to, from + 60);
            return limit <= from ? null : scan(nt, from, limit, to, true);
        }

        /** The last predicate of the clause ending at {@code to}. */
        static Predicate last(NoticeText nt, int from, int to) {
            int start = Math.max(from, to - 40);
            return to <= start || !Prefilter.find(FINDING_CUE, nt.text.substring(start, to)) ? null : scan(nt, start, to, to, false);
        }

        /** The tokens between two offsets, from the lines' cached tokens (a clause may run over a timeline's line break). */
        private static List<NoticeText.Token> tokensIn(NoticeText nt, int from, int limit) {
            List<NoticeText.Token> out = new ArrayList<>();
            int offset = from;
            while (offset < limit) {
                NoticeText.Line line = nt.lineAt(offset);
                if (line == null) {
                    break;
                }
                for (NoticeText.Token t : nt.lineTokens(offset).tokens()) {
                    if (t.start() >= from && t.end() <= limit) {
                        out.add(t);
                    }
                }
                offset = line.end() + 1;
            }
            return out;
        }

        private static Predicate scan(NoticeText nt, int from, int limit, int to, boolean first) {
            String text = nt.text;
            List<NoticeText.Token> tokens = tokensIn(nt, from, limit);
            int depth = 0;
            boolean passedOver = false;
            Predicate found = null;
            for (int i = 0; i < tokens.size(); i++) {
                NoticeText.Token t = tokens.get(i);
                String w = t.surface();
                // Kuromoji may glue a bracket to what follows it (「)~」): count the brackets inside the token.
                int opens = 0;
                int closes = 0;
                for (int c = 0; c < w.length(); c++) {
                    char ch = w.charAt(c);
                    opens += ch == '(' || ch == '「' || ch == '『' ? 1 : 0;
                    closes += ch == ')' || ch == '」' || ch == '』' ? 1 : 0;
                }
                if (opens > 0 || closes > 0) {
                    depth = Math.max(0, depth + opens - closes);
                    continue;
                }
                if (depth > 0) {
                    continue;
                }
                boolean verb = t.pos().startsWith("動詞-自立") && !(i > 0 && tokens.get(i - 1).pos().startsWith("名詞-サ変接続")
                        && SURU.matcher(w).lookingAt()) // the する of 確認しました
                        // 「誤記載」, 「誤送付」 split as 誤(る) + noun: a prefix, not a verb
                        && !(w.equals("誤") && i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
                        && tokens.get(i + 1).pos().startsWith("名詞"));
                // 確認し, 検知され; or a timeline entry ending on the noun (「委託先からの連絡で事態を把握」).
                boolean sahen = t.pos().startsWith("名詞-サ変接続") && (i + 1 < tokens.size()
                        ? SURU.matcher(tokens.get(i + 1).surface()).lookingAt()
                        : limit == to && t.end() == limit);
                if (!verb && !sahen) {
                    continue;
                }
                String before = text.substring(from, t.start());
                boolean report = Prefilter.find(REPORT_PREDICATE, w) && Prefilter.find(REPORT_BEFORE_PREDICATE, before)
                        // a timeline entry ending on the report it received: 「4月7日 取引先数社から…について連絡」
                        || sahen && i + 1 == tokens.size() && REPORT_NOUN.matcher(w).matches() && Prefilter.find(RECEIVED_FROM, before);
                // 「全容を把握」, 「被害状況を確認」: a later look at what is already known, not the first awareness
                boolean finding = report || (Prefilter.find(FINDING_PREDICATE, w)
                        || FOUND_OUT_VERB.matcher(w).lookingAt() && Prefilter.find(FOUND_OUT_BEFORE, before)
                        || EXISTED_OR_FOUND.matcher(w).lookingAt() && Prefilter.find(TRACES_BEFORE, before)) && !Prefilter.find(LATER_LOOK, before);
                if (first && !finding && (passedOver || modifiesAPlainNoun(tokens, i + 1) || reportedContent(text, tokens, i + 1))) {
                    // 「3月4日に流出した名簿を見た方から連絡があり」: a verb describing a noun is no predicate of
                    // the date; 「2月27日に発生した障害」 is (the noun is the event). Past such a verb only a finding or a
                    // report can still be the date's predicate: an event further on is another clause's.
                    passedOver = true;
                    continue;
                }
                found = new Predicate(t.end(), finding, report, negatedAfter(tokens, i + 1), commaAfter(tokens, i + 1));
                if (first) {
                    return found;
                }
            }
            return found;
        }

        /**
         * The first verb after {@code from} describes the noun after it (「…に研修で使用した当該の記録媒体」): the words from
         * {@code from} are a clause on that noun.
         */
        static boolean opensARelativeClause(NoticeText nt, int from, int to) {
            List<NoticeText.Token> tokens = tokensIn(nt, from, Math.min(to, from + 40));
            for (int i = 0; i < tokens.size(); i++) {
                NoticeText.Token t = tokens.get(i);
                boolean sahen = t.pos().startsWith("名詞-サ変接続") && i + 1 < tokens.size() && SURU.matcher(tokens.get(i + 1).surface()).lookingAt();
                if (t.pos().startsWith("動詞-自立") || sahen) {
                    return modifiesAPlainNoun(tokens, i + 1);
                }
                if (t.surface().equals("、") || t.surface().equals("。")) {
                    return false;
                }
            }
            return false;
        }

        private static final Pattern EXISTED = Pattern.compile("あっ|ある");

        static boolean describesANoun(List<NoticeText.Token> tokens, int from) {
            return modifiesAPlainNoun(tokens, from);
        }

        /**
         * The verb ends in its attributive form right before a noun that is not an event: 「漏えいした個人情報」,
         * 「閲覧した方」, 「送信している事業者」.
         */
        private static boolean modifiesAPlainNoun(List<NoticeText.Token> tokens, int from) {
            // 「流出があった団体」, 「誤送付のあった世帯」: an event noun with があった (のあった) describes the noun as well.
            if (from + 1 < tokens.size() && (tokens.get(from).surface().equals("が") || tokens.get(from).surface().equals("の"))
                    && tokens.get(from).pos().startsWith("助詞") && EXISTED.matcher(tokens.get(from + 1).surface()).matches()) {
                return modifiesAPlainNoun(tokens, from + 2);
            }
            for (int k = from; k < Math.min(tokens.size(), from + 5); k++) {
                NoticeText.Token t = tokens.get(k);
                String pos = t.pos();
                if (pos.startsWith("助動詞") || pos.startsWith("動詞-非自立") || pos.startsWith("動詞-接尾")
                        || pos.startsWith("動詞-自立") && SURU.matcher(t.surface()).matches()
                        || pos.startsWith("助詞-接続助詞") && t.surface().equals("て")) {
                    if (t.surface().equals("ない") || t.surface().equals("ず") || t.surface().equals("ん")) {
                        return false;
                    }
                    continue;
                }
                boolean noun = pos.startsWith("名詞") && !pos.startsWith("名詞-数") && !NOMINALISER.matcher(t.surface()).matches();
                if (k == from || !noun || endsInContinuative(tokens.get(k - 1))) {
                    return false;
                }
                // The noun phrase it describes: 「発生したシステム障害」 ends on the event.
                StringBuilder phrase = new StringBuilder();
                for (int n = k; n < Math.min(tokens.size(), k + 4) && tokens.get(n).pos().startsWith("名詞"); n++) {
                    phrase.append(tokens.get(n).surface());
                }
                return !Prefilter.find(EVENT_NOUN, phrase);
            }
            return false;
        }

        /** 「感染したとの報告があり」: the verb is what was reported; the date goes with the report. */
        private static boolean reportedContent(String text, List<NoticeText.Token> tokens, int from) {
            int k = from;
            while (k < tokens.size() && k < from + 5 && (tokens.get(k).pos().startsWith("助動詞") || tokens.get(k).pos().startsWith("動詞-非自立")
                    || tokens.get(k).pos().startsWith("動詞-自立") && SURU.matcher(tokens.get(k).surface()).matches()
                    || tokens.get(k).surface().equals("て"))) {
                k++;
            }
            if (k >= tokens.size()) {
                return false;
            }
            // (also a plain form right before と: 「…に封入誤りがあると建設課へ2件連絡があり」, the recipient between)
            int at = tokens.get(k).start();
            return REPORTED_AFTER.matcher(text.substring(at, Math.min(text.length(), at + 12))).lookingAt()
                    || k == from && REPORTED_TO_SOMEONE.matcher(text.substring(at, Math.min(text.length(), at + 20))).lookingAt();
        }

        /** 「感染し、」: the predicate closes a clause of its own (a comma after it and its endings). */
        private static boolean commaAfter(List<NoticeText.Token> tokens, int from) {
            for (int k = from; k < Math.min(tokens.size(), from + 4); k++) {
                NoticeText.Token t = tokens.get(k);
                if (t.surface().equals("、") || t.surface().equals(",")) {
                    return true;
                }
                if (!(t.pos().startsWith("助動詞") || t.pos().startsWith("動詞") || t.pos().startsWith("助詞-接続助詞"))) {
                    return false;
                }
            }
            return false;
        }

        private static boolean negatedAfter(List<NoticeText.Token> tokens, int from) {
            for (int k = from; k < Math.min(tokens.size(), from + 6); k++) {
                String w = tokens.get(k).surface();
                String pos = tokens.get(k).pos();
                if (pos.startsWith("助動詞") && (w.equals("ない") || w.equals("ん") || w.equals("ず") || w.equals("なかっ"))
                        || pos.startsWith("形容詞") && w.startsWith("な")) {
                    return true;
                }
                if (w.equals("、") || w.equals("。")) {
                    return false;
                }
            }
            return false;
        }
    }

    /**
     * 「…から不正アクセスがあったとの連絡を受け」 holds the date in the reported content; 「8月18日に対象者から「…」との
     * 連絡があり」 dates the report itself: the quotation comes after the date.
     */
    private static boolean reportedContentHoldsTheDate(String clause) {
        Matcher m = EMBEDDED_REPORT.matcher(clause);
        return m.find() && clause.substring(0, m.start()).indexOf('「') < 0;
    }

    /**
     * 「8月18日に対象者から…との連絡があり、…送付したことが判明しました」: the date is the report's, and the report is how
     * the finding came; the date is not inside the finding.
     */
    private static boolean reportLeadsToTheFinding(String clause) {
        Matcher report = REPORT_RECEIVED.matcher(clause);
        Matcher finding = EMBEDDED_FINDING.matcher(clause);
        if (!finding.find()) {
            return false;
        }
        if (report.find() && report.start() < finding.start() && !reportedContentHoldsTheDate(clause)) {
            return true;
        }
        // 「2月9日に取引先からの電話により、…だったことが分かりました」: the date is the inquiry's, which brought the finding.
        Matcher through = REPORT_THROUGH.matcher(clause);
        return through.find() && through.start() < finding.start()
                && clause.substring(0, through.start()).indexOf('「') < 0;
    }

    /**
     * 「…からの問い合わせにより」, 「…からの連絡で」: a call or a mail from someone outside through which a finding came; also
     * told from the caller's side, 「母親が学校に連絡したことにより判明」.
     */
    private static final Pattern REPORT_THROUGH = Pattern.compile(
            "からの(ご?連絡|報告|通報|指摘|電話|メール|問い?合わ?せ|申し出|申出)(で|により|によって|を受けて)"
                    + "|(に|へ)(ご?連絡|報告|通報|電話|申し出)(した|された|があった)(こと)?(で|により|によって)");

    /**
     * 「A市は」, also after a short phrase placing the subject (「架空県の山あいにある、架空町立病院は」) or a long one saying
     * what it does (「子ども向けの教室を営む架空ラーニング株式会社は」).
     */
    private static final Pattern NEWS_LEAD = Pattern.compile("^([^、。]{2,16}(にある|に住む|の)、)?[^、。]{2,60}は\\s*$");
    private static final Pattern ANNOUNCED = Pattern.compile("発表|公表|明らかにし");
    /** A news subject right after an opening date: 「、架空市は、」, 「、架空工業株式会社は」. */
    private static final Pattern SUBJECT_AFTER_DATE = Pattern.compile("^\\s*(\\([^)]{1,4}\\))?\\s*[、,]\\s*[^、。\\s]{2,30}は[、,]?");
    /** The sentence closes on the announcement (「…と発表した。」), so the opening date is the announcement's. */
    private static final Pattern ANNOUNCED_CLOSE = Pattern.compile("(と|を)(発表|公表)(した|しました|している)[。]?\\s*$");

    /** 「8月2日発表しました」, 「8月9日に公表した資料」: the announcement's own day (not a release named in 「…」 after it). */
    private static final Pattern DATE_OF_ANNOUNCEMENT = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(に|付けで|付で)?\\s*(発表|公表)(した|しました|し[、,]|された|されました)(?!\\s*[「『])");

    /** The date right after the subject of an announcing lead sentence, among the first sentences. */
    /** A news lead giving the day alone: 「A大は19日、」, 「B市が3日、」, 「C町が今月19日、」 (the article's month said). */
    private static final Pattern DAY_ALONE_LEAD = Pattern.compile("(は|が)\\s*(今月)?\\s*([1-9]|[12]\\d|3[01])\\s*日\\s*[、,]");
    /**
     * A day of the month alone, as news writes it (「17日午後7時半ごろ」, 「今月7日、」, 「先月20日」, the month before the
     * article's); not a length (3日間, 30日以内), a rate (1日2回) or part of a longer date.
     */
    private static final Pattern DAY_ALONE = Pattern.compile(
            "(?<![\\d〇一二三四五六七八九十月/年.:,~〜約第毎])(今月|先月)?([1-9]|[12]\\d|3[01])\\s*日"
                    + "(?!\\s*(間|分|目|以内|以上|以下|未満|前|後|ぶり|付|当たり|あたり|程度|ほど|余り|超|連続|\\d|\\s*[~〜-]))");
    /** A news article's own date line: 「以下ソース:A新聞 2017年4月20日(木)」, 「2024/05/22 10:00 配信」. */
    private static final Pattern DATELINE_WORD = Pattern.compile("新聞|ソース|配信|更新|掲載|報道|ニュース|NEWS|News|放送|通信|日報|新報|時事");

    /**
     * News gives the day alone (「A大は19日、…と発表した」, 「17日午後7時半ごろ、…」): the month and year are the article's.
     * When a news lead gives its day alone and the article's date stands on a line of its own (the page's date line
     * at the top, or the paper and date under the text), each day alone in the text becomes a date of the article's
     * month, or of the month before when the day is later than the article's.
     */
    static List<Mention> daysOfTheArticle(NoticeText nt, List<Mention> mentions) {
        String text = nt.text;
        String head = text.substring(0, Math.min(text.length(), 600));
        if (!(head.contains("日、") || head.contains("日,"))) {
            return mentions;
        }
        Matcher dayLead = DAY_ALONE_LEAD.matcher(head);
        boolean dayAloneLead = dayLead.find();
        LocalDate article = dayAloneLead ? articleDate(nt, mentions) : fullDateOfTheLead(nt, mentions);
        if (article == null && dayAloneLead && dayLead.group(2) == null) {
            article = latestDateOnTheDay(mentions, Integer.parseInt(dayLead.group(3)));
        }
        if (article == null) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        Matcher m = DAY_ALONE.matcher(text.substring(0, Math.min(text.length(), 3000)));
        while (m.find()) {
            int start = m.start(2);
            boolean inside = false;
            for (Mention other : mentions) {
                inside |= start < other.end() && m.end() > other.start();
            }
            int day = Integer.parseInt(m.group(2));
            LocalDate month = "先月".equals(m.group(1)) ? article.minusMonths(1)
                    : m.group(1) != null || day <= article.getDayOfMonth() ? article : article.minusMonths(1);
            if (inside || day > month.lengthOfMonth()) {
                continue;
            }
            out.add(new Mention(start, m.end(), month.getYear(), month.getMonthValue(), day, null));
        }
        out.sort(java.util.Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * 「A大は14日、…と発表した」 with no date line, and later 「2024年2月14日の時点でも発見されていない」: the announcement is the
     * latest thing told, so when the latest full date in the text falls on the lead's day, it is the article's date.
     */
    private static LocalDate latestDateOnTheDay(List<Mention> mentions, int day) {
        LocalDate latest = null;
        for (Mention m : mentions) {
            LocalDate d = m.hasYear() ? DateMentions.resolve(m, null, null) : null;
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        if (latest == null || latest.getDayOfMonth() != day) {
            return null;
        }
        for (Mention m : mentions) {
            // 「2014年3月23日~4月21日」: a later day of the same year told without it; the full date is not the latest thing told
            if (!m.hasYear() && !m.relativeDay() && m.month() > 0) {
                LocalDate d = DateMentions.resolve(m, latest.getYear(), null);
                if (d != null && d.isAfter(latest)) {
                    return null;
                }
            }
        }
        return latest;
    }

    /**
     * 「A市は2024年3月12日、…と発表した。市によると、9日に…」: an announcing lead with its full date and no date line; the
     * days alone after it are of the lead's month (or the month before), as under an article's date line.
     */
    private static LocalDate fullDateOfTheLead(NoticeText nt, List<Mention> mentions) {
        int looked = 0;
        for (Sentence s : nt.sentences) {
            if (s.start() >= 600 || looked++ >= 3) {
                return null;
            }
            if (!Prefilter.find(ANNOUNCED, s.text())) {
                continue;
            }
            for (int k = firstAtOrAfter(mentions, s.start()); k < mentions.size() && mentions.get(k).end() <= s.end(); k++) {
                Mention m = mentions.get(k);
                String before = nt.text.substring(s.start(), m.start());
                if (m.hasYear() && FULL_DATE_LEAD_BEFORE.matcher(before).find()
                        && DATE_THEN_COMMA.matcher(nt.text.substring(m.end(), Math.min(s.end(), m.end() + 12))).lookingAt()) {
                    return DateMentions.resolve(m, null, null);
                }
            }
            return null;
        }
        return null;
    }

    private static final Pattern FULL_DATE_LEAD_BEFORE = Pattern.compile("^[^、。]{2,30}(は|が)\\s*$");

    /** The article's date: a full date alone on one of the first three or last six lines, or with the paper's name. */
    private static LocalDate articleDate(NoticeText nt, List<Mention> mentions) {
        List<NoticeText.Line> lines = new ArrayList<>();
        for (NoticeText.Line line : nt.lines) {
            if (!line.text().isBlank()) {
                lines.add(line);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i >= 3 && i < lines.size() - 6) {
                continue;
            }
            NoticeText.Line line = lines.get(i);
            String t = line.text().strip();
            if (t.length() > 50 || t.indexOf('。') >= 0) {
                continue;
            }
            for (int k = firstAtOrAfter(mentions, line.start()); k < mentions.size() && mentions.get(k).start() < line.end(); k++) {
                Mention m = mentions.get(k);
                String rest = (nt.text.substring(line.start(), m.start()) + nt.text.substring(Math.min(m.end(), line.end()), line.end())).strip();
                if (m.hasYear() && m.end() <= line.end() && (HEADER_REST.matcher(rest).matches() || DATELINE_WORD.matcher(rest).find())) {
                    return DateMentions.resolve(m, null, null);
                }
            }
        }
        return null;
    }

    private static Mention newsLeadDate(NoticeText nt, List<Mention> mentions) {
        int looked = 0;
        for (Sentence s : nt.sentences) {
            if (looked++ >= 6) {
                return null;
            }
            for (Mention m : mentions) {
                if (m.start() >= s.end()) {
                    break;
                }
                if (m.start() >= s.start() && !m.relativeDay()
                        && NEWS_LEAD.matcher(nt.text.substring(s.start(), m.start())).matches()
                        && DATE_THEN_COMMA.matcher(nt.text.substring(m.end(), Math.min(s.end(), m.end() + 20))).lookingAt()
                        && (Prefilter.find(ANNOUNCED, s.text()) || nt.announcedRightAfter(s))) {
                    return m;
                }
                // 「架空町は、…を誤って廃棄したと、8月2日発表しました」, 「架空市教育委員会が8月9日に公表した資料によると」: the
                // date the verb of the announcement takes.
                if (m.start() >= s.start() && m.end() <= s.end() && !m.relativeDay()
                        && DATE_OF_ANNOUNCEMENT.matcher(nt.text.substring(m.end(), Math.min(s.end(), m.end() + 24))).lookingAt()) {
                    return m;
                }
                // 「架空市が2024年8月2日、…を誤って送付したと発表した」: a body named with が, a full date set off by a comma,
                // and the sentence closing on the announcement.
                if (m.start() >= s.start() && m.hasYear() && BODY_WITH_GA.matcher(nt.text.substring(s.start(), m.start())).matches()
                        && DATE_THEN_COMMA.matcher(nt.text.substring(m.end(), Math.min(s.end(), m.end() + 20))).lookingAt()
                        && Prefilter.find(ANNOUNCED_CLOSE, s.text())) {
                    return m;
                }
                // 「架空大学が2025年6月3日に公式サイトを更新し、…があったと発表した」: the day the site was updated with it.
                if (m.start() >= s.start() && m.end() <= s.end() && !m.relativeDay() && (s.text().contains("サイト") || s.text().contains("ページ"))
                        && SITE_UPDATED_ON.matcher(nt.text.substring(m.end(), Math.min(s.end(), m.end() + 30))).lookingAt()
                        && Prefilter.find(ANNOUNCED, s.text())) {
                    return m;
                }
                // 「2024年5月10日、架空市は、…と発表した」: the date may open the lead before its subject.
                // (「date 2026-02-28 2026年2月27日、架空中学校は…と発表しました」: after the page's own labelled date too)
                if (m.start() >= s.start() && m.hasYear() && (nt.text.substring(s.start(), m.start()).isBlank()
                        || PAGE_DATE_BEFORE.matcher(nt.text.substring(s.start(), m.start())).matches())
                        && SUBJECT_AFTER_DATE.matcher(nt.text.substring(m.end(), Math.min(s.end(), m.end() + 40))).lookingAt()
                        && Prefilter.find(ANNOUNCED_CLOSE, s.text())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** 「架空市が」, 「架空大学病院が」: a body as the subject with が, right before the lead's date. */
    private static final Pattern BODY_WITH_GA = Pattern.compile(
            "^\\s*[^、。\\s]{1,30}(市|町|村|区|県|都|府|省|庁|委員会|大学|学校|高校|病院|会社|協会|組合|センター|機構|法人|署|局)が\\s*$");
    /** 「…に公式サイトを更新し」, 「…にホームページで公開し」: the publisher's own site updated on the date. */
    private static final Pattern SITE_UPDATED_ON = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*(に|付けで|付で)\\s*(公式|自社|同社|同大|同大学|同市|同町|同村|同区|同県|同校)?の?\\s*(ウェブ|Web|WEB)?(サイト|ホームページ)"
                    + "(を|で|に|上で|にて)\\s*(更新|掲載|公開|公表)し");
    /** A page's labelled date run on before the text: 「 date 2026-02-28 」. */
    private static final Pattern PAGE_DATE_BEFORE = Pattern.compile(
            "^\\s*(date|Date|DATE|公開日|掲載日|更新日|投稿日|配信日|発表日)\\s*[:：]?\\s*\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*$");

    private static final Pattern FISCAL_YEAR = Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*年度|(20\\d{2})\\s*年度");

    private static final Pattern COHORT_AFTER = Pattern.compile(
            "^\\s*(に|の)?\\s*[、,]?\\s*(新\\s*[1１一]\\s*年生|入学|卒業|入社|修了)");
    private static final Pattern RANGE_OR_LIST_AFTER = Pattern.compile(
            "^\\s*(から|~|〜|～|－|-|と|、|及び|および|や)\\s*(令和|平成)?\\s*(\\d{1,4}|元)\\s*年度");

    /**
     * The fiscal years the text names, read in one pass.
     *
     * @param single    the fiscal year the text names (令和7年度 = April 2025 to March 2026), or 0. Only a single fiscal year
     *                  says when the notice was written (「令和7年度から始めた講座」 too): 「平成23年度から平成25年度」 or
     *                  「2006年度と2008年度に卒業した」 date the records, not the event, and give no year.
     * @param acrossTwo with no single one, 「令和5年度中に申請した世帯に、令和6年度も…」: two fiscal years in a row, and no other,
     *                  are named at the turn of the year, so a day without a year falls in the calendar year they share
     *                  (January to March of the first, April to December of the second); otherwise 0
     */
    private record FiscalYears(int single, int acrossTwo) { }

    private static FiscalYears fiscalYears(String text) {
        Prefilter.Scan m = Prefilter.scan(FISCAL_YEAR, text);
        int year = 0;
        boolean several = false;
        int low = 0;
        int high = 0;
        while (m.find()) {
            if (RANGE_OR_LIST_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).lookingAt()) {
                return new FiscalYears(0, 0);
            }
            int y = fiscalYearOf(m);
            low = low == 0 ? y : Math.min(low, y);
            high = Math.max(high, y);
            if (COHORT_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).lookingAt()) {
                continue; // 「2019年度に入学した生徒のもの」: the year of a cohort dates the records, not the notice
            }
            several |= year != 0 && y != year;
            year = y;
        }
        int single = several ? 0 : year;
        return new FiscalYears(single, single == 0 && high == low + 1 ? high : 0);
    }

    /** The year a fiscal-year mention names: 2024 for 「2024年度」 and for 「令和6年度」. */
    private static int fiscalYearOf(java.util.regex.MatchResult m) {
        if (m.group(3) != null) {
            return Integer.parseInt(m.group(3));
        }
        return (m.group(1).equals("令和") ? 2018 : 1988) + (m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2)));
    }

    /** Words that count a year from the time of writing: 本年, 今年, 昨年. */
    private static final Pattern DEICTIC_YEAR = Pattern.compile("本年|今年|昨年");

    /**
     * Where the year of a date without one comes from: the last full date before it; else (an excerpt, a news item
     * with no publication date) the first full date after it among the facts (not an archive's heading); else the fiscal year the text names.
     */
    private record YearHints(List<int[]> anchors, List<int[]> factAnchors, int fiscalYear, int boundaryYear, Integer latestFullYear) {
        Integer yearFor(Mention m) {
            if (m.relative() != null && DEICTIC_YEAR.matcher(m.relative()).matches()) {
                // 本年, 今年, 昨年 count from the year the notice was written. Without the notice's own date, the latest full
                // date in the text tells it (「昨年8月14日」 before 「令和2年1月30日」); a year with a month alone (a records'
                // span, a photo caption) does not.
                return latestFullYear;
            }
            Integer before = lastYearBefore(anchors, m.start());
            if (before != null) {
                return before;
            }
            for (int[] a : factAnchors) {
                if (a[0] > m.start()) {
                    return a[1];
                }
            }
            if (fiscalYear > 0 && m.month() > 0) {
                return m.month() >= 4 ? fiscalYear : fiscalYear + 1;
            }
            if (boundaryYear > 0 && m.month() > 0) {
                return boundaryYear;
            }
            return null;
        }
    }

    private static final Pattern LABEL_NUMBERING = Pattern.compile("^(\\d{1,2}\\s*[.、]?|\\(\\d{1,2}\\)|[■・●])\\s*");
    private static final Pattern OCCURRED_LABEL = Pattern.compile("(送信日時?|発送日時?|送付日時?|(侵入|不正アクセス)(の|された)?(日時|日)|発生日時|発生日|発生時期|発生年月日|発生時刻|事故発生日|発生|(発生|漏えい|漏洩|流出)した日時?|(漏えい|漏洩|流出)(日時|日|年月日))\\s*[:：]?\\s*$");
    /** A field naming both the event and its finding: 「発生日・発覚日」, 「発生及び判明日時」. */
    private static final Pattern BOTH_LABEL = Pattern.compile(
            "(発生|送信|発送|送付)(日時?)?\\s*(・|/|、|及び|および|並びに)\\s*(発覚|判明|覚知|発見|認知)(日時?)\\s*[:：]?\\s*$");
    /** 「1 発覚 令和5年…」: the finding's word alone, the whole label, as 発生 alone is the event's. */
    private static final Pattern DISCOVERED_LABEL = Pattern.compile("(発覚日時?|判明日時?|覚知日時?|発見日時?|認知日時?|感知日時?|(発覚|判明|覚知|認知|感知)(時期|年月日)|(判明|発覚|覚知|発見|認知|把握)した日時?|^(発覚|判明|覚知))\\s*[:：]?\\s*$");
    /** 「発 覚」, 「発 生 日」: a label of single letters spaced out to the width of the labels beside it. */
    private static final Pattern SPACED_LETTERS = Pattern.compile("^\\p{IsHan}([ \\t　]+\\p{IsHan}){1,4}\\s*[:：]?$");

    private static final Pattern DATE_THEN_NO = Pattern.compile("^\\s*(\\d{1,2}\\s*日)?\\s*(\\([^)]{1,4}\\))?\\s*の(?!うち|間|夜|朝|未明|早朝|午前|午後|夕方|深夜|昼|夕刻|放課後|帰宅|帰り|勤務|終業|業務(中|後|終了))");

    /** A date followed by の and a noun phrase that names no incident: 「10日(水)の研修資料」, 「4月1日の会議資料」. */
    private static boolean attributiveDate(NoticeText nt, String afterMention) {
        Matcher no = DATE_THEN_NO.matcher(afterMention);
        if (!no.lookingAt()) {
            return false;
        }
        String phrase = afterMention.substring(no.end(), Math.min(afterMention.length(), no.end() + 12));
        int cut = 0;
        while (cut < phrase.length() && !isParticle(phrase.charAt(cut))) {
            cut++;
        }
        return !Prefilter.find(OCCURRENCE, phrase.substring(0, cut)) && !Prefilter.find(EVENT_WORDS, phrase.substring(0, cut));
    }

    private static final Pattern EVENT_WORDS = Pattern.compile("障害|事案|事故|事象|攻撃|不具合|インシデント|感染|誤送信|紛失|盗難");

    private static boolean isParticle(char c) {
        return "をがにでへとはもや、。".indexOf(c) >= 0;
    }

    private static final String APOLOGY_MAILING = "(お詫び|おわび|謝罪|訂正)[^。、]{0,12}(文書|文|書面|メール|はがき|通知)を?(配付|配布|送付|送信|郵送|発送)";
    /** A clause closing on a step of the response (謝罪, 説明, 削除依頼, 回収). */
    private static final Pattern RESPONSE_STEP = Pattern.compile(
            "(謝罪|説明|削除|依頼|回収|返却|訪問|周知|お詫び|おわび)(し|を(行|実施|し)|いた|しま|を?依頼)?[^。、]{0,8}$|"
                    // 「お詫びの文書を配布」: the apology's or the correction's own mailing
                    + APOLOGY_MAILING + "(し|を(行|実施)|いた|しま)?[^。、]{0,12}。?\\s*$");
    /** A sending word right after an apology or a correction: the response's own mailing, not the misdelivery. */
    private static final Pattern APOLOGY_BEFORE_SENDING = Pattern.compile("(お詫び|おわび|謝罪|訂正)[^。、]{0,12}$");

    /** Every event word of the clause stands in a verb that describes a noun (「流出した個人情報」). */
    private static boolean eventsOnlyDescribeNouns(NoticeText nt, String clause, int clauseStart, boolean misdeliveryNotice) {
        Prefilter.Scan m = Prefilter.scan(OCCURRENCE, clause);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!describesANoun(nt, clauseStart + m.end())) {
                return false;
            }
        }
        if (misdeliveryNotice) {
            // 「案内を郵送した全ての会員の自宅を訪ね、お詫びの文書を配布」: the sending only says whom the step reached.
            Matcher sending = SENDING.matcher(clause);
            while (sending.find()) {
                if (Prefilter.find(APOLOGY_BEFORE_SENDING, clause.substring(Math.max(0, sending.start() - 14), sending.start()))) {
                    continue; // the apology's own mailing
                }
                any = true;
                if (!describesANoun(nt, clauseStart + sending.end())) {
                    return false;
                }
            }
        }
        return any;
    }

    private static final Pattern TOPIC_AFTER = Pattern.compile("^[^、。]{0,12}?(について|に関して|に関し)\\s*(の)?\\s*(謝罪|説明|お詫び|おわび|陳謝)");

    /**
     * 「審査請求人に対し、誤送付及び手続の不備について謝罪する」: every event word is what an apology or an explanation was
     * about; the date is the response's.
     */
    private static boolean eventsAreTheTopic(String clause) {
        if (!clause.contains("につい") && !clause.contains("に関し")) {
            return false;
        }
        Prefilter.Scan m = Prefilter.scan(OCCURRENCE, clause);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!TOPIC_AFTER.matcher(clause.substring(m.end(), Math.min(clause.length(), m.end() + 20))).lookingAt()) {
                return false;
            }
        }
        return any;
    }

    /** The verb whose word ends at {@code end} (an offset in the text) describes the noun after it. */
    private static boolean describesANoun(NoticeText nt, int end) {
        NoticeText.LineTokens lt = nt.lineTokens(end - 1);
        int ti = lt.endingAt(end);
        return ti >= 0 && Predicate.describesANoun(lt.tokens(), ti + 1);
    }

    /** 「架空署に届け出て相談(6月3日)」: the date in brackets after the step it dates. */
    static boolean bracketedAside(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 4), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 10));
        return Prefilter.find(ASIDE_OPEN, before) && ASIDE_CLOSE.matcher(after).lookingAt();
    }

    /** A range labelled as the affected window, in its sentence before it or on the heading line above. */
    private static boolean labelledWindow(NoticeText nt, Sentence s, Mention m) {
        String before = LIST_NUMBER.matcher(nt.text.substring(s.start(), m.start())).replaceFirst("");
        if (before.length() > 30) {
            before = before.substring(before.length() - 30);
        }
        if (before.strip().isEmpty()) {
            NoticeText.Line line = nt.lineAt(m.start());
            int above = line == null ? -1 : nt.previousLineIndex(line.index(), Integer.MAX_VALUE);
            if (above >= 0 && TABLE_RULE.matcher(nt.lines.get(above).text()).matches()) {
                above = nt.previousLineIndex(above, 3); // 「期間 |」, 「---|」, then the range: a table's head above its rule
            }
            before = above < 0 ? "" : nt.lines.get(above).text();
            if (before.length() > 40) {
                return false;
            }
        }
        return Prefilter.find(WINDOW_LABEL, before) && !Prefilter.find(RESPONSE_PERIOD, before);
    }

    /** A table's rule line as text copies of web pages write it: 「---|」, 「|---|---|」. */
    private static final Pattern TABLE_RULE = Pattern.compile("^[\\s|:]*-{3,}[-\\s|:]*$");

    private static final Pattern FINDING_FIELD = Pattern.compile("(発覚|判明|覚知|認知|感知)");

    private static final Pattern TITLE_AFTER_BRACKETED_DATE = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*】[^。]{2,80}?(について|お知らせ|お詫び|おわび|ご報告)\\s*(\\([^()]{1,20}\\))?\\s*$");

    /** 「【6月4日】案内はがきの誤送付について(架空保健課)」: a release's title line opened by its date in 【】. */
    private static boolean bracketedTitleDate(NoticeText nt, Mention m) {
        NoticeText.Line line = nt.lineAt(m.start());
        if (line == null || m.end() > line.end() || m.start() - line.start() > 40 || line.end() - m.end() > 120
                || !nt.text.substring(line.start(), m.start()).strip().endsWith("【")) {
            return false;
        }
        return TITLE_AFTER_BRACKETED_DATE.matcher(nt.text.substring(m.end(), line.end())).matches();
    }

    /** The field the date fills names the finding itself (発覚, 判明), not a thing found (発見日時 of a lost item). */
    private static boolean findingField(NoticeText nt, Mention m) {
        String before = labelBefore(nt, m);
        return before != null && Prefilter.find(FINDING_FIELD, before);
    }

    /**
     * What stands before the date on its line after the last sentence there, or the line above when the date opens its
     * line: where a field's label is. Null when the date is on no line.
     */
    private static String labelBefore(NoticeText nt, Mention m) {
        NoticeText.Line line = nt.lineAt(m.start());
        if (line == null) {
            return null;
        }
        String before = nt.text.substring(line.start(), m.start()).strip();
        if (before.indexOf('|') >= 0) {
            String header = columnHeader(nt, line, before);
            if (header != null) {
                return header;
            }
        }
        if (before.isEmpty()) {
            before = nt.previousLineText(line.index()).strip();
        }
        return before.substring(before.lastIndexOf('。') + 1).strip();
    }

    private static final Pattern TABLE_RULE_LINE = Pattern.compile("^[\\s|:：\\-－ー―]*$");

    /**
     * 「件数 | 人数 | 発生日 | 発覚日」 above 「3件 | 12名 | 令和5年2月1日から… | 令和6年1月9日…」: a date opening a cell
     * of a table row is labelled by the cell above it in the header row (the nearest row above, a rule line skipped).
     * Null when the date does not open its cell or no header row has that cell.
     */
    private static String columnHeader(NoticeText nt, NoticeText.Line line, String before) {
        int bar = before.lastIndexOf('|');
        if (!before.substring(bar + 1).isBlank()) {
            return null;
        }
        int column = 0;
        for (int i = 0; i < before.length(); i++) {
            column += before.charAt(i) == '|' ? 1 : 0;
        }
        int above = nt.previousLineIndex(line.index(), 2);
        if (above >= 0 && TABLE_RULE_LINE.matcher(nt.lines.get(above).text()).matches()) {
            above = nt.previousLineIndex(above, 2);
        }
        if (above < 0) {
            return null;
        }
        String header = nt.lines.get(above).text().strip();
        if (header.indexOf('|') < 0 || line.text().strip().startsWith("|") != header.startsWith("|")) {
            return null;
        }
        String[] cells = header.split("\\|", -1);
        return column < cells.length ? cells[column].strip() : null;
    }

    /** "発生日時 2024年5月1日" or a 発生日時 heading on the line above: the date is that field. */
    private static String fieldLabel(NoticeText nt, Mention m) {
        // 「…確認できた事実は以下のとおりです。(1)侵入の日時」: a field label after a sentence on the same line.
        String before = labelBefore(nt, m);
        if (before != null && before.length() > 20 && before.length() <= 120 && (before.indexOf('日') >= 0 || before.indexOf(')') >= 0)) {
            // 「発生日時 令和6年9月2日(月) 判明日時 令和6年9月3日(火)」: two fields on one line; the label after the first date
            Matcher field = FIELD_AFTER_A_DATE.matcher(before);
            if (field.lookingAt()) {
                before = before.substring(field.end());
            }
        }
        if (before == null || before.isEmpty() || before.length() > 30) {
            return null;
        }
        if (before.length() > 2 && before.charAt(0) == '(' && before.charAt(before.length() - 1) == ')') {
            before = before.substring(1, before.length() - 1); // 「(発生日)令和6年9月2日」: the label in brackets
        }
        before = LABEL_NUMBERING.matcher(before).replaceFirst("");
        if (before.length() > 20) {
            return null;
        }
        if (before.indexOf(' ') > 0 || before.indexOf('　') > 0 || before.indexOf('\t') > 0) {
            if (SPACED_LETTERS.matcher(before).matches()) {
                before = before.replaceAll("[ \\t　]", ""); // 「1 発 覚 令和6年2月9日」: the label 発覚 spaced out
            }
        }
        if (Prefilter.find(BOTH_LABEL, before)) {
            return "both"; // 「発生日・発覚日 令和6年9月12日」: one field for the event and its finding
        }
        if (Prefilter.find(OCCURRED_LABEL, before)) {
            return "occurred";
        }
        if (Prefilter.find(DISCOVERED_LABEL, before)) {
            return "discovered";
        }
        return null;
    }

    /**
     * 「AからBまで、…氏名や住所が掲載されていた」, 「…閲覧できる状態だった」: a range closed by まで before a state that
     * lasted (published, open to view) is the window the exposure went on in; its start is the occurrence.
     */
    private static final Pattern STATE_WINDOW_AFTER_RANGE = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*まで(の間)?\\s*[、,][^。]{0,80}?((掲載|公開)されてい|(閲覧|アクセス|参照|ダウンロード)(でき(る|て)|可能な?)状態)");
    /**
     * A range of the days records were taken in, before a mail or a letter that sent them (「A~Bに転入届を受け付けた住民
     * の氏名を誤送信」): the range says whose records they were; the sending is the event. A loss of what was taken in
     * keeps its window (nothing else dates it).
     */
    private static final Pattern RECORDS_WINDOW_THEN_SENT = Pattern.compile(
            "^\\s*(まで)?(の間)?\\s*に\\s*[^。、]{0,12}?(受け付け|受理し|受付し|届け出|提出し|提出され|申請し|申し込ん|転入し|転出し)(た|られた|された)"
                    + "[^。]{0,60}?(誤送信|誤送付|誤って[^。]{0,10}送|送信し|送付し|郵送し)");
    /** 「6月3日に役場へ届いた書留の封筒」: a date naming when the item arrived, in a clause on the item. */
    private static final Pattern ARRIVAL_OF_THE_ITEM = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*に[^、。]{0,12}?(届いた|届けられた|収受した|受領した|受け取った|受け付けた)[、,]?\\s*[^、。]{0,20}?"
                    + "(郵便物?|書類|文書|封筒|申請書|届出書|届|処方箋|写し)");
    /** Papers gone missing: 所在がわからない, 所在不明, 見当たらない. */
    private static final Pattern ITEM_MISSING = Pattern.compile("所在(が)?(わから|分から|不明)|見当たら");
    /**
     * 「AからBまでの2か月余り分の届の綴りが所在不明」: the papers of a span were lost; the loss keeps the span (nothing else
     * dates it), as a loss of what was taken in does.
     */
    private static final Pattern SPAN_OF_PAPERS_LOST = Pattern.compile(
            "^\\s*(\\([^)]{1,4}\\))?\\s*まで\\s*の[^。、]{0,12}?分[^。]{0,60}?(紛失|所在不明|所在が(分から|わから|確認でき)|見当たら)");
    /**
     * 「午後9時ごろ、」, 「同10時ごろ」: a sentence opened by a time of day, with no day of its own; also a part of the day
     * without a clock time (「昼ごろ紛失に気付いた」, 「夕方、」).
     */
    private static final Pattern TIME_OF_DAY_OPENING = Pattern.compile(
            "^\\s*(その後[、,]?\\s*)?(同日?)?\\s*((午前|午後|夜|朝)?\\s*\\d{1,2}\\s*時\\s*(\\d{1,2}\\s*分|半)?\\s*(ごろ|頃|すぎ|過ぎ|前|ころ)?\\s*(に|には|、|,)"
                    + "|(昼|正午|夕方|夕刻|夜)\\s*((ごろ|頃|すぎ|過ぎ|ころ)\\s*(に|には|、|,)?|(に|には|、|,)))");
    /** The start of a range running to the next year anchor: 「令和2年4月から」, 「2023年4月3日~」. */
    private static final Pattern RANGE_TO_NEXT_ANCHOR = Pattern.compile("[^。、\\n]{2,16}?(から|~|〜|～|－)\\s*");
    /** 「…まで、窓口の受付を停止…」: a window of the response or of a service, not of the exposure. */
    private static final Pattern WINDOW_OF_A_SERVICE = Pattern.compile("受付|休業|停止|休止|募集|窓口|開設|設置|予定");

    private static final Pattern PERIOD_AFTER_RANGE = Pattern.compile("^\\s*(\\([^)]{1,4}\\))?\\s*(まで)?の?(期間|間)中?に");

    /**
     * 「AからBまでの期間に…漏えいした」: the range is a period in which the event itself happened, when the event is
     * named before any finding or response word in the clause.
     */
    private static boolean eventInPeriod(String text, int rangeEnd, int clauseEnd, boolean misdeliveryNotice, boolean publicationNotice) {
        Matcher period = PERIOD_AFTER_RANGE.matcher(text.substring(rangeEnd, Math.min(clauseEnd, rangeEnd + 12)));
        if (rangeEnd >= clauseEnd || !period.lookingAt()) {
            return false;
        }
        String rest = text.substring(rangeEnd + period.end(), clauseEnd);
        Matcher cut = DISCOVERY.matcher(rest);
        Matcher response = RESPONSE_PERIOD.matcher(rest);
        int end = Math.min(cut.find() ? cut.start() : rest.length(), response.find() ? response.start() : rest.length());
        return hasEvent(rest.substring(0, end), misdeliveryNotice, publicationNotice);
    }

    private static boolean hasEvent(String clause, boolean misdeliveryNotice, boolean publicationNotice) {
        if (misdeliveryNotice && Prefilter.find(SENDING, clause) || publicationNotice && Prefilter.find(PUBLISHING, clause)) {
            return true;
        }
        Prefilter.Scan m = Prefilter.scan(OCCURRENCE, clause);
        while (m.find()) {
            String after = clause.substring(m.end(), Math.min(clause.length(), m.end() + 6));
            if (!Prefilter.find(NOT_AN_EVENT_AFTER, after)) {
                return true;
            }
        }
        return false;
    }

    private static Integer lastYearBefore(List<int[]> anchors, int offset) {
        int lo = 0;
        int hi = anchors.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (anchors.get(mid)[0] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : anchors.get(lo - 1)[1];
    }

    private static int firstAtOrAfter(List<Mention> mentions, int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * 「更新日:平成30年5月16日」 above 「発表日:平成30年5月15日」: the page's update line stands above the release's own
     * labelled date; the release date is the notice's. The next few lines of the header are looked at; with
     * {@code bareLines}, an unlabelled date line among them is the release's too.
     */
    private static Mention releaseDateBelow(NoticeText nt, List<Mention> mentions, int updateLine, boolean bareLines) {
        for (NoticeText.Line line : nt.nonBlankLines(updateLine + 1, 6)) {
            if (bareLines && line.text().length() <= 100 && !Prefilter.find(LABELLED_DATE_LINE, line.text())) {
                // 「2025.05.19」 above 「【5/19追記】…について」 and 「令和7年4月4日」: the release's own date line, unlabelled
                Mention bare = publishedDateOn(line, mentions, nt.text, false);
                if (bare != null && fieldLabel(nt, bare) == null) {
                    return bare;
                }
            }
            if (line.text().length() <= 100 && Prefilter.find(LABELLED_DATE_LINE, line.text())) {
                for (int k = firstAtOrAfter(mentions, line.start()); k < mentions.size() && mentions.get(k).start() < line.end(); k++) {
                    Mention m = mentions.get(k);
                    if (m.hasYear() && m.end() <= line.end()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** A news digest's heading for the notice it reports on: 「【参考記事】」, 「出典:」, 「ソース」. */
    private static final Pattern SOURCE_HEADING = Pattern.compile("^\\s*[【\\[]?(参考記事|参考|出典|ソース|引用元|参照元|元記事)[】\\]]?\\s*[:：]?\\s*$");

    /**
     * 「【参考記事】」 then 「…の紛失について(令和5年11月14日)」: the title of the notice a digest reports on, its date in brackets
     * closing the line, is the notice's own date.
     */
    private static Mention sourceTitleDate(NoticeText.Line line, List<Mention> mentions, String text) {
        for (int k = firstAtOrAfter(mentions, line.start()); k < mentions.size() && mentions.get(k).start() < line.end(); k++) {
            Mention m = mentions.get(k);
            if (m.hasYear() && m.end() <= line.end() && titleLineDate(text.substring(line.start(), m.start()), text.substring(m.end(), line.end()))
                    && text.substring(line.start(), m.start()).strip().length() > 1) {
                return m;
            }
        }
        return null;
    }

    /**
     * The date on the line heads a timeline entry told as a sentence: the line's sentence runs on below it and closes with
     * 。, or the line holds the date alone and the next line is such a sentence.
     */
    private static boolean headsAnEntry(NoticeText nt, NoticeText.Line line) {
        Sentence joined = nt.sentenceAt(line.start());
        if (joined != null && joined.start() >= line.start() && joined.end() > line.end() && joined.text().indexOf('。') >= 0) {
            return true;
        }
        List<NoticeText.Line> next = nt.nonBlankLines(line.index() + 1, 1);
        return joined != null && joined.end() <= line.end() && !next.isEmpty() && next.get(0).text().strip().endsWith("。");
    }

    /**
     * A later line opens with a later date (after a list mark) and heads an entry the same way: the lines form a timeline,
     * which a release's own date, the latest of them, would not open.
     */
    private static boolean laterEntryBelow(NoticeText nt, List<Mention> mentions, NoticeText.Line line, Mention first) {
        LocalDate firstDay = DateMentions.resolve(first, null, null);
        if (firstDay == null) {
            return false;
        }
        for (int k = firstAtOrAfter(mentions, line.end()); k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            NoticeText.Line at = nt.lineAt(m.start());
            if (at == null || at.index() > line.index() + 30) {
                return false;
            }
            if (LIST_NUMBER.matcher(nt.text.substring(at.start(), m.start())).replaceFirst("").isBlank() && headsAnEntry(nt, at)) {
                LocalDate day = DateMentions.resolve(m, m.hasYear() ? null : firstDay.getYear(), null);
                return day != null && day.isAfter(firstDay);
            }
        }
        return false;
    }

    /** 「【5/19追記】」, 「[更新]」: a title marked as added to or updated, opening the line below a date. */
    private static final Pattern UPDATE_MARK = Pattern.compile("^\\s*[【\\[(（][^】\\])）]{0,12}(追記|更新)[^】\\])）]{0,6}[】\\])）]");

    /** The next non-blank line is a title marked as updated: the date above it is the update's. */
    private static boolean updateMarkBelow(NoticeText nt, NoticeText.Line line) {
        List<NoticeText.Line> next = nt.nonBlankLines(line.index() + 1, 1);
        return !next.isEmpty() && (next.get(0).text().contains("追記") || next.get(0).text().contains("更新"))
                && UPDATE_MARK.matcher(next.get(0).text()).lookingAt();
    }

    private static Mention publishedDateOn(NoticeText.Line line, List<Mention> mentions, String text, boolean firstLine) {
        for (int k = firstAtOrAfter(mentions, line.start()); k < mentions.size() && mentions.get(k).start() < line.end(); k++) {
            Mention m = mentions.get(k);
            if (!m.hasYear() || m.end() > line.end()) {
                continue;
            }
            String rest = (text.substring(line.start(), m.start()) + text.substring(m.end(), line.end())).strip();
            if (HEADER_REST.matcher(rest).matches()) {
                return m;
            }
            // 「date 2025-10-15 A市は、…」: a page's labelled date, with the text run on after it.
            if (DATE_LABEL_BEFORE.matcher(text.substring(line.start(), m.start())).matches()) {
                return m;
            }
            // Digest titles and web pages put the date at the end of the title line.
            String tail = text.substring(m.end(), line.end()).strip();
            if (tail.isEmpty() && (firstLine || line.text().strip().startsWith("【"))) {
                return m;
            }
            // 「…の漏えいについて 2022年6月9日 架空県」: the title, its date, then the publisher's name closing the line.
            if (firstLine && TITLE_CLOSES.matcher(text.substring(line.start(), m.start())).find() && PUBLISHER_TAIL.matcher(tail).matches()) {
                return m;
            }
            if (firstLine && titleLineDate(text.substring(line.start(), m.start()), text.substring(m.end(), line.end()))) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern TOKORO_FINDING = Pattern.compile(
            "ところ[、,]?[^。]{0,80}?(判明|発覚|気づ|気付|わかっ|分かっ|わかり|分かり|見当たら|見つから|ないことを確認|ないことが確認)");
    private static final Pattern DATE_LABEL_BEFORE = Pattern.compile(
            "^\\s*(date|Date|DATE|" + PAGE_DATE_LABEL + ")\\s*[:：]?\\s*$");
    private static final Pattern TITLE_CLOSES = Pattern.compile("(について|お知らせ|お詫び|おわび|ご報告)[ \\t　]+$");
    private static final Pattern PUBLISHER_TAIL = Pattern.compile("[^\\s。、,0-9]{2,16}");
    private static final Pattern TITLE_AFTER_HEAD_DATE = Pattern.compile("^(\\([^)]{1,4}\\))?\\s+\\S");
    private static final Pattern BRACKETED_TAIL = Pattern.compile("^[)\\]】]\\s*$");

    /**
     * Title lines that carry their own date: 「令和7年3月4日 システム障害に関するお知らせ(続報)」 (the date, a space, the
     * title) and 「…に関するお詫び (2025/02/14)」 (the date in brackets closing the line). A title opening with
     * 「2025年3月4日に発生した…」 dates the event, not the notice: the date must be set off by a space.
     */
    static boolean titleLineDate(String beforeOnLine, String restOfLine) {
        String before = beforeOnLine.strip();
        if (before.isEmpty()) {
            return TITLE_AFTER_HEAD_DATE.matcher(restOfLine).lookingAt();
        }
        return (before.endsWith("(") || before.endsWith("[") || before.endsWith("【"))
                && BRACKETED_TAIL.matcher(restOfLine.strip()).matches();
    }
}
