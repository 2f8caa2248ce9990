package org.itaku.casebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.casebook.NoticeText.Sentence;

/**
 * The number of persons affected. Counts with 名/人 (and 件 when the sentence says the records are people's)
 * in sentences about the affected data; offices, users, companies, devices and downloads are not persons.
 */
final class PersonCountRules {

    record Result(Integer persons, boolean approx, String evidence) { }

    private static final String NUM = "(?<num>\\d[\\d,]*(?:\\.\\d+)?(?:\\s*万(?:\\d[\\d,]*千?)?|\\s*千)?|(?<!数)[〇一二三四五六七八九十百千万]+)";
    private static final Pattern COUNT = Pattern.compile(
            "(?<pre>約|およそ|おおむね|概ね|最大で?約|最大で?およそ|最大で?|延べ|のべ|計|合計|総計|少なくとも|推定)?\\s*(?<![\\d.\\w第])(?<![\\d.],)" + NUM
                    + "\\s*(?<unit>名|人|件|世帯)(?<suf>分|様)?\\s*(?<post>以上|程度|を超える|を上回る|超|強|弱|未満|以下|前後|近く|近い|余り|あまり|余(?![りる]))?");
    /** 「300人分の一部」, 「300人分の個人情報のうち一部」: some of those counted. */
    private static final Pattern PART_OF_AFTER = Pattern.compile("^(の[^。、]{0,10}?)?(のうち|うち|の)[、,]?一部");
    /** 「少なくとも市民300人分」: a lower bound told earlier in the clause than the count. */
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(少なくとも|最低でも)[^。、\\d]{0,10}$");
    /**
     * 「漏えい人数: 1,234名」 (also 「漏洩した件数:646件」), also with the figure on the line under its heading (「■漏えい人数」 then 「1,234名」), and
     * 「漏えい件数 1件」: in a breach report the 件数 of a leak is the number of people.
     */
    private static final Pattern HEADER_COUNT = Pattern.compile(
            // 「漏えい等が発生した個人情報の件数」: words between the leak and the count word (no punctuation, no line break);
            // 「個人情報 1件」: what is counted named again before the figure on the line under
            "(漏えい|漏洩|流出|対象|影響|被害)(?<mid>[^。、\\n:：【】()（）]{0,14}?)(?<max>最大)?(?<what>人数|者数|件数|本人の数)[】\\])）]?\\s*[:：]?\\s*\\n?\\s*[-・•]?\\s*"
                    + "((個人情報|対象者|本人)\\s*[:：]?\\s*)?(?<pre>約|計|合計)?\\s*(?<num>\\d[\\d,]*)\\s*(?<unit>名|人|件)?");
    /** 「調査対象者数:12者(個人11名、法人1社)」: the header's figure counts bodies too; the individuals are the persons. */
    private static final Pattern INDIVIDUALS_OF_THE_HEADER = Pattern.compile("\\s*者\\s*[(（]\\s*個人\\s*(?<num>\\d[\\d,]*)\\s*(名|人)");
    /** Words between a leak and its 件数 that say it counts bodies, mails, files or accounts, not people. */
    private static final Pattern HEADER_COUNTS_NO_PEOPLE = Pattern.compile("社|事業者|事業所|法人|企業|団体|取引先|メール|ファイル|アカウント|データ|口座|端末|台数");
    private static final Pattern AFFECTED_CONTEXT = Pattern.compile(
            "対象|漏えい|漏洩|流出|影響|該当|おそれ|恐れ|可能性|人数|被害|閲覧|誤送|含まれ|個人情報|掲載|記載|紛失|盗難|お客様|お客さま|顧客|会員|患者|利用者|申込者|応募者|受験者|被保険者|名簿|"
                    + "参加者|受講者|受講生|受講予定者|受信者|宛先|送信先|保護者|生徒|児童|学生|住民|世帯|不正(に|な)?(使用|利用|ログイン|アクセス)|乗っ取|"
                    // 「3人の方の納付書を入れ違えて発送」: papers swapped between the persons counted
                    + "入れ違|取り違|"
                    // 「資料には園児約20人の写真と氏名が載っていた」: news says 記載 plainly
                    + "載って|載せ");
    /** People whose records a notice counts, by what it calls them. */
    private static final String PEOPLE = "お客様|お客さま|顧客|会員|利用者|患者|申込者|応募者|受験者|被保険者|加入者|組合員|住民|市民|町民|生徒|児童|学生";
    /**
     * 件 counts people only when the sentence says whose records they are (「お客様約3万件」, 「生徒118件の住所」). Records named
     * only as personal information or as an item (「1,400件の個人情報」, 「1万件のメールアドレス」) count records, not people: the
     * label conventions leave the persons null when only records are counted.
     */
    private static final Pattern PERSON_RECORDS = Pattern.compile(PEOPLE + "|在校生|卒業生|研修生|職員|従業員|保護者|受給者|入所者|入居者|人分|名分|対象者"
            // 「取引の関係者ら500件の連絡先」, 「登録者250件」: people named by how they relate to the body
            + "|関係者|登録者|参加者|受講者"
            // 「寄附をされた…在住の方7,530件」: people called 方 by what they did or where they live
            + "|(た|る|の)方(々)?(?![法針式向面])");
    private static final Pattern NOT_PERSONS_AFTER = Pattern.compile("^(あたり|当たり|ひとり|一人|目|体制|以内に|規模の?(企業|会社))");
    /** 「「架空1000人会」の登録者」: the count is part of a name in brackets (a club, a campaign), which closes just after it. */
    private static final Pattern REST_OF_A_BRACKETED_NAME = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー]{1,8}[」』]");
    /** 「23社31件」, 「40事業所52件」: records counted right after the bodies they belong to. */
    private static final Pattern BODIES_JUST_BEFORE = Pattern.compile("\\d\\s*(事業所|事業者|社|団体|法人|企業|店舗)\\s*$");
    private static final Pattern NOT_PERSON_RECORDS = Pattern.compile(
            // 「顔写真など計約3万件のデータ」: data records, whoever they are of
            "^(の)?(メール(?!アドレス)|ファイル|アクセス|通信|レコード|データ(?!ベース)|問い?合わ|お問合せ|事案|案件|"
                    // 「全227件の誤送信が発生」: mails sent, not people
                    + "誤送信|誤送付|誤配信|誤発送|送信|配信|"
                    // 「3件の情報発信において」: what was sent out, not people
                    + "(情報)?発信)"
                    // 「誤送信が全227件発生した」: occurrences counted, not people
                    + "|^\\s*(が|も)?(発生|起き)"
                    // 「約3,000件の迷惑メール」, 「600件の検査データ」: mails or data named with what kind they are
                    + "|^の[^。、\\d]{1,6}?((?<!個人)データ(?!ベース)|メール(?!アドレス)|ファイル|アカウント)"
                    // 「3件の個人情報に関連する事故」: accidents counted, told with what they concern (no が, を or は between:
                    // 「100件の個人情報が流出する事故」 counts the records)
                    + "|^の[^。、がをは]{0,14}(事故|ミス|事件|不祥事)");
    /** 「職員3名のIDが」, 「職員2名のメールアカウントが」: staff whose own data or accounts were involved are the persons. */
    private static final Pattern STAFF_DATA_AFTER = Pattern.compile("^(分)?の(ID|アカウント|メールアカウント|パスワード|個人情報|情報|氏名|メールアドレス|データ)");
    /** 「会員アカウント1,500件」, 「検査データ約600件」: records named right before their count, whoever they are of. */
    private static final Pattern RECORDS_JUST_BEFORE = Pattern.compile(
            // 「顧客の取引約2万4千件」: transactions, whoever made them
            "((?<!個人)データ|アカウント|ID|ファイル|レコード|メール|ログ|履歴|取引)\\s*(の)?\\s*(件数)?\\s*[:：]?\\s*(約|およそ|最大で?|計|合計|延べ|のべ)?\\s*$");
    /** 「…計1,200件、うち個人情報を含むもの450件」: the subset that holds personal data is the count. */
    private static final Pattern PERSONAL_SUBSET_BEFORE = Pattern.compile("うち[^、。]{0,12}(個人情報|個人を特定)[^、。]{0,12}$");
    /**
     * A count, then a subset of it: 「計1,200件、うち」, also with the counted thing between (「1,500件のお問い合わせがあり、
     * うち」, one clause at most).
     */
    private static final Pattern TOTAL_THEN_SUBSET = Pattern.compile("\\d\\s*(件|名|人)([^。、,]{0,30}?[、,])?\\s*[、,]?\\s*(その)?うち");
    /** 「うち1,400件の個人情報が」: the subset named as the personal data, after its count. */
    private static final Pattern PERSONAL_SUBSET_AFTER = Pattern.compile("^(分)?の(個人情報|個人データ)");
    /** A list line 「・申込者 45名(…)」: one group of several. */
    private static final Pattern GROUP_LINE = Pattern.compile(
            "^\\s*[・•\\-○●◆■]\\s*(?<group>[^\\s\\d:：、。]{1,24}|[^\\d:：、。]{1,40}?)\\s*[:：]?\\s*(?<num>\\d[\\d,]*)\\s*(名|人)(分)?"
                    // 「- 受講者21名分の個人情報」: what was held of the group may close the line
                    + "(の(個人)?情報)?\\s*(\\(.*\\))?\\s*$");
    /** 「氏名、住所 - 見学者30名分の個人情報」: PDF text ran the items of one group into the next group's bulleted line. */
    private static final Pattern ITEMS_THEN_BULLET = Pattern.compile("^(?<items>[^。\\d]{2,120}?)\\s+(?<bullet>[・•\\-]\\s+\\S.*)$");
    /**
     * A numbered list line that opens with its group and count and goes on about what was held: 「(1) 3年生87人分の
     * 成績」, 「② 会員41人分の連絡先」, 「ア 外来患者(6人)の氏名」.
     */
    private static final Pattern NUMBERED_GROUP_LINE = Pattern.compile(
            // ア, イ, ウ number the items under a numbered heading in official papers; the count may be in brackets
            // (「ア 外来患者(6人)の氏名」)
            // a paper of each person may head the line (「(2)架空受付票 16名さま分」): the group is then longer and 様 may follow
            "^\\s*(\\(\\d{1,2}\\)|\\d{1,2}\\s*[.)]|[①-⑳]|[\\u30A2-\\u30F3](?=[\\s　]))\\s*(?<group>[^\\s:：、。]{0,28}?[^\\s\\d:：、。,])\\s*[:：]?\\s*"
                    + "[(（]?\\s*(?<num>\\d[\\d,]*)\\s*(名|人)(様|さま)?(分)?[)）]?(?![\\d,])(の|\\s|$)");
    /**
     * 「(2)流出したメールアドレス(4名分)」, 「(3)流出した姓(2名分)」: numbered fields counting whose each leaked item was are one
     * group of people counted item by item; the persons are the largest count, not the sum.
     */
    private static final Pattern LEAKED_ITEM_GROUP = Pattern.compile("^(流出|漏えい|漏洩|漏れ|表示|閲覧可能とな)(した|された|っ?た)");
    /**
     * Those who did it or worked on it: 「職員3名」, and with ら or など after a named one or a rank (「警察官ら2人が」,
     * 「看護師など2名」), never the persons whose data was involved.
     */
    private static final Pattern STAFF_BEFORE = Pattern.compile(
            "(従業員|社員|職員|教員|教職員|担当者|スタッフ|事務局員|役員|監督者|上司|管理職|"
                    + "(巡査|警察官|警部補?|署員|教諭|講師|医師|看護師|薬剤師|作業員|係員|隊員|運転手|配達員|社員|職員|担当者|"
                    // 「校長ら3名で訪問し」: staff counted by the rank of the one leading them
                    + "校長|副校長|教頭|園長|院長|所長|室長|課長|係長|部長|班長|主任|主査)(ら|など|等))(数)?\\s*(約)?$");

    /**
     * 「保護者(64名)宛に」, 「関係者210名を対象にメールで配信」, 「別の顧客2名に流出」: those a misdirected mail went to.
     * Their count gives way to a count of whose data the mail held (「児童2名の氏名」), unless the recipients' own
     * addresses were shown to each other (To/CC, 同報): then they are the persons.
     */
    private static final Pattern RECIPIENTS_AFTER = Pattern.compile(
            "^(分)?\\s*[)）]?\\s*(の)?(宛|あて)|^(分)?\\s*を対象に[^。]{0,12}(メール|送信|配信)|^に(流出|誤送信|誤送付|送信|送付|郵送|発送)"
                    // 「保護者215名に配信され」: those a misdirected distribution (a school's contact tool) reached
                    + "|^に(誤)?配信"
                    // 「児童(28名)に配付した際」, 「保護者4人に手渡した」: those papers were handed out to, by hand
                    + "|^\\s*[)）]?\\s*に(誤って)?(誤)?(配付|配布|手渡|配っ)"
                    // 「登録者11名に対してメールを送信するも、誤って申込書を添付」: those a mail was sent to, told with に対して
                    + "|^\\s*[)）]?\\s*に対して[^。、]{0,8}?(メール|送信|送付|配信|郵送|発送)");
    /** 「誤ったアドレス(1名)に案内を送り」: the count of the wrong addresses, in brackets after them. */
    private static final Pattern WRONG_ADDRESS_BEFORE = Pattern.compile(
            "(誤った|誤りの|間違った|別の|無関係の|第三者の)(メール)?(アドレス|宛先)\\s*[(（]\\s*$");
    /** 「送信先は学年の保護者と職員の計240人だった」: the count of where the mail went, named before it. */
    private static final Pattern RECIPIENTS_BEFORE = Pattern.compile(
            // 「メールを受信した学生は52人」: those who received it, named by what they are
            // 「配布したのは同じクラスの保護者18人」: a cleft naming where the papers went
            "(送信先|送付先|送り先|宛先|配信先|誤送信先|受信者|受信した人|(受信し|受け取っ)た\\p{IsHan}{1,4}|(配布|配付|送付|送信|配信|郵送|発送)した(の|相手|先))(は|が|の数は)[^。]{0,30}$");
    /** 「職員あわせて13人がすでに閲覧していた」: those who saw or received the data, not whose data it was. */
    private static final Pattern VIEWERS_AFTER = Pattern.compile(
            // 「2人の保護者は開封していなかった」: counted before those who opened it (or not)
            "^\\s*(の(保護者|児童|生徒|学生|職員|教員|利用者|会員|受信者|方))?(が|は)[^。、]{0,10}?(閲覧|受信|開封|ダウンロード|目にし|見てい|見た)");
    /**
     * 「受講者20名に修了証を郵送したところ、うち3名には他の受講者の修了証を誤って同封していた」: the mailing's recipients, of whom a
     * counted part was sent what was not theirs.
     */
    private static final Pattern MISDIRECTED_PART_AFTER = Pattern.compile(
            "^[^。]{0,40}?[、,]\\s*(その)?うち\\s*\\d[\\d,]*\\s*(名|人)(の方)?(に|へ|について)[^。]{0,30}(誤|違う|別の|別人|他の)");
    /**
     * 「同じような送り間違いは他の市の学校でも起きている」: a write-up turning, after its own incident was counted, to the same kind of
     * incident at other bodies; their counts are not this incident's.
     */
    private static final Pattern OTHERS_TOO = Pattern.compile(
            "(他|別|ほか)の?(地域|地区|自治体|市町村|都道府県|県|市|町|学校|病院|施設|企業|会社|大学|団体)[^。、]{0,8}でも[^。]{0,10}(発生|起き|起こ|相次|確認|見られ)");
    /**
     * After the incident is counted, a news item may go on to what else happened: at the same contractor's other clients
     * (「ほかにも複数の自治体で被害が出ており」, 「同社を巡っては」), at another named body (「北架空市でも」, 「別の県立高校で」), or
     * earlier (「昨年も同様の紛失があり」). Their counts are not this incident's.
     */
    private static final Pattern ANOTHER_OR_EARLIER_INCIDENT = Pattern.compile(
            "(ほか|他)(にも[^。、]{0,6}|の)(自治体|市町村|団体|企業|会社|学校|病院|施設|大学|取引先|委託元)"
                    + "|(同社|同法人|この(会社|業者|事業者))を(巡|めぐ)って(は|も)"
                    + "|(昨年|昨年度|前年|前年度|先月|先週|過去|以前)に?も[^。]{0,20}(同様|同じ|同種)"
                    + "|(?<!\\p{IsHan})(?!本|当|同|全|各|他)\\p{IsHan}{1,5}(市|町|村|区)でも"
                    // 「北架空市では6月、…」 opening a sentence: a news item's paragraph on what happened at another place
                    + "|" + OrganizationRules.ANOTHER_PLACES_OPENING
                    + "|別の[^。、]{0,6}(学校|高校|中学校|小学校|病院|施設|事業所|自治体)で");
    /** 「延べ120人(実人数95人)」, 「重複を除くと1,100人」: the count of distinct people, above a count of entries. */
    private static final Pattern DISTINCT_PEOPLE_BEFORE = Pattern.compile("(実人数|実人員|重複を除(く|いた|いて|くと|けば)|重複分を除)[^。、\\d]{0,8}$");
    /** 「3名で児童宅を訪問し」, 「2名で伺い」, 「2名で確認したうえで」: a count of those who went, searched, collected or checked. */
    private static final Pattern STAFF_VISIT_AFTER = Pattern.compile(
            // 「2名で確認したうえで送信」: those who checked it before it went
            "^で[^。、]{0,12}?(訪問|伺|出向|回収|捜索|確認し|点検し|チェックし)");
    /** 「修了証を郵送した20名に確認を取り」: those a mailing went to, named by the sending just before the count. */
    private static final Pattern SENT_TO_BEFORE = Pattern.compile("(送っ|送付し|送信し|郵送し|発送し|配信し|配付し|配布し|手渡し)た\\s*$");
    /**
     * 「12人を含む全校生徒500人へ家庭訪問し、説明」: those told or visited, a population holding the counted part (「12人を含む
     * 500人分の情報」 is no such population: the data of all 500 leaked).
     */
    private static final Pattern PART_INCLUDED_BEFORE = Pattern.compile("\\d[\\d,]*\\s*(人|名)(分)?を含む[^。、\\d]{0,12}$");
    private static final Pattern TOLD_OR_VISITED_AFTER = Pattern.compile("^\\s*(へ|に|を対象に)[^。]{0,12}(訪問|説明|謝罪|連絡|周知|配布|通知)");
    /** 「3人の保護者に謝罪」: those told, counted before whom they are. */
    private static final Pattern TOLD_COUNTED_BEFORE_WHOM = Pattern.compile(
            "^\\s*(の[\\p{IsHan}\\p{IsKatakana}ー]{1,6})?(へ|に|を対象に)[^。]{0,12}(訪問|説明|謝罪|連絡|周知|通知|回収|削除)");
    /**
     * 「申込みのあった300人に文書で確認している」: those asked whether they received someone else's papers, a population searched
     * because whose data went astray is not known; not the affected. An apology or an explanation to them is no such check.
     */
    private static final Pattern ASKED_TO_CHECK_AFTER = Pattern.compile(
            "^\\s*(へ|に|を対象に)(?![^。]{0,16}(謝罪|お詫び|おわび|説明))[^。]{0,12}?(確認(作業|を依頼|を求め|を行|して|中|の))");
    /**
     * 「学年の保護者約120人に経緯を説明」, 「全世帯約4000世帯に配布」: a whole population told or handed papers, not whose data it
     * was. Those told without such a word (「対象の保護者12人に謝罪」) are often the affected and still count.
     */
    private static final Pattern WHOLE_POPULATION_BEFORE = Pattern.compile(
            "(全|全校|全学年|学年の|学級の|クラスの|全体の|全ての|すべての)[^。、\\d]{0,10}$");
    /** 「説明会を開き、保護者約50人が出席」: those who came to a meeting held to explain it (not those of a meeting whose papers leaked). */
    private static final Pattern ATTENDED_AFTER = Pattern.compile("^\\s*が[^。、]{0,6}?(出席|参加)し");
    /** 「校長と担任の2人が訪問し」: staff who went, counted after their ranks. */
    private static final Pattern STAFF_WENT_AFTER = Pattern.compile("^が[^。、]{0,12}?(訪問|伺|出向)");
    private static final Pattern STAFF_NAMED_BEFORE = Pattern.compile(
            "(校長|副校長|教頭|担任|教諭|教員|職員|課長|係長|担当者|所長|園長|院長|部長|班長)[^。、\\d]{0,6}$");
    /** 「保護者3名から学校に連絡があり」: those who reported it, not whose data it was. */
    private static final Pattern REPORTERS_AFTER = Pattern.compile(
            "^(の方)?から[^。、]{0,8}?(連絡|指摘|問い?合わ?せ|申し出|申出|通報|情報提供)");
    /** 「封筒には…書類が計8件入っていた」: the papers in an envelope or a box, not records of people. */
    private static final Pattern CONTENTS_AFTER = Pattern.compile("^\\s*(が)?(入って|入れて|同封|封入)");
    /** What holds papers (an envelope, post, a box), not records (a stick or a disc holding 150件 of customers' data). */
    private static final Pattern PAPER_CONTAINER = Pattern.compile("封筒|封書|郵便物|書類|文書|箱");
    private static final Pattern RECORD_MEDIUM = Pattern.compile("データ|メモリ|USB|ファイル|ディスク|CD|DVD|パソコン|PC|端末|サーバ");
    /** 「5250人のうち、…600人分について」: the population the affected part is taken from. */
    private static final Pattern POPULATION_AFTER = Pattern.compile("^\\s*(の|中)\\s*うち|^\\s*の中から");
    /**
     * 「個人や法人120件分」, 「個人・団体計40件」, 「お客様・取引先様の情報(8,000件)」: records of people and bodies counted
     * together.
     */
    private static final Pattern PERSONS_AND_BODIES_BEFORE = Pattern.compile(
            "(個人|人|お客様|お客さま|顧客)(や|・|及び|および|と|または|又は)(法人|団体|事業者|企業|取引先)(様|さま)?(の|等の|など)?(計|合計|情報|データ)?\\s*[(（]?\\s*$");
    private static final Pattern SHOWN_ADDRESS_COUNT = Pattern.compile(
            // 「89件すべてのメールアドレスを受信者が閲覧できる状態」: all of them, told between the count and the addresses
            "(?<!\\d)(?<!\\d,)(?<num>\\d[\\d,]*)\\s*(件|名|人)(分)?(すべて|全て)?の(メール)?アドレスを?[^。]{0,12}(To|TO|CC|Cc|宛先欄|同報|"
                    // 「52件のうち4件は届かず…48件のメールアドレスが受信者の間で共有され」: the addresses others saw
                    + "共有され|表示され|見え|閲覧でき|閲覧可能)");
    /** 「メールアドレス 115件」, 「メールアドレス:52件」: the item alone, then its count, nothing after. */
    private static final Pattern ADDRESSES_THEN_COUNT = Pattern.compile(
            "^\\s*[・•\\-]?\\s*(メール)?アドレス\\s*[:：]?\\s*(?<num>\\d[\\d,]*)\\s*(件|名|人)(分)?\\s*$");
    private static final Pattern ADDRESSES_SHOWN = Pattern.compile(
            "(?<![A-Za-z])(To|TO|CC|Cc|BCC|Bcc)(?![A-Za-z])|宛先欄|同報|アドレスが(表示|見え|閲覧|確認でき)");

    /**
     * 「3回に分けて送り、それぞれ40~42人の宛先が互いに見えた」, 「各クラス35名分」: a count told for each of several batches
     * or groups (distributive それぞれ/各), not the whole.
     */
    private static final Pattern EACH_BEFORE = Pattern.compile("(それぞれ|各回|各便|各クラス|各学級|各組)(の)?\\s*(約)?\\s*(\\d[\\d,]*\\s*[~〜～\\-－]\\s*)?$");

    /** 「計837名」, 「合計:52人」: a line that is only a total of people, closing the groups listed above it. */
    private static final Pattern TOTAL_LINE = Pattern.compile("\\s*(計|合計|総計)\\s*[:：]?\\s*\\d[\\d,]*\\s*(名|人)(分)?\\s*");

    private PersonCountRules() {
    }

    static Result apply(NoticeText nt) {
        Result r = counted(nt);
        if (r.persons() != null && !r.approx() && r.evidence() != null) {
            Result siblings = siblingListLines(nt, r);
            if (siblings != null) {
                r = siblings;
            }
        }
        if (r.persons() != null && r.approx() && r.persons() >= 10) {
            Result exact = exactListedPartsOfTheApproximateTotal(nt, r.persons());
            if (exact != null) {
                return exact;
            }
        }
        if (nt.text.contains("2件目")) {
            Result numbered = numberedIncidents(nt);
            if (numbered != null && (r.persons() == null || numbered.persons() > r.persons())) {
                return numbered;
            }
        }
        if (r.persons() == null && (nt.text.contains("信件数") || nt.text.contains("信数")) && Prefilter.find(ADDRESSES_SHOWN, nt.text)) {
            Result sent = mailsSentWithTheAddressesShown(nt);
            if (sent != null) {
                return sent;
            }
        }
        if (r.persons() == null && (nt.text.contains("様") || nt.text.contains("さん") || nt.text.contains("氏") || Prefilter.find(LETTERED_PERSON, nt.text))) {
            Result lettered = personsNamedByLetters(nt);
            if (lettered != null) {
                return lettered;
            }
        }
        if (r.persons() == null && nt.text.contains("件")) {
            Result listed = personalRecordsListedLineByLine(nt);
            if (listed != null) {
                return listed;
            }
        }
        if (r.persons() == null && (nt.text.contains("別") || nt.text.contains("1通") || nt.text.contains("性の") || nt.text.contains("ある")
                || nt.text.contains("異な") || nt.text.contains("違"))) {
            Result one = onePersonsPaperSentAstray(nt);
            if (one != null) {
                return one;
            }
        }
        return r;
    }

    /** A list line's mark: a bullet, or none. */
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([・•\\-○●◆■])");
    /**
     * The count a sibling list line gives of whose data it held: 「…1名分の氏名」, or the item and its count closing the line
     * (「・調査者氏名:2名」).
     */
    private static final Pattern SIBLING_COUNT = Pattern.compile(
            "(?<![\\d,.])(?<num>\\d[\\d,]*)\\s*(名|人)分の|(氏名|住所|個人情報|連絡先)\\s*[:：]\\s*(?<tail>\\d[\\d,]*)\\s*(名|人)(分)?\\s*$"
                    // 「・保護者の氏名、電話番号(25名分)」: a group named, its items, and its count in brackets closing the line
                    + "|[(（]\\s*(?<bracketed>\\d[\\d,]*)\\s*(名|人)分?\\s*[)）]\\s*$"
                    // 「代理人の氏名 ―― 4人分」: the count of the group closing the line
                    + "|(?<![\\d,.])(?<closing>\\d[\\d,]*)\\s*(名|人)分\\s*$");
    /** A list line that is a total, a part or a breakdown of another, not one more group. */
    private static final Pattern SIBLING_NOT_A_GROUP = Pattern.compile("うち|内訳|重複|同一|^\\s*[・•\\-○●◆■]?\\s*(合計|総計|計)");

    /** A list line's opening words up to their の (「・保護者の氏名…」 → 保護者): the group it is about. */
    private static final Pattern LINE_GROUP = Pattern.compile("^\\s*[・•\\-○●◆■]?\\s*(?<g>[^\\s\\d:：、。の()（）]{1,12})の");

    /**
     * Whether a sibling line opens with a group of people other than the counted line's (「保護者の…」 beside 「児童の…」,
     * 「代理人の…」 beside 「申請者の…」). An item opening the line (「氏名の…」) is no group.
     */
    private static boolean anotherGroup(String sibling, String counted) {
        Matcher a = LINE_GROUP.matcher(sibling);
        Matcher b = LINE_GROUP.matcher(counted);
        return a.find() && b.find() && !a.group("g").equals(b.group("g"))
                && ContentRules.itemsIn(a.group("g")).isEmpty() && ContentRules.itemsIn(b.group("g")).isEmpty();
    }

    /** An unbulleted line that reads as a list's entry: short, no sentence closed on it. */
    private static boolean listLike(String line) {
        return line.strip().length() <= 80 && line.indexOf('。') < 0;
    }

    /**
     * The count was read from one line of a list under the heading of what leaked, and the lines beside it count further
     * groups of whose data it held (「・調査対象者:12者(個人11名、法人1社)」 … 「・受託者の調査者氏名:2名」; unbulleted, 「A法人の
     * 社員16名分の名簿」 then 「B法人の役員4名分の名簿」): the persons are their sum (README: several groups, their sum). Bulleted
     * siblings share the line's bullet, with blank lines or lines of items between them; unbulleted ones follow it line by
     * line, each counting whose data (…名分の). A total or a part among them stops it.
     */
    private static Result siblingListLines(NoticeText nt, Result r) {
        String ev = r.evidence().strip();
        int at = -1;
        for (NoticeText.Line line : nt.lines) {
            String t = line.text().strip();
            if (t.length() >= 4 && t.contains(ev)) { // a count read off several lines (a group list) is summed already
                at = line.index();
                break;
            }
        }
        if (at < 0 || nt.lines.get(at).section() != NoticeText.Section.FACTS || Prefilter.find(SIBLING_NOT_A_GROUP, nt.lines.get(at).text())) {
            return null;
        }
        Matcher mark = LIST_MARK.matcher(nt.lines.get(at).text());
        String bullet = mark.find() ? mark.group(1) : null;
        if (bullet == null && !listLike(nt.lines.get(at).text())) {
            return null; // a sentence of prose, not a list's line
        }
        long sum = r.persons();
        int siblings = 0;
        for (int step : new int[] {-1, 1}) {
            for (int li = at + step; li >= 0 && li < nt.lines.size(); li += step) {
                NoticeText.Line line = nt.lines.get(li);
                String t = line.text().strip();
                if (line.section() != NoticeText.Section.FACTS || line.heading()) {
                    break;
                }
                if (t.isEmpty()) {
                    if (bullet == null) {
                        break;
                    }
                    continue;
                }
                Matcher own = LIST_MARK.matcher(line.text());
                boolean sameMark = bullet != null && own.find() && own.group(1).equals(bullet);
                if (bullet != null && !sameMark) {
                    if (itemsOfTheGroupAbove(line)) {
                        continue;
                    }
                    break;
                }
                if (Prefilter.find(SIBLING_NOT_A_GROUP, t)) {
                    return null;
                }
                Matcher c = bullet != null || listLike(t) ? SIBLING_COUNT.matcher(t) : null;
                if (c == null || !c.find()) {
                    if (bullet == null) {
                        break;
                    }
                    continue;
                }
                if ((c.group("bracketed") != null || c.group("closing") != null) && !anotherGroup(t, nt.lines.get(at).text())) {
                    return null; // 「・氏名(25名分)」 then 「・住所(25名分)」: one group counted item by item
                }
                long v = JapaneseNumbers.parse(c.group("num") != null ? c.group("num") : c.group("tail") != null ? c.group("tail")
                        : c.group("bracketed") != null ? c.group("bracketed") : c.group("closing"));
                if (v <= 0) {
                    return null;
                }
                sum += v;
                siblings++;
            }
        }
        return siblings > 0 && sum <= Integer.MAX_VALUE ? new Result((int) sum, false, r.evidence()) : null;
    }

    /** 「7件で誤りを確認」, 「3通が別人に」, 「誤送付は3件」: several papers astray, counted as papers or cases. */
    private static final Pattern SEVERAL_ASTRAY = Pattern.compile(
            "(?<![\\d,])([2-9]|[1-9]\\d+)\\s*(件|通|枚)[^。、\\d]{0,6}?(誤|別人|別の|他人)"
                    // 「誤送付は3件だった」: the count told after the mistake
                    + "|(誤送付|誤送信|誤発送|誤配付|誤配布|誤交付)(は|が)[^。、\\d]{0,6}?(?<![\\d,])([2-9]|[1-9]\\d+)\\s*(件|通|枚)");
    /** A paper made out to one person: a notice, a form, a certificate, a statement or its copy. */
    private static final String ONE_PERSONS_PAPER = "通知書|通知文書|書類|申請書|証明書|催告書|明細書|確認書|納付書|納入通知書|写し|紹介状|診断書";
    /**
     * 「通知文書1通を、誤って別の対象者に送付」, 「家賃通知書1通が、別の入居者に誤送付」: one paper sent astray; 「別の対象者の書類を
     * 誤って入れた封筒」, 「別の入居者の家賃通知書が入っていた」: another person's paper, told with no number, in a misdelivery.
     */
    private static final Pattern ONE_PAPER_ASTRAY = Pattern.compile(
            "(" + ONE_PERSONS_PAPER + ")\\s*(1|１|一)\\s*通(を|が)[、,]?[^。]{0,20}(誤|別の|別人|他の|他人)"
                    + "|(別の|別人の|他の|他人の)(?![^。、]{0,12}\\d)[^。、]{0,12}?の[^。]{0,30}?(" + ONE_PERSONS_PAPER + ")[^。]{0,16}(入って|入れ|同封|封入|誤って|誤送付)"
                    // 「家庭の通知書を誤って、別の家庭に発送」, 「患者の紹介状を…転院先と異なる事業所に誤って送信」: the paper went
                    // where it was not meant to go
                    + "|(の|記載した|記入した|書かれた)(" + ONE_PERSONS_PAPER + ")を[、,]?(?![^。]{0,40}\\d\\s*(件|通|枚|名|人))[^。]{0,40}?(別の|異なる|誤った|間違った|違う)[^。、]{0,10}?(に|へ)"
                    + "[^。、]{0,6}?(送信|送付|発送|郵送|交付|配付|配布|FAX)");

    /**
     * 「利用者の男性の氏名と住所が書かれたメモ」, 「70代の女性の診断書の写し」, 「ある児童の成績」: one person, told by who they are
     * rather than by a number, whose data it was.
     */
    private static final Pattern ONE_DESCRIBED_PERSONS_DATA = Pattern.compile(
            // one who did it is no victim: 「職員の男性の氏名」, 「容疑者の女性の住所」
            "((?<![\\p{IsHan}])(?<!(職員|社員|容疑者|被告|教諭|教員|従業員|作業員|役員|委託先|業者)の)(男性|女性)|ある(児童|生徒|学生|利用者|患者|市民|町民|住民|方|会員|顧客))の[^。、]{0,12}?"
                    + "(氏名|住所|個人情報|診断書|通知書|住民票|写し|成績|カルテ|検査結果|保険証|申請書|証明書)");

    /**
     * No count, but a misdelivery of one person's paper (「通知文書1通を、誤って別の対象者に送付」, 「別の入居者の家賃通知書が入って
     * いた」): one person's data went astray. Only papers made out to one person; data of others told without a number (「他の
     * 利用者の個人情報を含むファイル」) may be anyone's and gives no count.
     */
    private static Result onePersonsPaperSentAstray(NoticeText nt) {
        if (Prefilter.find(SEVERAL_ASTRAY, nt.text)) {
            return null; // 「18件で誤送付の可能性があり、…7件で誤りを確認」: several went astray, counted in what was sent
        }
        for (Sentence s : nt.sentences) {
            if (s.section() == NoticeText.Section.MEASURES || s.section() == NoticeText.Section.CONTACT) {
                continue;
            }
            if (Prefilter.find(ONE_PAPER_ASTRAY, s.text()) || Prefilter.find(ONE_DESCRIBED_PERSONS_DATA, s.text())) {
                return new Result(1, false, s.text());
            }
        }
        return null;
    }

    /** 「・会員情報:1213件(…)」, 「・職員情報:296名分」: one bullet line per group, its exact count after a colon. */
    private static final Pattern LISTED_PART = Pattern.compile(
            "^\\s*[・•\\-－*]\\s*[^:：。]{1,24}[:：]\\s*(?<num>\\d[\\d,]*)\\s*(件|名|人)(分)?(?!\\s*(以上|程度|超|余り|前後|未満|以下))");

    /**
     * 「約1200人分」 and 「約300人分」 in the lead, then one bullet line per group with its exact count (「・会員情報:1213件」,
     * 「・職員情報:296名分」): the persons are the exact sum, no longer approximate, when it rounds (or cuts) to the
     * approximate total at the total's own precision.
     */
    private static Result exactListedPartsOfTheApproximateTotal(NoticeText nt, long total) {
        if (precision(total) < 10) {
            return null;
        }
        long sum = 0;
        int parts = 0;
        String first = null;
        for (NoticeText.Line line : nt.lines) {
            String lt = line.text();
            Matcher m = lt.indexOf(':') >= 0 || lt.indexOf('：') >= 0 ? LISTED_PART.matcher(lt) : null;
            if (m == null || !m.find()) {
                if (lt.isBlank()) {
                    continue;
                }
                sum = 0;
                parts = 0;
                continue;
            }
            sum += JapaneseNumbers.parse(m.group("num"));
            first = parts == 0 ? lt : first;
            parts++;
            if (parts >= 2 && sum <= Integer.MAX_VALUE && roundsTo(sum, total)) {
                return new Result((int) sum, false, first);
            }
        }
        return null;
    }

    /** 「1件目は…」, 「2件目は…」: a notice or a news item telling numbered incidents one after the other. */
    private static final Pattern INCIDENT_NUMBER = Pattern.compile("(?<n>[1-9１-９一二三四五])件目");
    /** 「対象は4件」, 「対象者は1名」: the incident's count of whom it concerned. */
    private static final Pattern INCIDENT_COUNT = Pattern.compile("対象(者|人数)?(は|が)\\s*(?<num>\\d[\\d,]*)\\s*(件|名|人)");

    /**
     * Numbered incidents (「1件目は証明書を別人に交付」, 「2件目は…行方不明」), each with its own count of whom it concerned
     * (「対象は4件」, 「対象は1件」): the persons are their sum. Every incident must have exactly one count.
     */
    private static Result numberedIncidents(NoticeText nt) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        int current = 0;
        String evidence = null;
        for (Sentence s : nt.sentences) {
            String st = s.text();
            Matcher n = st.contains("件目") ? INCIDENT_NUMBER.matcher(st) : null;
            if (n != null && n.find()) {
                current = "1１一".indexOf(n.group("n")) >= 0 ? 1 : "2２二".indexOf(n.group("n")) >= 0 ? 2
                        : "3３三".indexOf(n.group("n")) >= 0 ? 3 : "4４四".indexOf(n.group("n")) >= 0 ? 4 : 5;
            }
            Matcher c = current > 0 && st.contains("対象") ? INCIDENT_COUNT.matcher(st) : null;
            if (c != null && c.find()) {
                if (counts.containsKey(current)) {
                    return null;
                }
                counts.put(current, JapaneseNumbers.parse(c.group("num")));
                evidence = evidence == null ? st : evidence;
            }
        }
        if (counts.size() < 2 || counts.size() != counts.lastKey()) {
            return null;
        }
        long sum = counts.values().stream().mapToLong(Long::longValue).sum();
        return sum > 0 && sum <= Integer.MAX_VALUE ? new Result((int) sum, false, evidence) : null;
    }

    /** 「同報メールの送信件数:212件」, 「送信数は、」 then 「午前の送信:25件」: the mails sent, one to each address shown. */
    private static final Pattern MAILS_SENT = Pattern.compile("(送信|配信)(件数|数)(は|が)?[、,:：]?\\s*(?<num>\\d[\\d,]*)?");
    private static final Pattern MAILING_LINE = Pattern.compile("^\\s*[・•\\-]?\\s*[^。:：]{0,20}[:：]\\s*(?<num>\\d[\\d,]*)\\s*(件|通|名|人)\\s*$");

    /**
     * A mail sent with the addresses shown (To, CC) that counts only the mails sent (「送信件数:212件」, or 「送信数は、」
     * then one line per mailing, 「午前の送信:25件」): one mail per address, so the persons whose address was shown.
     */
    private static Result mailsSentWithTheAddressesShown(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (!s.factual() || !st.contains("信件数") && !st.contains("信数")) {
                continue;
            }
            Matcher m = MAILS_SENT.matcher(st);
            if (!m.find()) {
                continue;
            }
            if (m.group("num") != null) {
                long v = JapaneseNumbers.parse(m.group("num"));
                return v > 0 && v <= Integer.MAX_VALUE ? new Result((int) v, false, st) : null;
            }
            if (!st.substring(m.end()).isBlank()) {
                continue;
            }
            long sum = 0;
            for (int li = s.lineIndex() + 1; li < nt.lines.size(); li++) {
                Matcher line = MAILING_LINE.matcher(nt.lines.get(li).text());
                if (!line.find()) {
                    break;
                }
                sum += JapaneseNumbers.parse(line.group("num"));
            }
            return sum > 0 && sum <= Integer.MAX_VALUE ? new Result((int) sum, false, st) : null;
        }
        return null;
    }

    /** Whom a notice may name by a letter without an honorific (「児童A」, 「被保険者B」). */
    private static final String LETTERED_ROLE = "児童|生徒|学生|園児|患者|利用者|会員|保護者|受験者|受検者|申請者|申込者|市民|町民|村民|住民|被保険者|入居者|入所者";
    /** 「受検者A様」, 「Bさん」, 「児童A」: a person the notice names by a letter. */
    private static final Pattern LETTERED_PERSON = Pattern.compile(
            "(?<![A-Za-zＡ-Ｚａ-ｚ])(?<l>[A-ZＡ-Ｚ])(様|さん|氏)|(" + LETTERED_ROLE + ")(?<r>[A-ZＡ-Ｚ])(?![A-Za-zＡ-Ｚａ-ｚ0-9０-９])");
    private static final Pattern SWAPPED = Pattern.compile("入れ違|取り違|逆に|互いに|相互に|それぞれ");
    /**
     * 「B様(同僚)へ送信」, 「B氏に送付」, 「A氏宅へ」, 「児童Bの家庭に配付」: a lettered person something was sent or handed to. Not
     * one told or apologised to (「A氏、B氏に対しては謝罪」): whose data it was, told of it.
     */
    private static final Pattern LETTERED_RECIPIENT = Pattern.compile(
            "((?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ](様|さん|氏)|(" + LETTERED_ROLE + ")[A-ZＡ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ0-9０-９]))(宅|の(ご)?(家庭|自宅|保護者))?\\s*([(（][^()（）]{0,30}[)）])?\\s*"
                    + "(に(?!対し)|へ|あて|宛)");

    /**
     * No count, but one or two persons named by letters: papers swapped between two (「A様とB様の検査票を互いに取り違えて郵送」)
     * or lost (「A氏、C氏から預かった届出書」) concern both; when one of the two is whom something was sent (「A様への案内を誤ってB様へ送信」),
     * only the other.
     */
    private static Result personsNamedByLetters(NoticeText nt) {
        Set<Character> letters = new TreeSet<>();
        String evidence = null;
        boolean swapped = false;
        boolean sentToOne = false;
        for (Sentence s : nt.sentences) {
            if (s.section() != NoticeText.Section.FACTS) {
                continue;
            }
            Prefilter.Scan m = Prefilter.scan(LETTERED_PERSON, s.text());
            while (m.find()) {
                char c = (m.group("l") != null ? m.group("l") : m.group("r")).charAt(0);
                letters.add(c >= 'Ａ' ? (char) (c - 'Ａ' + 'A') : c);
                evidence = evidence == null ? s.text() : evidence;
            }
            swapped |= evidence != null && Prefilter.find(SWAPPED, s.text());
            sentToOne |= evidence != null && Prefilter.find(LETTERED_RECIPIENT, s.text());
        }
        if (letters.isEmpty() || letters.size() > 2) {
            return null; // three or more (A氏宛てをB氏宅へ送るところC氏宅へ): who is whose needs more than letters
        }
        int n = letters.size() == 2 && !swapped && sentToOne ? 1 : letters.size();
        return new Result(n, false, evidence);
    }

    private static Result counted(NoticeText nt) {
        Prefilter.Scan header = Prefilter.scan(HEADER_COUNT, nt.text);
        if (header.find() && !(header.group("what").equals("件数") && !"件".equals(header.group("unit")))
                && !Prefilter.find(HEADER_COUNTS_NO_PEOPLE, header.group("mid"))) {
            long v = JapaneseNumbers.parse(header.group("num"));
            Matcher individuals = header.group("unit") == null ? INDIVIDUALS_OF_THE_HEADER.matcher(nt.text).region(header.end(), nt.text.length()) : null;
            if (individuals != null && individuals.lookingAt()) {
                v = JapaneseNumbers.parse(individuals.group("num")); // 「12者(個人11名、法人1社)」: the people, not the bodies
            }
            if (v >= 0 && v <= Integer.MAX_VALUE) {
                Sentence s = nt.sentenceAt(header.start());
                // 「【流出した可能性のある最大件数】」 then 「- 38,313件」: an upper bound.
                boolean upTo = header.group("max") != null || "約".equals(header.group("pre"));
                return new Result((int) v, upTo, s == null ? header.group() : s.text());
            }
        }
        boolean addressesShown = Prefilter.find(ADDRESSES_SHOWN, nt.text);
        if (addressesShown) {
            // 「217名へ送信…49件のメールアドレスを「To」に記載」: the persons are those whose addresses were shown.
            for (Sentence s : nt.sentences) {
                Matcher shown = s.factual() ? SHOWN_ADDRESS_COUNT.matcher(s.text()) : null;
                if (shown != null && shown.find() && !EACH_BEFORE.matcher(s.text().substring(0, shown.start())).find()) {
                    long v = JapaneseNumbers.parse(shown.group("num"));
                    if (v > 0 && v <= Integer.MAX_VALUE) {
                        return new Result((int) v, false, s.text());
                    }
                }
            }
        }
        if (addressesShown) {
            // 「2.漏えいした情報」 then 「メールアドレス 115件」: the addresses shown, named before their count.
            for (Sentence s : nt.sentences) {
                Matcher listed = s.factual() && s.text().contains("アドレス") ? ADDRESSES_THEN_COUNT.matcher(s.text()) : null;
                if (listed != null && listed.find()) {
                    long v = JapaneseNumbers.parse(listed.group("num"));
                    if (v > 0 && v <= Integer.MAX_VALUE) {
                        return new Result((int) v, false, s.text());
                    }
                }
            }
        }
        long best = -1;
        boolean bestApprox = false;
        int bestRank = -1;
        boolean bestViewers = false;
        String evidence = null;
        Set<Long> recipients = new HashSet<>();
        Map<Long, Boolean> exactPeople = new HashMap<>();
        for (Sentence s : nt.sentences) {
            if (s.section() == NoticeText.Section.CONTACT || s.section() == NoticeText.Section.COMMENTARY
                    || s.section() == NoticeText.Section.ARCHIVE || s.section() == NoticeText.Section.MEASURES) {
                continue;
            }
            String st = s.text();
            if (best >= 0 && st.contains("でも") && OTHERS_TOO.matcher(st).find()) {
                break; // 「同様の誤送信は、他地域の学校でも発生しています」: what follows is another body's incident
            }
            if (best >= 0 && (st.contains("も") || st.contains("別の") || st.contains("って") || st.contains("では"))
                    && Prefilter.find(ANOTHER_OR_EARLIER_INCIDENT, st)) {
                break; // 「同社を巡っては、北架空市でも約3000人分」, 「昨年も同様の紛失があり」: another body's or an earlier incident
            }
            if (st.indexOf('名') < 0 && st.indexOf('人') < 0 && st.indexOf('件') < 0 && st.indexOf('世') < 0) {
                continue;
            }
            String context = st + " " + nt.previousLineText(s.lineIndex());
            // "82名分の氏名": a count of whose data it is needs no further context.
            boolean worth = st.contains("名分") || st.contains("人分")
                    // 「計837名」 alone on its line: the total under a list of groups, counted in people
                    || st.length() <= 20 && st.indexOf('計') >= 0 && TOTAL_LINE.matcher(st).matches();
            if (!worth && !Prefilter.find(AFFECTED_CONTEXT, context)) {
                continue;
            }
            Prefilter.Scan m = Prefilter.scan(COUNT, s.text());
            while (m.find()) {
                String after = s.text().substring(m.end());
                if (Prefilter.find(NOT_PERSONS_AFTER, after)) {
                    continue;
                }
                if (m.group("suf") == null && REST_OF_A_BRACKETED_NAME.matcher(after).lookingAt() && insideBrackets(s.text(), m.start())) {
                    continue; // 「「まちづくり1000人会」の登録者119人」: a name, not a count of anyone
                }
                String before = s.text().substring(0, m.start());
                if (Prefilter.find(EACH_BEFORE, before)) {
                    continue; // 「それぞれ40~42人」: a batch's count, not the whole
                }
                if (WRONG_ADDRESS_BEFORE.matcher(before).find()) {
                    continue; // 「誤ったアドレス(1名)に送り」: the stranger the mail went to, not whose data it held
                }
                if (Prefilter.find(PART_INCLUDED_BEFORE, before) && Prefilter.find(TOLD_OR_VISITED_AFTER, after)) {
                    continue; // 「12人を含む全校生徒500人へ」: the population the affected are part of
                }
                if (!"分".equals(m.group("suf")) && after.indexOf("確認") >= 0 && ASKED_TO_CHECK_AFTER.matcher(after).lookingAt()) {
                    continue; // 「300人に文書で確認」: those asked whether a paper reached them, not whose data it was
                }
                if (!"分".equals(m.group("suf")) && after.indexOf("から") >= 0 && REPORTERS_AFTER.matcher(after).lookingAt()) {
                    continue; // 「保護者3名から学校に連絡があり」: those who reported it
                }
                boolean told = !"分".equals(m.group("suf")) && Prefilter.find(TOLD_OR_VISITED_AFTER, after);
                if (told && WHOLE_POPULATION_BEFORE.matcher(before).find()) {
                    continue; // 「学年の保護者約120人に経緯を説明」: the population told, not whose data it was
                }
                if (!"分".equals(m.group("suf")) && after.indexOf('が') >= 0 && (st.contains("説明会") && ATTENDED_AFTER.matcher(after).lookingAt()
                        || STAFF_WENT_AFTER.matcher(after).lookingAt() && STAFF_NAMED_BEFORE.matcher(before).find())) {
                    continue; // 「保護者約50人が出席」, 「校長と担任の2人が訪問し」: those who came or went
                }
                if (Prefilter.find(POPULATION_AFTER, after) && COUNT.matcher(after).find()) {
                    continue; // the affected part is counted after it
                }
                if (after.indexOf('う') >= 0 && MISDIRECTED_PART_AFTER.matcher(after).lookingAt()) {
                    continue; // 「20名に郵送したところ、うち3名には…誤って」: the mailing's recipients, the part went astray
                }
                if (!"分".equals(m.group("suf")) && after.startsWith("で") && STAFF_VISIT_AFTER.matcher(after).lookingAt()) {
                    continue; // 「上記3名で児童宅を訪問し」: those who went, by their number, not whose data it was
                }
                // "従業員11名分の氏名": whose data it is, so staff count as persons then.
                if (!"分".equals(m.group("suf")) && Prefilter.find(STAFF_BEFORE, before) && !Prefilter.find(STAFF_DATA_AFTER, after)) {
                    continue;
                }
                if (m.group("unit").equals("件") && before.contains("うち") && !Prefilter.find(TOTAL_THEN_SUBSET, before)) {
                    continue; // 「そのうち…4件」: a subset of what the sentence before counted (mails, files)
                }
                if (m.group("unit").equals("件") && Prefilter.find(CONTENTS_AFTER, after) && Prefilter.find(PAPER_CONTAINER, st)
                        && !Prefilter.find(RECORD_MEDIUM, st)) {
                    continue; // 「計8件入っていた」: the papers an envelope held, not people
                }
                if (m.group("unit").equals("件") && (before.contains("法人") || before.contains("団体") || before.contains("事業者") || before.contains("取引先"))
                        && PERSONS_AND_BODIES_BEFORE.matcher(before).find()) {
                    continue; // 「個人や法人120件分の住所」: records of people and bodies together, no count of people
                }
                if (m.group("unit").equals("件") && BODIES_JUST_BEFORE.matcher(before).find()) {
                    continue; // 「23社31件分のメールアドレス」: records of the bodies counted just before, not of people
                }
                if (m.group("unit").equals("件") && RECORDS_JUST_BEFORE.matcher(before).find()) {
                    continue; // 「会員アカウント1,500件」, 「検査データ約600件」: accounts or data records, no count of people
                }
                if (m.group("unit").equals("件")) {
                    // 「…カタログを送付したお客様。最大で約8万件程度」: the sentence before, on the same line, says whose records they are.
                    int lineStart = nt.lines.get(s.lineIndex()).start();
                    String whose = s.text() + " " + nt.text.substring(lineStart, Math.max(lineStart, s.start()));
                    if (!Prefilter.find(PERSON_RECORDS, whose) || Prefilter.find(NOT_PERSON_RECORDS, after)) {
                        continue;
                    }
                }
                long v = JapaneseNumbers.parse(m.group("num").strip());
                if (v < 0 || v > Integer.MAX_VALUE) {
                    continue;
                }
                String pre = m.group("pre") == null ? "" : m.group("pre");
                String post = m.group("post") == null ? "" : m.group("post");
                boolean total = pre.contains("計");
                // 「30人分の一部」: some of those counted, so the count is an upper bound.
                // 延べ counts entries (an upper bound of the people), but its figure is not rounded (「延べ11万8406人」).
                boolean cumulative = pre.startsWith("延べ") || pre.startsWith("のべ");
                boolean rounded = !pre.isEmpty() && !total && !cumulative || !post.isEmpty() || "分".equals(m.group("suf")) && PART_OF_AFTER.matcher(after).lookingAt()
                        || AT_LEAST_BEFORE.matcher(before).find();
                boolean approx = rounded || cumulative;
                boolean people = !m.group("unit").equals("件") && !m.group("unit").equals("世帯");
                if ((Prefilter.find(PERSONAL_SUBSET_BEFORE, before)
                        || before.stripTrailing().endsWith("うち") && Prefilter.find(PERSONAL_SUBSET_AFTER, after))
                        && Prefilter.find(TOTAL_THEN_SUBSET, before)) {
                    return new Result((int) v, approx, s.text());
                }
                // People counted as people beat records (件 may include companies); a stated total beats its
                // parts; otherwise the largest figure is the affected population.
                // Households count when no person is counted (「35世帯」), above records.
                int rank = (people ? 4 : m.group("unit").equals("世帯") ? 2 : 0) + (total ? 1 : 0);
                if (people && !total && (before.contains("実人") || before.contains("重複")) && DISTINCT_PEOPLE_BEFORE.matcher(before).find()) {
                    rank = 5; // 「(実人数95人)」: the people, not the entries counted with 延べ
                }
                if (people && !addressesShown && !"分".equals(m.group("suf")) && Prefilter.find(RECIPIENTS_BEFORE, before)) {
                    continue; // those the mail went to, never whose data it held
                }
                if (people && !addressesShown && (Prefilter.find(RECIPIENTS_AFTER, after) || SENT_TO_BEFORE.matcher(before).find())) {
                    rank = 3; // the recipients of a misdirected mail, below whose data it held
                    recipients.add(v);
                } else if (people && recipients.contains(v) && !"分".equals(m.group("suf")) && Prefilter.find(TOLD_COUNTED_BEFORE_WHOM, after)) {
                    rank = 3; // 「保護者3人に配布」, later 「3人の保護者に謝罪」: the same recipients, told
                }
                boolean viewers = false;
                if (people && !"分".equals(m.group("suf")) && Prefilter.find(VIEWERS_AFTER, after)) {
                    rank = 3; // those who saw it, below whose data it was
                    viewers = true;
                }
                if (rank == bestRank && v == best && approx) {
                    bestApprox = true; // 「会員150名分」 in the headline, 「会員約150名」 in the text: the figure is approximate
                }
                if (rank == 4 && !rounded) {
                    exactPeople.merge(v, cumulative, Boolean::logicalOr);
                }
                if (rank > bestRank || rank == bestRank && v > best) {
                    best = v;
                    bestApprox = approx;
                    bestRank = rank;
                    bestViewers = viewers;
                    evidence = s.text();
                }
            }
        }
        if (bestRank == 3 && bestViewers && !addressesShown) {
            // 「保護者10人が添付された文書を見ていた」 and nothing else counted: those who saw the paper are counted, whose
            // data it held are not, so there is no count of the persons.
            best = -1;
            bestApprox = false;
            bestRank = -1;
            evidence = null;
        }
        if (best > 0 && (bestRank == 4 || bestRank == 0) && evidence != null) {
            long further = furtherGroupBesides(nt, evidence, best);
            if (further > 0 && best + further <= Integer.MAX_VALUE) {
                return new Result((int) (best + further), bestApprox, evidence);
            }
        }
        if (best > 0 && bestRank == 4 && evidence != null) {
            long other = anotherIncidentsCount(nt, evidence);
            if (other > 0 && best + other <= Integer.MAX_VALUE) {
                return new Result((int) (best + other), bestApprox, evidence);
            }
        }
        if (best > 0 && bestApprox && bestRank == 4) {
            Result exact = exactPartsOfTheApproximateTotal(nt, best);
            if (exact != null) {
                return exact;
            }
            long same = exactFormOfTheApproximateCount(exactPeople.keySet(), best);
            if (same > 0) {
                return new Result((int) same, exactPeople.get(same), evidence);
            }
        }
        Result groups = groupList(nt);
        if (groups != null && bestRank < 5 && groups.persons() > best) {
            return groups;
        }
        Result recordsJoined = bestRank < 4 ? recordsOfGroupsListed(nt) : null;
        if (recordsJoined != null && recordsJoined.persons() > best) {
            return recordsJoined;
        }
        Result joined = conjoinedGroups(nt);
        if (joined != null && bestRank < 5 && joined.persons() > best) {
            return joined;
        }
        Result named = groupsInOneSentence(nt);
        if (named != null && bestRank < 5 && named.persons() > best) {
            return named;
        }
        Result held = groupsHeldInOneSentence(nt);
        if (held != null && bestRank < 5 && held.persons() > best) {
            return held;
        }
        Result bracketed = groupsCountedInBracketsAfterWhatWasHeld(nt);
        if (bracketed != null && bestRank < 5 && bracketed.persons() > best) {
            return bracketed;
        }
        if (bestRank == 3 && (nt.text.contains("様") || nt.text.contains("さん") || nt.text.contains("氏"))) {
            // 「書類を600名に郵送したが、その際、A氏の届出書をB氏に送付」: only the mailing's recipients are counted; whose
            // paper went astray is named by a letter.
            Result lettered = personsNamedByLetters(nt);
            if (lettered != null) {
                return lettered;
            }
        }
        return best < 0 ? new Result(null, false, null) : new Result((int) best, bestApprox, evidence);
    }

    /**
     * A line closing on the records of one group's personal information (「・学外者の個人情報 16,904件」, 「【情報件数:795件】」):
     * each record is a person of that group.
     */
    private static final Pattern PERSONAL_RECORDS_LINE = Pattern.compile(
            "(個人情報|情報件数|名簿)[^。\\d]{0,12}?[:：]?\\s*(?<num>\\d[\\d,]*)\\s*件\\s*[】)）]?\\s*$");
    private static final Pattern TOTAL_OR_PART = Pattern.compile("うち|内訳|合計|総計|(?<![会設])計");

    /**
     * Two or more lines, each counting the records of a group's personal information, and no count of people elsewhere:
     * the groups listed are summed (README: several groups, their sum). A total or a part (うち) among them stops it.
     * Unlike {@link #groupList}, the lines need not follow each other nor name a group of people: each group's heading
     * (「①…の利用者名簿」) may stand between them, with the count closing its line of items (「(氏名・住所)【情報件数:26件】」).
     */
    private static Result personalRecordsListedLineByLine(NoticeText nt) {
        long sum = 0;
        int found = 0;
        String evidence = null;
        for (NoticeText.Line line : nt.lines) {
            if (line.section() == NoticeText.Section.CONTACT || line.section() == NoticeText.Section.MEASURES) {
                continue;
            }
            Matcher m = PERSONAL_RECORDS_LINE.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            if (Prefilter.find(TOTAL_OR_PART, line.text())) {
                return null;
            }
            sum += JapaneseNumbers.parse(m.group("num"));
            found++;
            evidence = evidence == null ? line.text() : evidence;
        }
        return found >= 2 && sum > 0 && sum <= Integer.MAX_VALUE ? new Result((int) sum, false, evidence) : null;
    }

    /** 「…のほか、新規患者5人の保険証の写し」, 「患者の情報以外にも、職員715件の個人情報」: a further group told besides the first. */
    private static final Pattern FURTHER_GROUP = Pattern.compile(
            "(のほか|以外にも|以外に|に加えて|に加え)[、,]?[^。\\d]{0,30}?(?<num>\\d[\\d,]*)\\s*(人|名|件)(分)?の[^。]{0,60}(流出|漏えい|漏洩|紛失|所在|閲覧|誤)");
    private static final Pattern NOT_FURTHER = Pattern.compile("うち|計|重複|同一人|同じ(人|方|者)|含む|含め");

    /**
     * A group counted besides the one the count was taken from, in that sentence or a later one (「患者93人に関する処方箋のほか、
     * 新規患者5人の保険証の写しが所在不明」): whose data it was too, so it is added (README: several groups, their sum). Not
     * when the sentence makes it a part, a total or the same people.
     */
    private static long furtherGroupBesides(NoticeText nt, String evidence, long best) {
        boolean from = false;
        for (Sentence s : nt.sentences) {
            String st = s.text();
            from |= st.equals(evidence);
            if (!from || s.section() != NoticeText.Section.FACTS || st.indexOf("外") < 0 && st.indexOf("ほか") < 0 && st.indexOf("加え") < 0) {
                continue;
            }
            Matcher m = FURTHER_GROUP.matcher(st);
            if (m.find() && !Prefilter.find(NOT_FURTHER, st.substring(m.start()))) {
                long v = JapaneseNumbers.parse(m.group("num"));
                if (v > 0 && v != best) {
                    return v;
                }
            }
        }
        return 0;
    }

    /** Whether an opening 「 or 『 before {@code at} in the sentence is not yet closed there. */
    private static boolean insideBrackets(String sentence, int at) {
        int open = Math.max(sentence.lastIndexOf('「', at), sentence.lastIndexOf('『', at));
        int close = Math.max(sentence.lastIndexOf('」', at), sentence.lastIndexOf('』', at));
        return open >= 0 && open > close;
    }

    /** 「また、2月20日には、別の職員が…12世帯分の名簿を誤って入れていました」: a further incident, dated, with its count. */
    private static final Pattern ANOTHER_INCIDENT = Pattern.compile(
            "^\\s*(また|さらに)[、,]\\s*(\\d{1,2}月)?\\d{1,2}日(に|には)?[、,][^。]{0,80}?(?<num>\\d[\\d,]*)\\s*(人|名|世帯)分の[^。]{0,40}誤");
    private static final Pattern NO_SEPARATE_SUM = Pattern.compile("うち|計|合計|重複|同一|同じ");
    /** 「保護者3名分」: a further incident's count of whose data it held, after 「…とは別に」. */
    private static final Pattern BESIDES_COUNT = Pattern.compile("(?<!\\d)(?<!\\d,)(?<num>\\d[\\d,]*)\\s*(人|名)分");

    /**
     * A notice (or a news item) telling two incidents one after the other, the second opened by また and its own date,
     * each with whose data it held (「…参加者120人分の氏名が含まれていました」, then 「また、2月20日には、…12世帯分の名簿を誤って
     * 入れてしまいました」): the persons are their sum, households counted as persons are elsewhere. So are further incidents
     * found after the first, told 「…とは別に」 with their counts.
     */
    private static long anotherIncidentsCount(NoticeText nt, String firstEvidence) {
        if (!firstEvidence.contains("人分") && !firstEvidence.contains("名分")) {
            return 0;
        }
        boolean after = false;
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (st.equals(firstEvidence)) {
                after = true;
                continue;
            }
            int besides = after ? st.indexOf("とは別に") : -1;
            if (besides >= 0 && !Prefilter.find(NO_SEPARATE_SUM, st)) {
                // 「(1)とは別に、9月9日に保護者3名分、11月6日に保護者3名分のアドレスを誤って…」: further incidents found later,
                // each with whose data it held
                long sum = 0;
                Matcher c = BESIDES_COUNT.matcher(st).region(besides, st.length());
                while (c.find()) {
                    sum += JapaneseNumbers.parse(c.group("num"));
                }
                if (sum > 0) {
                    return sum;
                }
            }
            if (!after || !(st.contains("また") || st.contains("さらに"))) {
                continue;
            }
            Matcher m = ANOTHER_INCIDENT.matcher(st);
            if (m.find() && !Prefilter.find(NO_SEPARATE_SUM, st)) {
                long v = JapaneseNumbers.parse(m.group("num"));
                return v > 0 ? v : 0;
            }
        }
        return 0;
    }

    /**
     * 「約12万人分」 in the lead, 「11万8406人分」 in the body: the approximate count's exact form, the largest exact count of
     * people that rounds (or cuts) to it at its own precision; 0 when there is none.
     */
    private static long exactFormOfTheApproximateCount(Set<Long> exact, long approximate) {
        long found = 0;
        for (long v : exact) {
            if (v > found && roundsTo(v, approximate)) {
                found = v;
            }
        }
        return found;
    }

    /** An approximate count's precision: 10 for 「約1,230人」, 1,000 for 「約12万人」 (its trailing zeros, at most a million). */
    private static long precision(long approximate) {
        long unit = 1;
        while (approximate % (unit * 10) == 0 && unit < 1_000_000) {
            unit *= 10;
        }
        return unit;
    }

    /** Whether another, exact count rounds (or cuts) to the approximate one at its precision (tens at least). */
    private static boolean roundsTo(long exact, long approximate) {
        long unit = precision(approximate);
        return unit >= 10 && exact != approximate
                && (Math.round((double) exact / unit) * unit == approximate || exact / unit * unit == approximate);
    }

    /** A count of people with no qualifier before or after it: one exact part of a breakdown. */
    private static final Pattern EXACT_PART = Pattern.compile(
            "(?<![\\d,.約計])(?<num>\\d[\\d,]*(?:万[\\d,]*)?)\\s*(人|名)(?!\\s*(以上|程度|超|余り|前後|未満|以下))");

    /**
     * 「約1万2000人分の個人情報」, then 「学生6210人、保護者5874人、卒業生41人の氏名…」: an approximate total and,
     * in one sentence, the exact groups it rounds: the persons are the exact sum, no longer approximate. The sum must
     * round (or cut) to the total at the total's own precision, and the sentence must not make one group a part of
     * another (うち) or state a total (計).
     */
    private static Result exactPartsOfTheApproximateTotal(NoticeText nt, long total) {
        if (precision(total) < 10) {
            return null;
        }
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (s.section() != NoticeText.Section.FACTS || st.contains("うち") || st.contains("計") || st.contains("約")) {
                continue;
            }
            Matcher m = EXACT_PART.matcher(st);
            long sum = 0;
            int parts = 0;
            while (m.find()) {
                long v = JapaneseNumbers.parse(m.group("num"));
                if (v <= 0 || Prefilter.find(STAFF_BEFORE, st.substring(0, m.start()))) {
                    parts = 0;
                    break;
                }
                sum += v;
                parts++;
            }
            if (parts >= 2 && sum <= Integer.MAX_VALUE && roundsTo(sum, total)) {
                return new Result((int) sum, false, st);
            }
        }
        return null;
    }

    /** 「対象児童は40名、保護者は35名」: each group named as the topic of its own count. */
    private static final Pattern TOPIC_COUNT = Pattern.compile(
            "(?<group>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})(は|が)\\s*(?<num>\\d[\\d,]*)\\s*(名|人)(?![\\d,])");

    /**
     * Several groups counted in one sentence, each as the topic of its count (「対象児童は40名、保護者は35名にのぼる」):
     * the persons are their sum, unless the sentence makes one a subset (うち) or counts staff.
     */
    private static Result groupsInOneSentence(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (st.indexOf('は') < 0 || st.contains("うち") || !Prefilter.find(AFFECTED_CONTEXT, st)) {
                continue;
            }
            Prefilter.Scan m = Prefilter.scan(TOPIC_COUNT, st);
            long sum = 0;
            int found = 0;
            Set<String> seen = new HashSet<>();
            while (m.find()) {
                String group = m.group("group");
                if (Prefilter.find(STAFF_BEFORE, group) || !seen.add(group)) {
                    found = 0;
                    break;
                }
                sum += JapaneseNumbers.parse(m.group("num"));
                found++;
            }
            if (found >= 2 && sum > 0 && sum <= Integer.MAX_VALUE) {
                return new Result((int) sum, false, st);
            }
        }
        return null;
    }

    /** 「全学部生1194人分の氏名や性別、受験生428人分の氏名」: each group's count with what was held of it. */
    private static final Pattern HELD_COUNT = Pattern.compile("(?<group>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})\\s*(?<num>\\d[\\d,]*)\\s*(名|人)分の"
            // 「委任状3枚(3名分)」: papers counted, then in brackets whose they were; the papers name the group
            + "|(?<papers>[\\p{IsHan}\\p{IsKatakana}ー]{1,10}\\d{1,4}\\s*(枚|通|冊|部|件))\\s*[(（]\\s*(?<pnum>\\d[\\d,]*)\\s*(名|人)分\\s*[)）]");

    /**
     * Several groups in one sentence, each with its count and what was held of it, listed one after the other
     * (「全学部生1194人分の氏名や性別、受験生の一部428人分の氏名や出身校」): the persons are their sum, unless the
     * sentence makes one a subset (うち), says they overlap (重複) or states a total (計).
     */
    private static Result groupsHeldInOneSentence(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (!st.contains("人分の") && !st.contains("名分の") && !st.contains("分)") && !st.contains("分）")
                    || st.contains("うち") || st.contains("重複") || st.contains("計")) {
                continue;
            }
            Matcher m = HELD_COUNT.matcher(st);
            long sum = 0;
            int found = 0;
            int last = -1;
            Set<String> seen = new HashSet<>();
            List<String> kinds = new ArrayList<>();
            long whole = 0;
            String wholeKind = null;
            while (m.find()) {
                boolean papers = m.group("papers") != null;
                String group = papers ? m.group("papers") + "@" + m.start() : m.group("group");
                // the groups are listed one after the other: a comma or a conjunction between them (「…票と…委任状3枚(3名分)」)
                boolean listed = last < 0 || st.substring(last, m.start()).matches("(?s).*(、|,|及び|および|並びに|ならびに" + (papers ? "|と" : "") + ").*");
                if (Prefilter.find(STAFF_BEFORE, group) || !seen.add(group) || !listed) {
                    found = 0;
                    break;
                }
                long count = JapaneseNumbers.parse(papers ? m.group("pnum") : m.group("num"));
                sum += count;
                found++;
                last = m.end();
                if (!papers && group.startsWith("全") && group.length() >= 3) {
                    whole = Math.max(whole, count);
                    wholeKind = group.substring(1);
                }
                kinds.add(group);
            }
            if (wholeKind != null && found >= 2 && wholeOf(wholeKind, kinds)) {
                // 「学生236人分の奨学金情報と全学生9,166人分の氏名」: the whole body of students holds the part, no sum
                return new Result((int) whole, false, st);
            }
            if (found >= 2 && sum > 0 && sum <= Integer.MAX_VALUE) {
                return new Result((int) sum, false, st);
            }
        }
        return null;
    }

    /** Whether every group but the whole one (「全学生」) is of its kind (「同学学生」 ends with 学生): parts of that whole. */
    private static boolean wholeOf(String kind, List<String> groups) {
        for (String g : groups) {
            if (!g.equals("全" + kind) && !g.endsWith(kind)) {
                return false;
            }
        }
        return true;
    }

    /** A sentence of the facts that speaks of the data affected: where the group counts below are looked for. */
    private static boolean aboutTheData(Sentence s) {
        return s.section() == NoticeText.Section.FACTS && Prefilter.find(AFFECTED_CONTEXT, s.text());
    }

    /** 「会員のカード情報(120名分)」: a group, what was held of it, and its count in brackets. */
    private static final Pattern HELD_THEN_BRACKETED_COUNT = Pattern.compile(
            "(?<=^|[、,]|と|及び|および|並びに|ならびに)\\s*(?<group>[\\p{IsHan}\\p{IsKatakana}ー\\p{IsHiragana}]{1,8}?)(の"
                    // 「会員情報(約1200人分)および職員情報(約500人分)」: the group's information, named without の
                    + "[\\p{IsHan}\\p{IsKatakana}ー]{1,16}|(?<=情報|データ))\\s*[(（]\\s*(?<about>約|およそ)?\\s*(?<num>\\d[\\d,]*)\\s*(名|人)(分)?\\s*[)）]");

    /**
     * 「会員のカード情報(120名分)と、会員の個人情報(300名分)及び送付先の個人情報(450名分)が漏えい」: each group with what was held
     * of it and its count in brackets. A group named twice is the same people (the larger count); the persons are the sum
     * over two or more groups, unless the sentence makes one a part of another (うち), says they overlap or states a total.
     */
    private static Result groupsCountedInBracketsAfterWhatWasHeld(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            String st = s.text();
            boolean bracketedCount = st.contains("分)") || st.contains("分）") || st.contains("名)") || st.contains("人)");
            if (!bracketedCount || st.contains("うち") || st.contains("重複") || st.contains("計") || !aboutTheData(s)) {
                continue;
            }
            Matcher m = HELD_THEN_BRACKETED_COUNT.matcher(st);
            Map<String, Long> groups = new LinkedHashMap<>();
            boolean about = false;
            while (m.find()) {
                about |= m.group("about") != null; // 「会員情報(約1200人分)および職員情報(約500人分)」: an approximate sum
                if (Prefilter.find(STAFF_BEFORE, m.group("group"))) {
                    groups.clear();
                    break;
                }
                groups.merge(m.group("group"), JapaneseNumbers.parse(m.group("num")), Math::max);
            }
            long sum = groups.values().stream().mapToLong(Long::longValue).sum();
            if (groups.size() >= 2 && sum > 0 && sum <= Integer.MAX_VALUE) {
                return new Result((int) sum, about, st);
            }
        }
        return null;
    }

    /**
     * 「生徒12名及びその保護者11名」, 「児童12名と保護者10名」, 「児童120人、保護者80人の氏名」: two groups joined by a
     * conjunction or listed with a comma, each with its count.
     */
    private static final Pattern CONJOINED_COUNTS = Pattern.compile(
            "(?<ga>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})\\s*[:：]?\\s*(?<a>\\d[\\d,]*)\\s*(名|人)(分)?\\s*(?<sep>及び|および|並びに|ならびに|と|・|、|や)\\s*(その)?"
                    + "(?<gb>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})\\s*[:：]?\\s*(?<b>\\d[\\d,]*)\\s*(名|人)(?![\\d,])");
    /** A further group of the list after a pair (「…、教職員15人」, 「…と来賓3人」). */
    private static final Pattern FURTHER_CONJOINED_COUNT = Pattern.compile(
            "(分)?\\s*(?<sep>及び|および|並びに|ならびに|と|・|、|や)\\s*(その)?(?<g>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})\\s*[:：]?\\s*(?<n>\\d[\\d,]*)\\s*(名|人)(?![\\d,])");
    private static final Pattern BARE_LIST_END = Pattern.compile("\\s*(分)?\\s*(です|でした|となります)?[。.]?\\s*");
    /** A list of counted groups run together with commas closes on whose data it was: 「…80人の氏名」, 「…80人分の」. */
    private static final Pattern WHOSE_DATA_AFTER = Pattern.compile(
            // 「12世帯(児童15人、保護者22人)の情報」: the list a breakdown in brackets, closed before whose data it was
            "^(分)?\\s*[)）]?\\s*の");

    /** What {@link #CONJOINED_COUNTS} needs from its first count on: a sentence without it holds no pair. */
    private static final Pattern COUNT_THEN_CONJOINED_COUNT = Pattern.compile(
            "(名|人)(分)?\\s*(及び|および|並びに|ならびに|と|・|、|や)\\s*(その)?[\\p{IsHan}\\p{IsKatakana}ー]{1,10}\\s*[:：]?\\s*\\d");

    /** 「患者11万1991件と、病院職員715件」, 「患者 12,345件、職員 296件」: records of groups of people, one after the other. */
    private static final Pattern RECORDS_OF_GROUPS = Pattern.compile(
            "(?<ga>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})\\s*(?<pre>最大|約)?\\s*(?<a>\\d[\\d,]*(万\\d[\\d,]*)?)\\s*件\\s*(及び|および|と|、)[、,]?\\s*"
                    + "(?<gb>[\\p{IsHan}\\p{IsKatakana}ー]{1,10})\\s*(最大|約)?\\s*(?<b>\\d[\\d,]*(万\\d[\\d,]*)?)\\s*件(?![\\d,])");

    /**
     * Records counted for two groups of people one after the other (「患者11万1991件と、病院職員715件の個人情報」): each a person of its
     * group, so the persons are their sum (an upper bound with 最大 or 約). Both must name people; not after or before a うち.
     */
    private static Result recordsOfGroupsListed(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (st.indexOf('件') < 0 || st.contains("うち") || !aboutTheData(s)) {
                continue;
            }
            Matcher m = RECORDS_OF_GROUPS.matcher(st);
            while (m.find()) {
                if (!Prefilter.find(PEOPLE_GROUP, m.group("ga")) || !Prefilter.find(PEOPLE_GROUP, m.group("gb"))) {
                    continue;
                }
                long sum = JapaneseNumbers.parse(m.group("a")) + JapaneseNumbers.parse(m.group("b"));
                if (sum > 0 && sum <= Integer.MAX_VALUE) {
                    return new Result((int) sum, m.group("pre") != null, st);
                }
            }
        }
        return null;
    }

    /** 「会員500人のうち、」: a counted population, then the part of it the sentence goes on to count. */
    private static final Pattern POPULATION_THEN_PART = Pattern.compile("\\d[\\d,]*\\s*(人|名)(分)?\\s*の\\s*$");

    /** The last うち before a conjoined pair closes a counted population (「会員500人のうち」). */
    private static boolean populationBefore(String before) {
        int u = before.lastIndexOf("うち");
        return u > 0 && POPULATION_THEN_PART.matcher(before.substring(0, u)).find();
    }

    /** The largest sum of two conjoined groups (neither staff, not a subset with うち) in a sentence about the data. */
    private static Result conjoinedGroups(NoticeText nt) {
        long best = -1;
        String evidence = null;
        for (Sentence s : nt.sentences) {
            String st = s.text();
            if (!aboutTheData(s)) {
                continue;
            }
            if (!COUNT_THEN_CONJOINED_COUNT.matcher(st).find()) {
                continue; // CONJOINED_COUNTS tries every kanji as the start of a group name: look from the counts first
            }
            Matcher m = CONJOINED_COUNTS.matcher(st);
            while (m.find()) {
                // 「職員12人と市民30人の氏名」: staff count too when the pair is whose data it was.
                if ((Prefilter.find(STAFF_BEFORE, m.group("ga")) || Prefilter.find(STAFF_BEFORE, m.group("gb")))
                        && !Prefilter.find(STAFF_DATA_AFTER, st.substring(m.end()))) {
                    continue;
                }
                // 「会員500人のうち、…本人4人及び家族9人の情報」: a pair after the population's うち is the part taken from it;
                // a うち at or after the pair makes one group a part of another
                if (st.indexOf("うち", m.start()) >= 0 || st.contains("うち") && !populationBefore(st.substring(0, m.start()))) {
                    continue;
                }
                long sum = JapaneseNumbers.parse(m.group("a")) + JapaneseNumbers.parse(m.group("b"));
                boolean commas = m.group("sep").equals("、") || m.group("sep").equals("や");
                int end = m.end();
                boolean staff = false;
                Matcher more = FURTHER_CONJOINED_COUNT.matcher(st);
                while (more.region(end, st.length()).lookingAt()) {
                    // 「児童120人、保護者80人、来賓15人の氏名」: the list goes on, group by group
                    staff |= Prefilter.find(STAFF_BEFORE, more.group("g"));
                    commas |= more.group("sep").equals("、") || more.group("sep").equals("や");
                    sum += JapaneseNumbers.parse(more.group("n"));
                    end = more.end();
                }
                // 「(内訳)児童:100名、保護者:20名」: a bare list closing its line, no predicate to make them attendees
                boolean bareList = BARE_LIST_END.matcher(st.substring(end)).matches();
                if (commas && !bareList && !WHOSE_DATA_AFTER.matcher(st.substring(end)).lookingAt()) {
                    continue; // 「児童120人、保護者80人が出席」: a comma list counts whose data only when it closes on it
                }
                if (staff && !Prefilter.find(STAFF_DATA_AFTER, st.substring(end))) {
                    continue;
                }
                if (sum > best) {
                    best = sum;
                    evidence = st;
                }
            }
        }
        return best <= 0 || best > Integer.MAX_VALUE ? null : new Result((int) best, false, evidence);
    }

    /**
     * 「1 患者様の情報 最大2,400件」: a numbered line counting the records of a group of people, nothing after the count.
     * Each record is a person of that group.
     */
    private static final Pattern RECORDS_GROUP_LINE = Pattern.compile(
            // 「・患者情報 12,345件」: a bullet may number the line as well
            "^\\s*(\\(\\d{1,2}\\)\\s*|\\d{1,2}\\s*[.)]\\s*|[①-⑳]\\s*|\\d{1,2}[\\s　]+|[・•○●◆■]\\s*)(?<group>[^\\s\\d:：。]{1,16}?)(の?(個人)?(情報|データ))?"
                    + "\\s*[:：]?\\s*(?<pre>最大|約)?\\s*(?<num>\\d[\\d,]*)\\s*件\\s*$");
    /** Groups of people whose records a line may count (staff too: their own records leaked). */
    private static final Pattern PEOPLE_GROUP = Pattern.compile(
            PEOPLE + "|研修生|職員|従業員|教職員|保護者|卒業生|関係者|対象者|受給者|入所者|入居者");

    /** The group and count of a list line (bulleted and whole, or numbered and opening with them), or null. */
    private static Matcher groupOnLine(String line) {
        Matcher bulleted = GROUP_LINE.matcher(line);
        if (bulleted.matches()) {
            return bulleted;
        }
        Matcher numbered = NUMBERED_GROUP_LINE.matcher(line);
        if (numbered.lookingAt()) {
            return numbered;
        }
        Matcher records = line.indexOf('件') < 0 ? null : RECORDS_GROUP_LINE.matcher(line);
        if (records != null && records.matches() && Prefilter.find(PEOPLE_GROUP, records.group("group"))) {
            return records;
        }
        Matcher row = line.indexOf('|') < 0 ? null : TABLE_ROW.matcher(line);
        if (row != null && row.matches()) {
            return row;
        }
        Matcher bare = BARE_GROUP_LINE.matcher(line);
        return bare.matches() ? bare : null;
    }

    /** 「1年生 30名」: a line that is nothing but a group and its count, unbulleted (one of a breakdown's lines). */
    private static final Pattern BARE_GROUP_LINE = Pattern.compile(
            "^\\s*(?<group>[^\\s:：、。()()]{0,11}[^\\s\\d:：、。()()])\\s*[:：]?\\s*(?<num>\\d[\\d,]*)\\s*(名|人)(分)?\\s*$");

    /** 「児童 | 20名 |」: a table's row, a group in its first cell and its count in the next (a page's table as text). */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\s*\\|?\\s*(?<group>[^|\\d\\s][^|\\d]{0,23}?)\\s*\\|\\s*(?<num>\\d[\\d,]*)\\s*(名|人)(分)?\\s*\\|?\\s*$");
    /** 「合計 | 38名 |」, 「・計 38名」: the row or line stating the total of the groups above it. */
    private static final Pattern TOTAL_GROUP = Pattern.compile("^\\s*(合計|計|総計|総数|全体)\\s*[:：]?\\s*$");

    private static final Pattern ITEM_LINE_STOP = Pattern.compile("[。\\d]");

    /**
     * 「・受講者6名」 then 「氏名、電話番号」 then 「・講師2名」: a line of the items held of the group above it, with
     * no sentence and no count of its own, keeps the list going.
     */
    private static boolean itemsOfTheGroupAbove(NoticeText.Line line) {
        String t = line.text().strip();
        return line.section() == NoticeText.Section.FACTS && t.length() <= 120 && !ITEM_LINE_STOP.matcher(t).find()
                && !ContentRules.itemsIn(t).isEmpty();
    }

    /**
     * 「漢字氏名、生年月日、」 then 「架空給付の明細等」: the items of the group above run on from a line ending in a comma, though
     * this line names no item the glossary knows.
     */
    private static boolean itemsRunOn(NoticeText.Line line, String previous) {
        String t = line.text().strip();
        return line.section() == NoticeText.Section.FACTS && (previous.endsWith("、") || previous.endsWith(","))
                && t.length() <= 60 && !ITEM_LINE_STOP.matcher(t).find();
    }

    /**
     * Several groups listed one a line with their counts (「・申込者 45名」, 「・参加者 30名」) and no stated total: the
     * persons are their sum. The lines follow each other in the facts, or have only the items held of each between them.
     */
    static Result groupList(NoticeText nt) {
        long sum = 0;
        long largest = 0;
        boolean itemsOnly = true;
        String previous = "";
        int run = 0;
        boolean approx = false;
        long bestSum = -1;
        boolean bestApprox = false;
        String evidence = null;
        StringBuilder lines = new StringBuilder();
        for (NoticeText.Line line : nt.lines) {
            Matcher m = line.section() == NoticeText.Section.FACTS ? groupOnLine(line.text()) : null;
            if (m == null && run >= 1 && line.section() == NoticeText.Section.FACTS) {
                Matcher merged = ITEMS_THEN_BULLET.matcher(line.text());
                if (merged.matches() && !ContentRules.itemsIn(merged.group("items")).isEmpty()) {
                    m = groupOnLine(merged.group("bullet"));
                }
            }
            boolean records = m != null && m.pattern() == RECORDS_GROUP_LINE;
            if (m != null && run >= 1 && TOTAL_GROUP.matcher(m.group("group")).matches()) {
                // 「合計 | 38名 |」 under the rows: the stated total closes the groups, rather than being added to them
                long v = JapaneseNumbers.parse(m.group("num"));
                if (v > 0 && v > bestSum) {
                    bestSum = v;
                    bestApprox = approx;
                    evidence = lines.append(line.text().strip()).toString().strip();
                }
                sum = 0;
                largest = 0;
                itemsOnly = true;
                run = 0;
                approx = false;
                lines.setLength(0);
                continue;
            }
            if (m != null && (records || !Prefilter.find(STAFF_BEFORE, m.group("group")))) {
                long v = JapaneseNumbers.parse(m.group("num"));
                if (v >= 0) {
                    sum += v;
                    itemsOnly &= Prefilter.find(LEAKED_ITEM_GROUP, m.group("group"));
                    largest = Math.max(largest, v);
                    run++;
                    approx |= records && m.group("pre") != null; // 「最大2,400件」: the sum is an upper bound
                    lines.append(line.text().strip()).append(' ');
                    previous = line.text().strip();
                    continue;
                }
            }
            if (line.text().isBlank() || run >= 1 && (itemsOfTheGroupAbove(line) || itemsRunOn(line, previous))) {
                previous = line.text().isBlank() ? previous : line.text().strip();
                continue;
            }
            if (run >= 2 && itemsOnly) {
                sum = largest; // one group counted item by item
            }
            if (run >= 2 && sum > bestSum) {
                bestSum = sum;
                bestApprox = approx;
                evidence = lines.toString().strip();
            }
            sum = 0;
            largest = 0;
            itemsOnly = true;
            run = 0;
            approx = false;
            lines.setLength(0);
        }
        if (run >= 2 && itemsOnly) {
            sum = largest;
        }
        if (run >= 2 && sum > bestSum) {
            bestSum = sum;
            bestApprox = approx;
            evidence = lines.toString().strip();
        }
        return bestSum < 0 || bestSum > Integer.MAX_VALUE ? null : new Result((int) bestSum, bestApprox, evidence);
    }
}
