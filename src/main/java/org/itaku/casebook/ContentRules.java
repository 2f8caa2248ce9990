package org.itaku.casebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.itaku.casebook.NoticeText.Section;
import org.itaku.casebook.NoticeText.Sentence;
import org.itaku.vocabulary.DataItem;

/**
 * What leaked, how it happened, why, whether the PPC was told, and what the organisation will do: data items,
 * incident types, root causes, PPC report, special-care and financial flags, and countermeasures.
 */
final class ContentRules {

    record ItemPattern(String code, String flags, Pattern pattern, Prefilter prefilter) { }

    record Cause(String id, String label, Pattern pattern) { }

    record Items(List<String> codes, List<String> raw, Boolean sensitive, Boolean financial, String evidence,
                 String flagEvidence) { }

    static final List<ItemPattern> ITEMS = loadItems();
    static final List<Cause> CAUSES = loadCauses();

    /** Incident types in glossary order with the wording that signals each. */
    /**
     * A mailing, a document or a mail that reached the wrong person, in the words that name the person rather than the
     * mistake: 「別の方に届いていた」, 「他の利用者に送信」, 「本人以外の方に交付」, 「宛名と異なる方へ郵送」. Shared with the
     * date rules, for which such a notice dates the incident by its sending.
     */
    static final String WRONG_RECIPIENT = "(別|他|ほか)の(方|人|者|世帯|利用者|お客様|お客さま|保護者|児童|生徒|学生|患者|事業者|会員|受信者|宛先|住所)"
            + "[^。、]{0,8}?(に|へ|宛て?に)[^。]{0,8}?(届|送|郵送|配布|配付|配達|交付|渡|FAX|ファクス|投函)"
            + "|本人以外の(方|人|者)[^。]{0,6}(に|へ)[^。]{0,8}?(届|送|郵送|交付|渡)|(宛名|宛先|あて名)と異なる(方|人|者|世帯)"
            // 「窓口で別の方の証明書をお渡ししました」: someone else's papers handed over
            + "|(別|他|ほか)の(方|人|者|利用者|お客様|患者)の[^。、]{1,15}を[^。]{0,8}?(お?渡し|交付|送付|郵送|送信)"
            // 「別人(B様)宛のメールが届いた」, 「同姓同名の別人へ届いた」, 「別人の書類を同封」: 別人 is the other person in one word
            + "|別人\\s*(\\([^()。]{0,10}\\))?\\s*(宛て?|あて|に|へ)[^。]{0,20}?(届|送|郵送|配布|配付|配達|交付|渡|FAX|ファクス|投函)"
            + "|別人の[^。、]{1,15}を[^。]{0,8}?(お?渡し|交付|送付|郵送|送信|同封|混入)";
    /**
     * Staff looking up records for no work reason: 「業務目的外で閲覧」, 「不正に閲覧していた」, 「盗み見」, 「興味本位で…閲覧」.
     * Active 閲覧し only: 「第三者に不正に閲覧された」 is an outsider. Shared with the date rules (the viewing is the event).
     */
    static final String INSIDER_VIEWING = "(不正に|無断で|私的に|業務外で|目的外で|興味本位で)[^。、]{0,6}閲覧し|(業務)?目的外(で|の)?(閲覧|利用|使用)し|盗み見|のぞき見|覗き見";
    /** A loss in everyday words: 「USBメモリをなくした」, 「メモを落とした」, 「名簿を誤ってごみとして廃棄」. Shared with the date rules. */
    static final String LOSS_PLAIN = "(メモリ|メモリー|パソコン|PC|端末|スマートフォン|スマホ|携帯電話|書類|名簿|資料|台帳|帳票|かばん|カバン|鞄|メモ|手帳|ノート|ファイル|封筒|カード|媒体)"
            + "[^。]{0,12}?(を|で|に|、|ごと)(な|失|無)くし(た|て|まし)|(メモリ|メモリー|パソコン|端末|スマートフォン|書類|名簿|資料|かばん|カバン|鞄|メモ|手帳|ノート|ファイル|封筒|カード|媒体)"
            + "[^。]{0,6}?を落と?し(た|て|まし)|遺失|誤って[^。]{0,20}廃棄"
            // 「USBメモリ5本のうち1本がなくなっていた」: the thing itself went missing, told intransitively
            + "|(メモリ|メモリー|パソコン|端末|スマートフォン|携帯電話|書類|名簿|資料|台帳|かばん|カバン|鞄|手帳|ファイル|封筒|媒体)"
            + "[^。]{0,12}?(が|も)(な|無)くな(って|っ|り)";
    /** A wrong address written out: 「誤った住所に郵送」, 「誤った宛先にメールで送りました」. */
    static final String WRONG_ADDRESS = "誤った(住所|宛先|宛て先|あて先|宛名|送付先|送信先|送り先|メールアドレス|アドレス)(に|へ|あて|宛)";
    /**
     * Papers sent out carrying other people's entries: 「確認票を各勤務先に送付したが、一部に別の加入者の氏名が誤記載されて
     * いた」. Shared with the date rules (the sending is the event).
     */
    static final String OTHERS_ENTRIES_SENT = "(郵送|送付|送信|配布|配付|交付)[^。]{0,80}(他|別|ほか)の[^。、]{0,12}(情報|氏名|住所|データ)(が|を)?[^。]{0,4}"
            + "誤(記載|記入|印字|転記)|(他|別|ほか)の[^。、]{0,12}(情報|氏名|住所|データ)(が|を)?[^。]{0,4}誤(記載|記入|印字|転記)[^。]{0,40}(郵送|送付|送信|配布|配付|交付)";
    /**
     * 「個人情報が含まれた状態で公開」, 「個人情報を削除しないまま掲載」: put online with the personal data left in. A publication
     * mistake in its own words, also beside a mail sent astray or a setting.
     */
    static final String PUBLISHED_WITH_THE_DATA_IN = "(個人情報|氏名|住所|個人名|名簿)[^。]{0,20}"
            + "(含まれた|記載された|残った|残っている|入った|削除しない|消さない|黒塗りしない|マスキングしない)(状態|まま)で?[^。]{0,12}(公開|掲載|投稿|アップロード)";
    static final Map<String, Pattern> TYPES = types();
    private static final Map<String, Prefilter> TYPE_FILTERS = filters(TYPES);

    private static final Pattern NEGATED = Pattern.compile(
            "含まれて?(おり|い)?ません|含まれて(い|お)?(ない|なかった)|含まれない|含まれず|含みません|含まない|含まず|対象外|除く|除き|ございません|"
                    // 「生年月日、電話番号は含んでいません」: 含む in its -te form, denied
                    + "含んで(おり|い)?ません|含んで(い|お)?(ない|なかった)|"
                    // 「メールアドレスのご登録のないお客様には書状にて」: those who have no address registered, no item
                    + "(ご)?登録(の|が)(ない|無い)|"
                    + "(記載|保存|保持|保有|記録|登録|取得)(されて|して)(おり|い)?ません|取り?扱って(おり|い)?ません|"
                    // 「住所や電話番号は記録されていないものの」, 「写真には氏名の記載はないものの」
                    + "(記載|保存|記録)されて(い|お)?(ない|なかった)|記載(は|が)(ない|なく|なかった|ありません)|"
                    + "(流出|漏えい|漏洩)(は|も)?(無い|ない|なし|ありません|ございません|していません|しておりません)|"
                    // 「カルテ情報やカード情報の流出は確認されていません」: items named only to say no leak of them was found
                    + "(流出|漏えい|漏洩)(は|も)(現時点で|現在|現在のところ)?[、,]?確認(されて|できて)(おり|い)?(ません|ない)");
    /** A bracketed aside that denies what it names: 「(連絡先は含まない)」, 「(口座番号を除く)」. */
    private static final Pattern NEGATED_ASIDE = Pattern.compile(
            "\\([^()]{1,60}?(含まれて(い|お)?(ない|ません|ず)|含まれない|含まれず|含みません|含まない|含まず|除く|除き|"
                    // 「同姓同名の方(生年月日と住所が異なる)」: how two people differ, not what leaked
                    + "(は|が)(異なる|異なり|違う)|"
                    // 「BCC(アドレス及び表示名が他の受信者に表示されない)」: what a mail form hides, not what leaked
                    + "(は|が)[^()]{0,12}(表示されない|表示されず|見えない|見えず))[^()]{0,8}\\)");
    /** 「送信先のアドレスを打ち間違え」, 「アドレスの選択を誤り」: the address a mail was sent to, mistyped. */
    private static final Pattern ADDRESS_MISTYPED = Pattern.compile(
            "((宛先|宛て先|送信先|送付先|あて先)の)?(メール)?アドレスを(一部)?(誤って|誤り|誤入力|間違え|打ち間違え|手打ち)"
                    + "|(メール)?アドレスの(入力|記載|選択)を(誤|間違)"
                    // 「似た名前の別のメールアドレスを選んでしまい」: the wrong address picked from a list
                    + "|(別の|似た|異なる|誤った|違う)(電子)?(メール)?アドレスを(選択|選ん|選び)"
                    // 「大学メールアドレスの自動転送設定を誤り」: the account whose forwarding was set, not what the mails held
                    + "|(電子)?(メール)?アドレスの(自動)?転送"
                    // 「誤ったメールアドレスに…ファイルを送信」: the address the mail went to by mistake
                    + "|(誤った|誤りの|間違った|別の|異なる|違う)(電子)?(メール)?アドレス(に|へ|宛|あて)");
    /** 「ファイルに設定したパスワードを送信」: the password that opens the file sent, how it was sent, not what it held. */
    private static final Pattern FILES_PASSWORD = Pattern.compile(
            "(ファイル|データ|添付)に(設定|付与)?(した|して?いた|された|付した|付けた|かけた)パスワード|パスワードを(別|後|改めて)[^。、]{0,10}(送信|送付|通知|送)");
    /** A fax number, in the three ways notices write it. */
    private static final String FAX_NO = "(FAX|ファクス|ファックス)番号";
    /**
     * 「FAX番号を誤記載し」, 「誤ったファクス番号」, 「送付先の住所を誤り」: the number or the address a paper was sent to, and
     * the mistake in it, is how the paper went astray, not what it held (as {@link #ADDRESS_MISTYPED} for mail).
     */
    private static final Pattern DESTINATION_MISTAKEN = Pattern.compile(
            "((送信|送付|宛|あて|送り|郵送|発送)先の)?" + FAX_NO + "(を|の)?(一部)?(誤|間違|打ち間違|押し間違|取り違)"
                    + "|(誤った|間違った|違う)" + FAX_NO
                    + "|(送信|送付|宛|あて|送り|郵送|発送)先の(電話番号|住所)(を|の)?(一部)?(誤|間違|打ち間違|取り違)"
                    // 「指示されたFAX番号に送信したところ」: the number a paper was sent to, not an item of the paper
                    + "|" + FAX_NO + "(に|へ|あて|宛て?)(誤って)?(送信|送付|送っ|送り|ファクス|FAX)"
                    // 「本社担当部署のFAX番号が機器に登録されていなかった」: the number a machine holds, whoever it is of
                    + "|([\\p{IsHan}\\p{IsKatakana}ー]{1,12}の)?" + FAX_NO + "(が|を)[^。、]{0,12}(登録|設定)");
    private static final Pattern FAX_NUMBER = Pattern.compile(FAX_NO);
    /** 「運転免許証自主返納支援事業」: a public programme named after what it is about. */
    private static final Pattern PROGRAMME_NAME = Pattern.compile(
            "[\\p{IsHan}\\p{IsKatakana}ー・]{2,30}(支援|推進|助成|補助|促進|給付|交付|返納)事業");
    /** 「所属と個人名がわかるアドレス」, 「氏名が判別できるもの(アドレス)」: items an address reveals, named before it. */
    private static final Pattern REVEALED_BY_AN_ADDRESS = Pattern.compile(
            "[\\p{IsHan}\\p{IsKatakana}ー・、とや]{1,20}(が|を)(わかる|分かる|判別できる|判別可能な|識別できる|識別可能な|推測できる|推測可能な|特定できる|特定可能な)"
                    + "(?=(電子)?(メール)?アドレス|もの)");
    private static final Pattern ADDRESS_FIELD = Pattern.compile("宛名(を|は|が)?\\s*[「『]?(BCC|Bcc|bcc|TO|To|CC|Cc)");
    /** A sentence of the measures: 「今後は…確認し、再発防止に努めます」. */
    private static final Pattern PREVENTION = Pattern.compile("^今後|再発防止|防止に努め|防止を図");
    /**
     * 「…空メールを送信してメールアドレスを予め確認すべきだった」, 「パスワードを伝える際は、電話で」: what should have been
     * done, or how a step is to be done, names the means, not what leaked.
     */
    private static final Pattern SHOULD_HAVE_BEEN = Pattern.compile("べき(だった|であった|でした)|(る|た)際は、");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(が|ものの|けれども|ですが|ますが|ましたが)、|なお、|また、|※");
    private static final Pattern DATA_CONTEXT = Pattern.compile("個人情報|情報|項目|内容|種類|漏え|漏洩|流出|含まれ|含む|記載|記録されて|保存されて|書かれ|記され|載って|載った|記入され|閲覧|確認できる状態|見える状態|見られる状態|データ|表示され|見えて(しま|い)|入って(い|お)た|おそれ|恐れ|名分|人分|添付|一覧");
    /** The acts after which 「…したのは」 names the papers or files concerned. */
    private static final String LOST_OR_SENT = "紛失|盗難に遭|盗まれ|誤送付|誤送信|誤配|誤交付";
    /**
     * 「誤送付したのは、…源泉徴収票」, 「診療録及び保険証のコピーの盗難」: the papers lost, stolen or sent astray named as the
     * object of the act. What they are is what leaked, with no word of holding (記載, 含まれ) in the sentence.
     */
    private static final Pattern OBJECT_OF_THE_ACT = Pattern.compile(
            "(" + LOST_OR_SENT + "|誤って(送付|送信|郵送|交付))(し|され)?たのは|(の|を)(盗難|紛失|誤送付|誤送信|誤交付)");
    /** 「紛失したのは、」, 「USBに入っていたのは、」: the lead of a sentence that names what was lost or held, closed by です. */
    private static final Pattern WHAT_IT_WAS = Pattern.compile("(" + LOST_OR_SENT
            + "|入って(い|お)|記載されて(い|お)|含まれて(い|お)|記録されて(い|お)|保存されて(い|お))(し|され)?たのは[、,]?");
    /** Advice to the reader about suspicious mail, not a list of what leaked. */
    /** Advice to readers; 件名 listed among the items (「メール件名、氏名」) is what leaked, not advice. */
    private static final Pattern ADVICE = Pattern.compile("差出人|送信元|件名(?![、,・])|開封せず|開かず|削除して|お気をつけ|ご注意ください|ご留意");
    private static final Pattern HYPOTHETICAL = Pattern.compile("万が一|万一|場合(は|には|でも|に)|ないよう|ようお願い|ご注意");
    private static final Pattern CONTACT_VALUE = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|0\\d{1,4}-\\d{1,4}-\\d{3,4}|受付時間");
    private static final Pattern NON_EXHAUSTIVE = Pattern.compile("等|など|ほか|その他|一部|例えば|を含む");
    private static final Pattern SENSITIVE_WORDS = Pattern.compile("要配慮個人情報|センシティブ|機微な?情報|病歴|健康診断|診療");
    private static final Pattern FINANCIAL_WORDS = Pattern.compile("クレジットカード|カード情報|口座|決済情報");
    private static final Pattern NO_PERSONAL_DATA = Pattern.compile("個人情報(の|が)?(流出|漏えい|漏洩)(は|も)?(無い|ない|なし|ありません|ございません)");
    private static final Pattern PPC = Pattern.compile("個人情報保護委員会|個人情報保護委|PPC");
    private static final Pattern REPORT = Pattern.compile("報告|届出|届け出|通報|連絡|速報|確報");
    private static final Pattern NO_REPORT = Pattern.compile("報告(義務|の必要)(は|が)?(ない|ありません|ございません)|報告(は|を)?(不要|要しない|しておりません|していません)|報告対象(外|ではない|ではありません)");
    private static final Pattern ATTACK = Pattern.compile("攻撃|不正アクセス|侵入|マルウェア|ウイルス|ウィルス");
    /** "暗号化されており" describes protection (the data was stored encrypted), not an attacker's encryption. */
    private static final Pattern PROTECTED_BY_ENCRYPTION = Pattern.compile("暗号化されて(おり|い)(ます|る)|暗号化されていた(ため|ので)");
    private static final Pattern MEASURE_TITLE = Pattern.compile("再発防止|対策|今後");
    private static final Pattern EXPLICIT_PUBLICATION = Pattern.compile("誤公開|誤掲載|誤って[^。]{0,15}(公開|掲載|アップロード)|誤アップロード|ウェブサイト|ホームページ|"
            + PUBLISHED_WITH_THE_DATA_IN);
    /** A setting error is an incident type only for IT settings; "封入機の設定誤り" in a print shop is not one. */
    private static final Pattern IT_SETTING = Pattern.compile(
            "クラウド|サーバ|システム|アクセス権|権限|共有|公開|ネットワーク|VPN|ルータ|ゲートウェイ|ファイアウォール|ストレージ|フォルダ|"
                    + "ファイル|ページ|サイト|アカウント|データベース|ポート|インターネット|リンク|URL|設定不備|設定の不備|フォーム|アンケート|認証|"
                    + "閲覧|表示|"
                    // 「メールの転送設定を誤り」: a mail account's forwarding is a setting of the mail system
                    + "転送");
    /** Wording that names a publication error itself, not only a page that could be viewed. */
    private static final Pattern PUBLICATION_ERROR = Pattern.compile("誤公開|誤掲載|誤って[^。]{0,15}(公開|掲載|アップロード)|誤アップロード|"
            + PUBLISHED_WITH_THE_DATA_IN);
    private static final Pattern BULLET = Pattern.compile("^\\s*(・|•|-|\\*|※|\\(\\d{1,2}\\)|\\d{1,2}[.)]|[\\u2460-\\u2473➀-➉]|[a-z]\\)|\\d\\))\\s*");

    /** A sentence that defines a term: 「Xは、…攻撃の一つです」, 「Xとは、…の一種である」. */
    private static final Pattern DEFINITION = Pattern.compile("^[^。]{1,30}(は|とは)[、,]?[^。]{0,80}の(一つ|ひとつ|一種)(です|である|とされ)");

    private ContentRules() {
    }

    static Items dataItems(NoticeText nt) {
        List<ItemPattern> active = new ArrayList<>();
        for (ItemPattern p : ITEMS) {
            if (p.prefilter().possibleIn(nt.text)) {
                active.add(p);
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> raw = new LinkedHashSet<>();
        Set<String> closedCodes = null;
        Set<String> closedRaw = null;
        String evidence = null;
        Boolean sensitiveDenied = null;
        Boolean financialDenied = null;
        String flagEvidence = null;
        boolean exhaustiveListSeen = false;
        boolean singleItemHeld = false;
        int bestListSize = 0;
        int lastItemLine = -2;
        int listsSeen = 0;
        boolean[] measures = underABareMeasuresHeading(nt);
        for (Sentence s : nt.sentences) {
            if (!s.factual() || s.text().endsWith("か?") || measures[s.lineIndex()]) {
                continue;
            }
            String sentence = s.text();
            if (Prefilter.find(PREVENTION, sentence)) {
                // 「今後、…相手先のFAX番号を二人で読み合わせて再発防止を図る」: the measures name no leaked item; what a
                // sentence states before turning to them still counts (「…が記載されていたため、再発防止に…」).
                sentence = statedBeforeTheMeasures(sentence);
                if (sentence == null) {
                    continue;
                }
            }
            String line = nt.lines.get(s.lineIndex()).text();
            if (Prefilter.find(CONTACT_VALUE, line) || Prefilter.find(SHOULD_HAVE_BEEN, sentence)) {
                continue;
            }
            if (Prefilter.find(NO_PERSONAL_DATA, s.text())) {
                sensitiveDenied = true;
                financialDenied = true;
                flagEvidence = s.text();
            }
            if (sentence.indexOf('(') >= 0 && mayBeNegated(sentence)) {
                // 「氏名、評価(住所や電話番号は含まない)」: the aside denies its items, the clause lists the rest.
                sentence = NEGATED_ASIDE.matcher(sentence).replaceAll("");
            }
            if (sentence.indexOf("宛名") >= 0) {
                // 「宛名をBcc欄ではなくTo欄に並べて送信し」: the address field of a mail, not a name that leaked
                sentence = ADDRESS_FIELD.matcher(sentence).replaceAll("");
            }
            if (sentence.indexOf("番号") >= 0 || sentence.indexOf("先の") >= 0) {
                // 「FAX番号を誤記載し、書類を誤送信」: the number the paper went to, mistaken, is no item of the paper.
                String kept = DESTINATION_MISTAKEN.matcher(sentence).replaceAll("");
                if (kept.length() < sentence.length()) {
                    // 「FAX番号を申請書から転記した際に、誤ったFAX番号を記載」: once the number is the one mistaken, every
                    // mention of it in the sentence is the destination's.
                    kept = FAX_NUMBER.matcher(kept).replaceAll("");
                }
                sentence = kept;
            }
            if (sentence.indexOf("パスワード") >= 0) {
                sentence = FILES_PASSWORD.matcher(sentence).replaceAll("");
            }
            if (sentence.indexOf("事業") >= 0) {
                // 「高齢者運転免許証自主返納支援事業に係る書類」: a programme's name holds the word, the papers are its own
                sentence = PROGRAMME_NAME.matcher(sentence).replaceAll("事業");
            }
            if (sentence.indexOf("アドレス") >= 0) {
                // 「送付先のメールアドレスを打ち間違え」: the address typed is how the mail went astray, not what it held.
                sentence = ADDRESS_MISTYPED.matcher(sentence).replaceAll("");
                if (sentence.contains("できる") || sentence.contains("かる") || sentence.contains("可能な")) {
                    // 「所属と氏名がわかるアドレスも含まれていた」: what an address reveals is no item of its own.
                    sentence = REVEALED_BY_AN_ADDRESS.matcher(sentence).replaceAll("");
                }
            }
            // 「漏洩した個人情報は、氏名と住所です」: a sentence that closes what leaked.
            boolean closing = sentence.contains("情報は") && (sentence.endsWith("です。") || sentence.endsWith("です"))
                    && Prefilter.find(LEAKED_ARE, sentence);
            Set<String> sc = closing ? new LinkedHashSet<>() : codes;
            Set<String> sr = closing ? new LinkedHashSet<>() : raw;
            for (String clause : CLAUSE_BREAK.split(sentence)) {
                List<String[]> found = active.isEmpty() ? List.of() : itemsIn(clause, active);
                boolean negated = mayBeNegated(clause) && Prefilter.find(NEGATED, clause);
                int except = negated ? clause.indexOf("以外の") : -1;
                if (except > 0 && EXCEPT_DENIED.matcher(clause).region(except, clause.length()).lookingAt()) {
                    // 「アドレス以外の情報は含まれていません」: the item named before 以外 leaked, nothing else did.
                    List<String[]> leaked = itemsIn(clause.substring(0, except));
                    if (!leaked.isEmpty()) {
                        addFound(sc, sr, leaked);
                        sensitiveDenied = true;
                        financialDenied = true;
                        flagEvidence = s.text();
                        continue;
                    }
                }
                if (negated) {
                    if (Prefilter.find(SENSITIVE_WORDS, clause) || found.stream().anyMatch(f -> f[2].contains("S"))) {
                        sensitiveDenied = true;
                        flagEvidence = s.text();
                    }
                    if (Prefilter.find(FINANCIAL_WORDS, clause) || found.stream().anyMatch(f -> f[2].contains("F"))) {
                        financialDenied = true;
                        flagEvidence = s.text();
                    }
                    continue;
                }
                if (lastItemLine >= 0 && listsSeen < 100 && wrappedOntoThisLine(nt, s.lineIndex(), lastItemLine)) {
                    // 「…電話番号(内2名)、」 then 「生年月日及び車両の登録番号等の情報」 on the next line: the list was
                    // hard-wrapped, and its end stands on a line of its own with no word of holding or leaking.
                    listsSeen++;
                    addFound(sc, sr, found);
                    addUnlisted(sc, sr, unlistedItems(clause, false));
                    lastItemLine = s.lineIndex();
                    continue;
                }
                if (found.isEmpty() && lastItemLine >= 0) {
                    // 「(3) 生年月日」 then 「(4) 認定区分」: a bullet of the same kind right after an item's bullet continues
                    // the list, with an item the glossary has no code for.
                    String more = bulletContinuingItems(nt, s.lineIndex(), lastItemLine);
                    if (more != null) {
                        sc.add("OTHER");
                        sr.add(more);
                        lastItemLine = s.lineIndex();
                        continue;
                    }
                }
                if (found.isEmpty() && clause.contains("個人情報") && (clause.contains("など") || clause.contains("等"))) {
                    // 「発達状況や家庭環境など、さらに詳しい個人情報も含まれていた」: items the glossary has no code for, named
                    // before the personal data they are.
                    List<String> named = namedBeforePersonalData(clause);
                    if (!named.isEmpty()) {
                        addUnlisted(sc, sr, named);
                        lastItemLine = s.lineIndex();
                        continue;
                    }
                }
                if (found.isEmpty() || Prefilter.find(ADVICE, clause)) {
                    continue; // 「差出人の氏名欄とメールアドレスが異なる場合は…」: advice to readers names no leaked item
                }
                if (found.size() == 1 && fieldRowLabel(line, found.get(0)[1])) {
                    continue; // 「会社名 架空県」: a digest's row names its field with the item's word; the value is no item
                }
                Set<String> distinct = new LinkedHashSet<>();
                found.forEach(f -> distinct.add(f[0]));
                boolean list = distinct.size() >= 2;
                // One item per bullet line: the heading above gives the context, and the next bullets continue it.
                boolean bullet = Prefilter.find(BULLET, line) || line.strip().length() <= 20;
                String above = nt.previousLineText(s.lineIndex());
                boolean underHeading = bullet && (Prefilter.find(DATA_CONTEXT, above)
                        || nt.previousLineIndex(s.lineIndex(), Integer.MAX_VALUE) == lastItemLine)
                        // 「(1)紛失した個人情報」 then a long line of bare nouns: the heading gives the list its context.
                        || headsWhatLeaked(above) && listsSeen < 100 && bareNounList(clause);
                boolean putInTheOpen = clause.contains("欄") && ADDRESSES_PUT_IN_THE_OPEN.matcher(clause).find();
                if (!list && !underHeading && !putInTheOpen
                        && (!Prefilter.find(DATA_CONTEXT, s.text()) && !Prefilter.find(OBJECT_OF_THE_ACT, clause)
                            || Prefilter.find(HYPOTHETICAL, s.text()))) {
                    continue;
                }
                lastItemLine = s.lineIndex();
                addFound(sc, sr, found);
                if (clause.contains("個人情報") && Prefilter.find(PERSONAL_DATA_BESIDE, clause) && Prefilter.find(LEAK_WORD, clause)) {
                    // 「カード情報(12件)と個人情報(340件)が流出」: personal data of an unstated kind, a set of its own
                    sc.add("OTHER");
                    sr.add("個人情報");
                }
                // Item lists are a handful per notice; the cap keeps a megabyte of repeated lists linear.
                if (!list && listsSeen < 100 && bareNounList(clause)) {
                    // 「患者の氏名、入院日、退院日、返金項目と内訳。」: a list with one glossary item and no predicate at all
                    listsSeen++;
                    addUnlisted(sc, sr, unlistedItems(clause.endsWith("。") ? clause.substring(0, clause.length() - 1) : clause));
                }
                String named = list || listsSeen >= 100 ? null : namedAsWhatItWas(clause);
                if (list && listsSeen++ < 100) {
                    addUnlisted(sc, sr, unlistedItems(clause));
                } else if (named != null) {
                    listsSeen++;
                    // 「USBに入っていたのは、受験生の名前と中学校名、受験番号…です」: a list closed by です after the act or the
                    // holding, one glossary item among plain nouns
                    addUnlisted(sc, sr, unlistedItems(named, false));
                } else if (!list && listsSeen < 100 && mayHold(clause)) {
                    listsSeen++;
                    // 「氏名と段位などが含まれていた」: one glossary item, joined to plain nouns right before what held them.
                    addUnlisted(sc, sr, listedBeforeHolding(clause));
                    if (clause.contains("個人情報") && (clause.contains("など") || clause.contains("等"))) {
                        // 「氏名が送られたほか、…発達状況や家庭環境など、さらに詳しい個人情報も含まれていた」
                        addUnlisted(sc, sr, namedBeforePersonalData(clause));
                    }
                }
                if (distinct.size() > bestListSize) {
                    bestListSize = distinct.size();
                    evidence = s.text();
                    exhaustiveListSeen = list && !Prefilter.find(NON_EXHAUSTIVE, clause);
                }
                // 「書類には氏名が記載されていました」: one item stated as what a paper held, nothing more (financial flag only).
                singleItemHeld |= !list && !Prefilter.find(NON_EXHAUSTIVE, clause) && mayHold(clause);
            }
            if (closing) {
                if (closedCodes == null && !sc.isEmpty()) {
                    closedCodes = sc;
                    closedRaw = sr;
                }
                codes.addAll(sc);
                raw.addAll(sr);
            }
        }
        if (closedCodes != null) {
            // What the closing sentence names is what leaked; words met elsewhere (勤務先 of whom it went to) are not.
            codes.retainAll(closedCodes);
            raw.retainAll(closedRaw);
        }
        if (codes.isEmpty()) {
            // 「患者情報が流出した可能性」 with no list of items: personal data of an unstated kind (OTHER).
            String unstated = unstatedPersonalData(nt);
            if (unstated == null) {
                // 「二人分の支給決定通知書を入れ違って送付」: the papers sent astray or lost are what leaked.
                unstated = paperSentAstrayOrLost(nt);
            }
            if (unstated != null) {
                codes.add("OTHER");
                raw.add(unstated);
                evidence = evidence == null ? unstated : evidence;
            }
        }
        List<String> ordered = new ArrayList<>();
        for (ItemPattern p : ITEMS) {
            if (codes.contains(p.code()) && !ordered.contains(p.code())) {
                ordered.add(p.code());
            }
        }
        if (codes.contains("OTHER")) {
            ordered.add("OTHER");
        }
        ordered.sort((a, b) -> Integer.compare(glossaryOrder(a), glossaryOrder(b)));
        boolean anySensitive = ordered.stream().anyMatch(c -> flagsOf(c).contains("S"));
        boolean anyFinancial = ordered.stream().anyMatch(c -> flagsOf(c).contains("F"));
        // A flag is true when an item of that kind leaked; false when the notice rules it out or gives a closed list.
        Boolean sensitive = anySensitive ? Boolean.TRUE
                : (Boolean.TRUE.equals(sensitiveDenied) || exhaustiveListSeen) ? Boolean.FALSE : null;
        Boolean financial = anyFinancial ? Boolean.TRUE
                : (Boolean.TRUE.equals(financialDenied) || exhaustiveListSeen || singleItemHeld && bestListSize == 1) ? Boolean.FALSE : null;
        if (flagEvidence == null && (sensitive != null || financial != null)) {
            flagEvidence = evidence;
        }
        return new Items(ordered, List.copyOf(raw), sensitive, financial, evidence, flagEvidence);
    }

    /** A heading on a line of its own with no number or mark (「再発防止の方向性」, 「<今後の対応について>」), brackets taken off. */
    private static final Pattern BARE_HEADING = Pattern.compile(
            "^[<〈《≪\\[]?[^\\s・•\\-*※<〈《≪\\[(0-9\\u2460-\\u2473■□◆◇●▼【][^。、,.:：()]{1,18}[>〉》≫\\]]?$");
    /** A bare heading of the measures: 「再発防止策」, 「再発防止の方向性」, 「今後の対応について」, 「誤送信対策」. */
    private static final Pattern BARE_MEASURES_HEADING = Pattern.compile(
            "^[<〈《≪\\[]?(今後の(対応|取り?組|対策|方針)|再発防止|防止策|改善策)|(再発防止策?|防止策|改善策|対策|今後の対応|今後の取り?組み?)(について|等|など|の方向性)?[>〉》≫\\]]?$");

    /**
     * Lines under a bare heading of the measures, up to the next heading of any kind. Pages copied as text lose their
     * heading marks (「概要」, 「原因」, 「再発防止の方向性」 on lines of their own): what the measures list (「本文の宛名を確認する」)
     * names no leaked item. Marked headings are the sections {@link NoticeText} already finds.
     */
    static boolean[] underABareMeasuresHeading(NoticeText nt) {
        boolean[] out = new boolean[nt.lines.size()];
        boolean in = false;
        for (NoticeText.Line line : nt.lines) {
            String t = line.text().strip();
            if (line.heading()) {
                in = false;
            } else if (!t.isEmpty() && t.length() <= 20 && BARE_HEADING.matcher(t).matches()) {
                in = BARE_MEASURES_HEADING.matcher(t).find();
                continue;
            }
            out[line.index()] = in;
        }
        return out;
    }

    /** A clause stating what a paper or a file held, closing before the sentence goes on (to the measures). */
    private static final Pattern HELD_THEN = Pattern.compile(
            "^(?!今後)[^。]*?(記載|記録|保存)されて(いる|おり|いた|いました|います)[^、。]{0,12}?、|^(?!今後)[^。]*?含まれて(いる|おり|いた|いました|います)[^、。]{0,12}?、");

    /**
     * The part of a sentence holding the measures (再発防止…) that states what was held before it (「通知書に氏名と
     * 認定区分が記載されていたことから、架空市は再発防止のため…」), or null when the sentence is the measures alone.
     */
    static String statedBeforeTheMeasures(String sentence) {
        if (sentence.indexOf("されて") < 0 && sentence.indexOf("含まれて") < 0) {
            return null;
        }
        Matcher held = HELD_THEN.matcher(sentence);
        if (!held.lookingAt()) {
            return null;
        }
        Matcher measures = PREVENTION.matcher(sentence);
        return measures.find() && measures.start() >= held.end() ? sentence.substring(0, held.end() - 1) : null;
    }

    private static final Pattern UNSTATED_DATA = Pattern.compile(
            "(個人情報|患者情報|顧客情報|会員情報|利用者情報|受講者情報|生徒情報|児童情報|職員情報|住民情報|申込者情報|の個人データ|"
                    // 「決済関連の情報が流出」: payment data of an unstated kind
                    + "決済(関連|に関する)の?情報|"
                    // 「会員登録者情報」, 「アンケート回答者情報」: the data of those who registered or answered
                    + "(?<=[\\p{IsHan}\\p{IsKatakana}ー])(登録者?|回答者|応募者|参加者)情報)"
                    + "[^。]{0,25}?(漏えい|漏洩|流出|紛失|盗難|閲覧|持ち出|窃取|誤送|誤って|入った|入って|提供され|参照でき|"
                    // 「…の要配慮個人情報が記載された文書を保護者に誤配信」: sent astray by a distribution tool or attached
                    + "誤配|添付し|"
                    // 「患者個人情報を含むファイル」: a thing lost or reached, named by the data of an unstated kind it held
                    + "含む)");
    private static final Pattern HELD_ONLY = Pattern.compile("含む$");
    /** 「…とは接続していないが、」: a denial closed by a contrast, before what the sentence goes on to state. */
    private static final Pattern DENIAL_THEN = Pattern.compile("(ない|ません|ず|おらず)(が|ものの|けれども)、?");

    /**
     * Whether the sentence denies what it states at {@code at}: 「…とは接続していないが、PC内に患者個人情報を含むファイルが
     * あった」 denies nothing after its contrast, so only the words from the last such contrast before {@code at} count.
     */
    private static boolean deniedFrom(String text, int at) {
        int from = 0;
        Prefilter.Scan c = Prefilter.scan(DENIAL_THEN, text);
        while (c.find() && c.end() <= at) {
            from = c.end();
        }
        String scope = text.substring(from);
        return mayBeNegated(scope) && Prefilter.find(NEGATED, scope);
    }
    /** 「3.紛失した個人情報」 over 「…911名分の個人情報」: the leak told before the data it names. */
    private static final Pattern LEAKED_BEFORE_DATA = Pattern.compile(
            "(紛失|漏えい|漏洩|流出|盗難に遭っ)(した|された|た)(個人情報|患者情報|顧客情報|会員情報|利用者情報)");
    /** 「個人情報漏洩の可能性」, 「流出は確認されていない」: a possibility or a denial is no leak of data. */
    private static final Pattern UNSTATED_NOT_AN_EVENT = Pattern.compile(
            "^[^。、]{0,6}(可能性|おそれ|恐れ|痕跡|形跡|は確認されて|も確認されて|はありません|はない|防止|対策)");

    /**
     * The phrase naming personal data when a notice says it leaked but lists no item (「在校生等の個人情報が流出した
     * おそれ」), or null. A denial (個人情報の流出はありません) names none.
     */
    private static String unstatedPersonalData(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            if (!s.factual() || Prefilter.find(NO_PERSONAL_DATA, s.text()) || Prefilter.find(HYPOTHETICAL, s.text())) {
                continue;
            }
            String text = s.text();
            Matcher before = LEAKED_BEFORE_DATA.matcher(text);
            if (before.find() && !deniedFrom(text, before.start())) {
                return before.group(3);
            }
            Matcher m = UNSTATED_DATA.matcher(text);
            while (m.find()) {
                if (!UNSTATED_NOT_AN_EVENT.matcher(text.substring(m.end())).lookingAt() && !deniedFrom(text, m.start())
                        // 「個人情報を含む文書を滅失…なお、個人情報の漏えいは無い」: data held is no leak when the notice denies one.
                        && !(HELD_ONLY.matcher(m.group()).find() && leakDenied(nt))) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** Whether a factual sentence of the notice denies that personal data leaked (「個人情報の流出はありません」). */
    private static boolean leakDenied(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            if (s.factual() && Prefilter.find(NO_PERSONAL_DATA, s.text())) {
                return true;
            }
        }
        return false;
    }

    private static final String[] ASTRAY_HINTS = {"誤って", "入れ違", "取り違", "紛失", "同封", "誤送", "誤配"};
    /** A paper named as what went astray or was lost: 「…の決定通知書を誤って送付」, 「証明書が取り違えて届いた」. */
    private static final Pattern PAPER_ASTRAY = Pattern.compile(
            "([^\\s、。,「」()を]{0,12}?(通知書|証明書|受給者証|確認書|明細書|申請書|届出書|内訳書|納付書|領収書|請求書|決定書|調査票|個票|台帳|名簿)(の写し)?)"
                    + "(等|など)?(を|が)[^。]{0,20}?(" + String.join("|", ASTRAY_HINTS) + ")");

    /** The paper a notice says went astray or was lost (「支給決定通知書」), for a notice that lists no item, or null. */
    private static String paperSentAstrayOrLost(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            String text = s.text();
            if (!s.factual() || !containsAny(text, ASTRAY_HINTS) || Prefilter.find(HYPOTHETICAL, text)
                    || Prefilter.find(PREVENTION, text)) {
                continue;
            }
            Matcher m = PAPER_ASTRAY.matcher(text);
            if (m.find()) {
                String paper = trailingNounPhrase(m.group(1));
                return paper.isEmpty() ? m.group(2) : paper;
            }
        }
        return null;
    }

    private static boolean containsAny(String text, String[] literals) {
        for (String l : literals) {
            if (text.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What separates the parts of a list. と after hiragana is inside a word or a clause (こと, ところ, あと, 住民となった's と
     * after a noun is caught by the verb after it), not a joiner of nouns.
     */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,・/「」『』]|及び|および|並びに|ならびに|(?<!\\p{IsHiragana})と(?!な[るりっ]|し[てた]|いう|いった)|や");
    private static final Pattern QUOTED_NAME = Pattern.compile("[「『]([^「」『』]{1,30})[」』](?=[にをはがでへ])");
    /** 「検定試験「…」の」: a noun glued before a quoted title that the sentence goes on from with の. */
    private static final Pattern TITLED_NOUN = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]{1,12}[「『][^「」『』]{1,30}[」』](?=の)");
    /** The bracket of a heading holds items only: with its joiners gone, no kana of a phrase is left. */
    private static final Pattern JOINERS = Pattern.compile("および|及び|または|又は|ならびに|並びに|など|等|と|や");
    private static final Pattern HIRAGANA = Pattern.compile("\\p{IsHiragana}");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,40})\\)");
    private static final Pattern PART_TAIL = Pattern.compile(
            "(の個人情報|といった|などの|など|等|です|でした|が|を|は|も|の一部|に関する情報|の情報)+.*$");
    private static final Pattern YEAR_QUALIFIER = Pattern.compile("^(本|今|前|昨|来|当|(令和|平成)\\s*\\d{1,2}\\s*)年度?の");
    /** 「県民ら約240人の名前」: a count of people closing an enumeration of them, right before the first item. */
    private static final Pattern PEOPLE_COUNTED_BEFORE_AN_ITEM = Pattern.compile(
            "(ら|など|等)\\s*(約|計|延べ)?\\s*[0-9,]+\\s*(人|名)(分)?の");
    /** Who the data is about, the container it was in, or when: part of a list sentence, but not a data item. */
    private static final Pattern NOT_AN_ITEM = Pattern.compile(
            // 名義人 (an account's or a card's holder) is an item; 「BCC」操作, 送信 and 設定 are what was done, not items.
            "(様|者|方|員|生|児童|生徒|患者|顧客|会員|世帯|数名|(?<!名義)人|(?<![物条要])件|通|枚|個人情報|情報|データ|書類|ファイル|資料|名簿|一覧|リスト|"
                    + "ノート|メール|システム|サーバー?|パソコン|PC|USBメモリ|媒体|一部|全て|すべて|等|など|日|月|年|時|済み|化|操作|送信|設定|"
                    // 「生徒(保護者)」: whom the data is about, with a bracketed other
                    + "(生徒|児童|園児|学生|患者|保護者|本人)[(（][^()（）]{1,6}[)）]"
                    // 「送信後、保護者から連絡を受け」: a time after (or before) an action, not an item
                    + "|(送信|送付|発送|配信|配布|配付|郵送|投函|公開|掲載|発覚|判明)(後|前|以降|以前))$"
                    // 本件, 本市 speak of the incident or the body; 本籍 (a registered domicile) is an item. 感染経路 is how the
                    // incident came about; 通学経路 and 通勤経路 (the way to school or to work) are items.
                    + "|^(の|番号$|記号$|区分$|内容$|詳細|対象|項目|種類|当|本(?!籍)|弊|同)|不正|漏え|漏洩|流出|被害|影響|(?<!通学|通勤)経路|原因|調査|事案|対応");

    /**
     * Items of a list that the glossary has no code for (職業, 学年, 病状): in a sentence that lists at least two known
     * items, every other part that is a short plain noun phrase is an item too, filed as OTHER. Parts naming people
     * (お客様, 保護者), containers (名簿, ファイル), times, places or the incident itself are not items, nor is a
     * bracketed note on an item (氏名(漢字・ローマ字)).
     */
    static List<String> unlistedItems(String clause) {
        return unlistedItems(clause, true);
    }

    /** As {@link #unlistedItems(String)}; {@code withALead} false for the rest of a list wrapped onto its own line. */
    private static List<String> unlistedItems(String clause, boolean withALead) {
        List<String> out = new ArrayList<>();
        if (clause.indexOf('』') >= 0 || clause.indexOf('」') >= 0) {
            // 「町の『子育て応援券』を申し込んだ…」: a quoted name read on by a particle is a programme or a title, not an
            // item; quoted items stand side by side or are joined by と, や (「氏名」「住所」).
            Matcher quoted = QUOTED_NAME.matcher(clause);
            StringBuilder kept = new StringBuilder();
            while (quoted.find()) {
                quoted.appendReplacement(kept, itemsIn(quoted.group(1)).isEmpty() ? "" : Matcher.quoteReplacement(quoted.group()));
            }
            quoted.appendTail(kept);
            clause = kept.toString();
            // 「英語検定試験「架空テスト」の案内」: a noun naming what the quoted title is (an exam, an event), no item either
            Matcher titled = TITLED_NOUN.matcher(clause);
            StringBuilder plain = new StringBuilder();
            while (titled.find()) {
                titled.appendReplacement(plain, itemsIn(titled.group()).isEmpty() ? "" : Matcher.quoteReplacement(titled.group()));
            }
            titled.appendTail(plain);
            clause = plain.toString();
        }
        Matcher notes = PARENTHESES.matcher(clause);
        StringBuilder list = new StringBuilder();
        Set<String> headings = null;
        while (notes.find()) {
            // Brackets that hold the list itself stay; a note on one item goes.
            boolean holdsItems = !itemsIn(notes.group(1)).isEmpty();
            if (holdsItems && notes.start() > 0 && !HIRAGANA.matcher(JOINERS.matcher(notes.group(1)).replaceAll("")).find()) {
                // 「連絡先(電話番号及びメールアドレス)」: the word before a bracket of items heads them, it is no item of its own
                String[] before = LIST_SEPARATOR.split(clause.substring(0, notes.start()));
                if (before.length > 0 && !before[before.length - 1].isBlank()) {
                    (headings == null ? headings = new HashSet<>() : headings).add(before[before.length - 1].strip());
                }
            }
            notes.appendReplacement(list, holdsItems ? "、" + Matcher.quoteReplacement(notes.group(1)) + "、" : "");
        }
        notes.appendTail(list);
        boolean first = withALead;
        String[] parts = LIST_SEPARATOR.split(list);
        // 「大学教授や団体代表、県民ら約240人の名前や住所」: the parts before 「…ら240人の」 name who, not what
        int whoUpTo = 0;
        for (int i = 0; i < parts.length; i++) {
            if (!itemsIn(parts[i]).isEmpty()) {
                whoUpTo = i > 0 && Prefilter.find(PEOPLE_COUNTED_BEFORE_AN_ITEM, parts[i]) ? i : 0;
                break;
            }
        }
        boolean glossaryItemBefore = false;
        boolean listClosed = false;
        for (int i = 0; i < parts.length; i++) {
            String whole = parts[i].strip();
            if (i < whoUpTo) {
                continue;
            }
            boolean afterAGlossaryItem = glossaryItemBefore;
            List<String[]> known = itemsIn(whole);
            if (!known.isEmpty()) {
                glossaryItemBefore = true;
                // 「被保険者番号が流出した方に謝罪と事情説明を行い」: once the part of a glossary item goes on into its
                // predicate, the list has closed; the nouns after it are what was done or whom, not items.
                listClosed = goesOnIntoAPredicate(whole.substring(endOfLastItem(whole, known)));
                first = false;
                continue;
            }
            if (listClosed) {
                continue;
            }
            if (first && whole.endsWith("は") && parts.length > 2) {
                // 「架空市は、氏名、住所、電話番号が記載された書類を紛失」: the topic before the list speaks, it is no item
                first = false;
                continue;
            }
            if (first && whole.length() > 2) {
                // 「調査票には居住する町内会名、氏名、性別が…」: the list's first part carries the words leading into it
                whole = trailingNounPhrase(whole);
            }
            first = false;
            Matcher tail = PART_TAIL.matcher(whole);
            // 「本年度の返済予定額」, 「令和6年度の所得額」: the year an item is of qualifies it; the item is what follows
            String p = YEAR_QUALIFIER.matcher(tail.find() ? whole.substring(0, tail.start()).strip() : whole).replaceFirst("");
            if (headings != null && (headings.contains(p) || headings.contains(whole))) {
                continue;
            }
            if (p.length() < whole.length() && straddles(itemsIn(whole), whole, p.length())) {
                continue; // 「ふりがな」: the が cut off as a particle stood inside a glossary word
            }
            if (p.length() < 2 || p.length() > 12 || p.chars().anyMatch(Character::isDigit)
                    || (Prefilter.find(NOT_AN_ITEM, p) && !aNounEndingLikeATime(p)) || !itemsIn(p).isEmpty() || !plainNounPhrase(p)) {
                continue; // 「学年」, 「受診日」 end like a time but are items, as in the walk back from what held them
            }
            if (!afterAGlossaryItem && (whole.length() - p.length() > 10 || goesOnIntoAPredicate(whole.substring(p.length())))) {
                // 「委託した事業者のサーバーが被害を受け、…(住所・氏名)」: a part before the list's first glossary item that
                // goes on into a clause of its own is the sentence's lead, not an item.
                continue;
            }
            if (p.length() < whole.length() && !itemsIn(whole.substring(p.length())).isEmpty()) {
                // 「送った表は…80人分の氏名」, 「再入学を希望する元学生80人の氏名」: the words before the particle are the
                // topic or describe whom; the item is the one the part ends on.
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** A short heading line on what leaked (「(1)紛失した個人情報」, 「流出した情報」): no sentence, no list of its own. */
    private static boolean headsWhatLeaked(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= 25 && t.indexOf('。') < 0 && t.indexOf('、') < 0
                && Prefilter.find(DATA_CONTEXT, t);
    }

    /** Where the last of the glossary wordings found in {@code part} ends. */
    private static int endOfLastItem(String part, List<String[]> found) {
        int end = 0;
        for (String[] f : found) {
            int at = part.lastIndexOf(f[1]);
            if (at >= 0) {
                end = Math.max(end, at + f[1].length());
            }
        }
        return end;
    }

    /** Whether the words after a noun go on into a verb (「が流出した被保険者」, 「をネットで検索すると」), not a particle or a count. */
    private static boolean goesOnIntoAPredicate(String rest) {
        if (rest.length() < 2 || !HIRAGANA.matcher(rest).find()) {
            return false;
        }
        for (NoticeText.Token t : NoticeText.tokenize(rest)) {
            if (t.pos().startsWith("動詞")) {
                return true;
            }
        }
        return false;
    }

    /** Glossary items found ({code, wording, flags}): each code, and the wording the text gives it. */
    private static void addFound(Set<String> codes, Set<String> raw, List<String[]> found) {
        for (String[] f : found) {
            codes.add(f[0]);
            raw.add(f[1]);
        }
    }

    /** Plain nouns named as what leaked, which the glossary has no code for: each kept as written, all under OTHER. */
    private static void addUnlisted(Set<String> codes, Set<String> raw, List<String> words) {
        if (!words.isEmpty()) {
            codes.add("OTHER");
            raw.addAll(words);
        }
    }

    /** Whether one of the glossary words found in {@code part} runs across offset {@code cut}. */
    private static boolean straddles(List<String[]> found, String part, int cut) {
        for (String[] f : found) {
            int at = part.indexOf(f[1]);
            if (at >= 0 && at < cut && at + f[1].length() > cut) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause that is nothing but a list of nouns (three parts or more, no verb, auxiliary or adjective among its
     * tokens): 「患者の氏名、入院日、退院日、返金項目およびその金額と内訳。」.
     */
    static boolean bareNounList(String clause) {
        if (clause.length() > 80 || LIST_SEPARATOR.split(clause).length < 3) {
            return false;
        }
        for (NoticeText.Token t : NoticeText.tokenize(clause)) {
            if (t.pos().startsWith("動詞") || t.pos().startsWith("助動詞") || t.pos().startsWith("形容詞")) {
                return false;
            }
        }
        return true;
    }

    private static final String[] HOLDING_HINTS = {"記載", "含ま", "含む", "記録", "保存", "入っ", "書かれ", "記され", "載っ", "記入され"};
    /**
     * What a paper or a file held, right after the list: 「…などが記載され」, 「…が含まれて」, 「…を含む」; or the list closing
     * a sentence on what leaked (「漏えいしたのは…氏名と写真です」).
     */
    private static final Pattern HOLDING = Pattern.compile("(など|等)?(の個人情報)?(が|を)?(記載|含ま|含む|記録|保存|書かれ|記され|載っ|記入され)|(など|等)?です。?$"
            // 「通院者の氏名や受診日などのデータが入った」: what a medium held
            + "|(など|等)の(個人)?(データ|情報)(が|を)?入っ");
    private static final Pattern LEAK_WORD = Pattern.compile("漏え|漏洩|流出");
    /** 「To欄に受信者のメールアドレスを入れて送った」: the addresses put where every recipient sees them leaked. */
    private static final Pattern ADDRESSES_PUT_IN_THE_OPEN = Pattern.compile(
            "(?<![A-Za-z])(To|TO|CC|Cc)(?![A-Za-z])[」』]?\\s*欄に[^。、]{0,10}(メール)?アドレスを[^。]{0,4}(入力|記載|設定|入れ|貼り付け)");
    /** 「…以外の個人情報は含まれておりません」: everything but what is named before 以外 is denied. */
    private static final Pattern EXCEPT_DENIED = Pattern.compile("以外の(個人)?(情報|データ)(は|も|について(は)?)");
    /** 「漏洩した個人情報は、…です」, 「流出した情報は…です」: a sentence that closes what leaked. */
    private static final Pattern LEAKED_ARE = Pattern.compile("(漏え|漏洩|流出|紛失)(い)?した(個人)?情報は");
    /** What 「…紛失したのは、」 or 「…入っていたのは、」 names in a sentence closed by です, or null. */
    private static String namedAsWhatItWas(String clause) {
        if (clause.indexOf("のは") <= 0 || !(clause.endsWith("です。") || clause.endsWith("です"))) {
            return null;
        }
        Prefilter.Scan lead = Prefilter.scan(WHAT_IT_WAS, clause);
        return lead.find() ? clause.substring(lead.end()) : null;
    }

    /** 「カード情報(…件)及び個人情報(…件)」: personal data named beside an item as a set of its own. */
    private static final Pattern PERSONAL_DATA_BESIDE = Pattern.compile(
            "(情報|番号)(\\([^()]{0,20}\\))?(及び|および|並びに|ならびに|と)、?(お客様の|お客さまの|会員の|利用者の)?個人情報(\\(|が|を|の?漏|及び|および|と)"
                    // 「クレジットカード情報等7万件を含む、個人情報29万件」: the card data is part of a larger set of personal data,
                    // counted on its own (「カード情報を含む個人情報が漏えい」 with no count of its own only leads into a list)
                    + "|(情報|番号)[^。、]{0,20}を含む[、,]?(お客様の|お客さまの|顧客の|会員の|利用者の)?個人情報\\(?(約|計|最大)?[0-9]");

    private static boolean mayHold(String clause) {
        if (containsAny(clause, HOLDING_HINTS)) {
            return true;
        }
        return clause.endsWith("です") || clause.endsWith("です。") ? Prefilter.find(LEAK_WORD, clause) : false;
    }

    /**
     * Plain nouns listed beside a clause's only glossary item right before what held them (「会員の氏名、段位、流派が
     * 記載され」 gives 段位 and 流派; 「氏名と段位などが含まれ」 gives 段位), walking back from the predicate while the
     * parts are short plain noun phrases; nothing unless the walk meets the glossary item.
     */
    static List<String> listedBeforeHolding(String clause) {
        Matcher m = HOLDING.matcher(clause);
        if (!m.find() || m.start() == 0) {
            return List.of();
        }
        String[] parts = LIST_SEPARATOR.split(clause.substring(0, m.start()), -1);
        List<String> out = new ArrayList<>();
        boolean glossaryItem = false;
        for (int i = parts.length - 1; i >= 0; i--) {
            String whole = parts[i].strip();
            Matcher tail = PART_TAIL.matcher(whole);
            // 「本年度の返済予定額」, 「令和6年度の所得額」: the year an item is of qualifies it; the item is what follows
            String p = YEAR_QUALIFIER.matcher(tail.find() ? whole.substring(0, tail.start()).strip() : whole).replaceFirst("");
            if (!itemsIn(whole).isEmpty()) {
                if (glossaryItem || !out.isEmpty()) {
                    glossaryItem = true;
                    break;
                }
                glossaryItem = true;
                continue;
            }
            if (p.length() < 2 || p.length() > 12 || p.chars().anyMatch(Character::isDigit)
                    || (Prefilter.find(NOT_AN_ITEM, p) && !aNounEndingLikeATime(p)) || !plainNounPhrase(p)) {
                break;
            }
            out.add(0, p);
        }
        return glossaryItem ? out : List.of();
    }

    /**
     * The plain noun phrase of bullet line {@code index} when the nearest line above is {@code itemLine}, a bullet of the
     * same kind (「(3)」 and 「(4)」, 「・」 and 「・」) that held a glossary item; otherwise null.
     */
    private static String bulletContinuingItems(NoticeText nt, int index, int itemLine) {
        if (nt.previousLineIndex(index, 1) != itemLine) {
            return null;
        }
        String line = nt.lines.get(index).text();
        Matcher here = BULLET.matcher(line);
        Matcher above = BULLET.matcher(nt.lines.get(itemLine).text());
        if (!here.lookingAt() || !above.lookingAt() || !bulletKind(here.group(1)).equals(bulletKind(above.group(1)))) {
            return null;
        }
        String p = line.substring(here.end()).strip();
        if (p.endsWith("。")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.length() < 2 || p.length() > 12 || p.chars().anyMatch(Character::isDigit)
                || (Prefilter.find(NOT_AN_ITEM, p) && !aNounEndingLikeATime(p)) || !itemsIn(p).isEmpty() || !plainNounPhrase(p)) {
            return null;
        }
        return p;
    }

    /**
     * Line {@code index} goes on with the list of line {@code itemLine}, the nearest line above, which broke off
     * mid-list (after 、, の, 及び, と or や, with no 。): a page's list copied with its hard line breaks.
     */
    private static boolean wrappedOntoThisLine(NoticeText nt, int index, int itemLine) {
        if (index == itemLine || nt.previousLineIndex(index, 1) != itemLine) {
            return false;
        }
        String above = nt.lines.get(itemLine).text().strip();
        String here = nt.lines.get(index).text().strip();
        return here.length() <= 60 && here.indexOf('。') < 0 && !Prefilter.find(BULLET, here)
                && (above.endsWith("、") || above.endsWith("の") || above.endsWith("及び") || above.endsWith("および")
                    || above.endsWith("や") || above.endsWith(","));
    }

    /**
     * A digest's header row 「会社名 架空県」: the line is the item's word, a space and a short value, the word being the
     * row's label (what 「漏洩内容 メールアドレス」 lists is the value, after a label that is no item).
     */
    private static boolean fieldRowLabel(String line, String wording) {
        String t = line.strip();
        return t.length() <= 30 && t.length() > wording.length() + 1 && t.startsWith(wording)
                && (t.charAt(wording.length()) == ' ' || t.charAt(wording.length()) == '\u3000' || t.charAt(wording.length()) == '\t')
                && t.charAt(wording.length() + 1) != '(';
    }

    /** 「(4)」 and 「(1)」 are one kind of bullet, 「・」 another. */
    private static String bulletKind(String marker) {
        return marker.strip().replaceAll("\\d+", "9").replaceAll("[a-z]", "a").replaceAll("[\\u2460-\\u2473➀-➉]", "①");
    }

    /** 「発生年月日」, 「送付日」: the day of the incident or of the office's work, not of the person. */
    private static final Pattern INCIDENT_DAY = Pattern.compile(
            "^(事故|事案|発生|発覚|判明|送付|発送|送信|配信|公表|報告|作成|紛失|盗難|対応|調査|回収|確認|更新|処理|受付)");

    /** 「学年」 is one common noun that ends like a time word (年, 月, 日, 時); 「前年」 and 「本日」 are time nouns. */
    private static boolean aNounEndingLikeATime(String p) {
        char last = p.charAt(p.length() - 1);
        if (last != '年' && last != '月' && last != '日' && last != '時') {
            return false;
        }
        if (Prefilter.find(INCIDENT_DAY, p)) {
            return false; // 「発生年月日」, 「送付日」: a day of the incident or of the office's work, not of the person
        }
        List<NoticeText.Token> tokens = NoticeText.tokenize(p);
        NoticeText.Token t = tokens.get(tokens.size() - 1);
        if (tokens.size() >= 2 && t.surface().equals("日") && t.pos().contains("接尾")
                && tokens.get(tokens.size() - 2).pos().equals("名詞-サ変接続")) {
            return true; // 「受診日」, 「入院日」: the day of an event of the person's, an item
        }
        return t.pos().equals("名詞-一般") && t.surface().length() >= 2 && !Prefilter.find(NOT_AN_ITEM, p.substring(0, p.length() - 1) + "x");
    }

    /** The plain nouns closing a phrase after its last verb or particle (「調査票には居住する町内会名」 gives 「町内会名」). */
    private static String trailingNounPhrase(String p) {
        List<NoticeText.Token> tokens = NoticeText.tokenize(p);
        int k = tokens.size();
        while (k > 0 && tokens.get(k - 1).pos().startsWith("名詞") && !tokens.get(k - 1).pos().contains("固有名詞")) {
            k--;
        }
        if (k == 0 || k == tokens.size()) {
            return p;
        }
        String pos = tokens.get(k - 1).pos();
        boolean cut = pos.startsWith("動詞") || pos.startsWith("助動詞") || pos.startsWith("助詞-係助詞") || pos.startsWith("助詞-格助詞");
        return cut ? p.substring(tokens.get(k).start()) : p;
    }

    /** Nouns joined at most by の: no verb, adjective, other particle or proper noun (a place or a company). */
    /** 「発達状況や家庭環境など、さらに詳しい個人情報も含まれ」: two or more parts listed before など and the personal data. */
    private static final Pattern NAMED_BEFORE_PERSONAL_DATA = Pattern.compile(
            "(?<list>[^。]{2,50}?)(など|等)(の|、|,)?[^。、]{0,8}?個人情報(も|が|を)?[^。]{0,4}(含ま|記載|流出|漏え|漏洩|書かれ|記され|載っ)");

    static List<String> namedBeforePersonalData(String clause) {
        Matcher m = NAMED_BEFORE_PERSONAL_DATA.matcher(clause);
        if (!m.find()) {
            return List.of();
        }
        String list = m.group("list");
        if (list.indexOf('や') < 0 && list.indexOf('、') < 0 && list.indexOf('・') < 0) {
            return List.of();
        }
        String[] parts = LIST_SEPARATOR.split(list, -1);
        List<String> out = new ArrayList<>();
        // Walk back from など while the parts are short plain noun phrases; the first part may carry the words leading in.
        for (int i = parts.length - 1; i >= 0; i--) {
            String whole = parts[i].strip();
            String p = trailingNounPhrase(whole);
            if (p.length() < 2 || p.length() > 12 || p.chars().anyMatch(Character::isDigit) || Prefilter.find(NOT_AN_ITEM, p)
                    || !itemsIn(p).isEmpty() || !plainNounPhrase(p)) {
                break;
            }
            out.add(0, p);
            if (!p.equals(whole)) {
                break;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static boolean plainNounPhrase(String p) {
        List<NoticeText.Token> tokens = NoticeText.tokenize(p);
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).isNoun()) {
            return false;
        }
        for (NoticeText.Token t : tokens) {
            String pos = t.pos();
            boolean noun = pos.startsWith("名詞") && !pos.contains("固有名詞");
            if (!noun && !pos.equals("助詞-連体化") && !pos.startsWith("接頭詞")) {
                return false;
            }
        }
        return true;
    }

    /** Every {@link #NEGATED} wording holds one of these; most clauses hold none and skip the regex. */
    private static final String[] NEGATION_HINTS = {"ません", "ない", "ず", "除", "外", "なし", "無", "異な", "違う"};

    private static boolean mayBeNegated(String clause) {
        return containsAny(clause, NEGATION_HINTS);
    }

    /** Items are listed in the glossary's order, which is the order of {@link DataItem}. */
    private static int glossaryOrder(String code) {
        return DataItem.of(code).ordinal();
    }

    static String flagsOf(String code) {
        for (ItemPattern p : ITEMS) {
            if (p.code().equals(code)) {
                return p.flags();
            }
        }
        return "";
    }

    /** Items mentioned in a piece of text: {code, wording, flags}; a span is claimed by the first row that matches. */
    static List<String[]> itemsIn(String text) {
        return itemsIn(text, ITEMS);
    }

    static List<String[]> itemsIn(String text, List<ItemPattern> patterns) {
        List<String[]> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        List<int[]> positions = new ArrayList<>();
        for (ItemPattern p : patterns) {
            Prefilter.Scan m = p.prefilter().scan(text); // (finds nothing when the text holds none of its words)
            while (m.find()) {
                if (m.end() == m.start() || taken[m.start()] || taken[m.end() - 1]) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                out.add(new String[] {p.code(), m.group(), p.flags()});
                positions.add(new int[] {m.start()});
            }
        }
        // Keep text order for the raw wording.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(positions.get(a)[0], positions.get(b)[0]));
        List<String[]> sorted = new ArrayList<>();
        for (int i : order) {
            sorted.add(out.get(i));
        }
        return sorted;
    }

    /** Codes for a data-item label as the development labels write them (氏名, 保険証記号番号 ...). */
    static Set<String> codesForLabel(String label) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] f : itemsIn(label)) {
            out.add(f[0]);
        }
        if (out.isEmpty() && !label.isBlank()) {
            out.add("OTHER");
        }
        return out;
    }

    record Types(List<String> codes, String evidence) { }

    static Types incidentTypes(NoticeText nt) {
        Map<String, Pattern> active = new LinkedHashMap<>();
        for (Map.Entry<String, Pattern> e : TYPES.entrySet()) {
            if (TYPE_FILTERS.get(e.getKey()).possibleIn(nt.text)) {
                active.put(e.getKey(), e.getValue());
            }
        }
        boolean mayBeEncrypted = nt.text.contains("暗号化され");
        Set<String> found = new LinkedHashSet<>();
        String evidence = null;
        boolean explicitPublication = false;
        boolean publicationError = false;
        boolean misconfigurationWeakness = false;
        boolean siteTampered = false;
        boolean mayBeTampered = nt.text.contains("改ざん");
        for (Sentence s : nt.sentences) {
            if (!s.factual() || s.text().endsWith("か?")) {
                continue;
            }
            siteTampered |= mayBeTampered && s.text().contains("改ざん") && statedNotDenied(SITE_TAMPERED, s.text());
            explicitPublication |= Prefilter.find(EXPLICIT_PUBLICATION, s.text());
            publicationError |= Prefilter.find(PUBLICATION_ERROR, s.text());
            misconfigurationWeakness |= s.text().contains("設定不備") || s.text().contains("設定の不備");
            if (s.text().startsWith("※") || (s.text().contains("の一") || s.text().contains("のひとつ")) && Prefilter.find(DEFINITION, s.text())) {
                // a footnote explains a term (フォレンジック調査とは…), it reports nothing; so does a definition in the
                // text (「ランサムウェアとは、…を求める、サイバー攻撃の一種である」)
                continue;
            }
            for (Map.Entry<String, Pattern> e : active.entrySet()) {
                if (statedNotDenied(e.getValue(), s.text())
                        && (!e.getKey().equals("misconfiguration") || Prefilter.find(IT_SETTING, s.text()) && settingOfASystem(s.text()))
                        && (!e.getKey().equals("malware") || !onlyAFakeWarning(s.text()))
                        && (!e.getKey().equals("misdelivery") || !Prefilter.find(INTERNAL_MISROUTING, s.text()))
                        && (!e.getKey().equals("insider") || !carriedOutThenLost(s.text()))) {
                    if (found.add(e.getKey()) && evidence == null) {
                        evidence = s.text();
                    }
                }
            }
            // Data encrypted by an attacker is ransomware even when the notice avoids the word.
            if (mayBeEncrypted && s.text().contains("暗号化され") && Prefilter.find(ATTACK, s.text()) && !Prefilter.find(PROTECTED_BY_ENCRYPTION, s.text())) {
                found.add("ransomware");
                if (evidence == null) {
                    evidence = s.text();
                }
            }
        }
        // 「サイト内のプログラムの一部が不正に改ざんされ」 in a notice of card data leaked: the shop's pages were altered to
        // take the cards (決済画面の改ざん), though the notice does not name the payment page.
        if (siteTampered && !found.contains("web_skimming") && nt.text.contains("カード")
                && (found.contains("unauthorized_access") || found.isEmpty())) {
            found.add("web_skimming");
        }
        // Ransomware is a kind of malware; the glossary keeps "malware" for the rest (Emotet etc.). It is paired with
        // unauthorized_access only when the notice states an attack or an intrusion (then that pattern matched).
        if (found.contains("ransomware")) {
            found.remove("malware");
        }
        if (found.size() > 1) {
            found.remove("other");
        }
        // A 設定不備 with no attack is the incident itself (cloud sharing, open folders); behind an attack it is a cause.
        if (misconfigurationWeakness && !found.contains("unauthorized_access") && !found.contains("ransomware")) {
            found.add("misconfiguration");
        }
        // 「不正アクセスを受け、…第三者に閲覧可能な状態となっていた」: the state open to view is the attack's doing.
        // Also after ransomware: 「ランサムウェアの被害に遭い、流出した…が犯行グループのサイトで閲覧できる状態」 is the attackers' leak.
        // So after an account taken over: 「…IDとパスワードを盗み取られ、…閲覧できる状態になっていた」.
        if ((found.contains("unauthorized_access") || found.contains("ransomware") || found.contains("account_takeover"))
                && found.contains("wrong_publication") && !publicationError) {
            found.remove("wrong_publication");
        }
        if (found.contains("misdelivery") && found.contains("wrong_publication") && !explicitPublication) {
            found.remove("wrong_publication");
        }
        // Pages that "could be viewed" because of a sharing or permission setting: the setting is the incident.
        if (found.contains("misconfiguration") && found.contains("wrong_publication") && !publicationError) {
            found.remove("wrong_publication");
        }
        List<String> ordered = new ArrayList<>();
        for (String t : TYPES.keySet()) {
            if (found.contains(t)) {
                ordered.add(t);
            }
        }
        return new Types(ordered, evidence);
    }

    /**
     * 「不正ログインの形跡はありません」, 「不正アクセスを防止する措置」: the word is there, the event is not. A mention counts
     * when some occurrence is not followed by a denial or a precaution.
     */
    private static final Pattern DENIED_AFTER = Pattern.compile(
            "^[^。、]{0,8}?(の)?(形跡|痕跡|事実|被害|可能性)?(は|も|が)?(なく|ない|ありません|ございません|認められ(ません|ない)|"
                    + "確認されて(いない|おりません|いません)|見られ(ない|ません))|^(を|の)?(防止|防ぐ|防ぎ|予防|未然に)|^(対策|への対策|防止策)|"
                    // 「不正ログインの形跡及び顧客データの持ち出しはありませんでした」: a denial shared by two
                    + "^(の)?(形跡|痕跡|事実)(及び|および|や|並びに)[^。、]{0,20}?(は|も|が)(なく|ない|ありません|ございません)");

    private static final Pattern MISCONFIGURATION = TYPES.get("misconfiguration");
    /** 「サイト内のプログラムが改ざんされ」: a shop's site or its program altered by someone. */
    private static final Pattern SITE_TAMPERED = Pattern.compile("(サイト|プログラム|ソースコード)[^。、]{0,15}(改ざん|改竄)(され|を受け)");
    /** 「送信先設定の誤り」, 「抽出条件の設定を誤り」: the setting of a mailing's recipients or of an extract, not of a system. */
    private static final Pattern MAILING_OR_EXTRACT_BEFORE = Pattern.compile(
            "(送信先|宛先|宛て先|あて先|送付先|BCC|Bcc|CC|TO|To|抽出(項目|条件)?|出力(項目|条件)?|印刷|差し?込み?)(の)?\\s*$");

    /** Some setting mistake of the sentence is not one of a mailing's recipients or of an extract. */
    private static boolean settingOfASystem(String sentence) {
        return someMention(MISCONFIGURATION, sentence, m -> !Prefilter.find(MAILING_OR_EXTRACT_BEFORE,
                sentence.substring(Math.max(0, m.start() - 8), m.start())));
    }

    /**
     * 「担当者の誤配により、架空町税務課(…)へ回り、その後、紛失」: post routed to the wrong desk inside the body never
     * left it; the loss is the incident.
     */
    private static final Pattern INTERNAL_MISROUTING = Pattern.compile(
            "誤(配布|配|送付|振り?分け)[^。]{0,6}により[、,]?[^。]{0,40}?(課|係|グループ|部署|室|担当)\\s*(\\([^)]{0,40}\\))?\\s*(へ|に)(渡|回|届|配)");
    private static final Pattern INSIDER = TYPES.get("insider");
    private static final Pattern LOSS = TYPES.get("loss_theft");
    /** 「許可を得ずに持ち出した」: data taken out against the rules, the wording {@link #carriedOutThenLost} looks at. */
    private static final Pattern CARRIED_OUT = Pattern.compile("持ち?出");

    /**
     * 「許可を得ずにUSBで情報を持ち出した上、…かばんごとなくした」: data taken out against the rules and then lost is a loss
     * (紛失), not an insider's misuse (内部不正 implies an unlawful purpose, which the glossary keeps for that type).
     */
    private static boolean carriedOutThenLost(String sentence) {
        return !someMention(INSIDER, sentence, m -> !CARRIED_OUT.matcher(m.group()).find()) && Prefilter.find(LOSS, sentence);
    }

    private static final Pattern MALWARE = TYPES.get("malware");
    /** 「ウイルスに感染したとする偽の警告画面が現れた」: a scam's warning names a malware that was not there. */
    private static final Pattern FAKE_WARNING_AFTER = Pattern.compile(
            "^[^。、]{0,12}?(警告画面|警告表示|警告メッセージ|偽の?(警告|画面)|ポップアップ|を示す(警告|画面|表示|メッセージ))");

    /** Every malware word of the sentence names what a fake warning screen claimed. */
    private static boolean onlyAFakeWarning(String sentence) {
        return !someMention(MALWARE, sentence, m -> !FAKE_WARNING_AFTER.matcher(
                sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 30))).lookingAt());
    }

    private static boolean statedNotDenied(Pattern type, String sentence) {
        return someMention(type, sentence, m -> !Prefilter.find(DENIED_AFTER,
                sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 24))));
    }

    /** Whether some mention of {@code word} in the sentence passes {@code test}. */
    private static boolean someMention(Pattern word, String sentence, java.util.function.Predicate<MatchResult> test) {
        Prefilter.Scan m = Prefilter.scan(word, sentence);
        while (m.find()) {
            if (test.test(m)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Prefilter> filters(Map<String, Pattern> patterns) {
        Map<String, Prefilter> out = new LinkedHashMap<>();
        patterns.forEach((k, v) -> out.put(k, Prefilter.of(v)));
        return out;
    }

    private static Map<String, Pattern> types() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("ransomware", Pattern.compile("ランサム|身代金|Phobos|LockBit|ロックビット|Akira|BlackCat"));
        m.put("unauthorized_access", Pattern.compile(
                // 「不正アクセスの状況を調べる」, 「不正アクセスの有無を調査」: what was looked into, not what happened
                "不正アクセス(?!防止|対策|の防止|状況|の状況|の有無)|不正な(アクセス|侵入)|不正侵入|"
                        // 「何者かが勝手口から侵入し」: a burglar's way into a house or a car is a theft, not an intrusion
                        + "(?<!侵入|(窓|ドア|扉|玄関|勝手口|ベランダ|住宅|住居|自宅|宅|家屋|車|車内|室内|部屋|建物|敷地|店舗)(から|に|へ|内に)?)侵入(?!防止|検知システム|テスト)|サイバー攻撃|"
                        // 「相手の指示で操作を続けたところ、端末を遠隔操作された」: a stranger working the computer from afar
                        + "遠隔操作(が行われ|され|を受け|を許)|(?<!アカウント|リスト型)ハッキング|攻撃を受け|外部から(の)?攻撃|攻撃者"));
        m.put("malware", Pattern.compile(
                "マルウェア|(?<!コロナ|肝炎|ノロ|インフルエンザ|ロタ)ウイルス(?!対策|定義|チェック|感染防止|感染症|検診|検査|抗体|ソフト|スキャン|検知|駆除|ワクチン)|(?<!コロナ|肝炎|ノロ|インフルエンザ)ウィルス(?!対策|定義|チェック|感染症|検診|検査|ソフト|スキャン|検知|駆除|ワクチン)|Emotet|エモテット|不正プログラム|トロイの木馬|バックドア"));
        m.put("web_skimming", Pattern.compile(
                "決済画面|決済フォーム|ペイメントアプリケーション|スキミング|(決済|カード)[^。]{0,15}改ざん|改ざん[^。]{0,15}(決済|カード)|"
                        // 「架空社の部品が改ざんされたため、購入時のクレジットカード情報が外部へ送られた」: the tampering let the card
                        // data out; 「カード番号を入力した時に、攻撃者に盗まれた」: taken as it was typed in
                        + "改ざんされた(こと|ため)[^。]{0,40}(クレジット)?カード情報|カード[^。]{0,20}入力(した|する|された)(際|時|とき)[^。]{0,30}(不正(に)?取得|窃取|抜き取|盗)"));
        m.put("account_takeover", Pattern.compile(
                "(アカウント|ID)(の|が)?[^。、]{0,10}(不正利用|乗っ取|乗取|不正使用|不正に(利用|使用))|不正ログイン|不正ログオン|不正(に)?サインイン|なりすましログイン|リスト型|第三者が?[^。]{0,10}ログイン|"
                        // 「パスワードが破られ、同アカウントから広告メールが送信」: a takeover without the word.
                        + "パスワード[^。]{0,8}(破られ|解読され|推測され|窃取され|盗まれ|盗取され|盗み取られ|詐取され)|"
                        // 「教員のアカウントに第三者が不正にログインし、スパムの配信に使われた」
                        + "(アカウント|ID)(の|が|に)?[^。、]{0,6}不正(に|な)?(アクセス|ログイン)|アカウント[^。]{0,30}(迷惑|スパム)メール[^。]{0,6}(送信|配信)に(悪用|利用)|"
                        + "アカウントから[^。]{0,20}(迷惑|スパム|広告|不審)[^。]{0,6}メール[^。]{0,10}送信"));
        m.put("misdelivery", Pattern.compile(
                "誤送信|誤送付|誤配|誤交付|誤投函|誤発送|誤郵送|誤封入|誤同封|誤って[^。]{0,25}(送|配布|交付|郵送|FAX|ファクス|投函)|誤添付|(誤って|間違って|不要な)[^。]{0,45}添付|添付してしま|"
                        // 「名簿のファイルが添付されたまま送信された」: a file left attached went out with the mail
                        + "添付(された|した|し)まま[^。]{0,6}(送信|送付|配信|送っ|送ら|送り)|"
                        + "取り?違え[^。]{0,15}(送|郵送|配布|交付|渡し|手渡)|(宛先|宛て先|あて先)(を|の)?(誤|間違)|別の(お客様|方|人|利用者)[^。]{0,6}(送|郵送|配)|BCC|Bcc|CC欄|(?<![A-Za-z])(TO|To|CC|Cc)(?![A-Za-z])[」)]?\\s*(送信|で送信|に入力|欄に)|"
                        // 「同報者に…アドレスが表示される形で…」, 「互いのアドレスが見える状態で送った」: recipients saw each other's addresses.
                        + "同報者に[^。]{0,20}表示|アドレスが[^。]{0,10}(表示|見え)(る|た)?(形|状態)で[^。]{0,8}送|"
                        // 「アドレスが見られる形で複数の宛先に送った」 in other words: 閲覧できる状態で…送, 受信者が…閲覧できる状態
                        + "アドレス[^。]{0,20}閲覧できる状態で[^。]{0,15}送|受信者(全員)?が[^。]{0,12}閲覧できる状態|"
                        // 「他の受信者に表示される形で送信」, 「誤ったFAX番号を記載」: the addresses or the number were wrong.
                        // 「訪問で渡した封筒に、別の家庭の書類の写しが混入していた」: another person's papers went along.
                        // 「書類が廃棄書類に混入し、誤って裁断された」: mixed into the waste, the papers were lost, not sent.
                        + "(資料|書類|封筒|郵便物|通知|文書)[^。]{0,30}(?<!(廃棄|処分|裁断|ごみ|ゴミ|不要)[^。、]{0,6})混入し|"
                        // 「添付した資料に、案内文のほか受講者の連絡先…が載っていた」: more went out than meant.
                        + "添付(して|し|されて)(い)?た[^。]{0,20}(ファイル|データ|資料|文書)に[^。]{0,30}(だけでなく|のほか|以外に|に加え)|"
                        + "(他の|ほかの)(受信者|宛先|送信先)[^。]{0,6}(表示|見え)|誤った" + FAX_NO + "|" + FAX_NO + "(を|の)(誤|間違)|"
                        // 「間違った番号へ電話をし、留守番電話に…を残した」: a message left at a wrong number.
                        + "(間違った|誤った|別の方の)(電話)?番号(へ|に)[^。]{0,6}(電話|架電|発信|連絡)|"
                        // 「異なる世帯の送付ラベルを重ね貼り」, 「他の事業者から提出された届のPDFファイルをメール送信」: another
                        // party's papers or label went out with the mailing
                        + "(他|別|異なる)の?[^。、]{0,25}?(世帯|家庭|事業者|利用者|申請者|方(?![法針向式]))[^。]{0,40}?"
                        + "(ラベル|書類|届|ファイル|通知書|申請書)を[^。]{0,30}?(重ね貼り|貼り付け|送付|送信|同封)(?![^。]{0,20}(紛失|盗難|所在不明))|"
                        + WRONG_RECIPIENT + "|" + WRONG_ADDRESS + "|" + OTHERS_ENTRIES_SENT));
        m.put("wrong_publication", Pattern.compile(
                "誤公開|誤掲載|誤って[^。]{0,15}(公開|掲載|アップロード)|誤アップロード|(閲覧|ダウンロード)(でき|可能な)(る)?状態|公開状態|"
                        // 「会員名簿が…一週間閲覧可能になっていた」: open to view, told with なる
                        + "(閲覧|ダウンロード)可能にな(って|り|った)|インターネット上(で|に)[^。]{0,10}公開されて|"
                        // 「代表者12人分の個人情報が、半年ほど村のホームページ上で公開されていた」
                        + "(個人情報|氏名|住所)[^。]{0,30}(ホームページ|ウェブサイト|Webサイト|WEBサイト|サイト)上(で|に)[^。]{0,10}公開されて|"
                        // 「誤ったファイルのデータをホームページにアップロードし」: the wrong file put online
                        + "(異なる|誤った|別の|間違った)[^。]{0,20}(ファイル|データ)[^。]{0,25}(アップロード|掲載|公開)(し|され)|"
                        + PUBLISHED_WITH_THE_DATA_IN));
        m.put("misconfiguration", Pattern.compile(
                "設定(を)?(誤|ミス|間違)|誤設定|設定の誤り|設定ミス|公開設定|共有設定|アクセス権(限)?の?設定(を)?(誤|不備)|"
                        // 共有リンクの権限, 認証設定の漏れ: a setting left wrong, whatever the word.
                        + "(共有リンク|リンク|フォルダ|ファイル|ストレージ)の(権限|公開範囲|共有範囲)|権限設定|公開範囲の?設定|"
                        // 「架空会の名簿に編集用のURLを付けて案内した」: a link that gives editing rights, shared out
                        + "編集(者)?用の?(リンク|URL)|"
                        // 「閲覧範囲を「リンクを知っている全員」と設定」: the reach of a share was set too wide.
                        + "(閲覧|公開|共有)範囲を[^。]{0,60}設定し|"
                        + "(認証|アクセス制限|アクセス制御|権限)(の)?設定(の|に)?(漏れ|もれ|不備|誤り|ミス)|設定(の)?(漏れ|もれ)|"
                        // 「アクセス制限の設定が不完全だった」: a setting left short, told with が
                        + "(認証|アクセス制限|アクセス制御|アクセス権限?|権限|公開範囲|共有範囲)(の)?設定(が|は|に)?(不完全|不十分|不適切|不備)|"
                        // 「移行作業での不適切な設定により、データベースが外から届く状態に」: a setting left wrong in other words
                        + "(不適切|不完全|不十分|誤った|誤り(の|が)ある)な?設定|"
                        // 「誤って学生を参加者として登録」: access given to the wrong people is a permission mistake.
                        + "(誤って|間違って)[^。]{0,20}(参加者|メンバー|閲覧者|利用者|共有相手)として(登録|追加)|(閲覧|アクセス)?権限?を誤って(付与|設定)|"
                        // 「部門内で共有すべき情報が、部門以外の全教職員にも閲覧可能な状態」: shared inside the body too widely
                        + "(部門|部署|課|室|係|部|担当|チーム)以外の[^。]{0,8}(職員|教職員|社員|従業員)[^。]{0,6}閲覧(可能|でき)"));
        // 「処分業者のトラックから落ちて路上に散逸し」: papers scattered and gone are lost.
        m.put("loss_theft", Pattern.compile("紛失(?!防止|等の防止|対策)|盗難(?!防止|対策)|盗まれ|置き忘れ|置忘れ|所在不明|誤廃棄|車上荒らし|ひったくり|空き巣|散逸(し|させ|され)|"
                + "滅失(し|させ|され)|" + LOSS_PLAIN));
        m.put("insider", Pattern.compile("(無断|許可なく|許可を得ず|不正に|私的に)[^。]{0,12}持ち?出|(知人|友人|家族)に[^。]{0,8}(渡し|提供し|見せ|教え)|内部不正|元従業員|元社員|元職員|不正に持ち|私的に(閲覧|利用)|無断で(持|複製|閲覧)|"
                + INSIDER_VIEWING));
        m.put("other", Pattern.compile("不具合|プログラム(の)?誤り|システム障害|"
                // 「承認がない状態で、委託先から再委託先に…提供され」, 「本人の同意なく第三者に提供」: a provision not allowed
                + "(承認|同意|許可|許諾)(が|を得)?(ない|なく|なし|を得ず|を得ない)(状態で|まま)?[、,]?[^。]{0,50}提供(され|し)"));
        return m;
    }

    record Flag(Boolean value, String evidence) { }

    static Flag ppcReported(NoticeText nt) {
        for (Sentence s : nt.sentences) {
            if (s.section() == Section.COMMENTARY || s.section() == Section.ARCHIVE || s.section() == Section.CONTACT) {
                continue;
            }
            if (Prefilter.find(PPC, s.text())) {
                if (Prefilter.find(NO_REPORT, s.text())) {
                    return new Flag(false, s.text());
                }
                if (Prefilter.find(REPORT, s.text())) {
                    return new Flag(true, s.text());
                }
            }
        }
        return new Flag(null, null);
    }

    static List<String> causes(NoticeText nt, boolean vendorInvolved, List<String> types) {
        Set<String> out = new LinkedHashSet<>();
        StringBuilder facts = new StringBuilder();
        for (Sentence s : nt.sentences) {
            if (s.factual() && !s.text().endsWith("か?")) {
                facts.append(s.text()).append('\n');
            }
        }
        String factText = facts.toString();
        for (Cause c : CAUSES) {
            if (Prefilter.find(c.pattern(), factText)) {
                out.add(c.id());
            }
        }
        if (vendorInvolved) {
            out.add("RC-06");
        }
        if (types.contains("misdelivery")) {
            out.add("RC-07");
        }
        if (types.contains("wrong_publication")) {
            out.add("RC-08");
        }
        if (types.contains("loss_theft")) {
            out.add("RC-09");
        }
        if (types.contains("insider")) {
            out.add("RC-10");
        }
        if (types.contains("web_skimming")) {
            out.add("RC-12");
        }
        if (types.contains("malware")) {
            out.add("RC-14");
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(String::compareTo);
        return sorted;
    }

    static List<String> measures(NoticeText nt) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : nt.sentences) {
            if (s.section() != Section.MEASURES) {
                continue;
            }
            NoticeText.Line line = nt.lines.get(s.lineIndex());
            if (line.heading() && Prefilter.find(MEASURE_TITLE, line.text())
                    && line.text().strip().length() < 14) {
                continue;
            }
            String m = BULLET.matcher(s.text()).replaceFirst("").strip();
            m = m.replaceFirst("^(実施済み?|対策済|対策予定|[^:]{0,12}迄に実施|[^:]{0,8}以降|[^:]{0,8}から|定期的に実施|早期に実施)\\s*:+\\s*", "");
            if (m.length() < 4) {
                continue;
            }
            if (m.length() > 160) {
                m = m.substring(0, 160) + "…";
            }
            out.add(m);
            if (out.size() >= 30) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private static List<ItemPattern> loadItems() {
        List<ItemPattern> out = new ArrayList<>();
        for (String[] row : rows("casebook/data-items.tsv", 2)) {
            Pattern p = Pattern.compile(row[1]);
            out.add(new ItemPattern(row[0], flagLetters(DataItem.of(row[0])), p, Prefilter.of(p)));
        }
        return List.copyOf(out);
    }

    /** The vocabulary's flags as the letters the rules test for (S, F, M); the wording file holds no flags. */
    private static String flagLetters(DataItem item) {
        return item.flags().stream().map(DataItem.Flag::letter).collect(Collectors.joining());
    }

    private static List<Cause> loadCauses() {
        List<Cause> out = new ArrayList<>();
        for (String[] row : rows("casebook/root-causes.tsv", 3)) {
            Pattern p = Pattern.compile(row[2]);
            out.add(new Cause(row[0], row[1], p));
        }
        return List.copyOf(out);
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ContentRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " tab-separated columns: " + line);
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
