package org.itaku.casebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.casebook.NoticeText.Section;
import org.itaku.casebook.NoticeText.Sentence;
import org.itaku.casebook.NoticeText.Token;

/**
 * The publisher, the title and the vendors. Names are bounded with Kuromoji: from a legal form (株式会社 …) the
 * name runs over noun tokens and stops at particles, verbs and punctuation, so "委託先である株式会社Aが" gives
 * 株式会社A and "B株式会社は" gives B株式会社.
 */
final class OrganizationRules {

    record Result(String organization, String title, boolean vendorInvolved, List<String> vendors,
                  String organizationEvidence, String titleEvidence, String vendorEvidence) { }

    static final String LEGAL_FORMS = "株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|医療法人(?:社団|財団)?"
            + "|社会福祉法人|学校法人|宗教法人|特定非営利活動法人|NPO法人|(?:地方)?独立行政法人|国立大学法人|公立大学法人"
            + "|税理士法人|社会保険労務士法人|弁護士法人|司法書士法人|行政書士法人|(?:有限責任)?監査法人"
            // 「(株)架空研修サービス」, 「(一社)架空観光振興会」, 「架空商事(株)」 (and ㈱, which NFKC makes (株)): the short forms
            + "|\\((?:株|有|一社|一財|公社|公財|医|社福|特非|学|宗)\\)";
    private static final Pattern LEGAL_FORM = Pattern.compile(LEGAL_FORMS);
    private static final Pattern LEGAL_FORM_ONLY = Pattern.compile("^(" + LEGAL_FORMS + ")$");
    private static final Pattern ORG_SUFFIX = Pattern.compile(
            "(事務所|組合|協会|委員会|教委|大学|病院|役所|役場|市|町|村|区|県|府|都|庁|省|[^\\s]{2,10}(市|町|村|区|県|府|都|道)\\s?\\S{1,12}(課|部|室|局)|[^\\s]{2,10}(市|町|村|区|県|府|都|道)\\p{IsHan}{1,6}(部|局)\\p{IsHan}{1,8}(課|室)|センター|財団|機構|銀行|信用金庫"
                    + "|会議所|連合会|連盟|学校|高校|学園|研究所|クリニック|医院|法人|協議会|公社|公団|ホールディングス|株式会社|有限会社|合同会社"
                    // associations of members that end in 会, as PUBLIC_BODY knows them (「架空県中小企業診断士会」)
                    + "|学会|医師会|士会|商工会|同窓会|後援会|自治会|町内会"
                    // bodies a letterhead or signature names without a legal form: a shop, a pharmacy, a nursery, a library
                    + "|図書館|博物館|美術館|保育園|保育所|幼稚園|こども園|診療所|薬局|商店|ホテル|旅館|新聞社|事業団|広域連合"
                    // 「架空県司法書士会北支部」: a branch of an association signs as itself
                    + "|\\p{IsHan}{2,10}会\\p{IsHan}{1,6}支部)$");
    private static final Pattern NAME_RUN = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}A-Za-z0-9ー・&]{1,25}");
    private static final Pattern DATE_LINE = Pattern.compile("^[\\d\\s年月日/.()令和平成:]+$");
    private static final Pattern NAME_CHARS = Pattern.compile("[A-Za-z0-9ー・&\\p{IsKatakana}]+");
    private static final Pattern MUNICIPALITY = Pattern.compile("..(市|町|村|区|県|都|府|庁|省)$");
    private static final Pattern LATIN_WORDS_THEN_FORM = Pattern.compile(
            "^(?:" + LEGAL_FORMS + ")? ?[A-Za-z0-9&.\\-]+(?: [A-Za-z0-9&.\\-]+){1,4} ?(?:" + LEGAL_FORMS + ")?$");
    private static final Pattern NAME_LINE = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}A-Za-z0-9ー・&.\\-]+( [\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}A-Za-z0-9ー・&.\\-]+)?$");
    private static final Pattern NOT_ORG_LINE = Pattern.compile(
            "(各位|御中|様|殿|皆様|皆さま)$|お知らせ|お詫び|おわび|ご報告|について|報告書|に関する|概要|学ぶ|代表|所長|理事長|社長|取締役|市長|院長|学長|会長"
                    // 「架空法人の社員16名分の名簿」: a count of whose data it was makes the line a fact, not a name
                    + "|\\d\\s*(名|人|件)(分|の)");
    private static final Pattern DIGEST_TITLE = Pattern.compile("^【[^】]{1,60}】\\s*(\\S+)(?:\\s+(\\S+))?(.*)$");
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s*\\d{4}\\s*[/.年]\\s*\\d{1,2}\\s*[/.月]\\s*\\d{1,2}\\s*日?\\s*$");
    private static final Pattern TITLE_WORDS = Pattern.compile("お知らせ|お詫び|おわび|ご報告|について|報告書|に関する|ご案内");
    private static final Pattern SELF_ALIAS = Pattern.compile(
            "\\(\\s*以下[、,]?\\s*[「『\"]?(当社|弊社|当組合|当健康保険組合|当財団|当法人|当会|本会|当行|当庫|当院|本学|当学|当事務所|弊所|当所|本市|当市|本町|当町|本村|本県|当県|当機構|当センター|当グループ)");
    private static final Pattern ALIAS = Pattern.compile("^\\s*\\(\\s*以下[、,]?\\s*[「『\"]?([^」』\")、,]{1,20})[」』\"]?");
    private static final Pattern ANNOUNCES = Pattern.compile("は[^。]{0,120}(発表|公表)(した|しました|している)");
    private static final Pattern VENDOR_ROLE_BEFORE = Pattern.compile(
            "(再委託先|委託先|委託業者|委託会社|委託事業者|受託者|受託事業者|指定管理者|保守業者|保守会社|開発元|運用元|開発運用元|提供元|運営会社|システム会社|ベンダー|代行会社|代行業者|"
                    // 「寄付の決済に利用している決済サービス会社、株式会社架空ペイ(以下…)において」: the payment provider
                    + "決済サービス会社|決済サービス事業者|決済会社|"
                    + "(提供|運営|運用|開発|保守)(する|している|しており|しております)|"
                    // 「システムの保守を行う株式会社架空システムの社員が」
                    + "(運営|運用|開発|保守)を(行う|行っている|担う|担っている|担当する|担当している)|委託(して|し)(いる|いた|おり|おります|ています|ております|た)?|委託している|委託しておりました|"
                    // 「業務を受託している架空システム株式会社の」, 「発送業務を請け負う架空物流株式会社が」: the contractor told by its own verb
                    + "業務を受託(する|している|していた)|作業を受託(する|している|していた)|業務を請け?負(う|っている|っていた)|作業を請け?負(う|っている|っていた)|"
                    // 「委託事業を受託している株式会社架空旅行」, 「講座の運営を受託している一般社団法人架空会」, 「業務を受注した架空工営
                    // 株式会社」: the work taken on, by its noun
                    + "(事業|事務|業務|作業|運営|運用)」?を受託(する|した|している|していた)|(事業|事務|業務|作業)」?を受注(する|した|している|していた)|"
                    // 「市の委託を受けて事業を実施している特定非営利活動法人架空ネットが」, 「業務委託を受けている株式会社架空ケアの」
                    + "(の|業務)委託を受け(て[^。、「」]{0,16}?(している|する|していた|した|いる)|た|ている|ていた)|"
                    // 「業務委託契約を締結している株式会社架空ロジの」
                    + "委託契約を?(締結して|結んで)(いる|いた|おり)|(業務|工事|作業)を受注(する|した|している|していた))"
                    + "\\s*(で(ある|あった|あります)|の|:|は|、)?\\s*[(「『]?\\s*$");
    /**
     * A role named right after the name: 「株式会社A(当社の委託先)」, 「B社は当社の委託先で」. Only a bracket or a short
     * 「は当社の」 may stand between them: in 「A市は2月24日、業務委託先が…」 the contractor is someone else, and in
     * 「A社の委託先」 A is the principal.
     */
    private static final Pattern VENDOR_ROLE_AFTER = Pattern.compile(
            "^\\s*(?:[(「『][^)」』、。]{0,12}|(?:は|が|で)?\\s*(?:\\p{IsHan}{1,4}の)?)(再委託先|委託先|委託業者|委託事業者|受託事業者|受託業者|受託者|指定管理者|保守業者|開発元|運用元|提供元)"
                    // 「架空印刷株式会社に業務委託している」, 「…に発送業務を委託しており」: the one the work is entrusted to
                    + "|^\\s*に\\s*(\\p{IsHan}{0,6}業務)?\\s*(を)?\\s*(再)?委託"
                    // 「架空工営株式会社(以下「受託者」という。)」: the notice calls it by a contractor's role from then on
                    + "|^\\s*[(（]\\s*以下[、,]?\\s*[「『]?(再)?(受託事業者|受託業者|受託者|受注者|委託先事業者|委託事業者|委託業者|委託先)[」』)）]");
    /**
     * 「北架空市では6月、市の委託業者が…を紛失。」 opening a sentence: a news item's paragraph on what happened at another
     * place; a contractor there is not this incident's, nor are its counts (shared with the persons' rules).
     */
    static final String ANOTHER_PLACES_OPENING =
            "^(?!本|当|同|全|各|他)\\p{IsHan}{1,5}(市|町|村|区)では(昨年|昨年度|今年|\\d{2,4}年)?\\d{1,2}月(に|にも)?、";
    private static final Pattern ANOTHER_PLACES_PARAGRAPH = Pattern.compile(ANOTHER_PLACES_OPENING);
    private static final Pattern VENDOR_WORDS = Pattern.compile(
            "委託先|委託業者|委託会社|再委託|業務委託|保守委託|保守業者|マネージド.?サービス|MSP|サービスプロバイダ|外部委託|委託事業者|受託事業者|"
                    // 「町が委託している訪問介護事業所の職員が」: the kind of work may stand before the word for the body
                    + "委託して(いる|いた|おり|おります|おりました)\\p{IsHan}{0,6}?(事業者|業者|会社|企業|事業所|施設|法人|団体)|保守事業者|"
                    // 「業務を委託していた架空印刷の作業ミス」, 「業務を受託している架空社」, 「発送業務を請け負う架空社」
                    + "(業務|運営|管理|事務|運用|保守)を(再)?委託して(いる|いた|おり)|業務を(再)?委託する(?!予定|こと|方針|場合|際)|作業を(再)?委託して(いる|いた|おり)|業務を受託(する|して)|作業を受託(する|して)|"
                    + "業務を請け?負(う|って)|作業を請け?負(う|って)|"
                    // 「文書の廃棄を委託した業者が運搬中に」: the contractor told by the entrusting verb before it
                    + "委託(した|を受けた)(事業者|業者|会社|企業)|保守会社|運用事業者|運用会社|開発事業者|開発会社|"
                    // 契約業者, 受託者:…, 「県が(株)Aに委託している」, and the notifier as the contractor (「A市より受託している」).
                    + "契約業者|契約事業者|受託者|受託業者|受託会社|指定管理者|"
                    // 「県がA社に委託している」, not 「以前に委託していた里親」 (a time before に names no one entrusted)
                    + "(?<!過去|以前|当時|従前|前年度|昨年度)に委託(して(いる|いた|おり)|し(た|ていた))|"
                    + "(より|から)受託し|の委託を受け|から委託を受け|を委託されて(いた|いる|おり)|"
                    // 「館の運営を受託している事業者が」, 「区と委託契約を結んでいる団体」: the contractor told by a verb phrase
                    + "受託して(いる|いた|おり|おります|おりました)(事業者|業者|会社|企業|団体|法人|NPO法人|" + LEGAL_FORMS + ")|"
                    + "委託契約を?(締結して|結んで|して)(いる|いた|おり|おります|おりました)|"
                    // 「保守を担うシステム会社の不備で…」: the system's company caused it
                    + "(システム会社|保守会社|開発会社|ベンダー|(?<![当弊本同])(業者|事業者))(側)?の(不備|不手際|過失|作業ミス|設定ミス|設定誤り|ミス)|"
                    // 「株式会社A(以下、「A社」)が提供するサービスが、外部から不正アクセスを受け」: another company's service
                    + "((?<![当弊本同])社|\\))が提供する(サービス|システム|ツール|プログラム|ソフトウェア)|"
                    // 「機器メーカーに保守を依頼し、来院した担当者が」: the maker or firm called in to service the equipment
                    + "(メーカー?|業者|会社)に(保守|修理|点検|メンテナンス)(作業)?を依頼");
    /** An investigator or forensic firm is engaged after the fact; it is not an involved vendor. */
    private static final Pattern INVESTIGATION_ENGAGED = Pattern.compile("調査|フォレンジック|解析|鑑定|専門(会社|機関|業者|家)");
    private static final Prefilter VENDOR_FILTER = Prefilter.of(VENDOR_WORDS);
    private static final Pattern FORWARDED_FROM = Pattern.compile("(委託|システム会社|ベンダー|業者|提供元|開発元|運用元|運営会社|レンタル|利用している)");
    private static final Set<String> BACKWARD_STOP = Set.of("先", "当社", "弊社", "同社", "委託", "業者", "元", "業種", "社名",
            "会社名", "名称", "法人名", "当", "弊", "再", "本件", "各", "代表");
    private static final Set<String> FORWARD_STOP = Set.of("専用", "様", "殿", "御中", "各位", "社員", "代表", "本社", "担当", "窓口",
            "サーバー", "サーバ", "社内", "ネットワーク", "個人", "等", "など", "以下", "当時", "お客様", "ホームページ", "サイト", "システム部");

    /**
     * A desk, a board or a kind of body with no body named (「契約課」, 「教育委員会」, 「市町村」): the notice does not say
     * whose, and the label conventions then want null, as for 当社 or 本市.
     */
    private static final Pattern NO_BODY_NAMED = Pattern.compile("市町村|都道府県|教育委員会|教育庁|[\\p{IsHan}々]{1,6}(課|係|室|班)"
            // 「架空未来部こども・ひろば課」: a department and its desk, with no place or body of their own before them
            + "|(?!.*(市|町|村|区|都|府|県|大学|病院|学校|法人|会社|組合|協会|センター|機構|庁|省))"
            + "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,10}部[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,12}(課|係|室|班)"
            // 「7架空振興センター」 from 「出先機関(7架空振興センター、2架空事務所)」: how many bodies of a kind, no one body
            + "|\\d+[\\p{IsHan}\\p{IsKatakana}ー]{2,12}");

    /** A table's field label read into the name (「会社名 架空県」 on a digest's row): the name is what follows it. */
    private static final Pattern FIELD_LABEL_BEFORE = Pattern.compile(
            "^(会社名|団体名|法人名|組織名|機関名|事業者名|名称|発表者|公表者|公表元|発表元)\\s*[:：]?\\s*(?=\\S)");

    private OrganizationRules() {
    }

    static Result apply(NoticeText nt) {
        String text = nt.text;
        String organization = null;
        String orgEvidence = null;
        String title = null;
        String titleEvidence = null;
        List<String> headerOrgs = new ArrayList<>();

        // 1. Header block and digest title.
        int seen = 0;
        boolean bodyBegun = false;
        int facilityLine = -1;
        Candidate pressDesk = null;
        for (NoticeText.Line line : nt.lines) {
            String t = line.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            seen++;
            Matcher digest = DIGEST_TITLE.matcher(t);
            if (seen == 1 && digest.matches() && digest.group(3) != null && looksLikeOrg(digest.group(1), digest.group(2), t)) {
                String org = digest.group(1);
                String rest = (digest.group(2) == null ? "" : digest.group(2)) + digest.group(3);
                if (LEGAL_FORM_ONLY.matcher(org).matches() && digest.group(2) != null) {
                    org = org + " " + digest.group(2);
                    rest = digest.group(3);
                }
                organization = org;
                orgEvidence = t;
                title = TRAILING_DATE.matcher(rest).replaceFirst("").strip();
                titleEvidence = t;
                headerOrgs.add(org);
                continue;
            }
            if (seen <= 2 && organization == null) {
                String name = headerRunningIntoTitle(nt, line);
                if (name != null) {
                    organization = name;
                    orgEvidence = t;
                    headerOrgs.add(name);
                    if (title == null) {
                        title = t.substring(t.indexOf(' ') + 1).strip();
                        titleEvidence = t;
                    }
                    continue;
                }
            }
            if (seen <= 3 && organization == null) {
                // 「…の誤送付について | 架空市」: a page's title line closes on its site's name after a separator.
                String name = siteNameBesideTitle(t);
                if (name != null) {
                    organization = name;
                    orgEvidence = t;
                    headerOrgs.add(name);
                    continue;
                }
            }
            // 「1 発生場所」 then 「株式会社架空倉庫 北倉庫」, 「委託先」 then a company: a field's value under its heading
            // names where it happened or who did the work, not who publishes.
            if (seen <= 10 && organization == null && !bodyBegun && !underPlaceOrRoleHeading(nt, line)) {
                String name = orgOnLine(nt, line);
                if (name == null) {
                    name = senderUnderAddressee(nt, line);
                }
                if (name != null) {
                    NoticeText.Line facility = facilityBelow(nt, line, name);
                    organization = facility == null ? name : name + "(" + facility.text().strip() + ")";
                    orgEvidence = t;
                    headerOrgs.add(name);
                    facilityLine = facility == null ? -1 : facility.index();
                    continue;
                }
            }
            if (line.index() == facilityLine) {
                continue;
            }
            // (A page's 「ここから本文です。」 may stand above it: the release-date line marks the header, not bodyBegun.)
            if (seen <= 12 && organization == null && pressDesk == null && t.length() <= 24
                    && (t.indexOf('部') > 0 || t.indexOf('局') > 0 || t.indexOf('庁') > 0)) {
                pressDesk = departmentUnderReleaseDate(nt, line, t);
            }
            if (seen <= 12 && organization == null && pressDesk == null && t.length() <= 60 && t.indexOf('日') > 0) {
                pressDesk = deskOnReleaseDateLine(t);
            }
            if (seen > 1 && seen <= 80 && organization != null && !line.heading()) {
                // A second header block (date, 各位, organisation) is a forwarded report from another organisation.
                String name = orgOnLine(nt, line);
                if (name != null && !headerOrgs.contains(name) && previousIsHeaderish(nt, line.index())) {
                    headerOrgs.add(name);
                }
            }
            // A letterhead stands above the body: once a sentence has been read, a name alone on a line is a
            // signature or a contact desk (scored below), not the letterhead.
            bodyBegun |= t.contains("。");
            if (title == null && seen <= 12 && t.length() <= 80 && !t.contains("。") && Prefilter.find(TITLE_WORDS, t)
                    && !t.endsWith("各位") && !t.endsWith("御中")) {
                title = t.replaceAll("^【[^】]{1,20}】(?=.)", "").replaceAll("^【|】$", "").strip();
                titleEvidence = t;
            }
        }

        // 2. Self-reference aliases: 「A株式会社(以下「当社」)」.
        Map<String, String> aliases = new LinkedHashMap<>();
        if (organization == null) {
            Matcher m = SELF_ALIAS.matcher(text);
            if (m.find()) {
                String name = nameEndingAt(nt, m.start());
                if (name != null) {
                    organization = name;
                    Sentence s = nt.sentenceAt(m.start());
                    orgEvidence = s == null ? name : s.text();
                }
            }
        }
        // 3. Legal-form names in the text (also the candidates for vendors).
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int[] form : legalForms(text)) {
            int[] span = nameSpan(nt, form[0], form[1]);
            if (span == null) {
                continue;
            }
            if (!spans.isEmpty() && spans.get(spans.size() - 1)[1] > span[0]) {
                continue;
            }
            String name = text.substring(span[0], span[1]);
            // 「受託者:架空印刷株式会社」: a field's label read backwards into the name is no part of it.
            int colon = Math.max(name.lastIndexOf(':'), name.lastIndexOf('：'));
            if (colon >= 0 && colon < name.length() - 2) {
                span = new int[] {span[0] + colon + 1, span[1]};
                name = name.substring(colon + 1);
            }
            spans.add(span);
            names.add(name);
            Matcher alias = ALIAS.matcher(text.substring(span[1], Math.min(text.length(), span[1] + 40)));
            if (alias.find()) {
                aliases.put(alias.group(1).strip(), name);
            }
        }
        // 4. Candidates from the body, scored: a notice without a letterhead names its publisher as the subject of the
        // lead (news: 「A市は8日、…と発表した」), in the signature at the end, or only in a body mention.
        List<Candidate> candidates = new ArrayList<>();
        if (organization != null) {
            // 「架空市役所」 alone over a news item is a photo's caption, not a letterhead: an announcing lead outranks it.
            candidates.add(new Candidate(organization, OFFICE_BUILDING.matcher(organization).matches() ? 6 : 10, orgEvidence));
        }
        if (pressDesk != null) {
            candidates.add(pressDesk);
        }
        // Rules run from the strongest down and stop once a candidate beats everything the rest could find: the weak
        // rules tokenise most of the notice.
        Candidate best = best(nt, candidates);
        if (best == null || best.score() < 10) {
            announcedByLegalName(nt, spans, names, candidates);
            selfNamedInBrackets(nt, candidates);
            signedSubject(nt, candidates);
            pageKeptBy(nt, candidates);
            pressSeries(nt, candidates);
            ownMembersAddressed(nt, candidates);
            signatureLine(nt, candidates);
            titleSubject(nt, candidates);
            headOfBodyLine(nt, candidates);
            leadSubject(nt, candidates);
            operatorAsSource(nt, candidates);
            cleftSubject(nt, candidates);
            announcingLeadSubject(nt, candidates);
            best = best(nt, candidates);
        }
        if (best == null) {
            NoticeText.Line firstNameLine = names.isEmpty() ? null : nt.lineAt(spans.get(0)[0]);
            if (!names.isEmpty() && !actedUpon(nt, spans.get(0)[1]) && (firstNameLine == null || !underPlaceOrRoleHeading(nt, firstNameLine))) {
                Sentence s = nt.sentenceAt(spans.get(0)[0]);
                candidates.add(new Candidate(names.get(0), 3, s == null ? names.get(0) : s.text()));
            }
            municipalSchoolUnnamed(nt, candidates);
            selfKindNamed(nt, candidates);
            staffOfNamedBody(nt, candidates);
            firstPublicBodyMention(nt, candidates);
            best = best(nt, candidates);
        }
        organization = best == null ? null : publisherNamed(nt, best.name());
        if (best != null && organization == null && !DESK_ALONE.matcher(best.name()).find()) {
            // 「代表連絡先 教育庁 …」 over 「府立架空高等学校において…」: a strong candidate that names a kind of body and no
            // body yields to what the lead, title or signature rules found; body mentions (the weak rules, scoring at most
            // WEAK) are too loose to stand in. A desk alone (「福祉部架空課」 under a release date) stays: its unnamed body publishes.
            if (best.score() >= 10) {
                signatureLine(nt, candidates);
                titleSubject(nt, candidates);
                leadSubject(nt, candidates);
                announcingLeadSubject(nt, candidates);
            }
            Candidate first = best;
            List<Candidate> rest = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c != first && c.score() > WEAK && !c.name().equals(first.name()) && publisherNamed(nt, c.name()) != null) {
                    rest.add(c);
                }
            }
            Candidate next = best(nt, rest);
            if (next != null) {
                best = next;
                organization = publisherNamed(nt, next.name());
            }
        }
        orgEvidence = organization == null ? null : best.evidence();

        // Vendors.
        Set<String> vendors = new LinkedHashSet<>();
        String vendorEvidence = null;
        Set<String> self = new LinkedHashSet<>();
        if (organization != null) {
            self.add(compact(organization));
            // 「医療法人社団架空会(架空病院)」: the corporation and the facility it runs are each the publisher itself.
            int open = organization.indexOf('(');
            if (open > 0 && organization.endsWith(")")) {
                self.add(compact(organization.substring(0, open)));
                self.add(compact(organization.substring(open + 1, organization.length() - 1)));
            }
        }
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (self.contains(compact(e.getValue()))) {
                self.add(compact(e.getKey()));
            }
        }
        // Candidate mentions: legal-form names and their aliases.
        List<int[]> mentionSpans = new ArrayList<>(spans);
        List<String> mentionNames = new ArrayList<>(names);
        for (Map.Entry<String, String> e : aliases.entrySet()) {
            if (e.getKey().length() < 2) {
                continue;
            }
            int from = 0;
            while (true) {
                int at = text.indexOf(e.getKey(), from);
                if (at < 0) {
                    break;
                }
                mentionSpans.add(new int[] {at, at + e.getKey().length()});
                mentionNames.add(e.getValue());
                from = at + e.getKey().length();
            }
        }
        for (int i = 0; i < mentionSpans.size(); i++) {
            int[] span = mentionSpans.get(i);
            Sentence s = nt.sentenceAt(span[0]);
            if (s == null || s.section() == Section.CONTACT || s.section() == Section.COMMENTARY || s.section() == Section.ARCHIVE) {
                continue;
            }
            String name = mentionNames.get(i);
            // 「内閣府が運営するNPO法人ポータルサイト」: a legal form read as a kind of body before a site's name names no company.
            if (self.contains(compact(name)) || name.endsWith("サイト") || name.endsWith("ページ") || name.endsWith("ポータル")) {
                continue;
            }
            String before = text.substring(Math.max(s.start(), span[0] - 30), span[0]);
            // A name may run past the sentence end (a line break inside an unknown-word run): then nothing follows it.
            String after = span[1] >= s.end() ? "" : text.substring(span[1], Math.min(s.end(), span[1] + 20));
            if (((Prefilter.find(VENDOR_ROLE_BEFORE, before) && !LEADS_AN_ANNOUNCEMENT.matcher(after).lookingAt() && !runsAnInstitution(before))
                    || Prefilter.find(VENDOR_ROLE_AFTER, after)) && !engagedToInvestigate(before, after)) {
                if (vendors.add(name) && vendorEvidence == null) {
                    vendorEvidence = s.text();
                }
            }
        }
        // 「2 委託事業者」 then 「株式会社架空印刷(印刷業)」: a contractor named on the line under its role's heading; 「株式会社架空
        // システム(以下「架空社」)が提供するサービスが、外部から不正アクセスを受け」: the provider whose service was broken into.
        boolean vendorWords = VENDOR_FILTER.possibleIn(text);
        for (int i = 0; i < spans.size() && vendorWords; i++) {
            String name = names.get(i);
            if (self.contains(compact(name)) || vendors.contains(name)) {
                continue;
            }
            int[] span = spans.get(i);
            NoticeText.Line line = nt.lineAt(span[0]);
            boolean underHeading = line != null && span[0] - line.start() <= 4 && text.substring(line.start(), span[0]).isBlank() && line.index() > 0
                    && ROLE_HEADING.matcher(nt.previousLineText(line.index(), 3)).matches();
            String after = text.substring(span[1], Math.min(text.length(), span[1] + 140));
            if (underHeading || Prefilter.find(PROVIDED_SERVICE_BROKEN_INTO, after)) {
                if (vendors.add(name) && vendorEvidence == null) {
                    vendorEvidence = line == null ? name : line.text().strip();
                }
            }
        }
        // 「導入していた表示変換サービス(株式会社架空提供)に対して不正アクセスがあり」: the provider of a service broken into,
        // named only in brackets after it.
        for (int i = 0; i < spans.size() && text.contains("提供)"); i++) {
            int[] span = spans.get(i);
            String name = names.get(i);
            Sentence s = nt.sentenceAt(span[0]);
            boolean providedBy = name.endsWith("提供") && text.startsWith(")", span[1]) || text.startsWith("提供)", span[1]);
            if (providedBy && span[0] > 0 && text.charAt(span[0] - 1) == '(' && s != null && Prefilter.find(BROKEN_INTO, s.text())) {
                String provider = name.endsWith("提供") ? name.substring(0, name.length() - 2).strip() : name;
                if (!self.contains(compact(provider)) && vendors.add(provider) && vendorEvidence == null) {
                    vendorEvidence = s.text();
                }
            }
        }
        // 「委託先である架空印刷社が」: a contractor named after its role, without a legal form.
        if (vendorWords) {
            String found = vendorsNamed(nt, ROLE_THEN_NAME, 10, self, name -> GENERIC_BODY.matcher(name).matches(), vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
            // 「委託先である架空清掃(架空市)の」, 「市が委託した業者「架空企画」の」: any name the role is said to be.
            found = vendorsNamed(nt, ROLE_IS_NAME, 5, self,
                    name -> GENERIC_BODY.matcher(name).matches() || NOT_A_COMPANY_NAME.matcher(name).lookingAt() || KIND_OF_BODY.matcher(name).matches(), vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
            if (text.contains("」社")) {
                found = vendorsNamed(nt, ROLE_THEN_QUOTED_COMPANY, 5, self, name -> GENERIC_BODY.matcher(name).matches(), vendors);
                vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
            }
        }
        // 「委託先のカクウプランニングの」, 「コンサル会社であるカクウプランニングの」, 「カクウプランニングが受託していた」: news
        // names a contractor by a proper name without a legal form or a trade word, right after its role or before 受託.
        if (text.contains("委託") || text.contains("受託")) {
            java.util.function.Predicate<String> common = name -> Prefilter.find(COMMON_KATAKANA_NOUN, name) || GENERIC_BODY.matcher(name).matches()
                    || Prefilter.find(WORK_NOT_COMPANY, name);
            String found = vendorsNamed(nt, ROLE_THEN_PROPER_NAME, 5, self, common, vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
            found = vendorsNamed(nt, PROPER_NAME_THEN_ENTRUSTED, 5, self, common, vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
        }
        // 「製本作業を委託されていた架空製本印刷から」: news names the contractor after what it was entrusted with.
        if (text.contains("委託されて")) {
            String found = vendorsNamed(nt, ENTRUSTED_THEN_NAME, 5, self, name -> false, vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
        }
        // 「発送業務を委託する「架空配送サービス」の」: news quotes the contractor's name after the entrusting verb.
        if (text.contains("を委託") || text.contains("を再委託")) {
            String found = vendorsNamed(nt, ENTRUSTING_THEN_QUOTED_NAME, 5, self, name -> GENERIC_BODY.matcher(name).matches(), vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
        }
        // 「…を委託した架空テック社の」, 「業務を請け負っている架空運輸(…)の社員」: the company right after the verb.
        if (text.contains("を委託") || text.contains("を再委託") || text.contains("を請") || text.contains("を受託")) {
            String found = vendorsNamed(nt, ENTRUSTING_THEN_COMPANY, 5, self,
                    name -> GENERIC_BODY.matcher(name).matches() || NOT_A_COMPANY_NAME.matcher(name).lookingAt(), vendors);
            vendorEvidence = vendorEvidence == null ? found : vendorEvidence;
        }
        // A forwarded report from another organisation's header, when the notice says it came from a provider.
        for (String header : headerOrgs) {
            // 「会社名 架空県」 on a digest's row: the field label is no part of the name (as for the organisation itself).
            String h = FIELD_LABEL_BEFORE.matcher(header).replaceFirst("");
            if (organization != null && !h.isEmpty() && !self.contains(compact(h)) && Prefilter.find(FORWARDED_FROM, text)) {
                if (vendors.add(h) && vendorEvidence == null) {
                    vendorEvidence = h;
                }
            }
        }
        sameVendorOnce(text, vendors);
        boolean involved = !vendors.isEmpty();
        if (!involved) {
            int elsewhereLine = -1;
            for (Sentence s : nt.sentences) {
                // the paragraph (line) a sentence on another place's incident opens stays on that incident
                if (ANOTHER_PLACES_PARAGRAPH.matcher(s.text()).lookingAt()) {
                    elsewhereLine = s.lineIndex();
                }
                if (s.factual() && VENDOR_FILTER.possibleIn(s.text()) && Prefilter.find(VENDOR_WORDS, s.text()) && !s.text().endsWith("か?")
                        && !FUTURE_MEASURE.matcher(s.text()).lookingAt() && !investigatorOnly(s.text())
                        && s.lineIndex() != elsewhereLine) {
                    involved = true;
                    vendorEvidence = s.text();
                    break;
                }
            }
        }
        return new Result(organization, title, involved, List.copyOf(vendors), orgEvidence, titleEvidence, vendorEvidence);
    }

    /**
     * 「委託事業者である架空県福祉協議会において」, later 「社会福祉法人架空県福祉協議会が」: one contractor named with and
     * without its legal form is one vendor, named as the text first names it.
     */
    private static void sameVendorOnce(String text, Set<String> vendors) {
        if (vendors.size() < 2) {
            return;
        }
        List<String> drop = new ArrayList<>();
        // 「カクウ社から」 read as カクウ and as カクウ社: news's 社 after a name is the same company.
        for (String a : vendors) {
            if (vendors.contains(a + "社")) {
                drop.add(a);
            }
        }
        for (String a : vendors) {
            for (String b : vendors) {
                String bare = LEGAL_FORM.matcher(a).replaceFirst("").strip();
                if (!a.equals(b) && !bare.equals(a) && bare.equals(b)) {
                    int ia = text.indexOf(a);
                    int ib = text.indexOf(b);
                    drop.add(ia >= 0 && (ib < 0 || ia <= ib) ? b : a);
                }
            }
        }
        drop.forEach(vendors::remove);
    }

    /**
     * Adds the contractors {@code named} finds (its group "name") near the top of the text, at most {@code tries}
     * matches: none in a contact section, the publisher itself, one named 同… or one {@code notAName} refuses.
     *
     * @return the sentence of the first one added, or null
     */
    private static String vendorsNamed(NoticeText nt, Pattern named, int tries, Set<String> self,
            java.util.function.Predicate<String> notAName, Set<String> vendors) {
        String text = nt.text;
        Prefilter.Scan m = Prefilter.scan(named, text.length() > MENTION_WINDOW ? text.substring(0, MENTION_WINDOW) : text);
        String evidence = null;
        int tried = 0;
        while (m.find() && tried++ < tries) {
            String name = m.group("name");
            if (name == null && m.pattern().pattern().contains("?<bare>")) {
                name = m.group("bare"); // a proper name read without quotes
            }
            name = withoutReadingOrBranch(name);
            Sentence s = nt.sentenceAt(m.start());
            if (s == null || s.section() == Section.CONTACT || self.contains(compact(name)) || name.startsWith("同")
                    || notAName.test(name) || entrusterAfterItsEntrustee(text, s, m.start(), m.group())) {
                continue;
            }
            if (vendors.add(name) && evidence == null) {
                evidence = s.text();
            }
        }
        return evidence;
    }

    /** The active entrusting verb (委託した, 委託している), not 委託先, 委託を受けた or 委託された. */
    private static final Pattern ENTRUSTING_VERB = Pattern.compile("委託(した|して|する|しており)");
    /** 「Aに」, 「Aへ」 with に or へ marking whom the work goes to (not に関する, において, によって, に対して, …). */
    private static final Pattern ENTRUSTEE_MARKED = Pattern.compile(
            "[\\p{IsHan}\\p{IsKatakana}A-Za-z0-9ー・」)]\\s*(に|へ)(?!関|係|つい|おい|おけ|よ|対|基|伴|応|向|は|も|と)");

    /**
     * 「AにサイトのA運営を委託していたB」: when the clause already names whom the work went to (Aに), the body after the verb
     * is the one that entrusted it, the principal, not a contractor (委託 takes the principal as its subject, the contractor
     * with に). Without Aに (「業務を委託していたB」) the body after the verb is the one entrusted.
     */
    private static boolean entrusterAfterItsEntrustee(String text, Sentence s, int matchStart, String match) {
        Matcher verb = ENTRUSTING_VERB.matcher(match);
        if (!verb.find()) {
            return false;
        }
        int verbAt = matchStart + verb.start();
        int clauseStart = Math.max(s.start(), Math.max(text.lastIndexOf('、', verbAt - 1), text.lastIndexOf('。', verbAt - 1)) + 1);
        return clauseStart < verbAt && ENTRUSTEE_MARKED.matcher(text.substring(clauseStart, verbAt)).find();
    }

    /**
     * 「委託先である架空印刷社が」, 「委託事業者の架空協議会に」: the contractor's name right after its role; news may quote it
     * (「業務委託先の「架空ケア社」で」).
     */
    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "(再委託先|委託先|委託業者|委託事業者|受託者|受託事業者|受託業者|指定管理者)\\s*(で(ある|あった|あります)|の)\\s*「?"
                    + "(?<name>(" + LEGAL_FORMS + "|社会福祉法人|公益社団法人|公益財団法人)?[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・]{1,20}?"
                    // 「委託先の架空運輸の配達員が」: news names a carrier or a printer by its trade word
                    + "(新聞社|会社|社|協議会|協会|財団|事業団|公社|組合|センター|運輸|物流|運送|印刷|商事|工業))」?(?=\\s*(が|は|に|へ|から|より|と|で|\\(|、)|の(?!委託|受託))");
    /** 「(ビプロジー)」 after a Latin name: the reading news gives in brackets; 「関西支社」: the office, not the company. */
    private static final Pattern READING_OR_BRANCH = Pattern.compile("[(（][\\p{IsKatakana}ー・]{2,20}[)）]|\\p{IsHan}{1,6}(営業所|支店|支社|出張所|事業所)$");

    /**
     * 「BIPROGY(ビプロジー)関西支社」: news spells a Latin name out in katakana in brackets and may name the office that took
     * the work on; the company is BIPROGY.
     */
    private static String withoutReadingOrBranch(String name) {
        if (name == null || name.indexOf('(') < 0 && name.indexOf('（') < 0 && !Prefilter.find(READING_OR_BRANCH, name)) {
            return name;
        }
        String bare = READING_OR_BRANCH.matcher(name).replaceAll("").strip();
        bare = READING_OR_BRANCH.matcher(bare).replaceAll("").strip();
        return bare.length() >= 2 ? bare : name;
    }

    /** A proper name as news writes a company without its legal form: opening with katakana or Latin letters, or quoted. */
    private static final String PROPER_NAME = "(?:「(?<name>[^「」。、]{2,20})」|(?<![\\p{IsKatakana}ーA-Za-z0-9・])(?<bare>[\\p{IsKatakana}A-Za-z][\\p{IsKatakana}ーA-Za-z0-9・&]{2,20}))";
    /**
     * 「委託先のカクウプランニングの」, 「業務を委託していたカクウプランニングが」, 「事業を受託したカクウプランニングの」,
     * 「コンサル会社であるカクウプランニングの」, 「再委託先「キタハマ」が」, 「A社が再委託したキタハマ社」, 「再委託を受けた
     * キタハマの」: a proper name right after the contractor's role or verb.
     */
    private static final Pattern ROLE_THEN_PROPER_NAME = Pattern.compile(
            "(?:(?:再委託先|委託先|委託業者|委託事業者|受託者|受託事業者|受託業者)(?:の(?:企業|会社|業者|事業者))?\\s*(?:で(?:ある|あった)|の|(?=「))"
                    + "|(?:\\p{IsHan}{1,4}を)?(?:再)?(?:委託|受託)(?:した|して(?:いた|いる|おり))|(?:再)?委託を受け(?:た|ている|ていた)"
                    + "|(?:会社|企業|業者|事業者)である)\\s*" + PROPER_NAME
                    + "(?=\\s*(?:社)?(?:が|は|に|へ|から|より|と|で|の|\\(|、))");
    /** 「カクウプランニングが受託していた三つの事業」, 「カクウ社が市から受託している」: the one that took the work on. */
    private static final Pattern PROPER_NAME_THEN_ENTRUSTED = Pattern.compile(PROPER_NAME
            + "(?:社)?(?:が|は)(?:\\p{IsHan}{1,6}(?:から|より))?(?:\\p{IsHan}{1,6}を)?(?:再)?受託(?:して(?:いた|いる|おり)|した)");
    /** 「緊急小口資金・総合支援資金の特例貸付」: quoted after 受託している, the work taken on, not the one taking it. */
    private static final Pattern WORK_NOT_COMPANY = Pattern.compile("の|(事業|業務|事務|制度|貸付|講座|研修|調査|キャンペーン|プロジェクト)$");
    /** 「システム」, 「サーバー」, 「メール」: katakana words for things and staff, which news also puts after a contractor's role. */
    private static final Pattern COMMON_KATAKANA_NOUN = Pattern.compile(
            "^(システム|サーバ|パソコン|メール|スタッフ|ホームページ|サイト|ウェブ|Web|WEB|データ|ファイル|ネットワーク|クラウド|サービス|アカウント"
                    + "|セキュリティ|プログラム|ソフト|アプリ|オンライン|スマートフォン|タブレット|USB|PC|ID|パスワード|センター|コール|イベント|キャンペーン"
                    + "|アンケート|プロジェクト|チーム|グループ|メンバー|ユーザー?|クライアント|オペレーター?|ドライバー?|アルバイト|パート|リスト|シート|フォーム)");

    /** 「委託先である架空清掃(架空市)の」, 「市が委託した業者「架空企画」の」: a name the contractor's role is said to be. */
    private static final Pattern ROLE_IS_NAME = Pattern.compile(
            "((再委託先|委託先|委託業者|委託事業者|受託者|受託事業者|受託業者)\\s*である\\s*「?|(委託|受託)(した|している|していた|する)(業者|事業者|会社|企業)\\s*「)"
                    // 「再委託先である公式サイトの管理運営会社が」: what stands before の and a body's kind is no name
                    + "(?<name>[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]{2,20}?)」?"
                    + "(?=\\s*(が|は|に|へ|から|より|と|で|\\(|、|の(?![^。、]{0,8}?(会社|業者|事業者|法人|団体|企業))))");
    /** 「事業者」, 「業者」: a kind of body, no name; 「公式サイト」: a site, no body. */
    private static final Pattern KIND_OF_BODY = Pattern.compile(
            "^(\\p{IsHan}{0,4}(事業者|業者|会社|企業|法人|団体|事業所)|.*(ため|こと|もの|サイト|ページ|システム|サーバー?))$");
    /** 「事業委託先である「カクウ」社が」: news quotes the contractor's name after its role and puts 社 outside the quotes. */
    private static final Pattern ROLE_THEN_QUOTED_COMPANY = Pattern.compile(
            "(再委託先|委託先|委託業者|委託事業者|受託者|受託事業者|受託業者)\\s*(で(ある|あった|あります)|の)\\s*"
                    + "「(?<name>[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]{2,20})」社(?=\\s*(が|は|に|へ|から|より|と|で|の|\\(|、))");
    /** 「製本作業を委託されていた架空製本印刷から」: a company named right after the work it was entrusted with. */
    private static final Pattern ENTRUSTED_THEN_NAME = Pattern.compile(
            "(業務|作業)を(再)?委託されて(いた|いる|おり)\\s*(?<name>[\\p{IsHan}\\p{IsKatakana}ーA-Za-z]{1,14}"
                    + "(印刷|工業|電機|製作所|商事|物産|運輸|物流|システムズ|システム|サービス|情報|技研|会社))(?=\\s*(が|は|に|へ|から|より|と|で|\\(|、))");
    /** 「発送業務を委託する「架空配送サービス」のシステムに」: a contractor named in quotes right after the entrusting verb. */
    private static final Pattern ENTRUSTING_THEN_QUOTED_NAME = Pattern.compile(
            "(業務|作業|事務)を(再)?委託(する|している|していた|しており)\\s*「(?<name>[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]{2,20})」(?!\\s*(という|といった|等の|などの))");
    /**
     * 「システム開発を委託した架空テック社のミスで」: news names the company right after the entrusting verb, with 社; a
     * co-operative (「試験の業務を委託する架空大学生活協同組合が」) by its kind.
     */
    private static final Pattern ENTRUSTING_THEN_COMPANY = Pattern.compile(
            "(を(再)?委託(した|する|している|していた|しており)|を請け?負(う|った|っている|っていた)|を受託(する|した|している|していた))"
                    + "\\s*(?<name>[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]{2,14}?((?<!会)社|総研|印刷|運輸|物流|運送|商事|工業|協同組合|生協|協議会|協会|事業団|財団))(?=\\s*(が|は|の|に|へ|から|より|と|で|\\(|、))");
    private static final Pattern NOT_A_COMPANY_NAME = Pattern.compile("^(当|弊|本|同|各|他|別|親|子|関連|グループ|外部|民間|大手|地元)");
    /** 「委託業者ではない一般の方」: the role denied names no contractor. */
    private static final Pattern ROLE_DENIED = Pattern.compile("^\\s*(ではない|ではなく|でない|以外の)");
    /**
     * 「病院を運営する医療法人社団架空会は」, 「大学・短大を運営する学校法人架空学園によると」: the corporation that runs a
     * school, a hospital or a home is the body the notice is about (its parent), not a contractor of it; so is the one that
     * opens a sentence as 「運営する…」 right after the institution was named (news: 「架空病院は…発表した。運営する医療法人…は」).
     */
    private static final Pattern RUNS_AN_INSTITUTION = Pattern.compile(
            "^\\s*(運営|経営)(する|している)\\s*$|(大学|短大|短期大学|大学院|学校|高校|中学校|小学校|幼稚園|保育園|保育所|こども園|学園|病院|医院|クリニック|診療所|薬局|介護施設|施設|ホーム)"
                    + "(など|等)?を(運営|経営|設置)(する|している|しております)\\s*$");

    private static boolean runsAnInstitution(String before) {
        return Prefilter.find(RUNS_AN_INSTITUTION, before);
    }

    /** 「今後は委託先を含めた管理を徹底する」: a measure to come, told in a news item's closing lines, involves no one yet. */
    private static final Pattern FUTURE_MEASURE = Pattern.compile("^\\s*(今後(は|も|とも)?|再発防止(策)?として|再発防止に向け(て)?)[、,]?");
    /** 「委託業者は関与していない」, 「委託先の関与はありません」: the contractor is named only to be ruled out. */
    private static final Pattern INVOLVEMENT_DENIED = Pattern.compile(
            "^\\s*(は|が|の)[^。、]{0,6}?(関与|関わ|関係|介在)[^。、]{0,8}?(ない|なく|ません|せず)");
    /** 「2 委託事業者」, 「(1)受託事業者」: a heading naming the contractor's role alone. */
    private static final Pattern ROLE_HEADING = Pattern.compile(
            "^\\s*(\\(\\d{1,2}\\)|\\d{1,2}\\s*[.)．]?|[①-⑳])?\\s*(再委託先|委託先|業務委託先|委託事業者|受託事業者|委託業者|受託業者|受託者)(名|の名称)?\\s*[:：]?\\s*$");
    /** The line is a field's value under its heading: a place (発生場所) or a contractor (委託先), not a publisher. */
    private static boolean underPlaceOrRoleHeading(NoticeText nt, NoticeText.Line line) {
        if (line.index() == 0) {
            return false;
        }
        String above = nt.previousLineText(line.index(), 3);
        return ROLE_HEADING.matcher(above).matches() || PLACE_HEADING.matcher(above).matches();
    }

    /** 「1 発生場所」, 「(2)発生箇所:」: a heading whose value, on the next line, is a place. */
    private static final Pattern PLACE_HEADING = Pattern.compile(
            "^\\s*(\\(\\d{1,2}\\)|\\d{1,2}\\s*[.)．]?|[①-⑳])?\\s*(発生場所|発生箇所|発生施設|場所|所在地|発生した施設|事故発生場所)\\s*[:：]?\\s*$");
    private static final Pattern BROKEN_INTO = Pattern.compile("不正アクセス|改ざん|攻撃|侵入|感染");
    /** 「(以下「架空社」)が提供するサービスが、外部から不正アクセスを受け」: right after the name, its service broken into. */
    private static final Pattern PROVIDED_SERVICE_BROKEN_INTO = Pattern.compile(
            "^\\s*([(（][^)）]{0,30}[)）])?\\s*が提供する(サービス|システム|ツール|プログラム|ソフトウェア)[^。]{0,60}?(不正アクセス|改ざん|攻撃|侵入|感染)");

    /** 「…に提出されたと思い込み」, 「…に渡したものと勘違いし」: a clause closing on a mistaken belief. */
    private static final Pattern ONLY_BELIEVED = Pattern.compile("^[^。、]{0,20}?(と|ものと)(思い込|思いこ|思って|勘違い|誤認)");
    private static final Pattern SOUGHT = Pattern.compile("^(を|の)?(募|募集|公募|選定|入札|プロポーザル)");
    /** 「システム委託業者へ状況の確認・調査を依頼する」: the contractor is only asked to look into it after the fact. */
    private static final Pattern ASKED_TO_INVESTIGATE = Pattern.compile("^\\s*(へ|に)[^。、]{0,15}調査[^。、]{0,6}?(を)?(依頼|要請|指示)");

    /** 「調査を専門会社に委託しました」 or 「委託業者を募る」: the only vendor wording in the sentence engages an investigator. */
    private static boolean investigatorOnly(String sentence) {
        Matcher m = VENDOR_WORDS.matcher(sentence);
        while (m.find()) {
            String around = sentence.substring(Math.max(0, m.start() - 20), m.start());
            String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 6));
            String clause = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 30));
            // 「委託業者を募るページ」: contractors being sought hold nothing yet; 「委託業者ではない一般の方」 names none;
            // 「委託業者に提出したと思い込み」: what was only believed handed over never reached the contractor.
            if (!Prefilter.find(INVESTIGATION_ENGAGED, around) && !SOUGHT.matcher(after).lookingAt() && !ROLE_DENIED.matcher(after).lookingAt()
                    && !Prefilter.find(ONLY_BELIEVED, clause) && !INVOLVEMENT_DENIED.matcher(clause).lookingAt()
                    && !ASKED_TO_INVESTIGATE.matcher(clause).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    /** An investigation after the fact (フォレンジック, 原因調査, 「調査を依頼」), not a survey taken on as the work (調査業務, 調査票). */
    private static final Pattern INVESTIGATION_WORK = Pattern.compile(
            "フォレンジック|(原因|被害|詳細|第三者|外部|専門|事実関係)[^、。]{0,4}調査|調査(を|の)(依頼|委託)|解析|鑑定");

    /**
     * 「フォレンジック調査を株式会社架空セキュリティに委託し」, 「専門会社である株式会社架空セキュリティに調査を委託」: the firm
     * entrusted with the investigation is an investigator, not an involved vendor (the labels' convention).
     */
    private static boolean engagedToInvestigate(String before, String after) {
        int clause = Math.max(before.lastIndexOf('、'), before.lastIndexOf(','));
        String own = before.substring(clause + 1);
        int verb = after.indexOf("委託");
        if (verb < 0) {
            verb = after.indexOf("依頼");
        }
        return Prefilter.find(INVESTIGATION_WORK, own) || verb > 0 && Prefilter.find(INVESTIGATION_WORK, after.substring(0, verb));
    }

    /** 「…に調査を委託」, 「…へ依頼」, 「…から連絡」, 「…と契約」: a name the sentence acts on (a particle other than は or が after it). */
    private static final Pattern ACTED_UPON = Pattern.compile("^\\s*([(（][^)）]{0,30}[)）])?\\s*(に|へ|を|と|から|より)(?!より|おいて|おける|て|は)");

    /**
     * In a notice that speaks only as 当社 or 本市, the first company it names is often one it deals with (an investigator
     * it engaged, a provider that told it): a name the sentence acts on is not the notice's own voice.
     */
    private static boolean actedUpon(NoticeText nt, int end) {
        return ACTED_UPON.matcher(nt.text.substring(end, Math.min(nt.text.length(), end + 40))).lookingAt();
    }

    /** The notice's word for itself and the endings of the bodies of that kind: 当センター and 「…センター」, 本学 and 「…大学」. */
    private static final String[][] SELF_KINDS = {
            {"当センター", "センター"}, {"本センター", "センター"}, {"当院", "病院", "医院", "クリニック", "診療所"}, {"本学", "大学"},
            {"当協会", "協会"}, {"本協会", "協会"}, {"当財団", "財団"}, {"当組合", "組合"}, {"当機構", "機構"}, {"当事務所", "事務所"},
            {"本校", "高等学校", "中学校", "小学校", "学校", "高校"}, {"当校", "高等学校", "中学校", "小学校", "学校", "高校"}};

    /**
     * A notice that speaks as 当センター (or 本学, 当院, 当協会) and names a body of that kind only in passing (「発生場所:
     * 架空日本センター 事務局内」): that body is the one speaking (score 4, only when nothing else names a publisher). The first
     * such name counts, unless the text gives it a contractor's role or names it as one it reported to.
     */
    private static void selfKindNamed(NoticeText nt, List<Candidate> out) {
        String head = nt.text.length() > MENTION_WINDOW ? nt.text.substring(0, MENTION_WINDOW) : nt.text;
        for (String[] kind : SELF_KINDS) {
            if (!head.contains(kind[0])) {
                continue;
            }
            for (int k = 1; k < kind.length; k++) {
                int seen = 0;
                for (int at = head.indexOf(kind[k]); at >= 0 && seen++ < 10; at = head.indexOf(kind[k], at + 1)) {
                    int end = at + kind[k].length();
                    // (「当センター」 itself, not 「日本センター」.)
                    if (at > 0 && (head.charAt(at - 1) == '当' || head.charAt(at - 1) == '本') && (at == 1 || !Character.isIdeographic(head.charAt(at - 2)))) {
                        continue;
                    }
                    String name = nameEndingAt(nt, end);
                    if (name == null || name.length() < kind[k].length() + 2 || !plausibleName(nt, name, end) || namedAsVendor(nt, name)
                            || THIRD_PARTY_ROLE.matcher(nt.text.substring(end, Math.min(nt.text.length(), end + 24))).lookingAt()
                            || end < nt.text.length() && NAME_GOES_ON.matcher(String.valueOf(nt.text.charAt(end))).matches()) {
                        continue;
                    }
                    Sentence s = nt.sentenceAt(at);
                    out.add(new Candidate(name, 4, s == null ? name : s.text()));
                    return;
                }
            }
        }
    }

    /** A possible publisher with the score of the rule that found it and its evidence. */
    private record Candidate(String name, int score, String evidence) { }

    private static final int MENTION_WINDOW = 5000;
    private static final Pattern OPERATES = Pattern.compile("^が(運営|運用|管理|提供|開設)(する|している|しております)");
    /** 「県では」, 「本市は」, 「当社では」: a sentence the notice's own unnamed body opens as its subject. */
    private static final Pattern SELF_OPENS = Pattern.compile(
            "^\\s*(県|市|町|村|区|府|都|当\\p{IsHan}{1,3}|本\\p{IsHan}{1,2}|弊社)(で|に(おいて|おきまして))?は[、,]");

    /**
     * 「県では、…架空省が運営するポータルサイトに掲載し」: in a sentence the notice's own unnamed body opens, a body named as
     * the operator of a site or a service it uses is someone else, not the publisher.
     */
    private static boolean operatorBesideSelf(NoticeText nt, int start, int end) {
        if (!nt.text.startsWith("が", end) || !OPERATES.matcher(nt.text.substring(end, Math.min(nt.text.length(), end + 12))).lookingAt()) {
            return false;
        }
        Sentence s = nt.sentenceAt(start);
        return s != null && SELF_OPENS.matcher(s.text()).lookingAt();
    }
    private static final Pattern PUBLIC_BODY = Pattern.compile(
            "(都|道|府|県|市|町|村|区|大学|高等学校|中学校|小学校|学校|高校|高専|中学|幼稚園|保育園|保育所|こども園|図書館|博物館|美術館|"
                    + "病院|医院|クリニック|協会|組合|委員会|事務所|センター|財団|機構|"
                    // 「架空市民病院北分院は20日、」: a hospital's branch speaks for itself; 「架空県警察本部は10日、」
                    + "分院|警察本部|消防本部|"
                    // 「架空県後期高齢者医療広域連合は」, 「架空地区広域連合は」: a union of municipalities
                    + "広域連合|"
                    // 「架空準備会では、」, 「架空県医師会は」, 「日本架空学会は」: associations of members that end in 会
                    + "学会|医師会|士会|商工会|同窓会|後援会|準備会|自治会|町内会|"
                    // 「架空保健所において」: a prefecture's or city's health office or welfare consultation office
                    + "保健所|相談所|"
                    // 「架空町役場における…について」: the town hall stands for the town (OFFICE_BUILDING names it)
                    + "役場|役所|"
                    + "銀行|信用金庫|警察|警察署|消防局|局|庁|省|会議所|連合会|協議会|公社|研究所|学園|"
                    // 「架空栄養士連盟に外部からの通報があり」: a federation of members, as an association is
                    + "連盟|"
                    // 「架空県警は12日、」: news shortens a prefectural police to 県警, and 「架空市教委は」 a board of education to 教委
                    + "(?<=\\p{IsHan})(県警|府警|道警|教委))$");
    /** A category word alone (病院は…, 警察において…) names no one: the body it stands for is named elsewhere or not at all. */
    private static final Pattern GENERIC_BODY = Pattern.compile(
            // 「出身中学校」, 「出身大学」: a field of a record (where a pupil came from), not a body; 「町内小学校」: one of the
            // town's schools, unnamed
            "^(本|当|同|各|市内|県内|町内|村内|区内|都内|府内|道内|全|他|一部|所轄|管轄|地元|最寄り|出身|前籍|転出先|転入先|進学先|就職先)?(市立|区立|町立|村立|県立|都立|府立|道立|私立)?(都|道|府|県|市|町|村|区|大学|高等学校|中学校|小学校|学校|高校|中学|病院|医院|クリニック|協会|組合|保育所|保育園|幼稚園|図書館|"
                    + "委員会|教育委員会|事務所|保健所|児童相談所|相談所|センター|財団|機構|銀行|警察|警察署|県警|府警|消防局|局|庁|省|研究所|学園|市役所|役所|役場|会社|法人|"
                    + "社会福祉協議会|協議会|社協|教委|連盟|学会|医師会|士会|商工会|同窓会|後援会|準備会|自治会|町内会|"
                    // a company's desk, not a publisher: 「当社コールセンターに電話で連絡」
                    + "(コール|サポート|お客様|お客さま|カスタマー|問い?合わ?せ)センター)$");
    private static final Pattern ANNOUNCE_VERB = Pattern.compile("発表|公表|明らかに|謝罪|お詫び|報告し|公開し");
    /** 「架空課におきまして、…」: the polite におきまして opens a lead as において does. */
    private static final Pattern LEAD_PARTICLE = Pattern.compile("(は|では|において|におきまして|にて|によると|によりますと|が)");
    /**
     * A company's name as news writes it: opening with katakana or Latin letters (「架空テック」, 「ABCホールディングス」), or
     * two Latin initials before a kanji name (「XY北海」, as JR or NT open railway and telecom companies' names).
     */
    private static final Pattern COMPANY_WORD = Pattern.compile("[\\p{IsKatakana}A-Za-z][\\p{IsKatakana}ーA-Za-z0-9・&]{2,}[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9]{0,8}"
            + "|[A-Z]{2}\\p{IsHan}{1,6}");
    /** 「架空工業は3日、…と発表した」: a company news names by its kanji name, known by the trade word it ends in. */
    private static final Pattern KANJI_COMPANY = Pattern.compile(
            "\\p{IsHan}{1,8}(工業|電機|電気|電工|製作所|製薬|商事|物産|建設|運輸|物流|証券|生命|損保|電力|ガス|鉄道|交通|食品|化学|"
                    + "自動車|重工|興業|産業|通信|放送|新聞|出版|印刷|百貨店|商会|製菓|製紙|精機|工務店|技研|不動産)");
    private static final Pattern MUNICIPAL_DESK = Pattern.compile(
            "^(\\p{IsHan}{1,5}?[都道府県市町村])(\\p{IsHan}{1,4}区)?(役所|区役所|役場|庁)\\p{IsHan}{0,12}(課|部|室|係|センター)?$");
    private static final Pattern NOTIFIER_AS_CONTRACTOR = Pattern.compile("^[^。、]{1,20}?(様)?から(受託|委託を受け)");
    /**
     * 「サービスを提供する株式会社Aは2018年12月20日、」, 「事務を受託するA社は9日までに、」: what a news lead's subject provides
     * or takes on makes it no contractor of the notice: it is the one announcing.
     */
    private static final Pattern LEADS_AN_ANNOUNCEMENT = Pattern.compile(
            "^\\s*([(（][^()（）。]{1,20}[)）]\\s*)?は\\s*(\\d{4}\\s*年\\s*)?(\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日\\s*(\\([^)]{1,4}\\))?\\s*(までに)?\\s*[、,]");
    private static final Pattern LEAD_DATE_AFTER = Pattern.compile("^\\s*(\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日\\s*(\\([^)]{1,4}\\))?\\s*[、,]");
    /** 「大手旅行会社の」, 「通販サイトを運営する」, 「架空ホールディングスの子会社、」: news describes a company before naming it. */
    private static final Pattern NEWS_DESCRIPTOR = Pattern.compile("^[^。「」()は]{2,30}?(の|、|する|している)$");

    /** 「が20日発表した」, 「が20日に公表した」: the subject named right before the date and the announcing verb. */
    private static final Pattern DATE_THEN_ANNOUNCED = Pattern.compile("^\\s*(\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日\\s*(に|、)?\\s*(発表|公表)");

    /**
     * News names a company without its legal form as its source: opening the sentence with によると, or after the
     * reported clause as the subject of the announcing verb with its date (「…と、カクウ電機が20日発表した」).
     */
    private static boolean companyAsSource(String text, Sentence s, Matcher m, int nameStart) {
        String after = text.substring(s.start() + m.end(), Math.min(s.end(), s.start() + m.end() + 16));
        if (m.group(1).startsWith("によ")) {
            return text.substring(s.start(), nameStart).isBlank() && (after.startsWith("、") || after.startsWith(","));
        }
        return nameStart > s.start() + 1 && "、,".indexOf(text.charAt(nameStart - 1)) >= 0 && text.charAt(nameStart - 2) == 'と'
                && DATE_THEN_ANNOUNCED.matcher(after).lookingAt();
    }

    private static boolean newsDescriptorOrNothing(String opening) {
        return opening.isBlank() || opening.length() <= 31 && NEWS_DESCRIPTOR.matcher(opening.strip()).matches();
    }

    private static final Pattern NAME_GOES_ON = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー]");
    private static final Pattern MUNICIPAL_FACILITY = Pattern.compile("^(\\p{IsHan}{1,4}?[都道府県市町村区])(立)?\\p{IsHan}{2,}");
    /** 「架空県立北高」, 「架空市立南中」: a public school as news shortens it, its founder's 立 kept. */
    private static final Pattern SHORT_SCHOOL = Pattern.compile("^\\p{IsHan}{1,4}?[都道府県市町村区]立\\p{IsHan}{1,8}(高|中|小)$");
    private static final Pattern SHORT_STATION = Pattern.compile("^(\\p{IsHan}{1,6})署$");

    /** News shortens a police station to 「松江署」; the body is 松江警察署 (not 消防署 or 税務署, which keep their names). */
    static String policeStation(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = SHORT_STATION.matcher(name);
        // 「関係する部署において」: 部署 is a department, not a station.
        return m.matches() && !name.endsWith("警察署") && !name.endsWith("消防署") && !name.endsWith("税務署") && !name.endsWith("部署")
                ? m.group(1) + "警察署" : name;
    }
    /**
     * News shortens a university to 「A学院大」, 「B大」 (「A学院大は19日、…と発表した」): the body is A学院大学. Only a name of
     * three characters or more, and not a word ending in 大 (最大, 拡大, 重大).
     */
    static String university(String name) {
        return name != null && SHORT_UNIVERSITY.matcher(name).matches() && !NOT_A_UNIVERSITY.matcher(name).find() ? name + "学" : name;
    }

    private static final Pattern SHORT_UNIVERSITY = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー]{2,12}大$");
    private static final Pattern NOT_A_UNIVERSITY = Pattern.compile("(最|拡|増|重|巨|膨|多|甚|絶|強|過|寛|壮|莫|肥|遠|偉|尊|盛|長|粗|細|特|誇|極|広|倍|等身)大$");

    /** News shortens a social welfare council to 「A市社協」: the body is A市社会福祉協議会. */
    static String socialWelfareCouncil(String name) {
        return name != null && name.length() > 3 && name.endsWith("社協") && "市町村区県都府道".indexOf(name.charAt(name.length() - 3)) >= 0
                ? name.substring(0, name.length() - 2) + "社会福祉協議会" : name;
    }

    /**
     * News shortens a board of education to 「A市教委」, 「B県教委」. The publisher is named as the text names it: the short
     * form stays, unless the text also spells the same board out (「A市教育委員会」), which is then its name.
     */
    static String educationBoard(NoticeText nt, String name) {
        if (name == null || name.length() <= 3 || !name.endsWith("教委") || "市町村区県都府道".indexOf(name.charAt(name.length() - 3)) < 0) {
            return name;
        }
        String full = name.substring(0, name.length() - 2) + "教育委員会";
        return nt.text.contains(full) ? full : name;
    }

    private static final Pattern MUNICIPALITY_END = Pattern.compile("^\\p{IsHan}{2}[都道府県市町村区]$");
    private static final Pattern UNNAMED_FACILITY = Pattern.compile(
            "^(\\p{IsHan}{1,5}?[都道府県市町村区])立(小学校|中学校|高等学校|高校|義務教育学校|特別支援学校|学校|保育所|保育園|幼稚園|こども園)$");
    /**
     * 「架空県北市」, 「架空県みらい市」 (a municipality may be written in kana), and a municipality's own body after its
     * prefecture (「架空県北市教育委員会」): named without the prefecture.
     */
    private static final Pattern PREFECTURE_THEN_CITY = Pattern.compile(
            "^(北海道|東京都|大阪府|京都府|\\p{IsHan}{2,3}県)((?!の)[\\p{IsHan}\\p{IsHiragana}ケヶ]{1,8}[市町村区](教育委員会|教委|選挙管理委員会|消防本部|消防局|水道局)?)$");

    /** 「県によりますと」, 「府によると」: news gives the prefecture, by its kind alone, as its source (not 同県, 北県). */
    private static final Pattern PREFECTURE_AS_SOURCE = Pattern.compile("(?<![\\p{IsHan}\\p{IsKatakana}])(県|府)(によりますと|によると|によれば)");

    /** A desk of an unnamed body: 「福祉部架空課」, 「契約課」. */
    private static final Pattern DESK_ALONE = Pattern.compile("(課|係|室|班)$");

    /** The publisher a candidate's words name, after the rules that read a body out of them; null when no body is named. */
    private static String publisherNamed(NoticeText nt, String name) {
        // 「大分県架空市の民生委員が…。県によりますと、」: news that gives the prefecture, by its kind alone, as its source
        // reports the prefecture's release; the municipality in the name is only where it happened.
        Matcher inPrefecture = PREFECTURE_THEN_CITY.matcher(name);
        if (inPrefecture.matches() && inPrefecture.group(3) == null && Prefilter.find(PREFECTURE_AS_SOURCE, nt.text)) {
            return inPrefecture.group(1);
        }
        String organization = schoolsBoardSpeaking(nt, corporationAndItsFacility(withoutPrefecture(withoutDesk(name))), name);
        organization = shortBoardSpeaking(nt, organization);
        organization = spelledOutElsewhere(nt, organization);
        organization = universitySpelledOut(nt, organization);
        if (organization != null) {
            organization = FIELD_LABEL_BEFORE.matcher(organization).replaceFirst("");
        }
        if (organization != null && (organization.isEmpty() || NO_BODY_NAMED.matcher(organization).matches())) {
            return null;
        }
        return organization;
    }

    /** The score of the weakest rules' candidates: a body mentioned somewhere, a contact line's name. */
    private static final int WEAK = 3;

    /** The highest-scoring candidate that is not a contractor (the first of equals), or null. */
    private static Candidate best(NoticeText nt, List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            // The contractor that caused the incident is never the publisher of the principal's notice.
            // (A legal form alone, 「社会福祉法人では」, names no one.)
            if (best != null && best.score() >= c.score() || c.score() < 10 && namedAsVendor(nt, c.name())
                    || Prefilter.find(PROVIDED_BY, c.name()) || LEGAL_FORM_ONLY.matcher(c.name()).matches()) {
                continue;
            }
            best = c;
        }
        return best;
    }

    /** 「A株式会社は…と発表した」: a legal-form name followed by a report verb. */
    private static void announcedByLegalName(NoticeText nt, List<int[]> spans, List<String> names, List<Candidate> out) {
        for (int i = 0; i < spans.size(); i++) {
            String after = nt.text.substring(spans.get(i)[1], Math.min(nt.text.length(), spans.get(i)[1] + 130));
            if (ANNOUNCES.matcher(after).lookingAt()) {
                Sentence s = nt.sentenceAt(spans.get(i)[0]);
                out.add(new Candidate(names.get(i), 8, s == null ? names.get(i) : s.text()));
                return;
            }
        }
    }

    private static final Pattern SELF_THEN_NAME = Pattern.compile(
            "(当|本|弊)(社|院|学|校|市|町|村|区|県|組合|協会|会|法人|財団|機構|センター|金庫|庫|行|グループ|事務所|所)\\s*\\(\\s*([^()、。,\\s]{2,30})\\s*\\)");

    /**
     * The notice's first-person subject with its name in brackets, 「当社(架空精工株式会社)は」, 「当組合(架空信用組合)」: the
     * publisher names itself. 「当社(以下…)」 and a bracket that is no organisation (「当院(3階)」) name no one.
     */
    private static void selfNamedInBrackets(NoticeText nt, List<Candidate> out) {
        Matcher m = SELF_THEN_NAME.matcher(nt.text);
        int tries = 0;
        while (m.find() && tries++ < 10) {
            String name = m.group(3);
            if (name.startsWith("以下") || !(Prefilter.find(LEGAL_FORM, name) && !LEGAL_FORM_ONLY.matcher(name).matches()
                    || Prefilter.find(ORG_SUFFIX, name))) {
                continue;
            }
            Sentence s = nt.sentenceAt(m.start());
            out.add(new Candidate(name, 9, s == null ? name : s.text()));
            return;
        }
    }

    /** 「…に関するお詫び(架空堂)」: an apology's or a notice's subject signed in brackets with the sender's name. */
    private static final Pattern SIGNED_SUBJECT = Pattern.compile(
            "(お詫び|おわび|お知らせ|ご報告|ご案内)[(（]([\\p{IsHan}\\p{IsKatakana}ー・A-Za-z&]{2,20})[)）]");
    private static final Pattern NOT_A_SIGNER = Pattern.compile("報|更新|追記|訂正|重要|概要|詳細|再掲|最終|様|各位|会員|お客|一覧|要旨|全文|別紙|資料");

    /**
     * The subject line of the apology mail or letter signed with the sender's name in brackets (「件名:…漏洩に関するお詫び
     * (架空堂)」), a name the text uses again (「架空堂オンラインショップ」): the shop or body that sends it.
     */
    private static void signedSubject(NoticeText nt, List<Candidate> out) {
        String text = nt.text;
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            return;
        }
        Matcher m = SIGNED_SUBJECT.matcher(text);
        int tries = 0;
        while (m.find() && tries++ < 5) {
            String name = m.group(2);
            int first = text.indexOf(name);
            if (Prefilter.find(NOT_A_SIGNER, name) || first == m.start(2) && text.indexOf(name, m.end()) < 0) {
                continue;
            }
            Sentence s = nt.sentenceAt(m.start());
            out.add(new Candidate(name, 5, s == null ? name : s.text()));
            return;
        }
    }

    /** 「このページは架空市健康福祉部架空課が担当しています」: a municipal page's footer naming the desk that keeps it. */
    private static final Pattern PAGE_KEPT_BY = Pattern.compile(
            "このページ(の情報|の内容)?は[、,]?\\s*([\\p{IsHan}\\p{IsKatakana}ーヶケ・]{3,30}?)\\s*が(担当|管理|作成|掲載|発信)(して|し)(い|お)(ます|ります)");

    /** 「架空大学同窓生の皆様へ」: a salutation to a body's own members, by the body's name and who they are to it. */
    private static final Pattern OWN_MEMBERS_ADDRESSED = Pattern.compile(
            "^([\\p{IsHan}\\p{IsKatakana}ー]{1,16}(大学|学園|高等学校|高校|中学校|小学校|学校|病院|医院|協会|組合))"
                    + "(同窓生|卒業生|在学生|学生|生徒|会員|組合員|患者|保護者)(の)?(皆様|皆さま|各位)(へ)?$");

    /**
     * 「架空大学同窓生の皆様へ」 over a notice that speaks as 本学 (「本学同窓生…名分の個人情報を」): the body whose own members
     * it addresses, and which speaks of itself by its kind, publishes (score 5).
     */
    private static void ownMembersAddressed(NoticeText nt, List<Candidate> out) {
        for (NoticeText.Line line : nt.headLines(12)) {
            String t = line.text().strip();
            if (t.endsWith("へ") || t.endsWith("様") || t.endsWith("さま") || t.endsWith("各位")) {
                Matcher m = OWN_MEMBERS_ADDRESSED.matcher(t);
                if (m.matches() && nt.text.contains(selfWordFor(m.group(2)) + m.group(3)) && !GENERIC_BODY.matcher(m.group(1)).matches()) {
                    out.add(new Candidate(m.group(1), 5, t));
                    return;
                }
            }
        }
    }

    /** How a body of this kind speaks of itself: 本学 for a university, 本校 for a school, 当院 for a hospital, 本会 otherwise. */
    private static String selfWordFor(String kind) {
        return switch (kind) {
            case "大学", "学園" -> "本学";
            case "高等学校", "高校", "中学校", "小学校", "学校" -> "本校";
            case "病院", "医院" -> "当院";
            default -> "本会";
        };
    }

    /** 「ホーム > 架空県記者発表資料 > …」: a page filed under a public body's own series of press releases. */
    private static final Pattern PRESS_SERIES = Pattern.compile(
            "(?:^|>)\\s*(\\p{IsHan}{1,6}?[都道府県市町村区])(記者発表資料|報道発表資料|記者発表|報道発表|報道資料)\\s*(?:>|$)");

    /**
     * A press page whose breadcrumb or heading files it under a public body's press releases (「ホーム > 架空県記者発表資料 >
     * …」) while its text says only 県 or 市: that body publishes, when nothing stronger names one (score 5).
     */
    private static void pressSeries(NoticeText nt, List<Candidate> out) {
        for (NoticeText.Line line : nt.headLines(12)) {
            String t = line.text().strip();
            if (t.contains("発表") || t.contains("報道資料")) {
                Matcher m = PRESS_SERIES.matcher(t);
                if (m.find() && !GENERIC_BODY.matcher(m.group(1)).matches() && !SELF_REFERENCE.matcher(m.group(1)).lookingAt()) {
                    out.add(new Candidate(m.group(1), 5, t));
                    return;
                }
            }
        }
    }

    /** 「架空市…」 or 「…架空課」: the footer names a municipality or a desk, not a person or a system. */
    private static final Pattern PUBLIC_BODY_OR_DESK = Pattern.compile("^\\p{IsHan}{1,5}?[都道府県市町村区]|(課|室|係|局|センター|事務所)$");

    private static void pageKeptBy(NoticeText nt, List<Candidate> out) {
        int at = nt.text.indexOf("このページ");
        if (at < 0) {
            return;
        }
        Matcher m = PAGE_KEPT_BY.matcher(nt.text);
        if (m.find(at) && Prefilter.find(PUBLIC_BODY_OR_DESK, m.group(2)) && !GENERIC_BODY.matcher(m.group(2)).matches()) {
            out.add(new Candidate(m.group(2), 5, m.group()));
        }
    }

    /** 「(株式会社A提供)」: a name run that ends in what the company provided or made names a vendor's product. */
    private static final Pattern PROVIDED_BY = Pattern.compile("(" + LEGAL_FORMS + ").*(提供|製|開発|販売)$");
    private static final Pattern HEAD_OF_BODY = Pattern.compile(
            "^(\\p{IsHan}{1,5}?[市町村区])長\\s+\\p{IsHan}{1,4}\\s?\\p{IsHan}{1,4}$|^(\\p{IsHan}{1,3}?[都道府県])知事\\s+\\p{IsHan}{1,4}\\s?\\p{IsHan}{1,4}$");

    /**
     * 「架空県立南高等学校長」, 「架空市教育委員会教育長 架空太郎」: a school's or a board's head, alone on a line (a letter's
     * sender block), stands for the school or the board.
     */
    private static final Pattern HEAD_OF_SCHOOL_OR_BOARD = Pattern.compile(
            "^(\\p{IsHan}{1,12}?(高等学校|中学校|小学校|義務教育学校|中等教育学校|特別支援学校)|\\p{IsHan}{1,6}?[都道府県市町村区]教育委員会)"
                    + "(長|教育長)(\\s+\\p{IsHan}{1,4}\\s?\\p{IsHan}{1,4})?$");

    /**
     * A line with only the head of a municipality and a name, 「架空市長 山田 太郎」 over a mayor's apology: the
     * municipality is the publisher. The line may stand anywhere (a message from the mayor often opens the notice).
     */
    private static void headOfBodyLine(NoticeText nt, List<Candidate> out) {
        int seen = 0;
        for (NoticeText.Line line : nt.lines) {
            String t = line.text().strip();
            if (t.isEmpty() || t.length() > 20 || seen++ > 60) {
                continue;
            }
            Matcher m = HEAD_OF_BODY.matcher(t);
            if (m.matches()) {
                out.add(new Candidate(m.group(1) != null ? m.group(1) : m.group(2), 6, t));
                return;
            }
            Matcher head = t.indexOf('長') > 0 ? HEAD_OF_SCHOOL_OR_BOARD.matcher(t) : null;
            if (head != null && head.matches()) {
                out.add(new Candidate(head.group(1), 6, t));
                return;
            }
        }
    }

    /**
     * A letter's header names the addressee (「お客様各位」, 「関係者御中」) and under it the sender: a short name line right
     * under the addressee, with no body word (「北浜フーズ」), is the sender when a head line or the title follows it.
     */
    private static String senderUnderAddressee(NoticeText nt, NoticeText.Line line) {
        String t = line.text().strip();
        String above = nt.previousLineText(line.index()).strip();
        // (「架空県立南高等学校長」: a head signs for the body, read by the head-of-body rules.)
        if (!(above.endsWith("各位") || above.endsWith("御中")) || t.length() < 2 || t.length() > 20 || t.indexOf(' ') >= 0 || t.endsWith("長")
                || !NAME_LINE.matcher(t).matches() || Prefilter.find(NOT_ORG_LINE, t) || DATE_LINE.matcher(t).matches()
                || GENERIC_BODY.matcher(t).matches() || SELF_REFERENCE.matcher(t).lookingAt()) {
            return null;
        }
        for (int j = line.index() + 1; j < nt.lines.size(); j++) {
            String below = nt.lines.get(j).text().strip();
            if (!below.isEmpty()) {
                return HEAD_LINE.matcher(below).matches() || !below.contains("。") && Prefilter.find(TITLE_WORDS, below) ? t : null;
            }
        }
        return null;
    }

    /** A body, then its head's title and the head's name on the same line (「架空町教育委員会 教育長 山田 太郎」). */
    private static final Pattern BODY_THEN_HEAD = Pattern.compile(
            "^(\\S.{1,40}?)\\s+(代表取締役(社長|会長)?|取締役社長|代表執行役(社長)?|代表理事(長)?|理事長|会長|社長|院長|病院長|学長|総長|校長|園長|館長|所長"
                    + "|教育長|市長|町長|村長|区長|知事|支部長|事務局長|組合長|センター長|代表)(\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}){1,4}$");

    /** 「代表取締役社長 架空太郎」, 「理事長 架空花子」: the line under a signature's name gives its head and the head's name. */
    private static final Pattern HEAD_LINE = Pattern.compile(
            "^(代表取締役(社長|会長)?|取締役社長|代表理事|代表社員|理事長|会長|社長|院長|病院長|学長|校長|園長|館長|所長|店長|組合長|支部長|事務局長|代表)"
                    + "\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}(\\s?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6})?$");

    /**
     * A signature's name line that ends in no kind of body (「カクウ電機」) is known by the line under it, which names the
     * body's head and the head's name (「代表取締役社長 架空太郎」): the letter is signed by that body.
     */
    private static String nameAboveItsHead(NoticeText nt, int index) {
        String t = nt.lines.get(index).text().strip();
        // (A name spaced from a branch, 「カクウ薬局 北浜店」, is read by the rules for a name line.)
        if (t.length() < 2 || t.length() > 25 || t.indexOf(' ') >= 0 || !NAME_LINE.matcher(t).matches() || Prefilter.find(NOT_ORG_LINE, t)
                || DATE_LINE.matcher(t).matches() || GENERIC_BODY.matcher(t).matches() || SELF_REFERENCE.matcher(t).lookingAt()) {
            return null;
        }
        for (int j = index + 1; j < nt.lines.size(); j++) {
            String below = nt.lines.get(j).text().strip();
            if (!below.isEmpty()) {
                return HEAD_LINE.matcher(below).matches() ? t : null;
            }
        }
        return null;
    }

    /** The signature block: an organisation alone on one of the last lines. */
    private static void signatureLine(NoticeText nt, List<Candidate> out) {
        int count = 0;
        for (int i = nt.lines.size() - 1; i >= 0 && count < 8; i--) {
            NoticeText.Line line = nt.lines.get(i);
            if (line.text().isBlank()) {
                continue;
            }
            count++;
            if (underPlaceOrRoleHeading(nt, line)) {
                continue;
            }
            String name = orgOnLine(nt, line);
            if (name == null) {
                name = nameAboveItsHead(nt, i);
            }
            if (name != null) {
                // A contact block (「このページに関するお問い合わせ」) names the desk that answers, which may be a parent body
                // or another office: below the lead's subject, above a mere mention.
                String above = nt.previousLineText(line.index()).strip();
                boolean contact = line.section() == Section.CONTACT
                        || above.length() <= 24 && !above.contains("。") && Prefilter.find(CONTACT_LABEL, above);
                out.add(new Candidate(name, contact ? 3 : 7, line.text().strip()));
                return;
            }
        }
    }

    /**
     * The subject of the lead sentences: 「A市は8日、…と発表した」, 「B病院において…」, 「C大学は…」. The name is the run of
     * noun tokens before the particle and must end like a public body or carry a legal form.
     */
    private static void leadSubject(NoticeText nt, List<Candidate> out) {
        int looked = 0;
        Candidate deskLead = null;
        for (Sentence s : nt.sentences) {
            if (looked >= 6) {
                break;
            }
            if (s.text().length() < 15 || !s.factual()) {
                continue;
            }
            looked++;
            Matcher m = LEAD_PARTICLE.matcher(s.text());
            boolean announces = Prefilter.find(ANNOUNCE_VERB, s.text());
            // The announcing verb may close the next, short sentence (「…が攻撃を受けた。…可能性があると発表した」).
            boolean announcedSoon = announces || nt.announcedRightAfter(s);
            int tries = 0;
            while (m.find() && tries++ < 3) {
                if (m.group(1).equals("が") && !announces) {
                    // 「架空市福祉協議会が架空市から受託しております…事業において」: the notifier names itself as the contractor.
                    int gaAt = s.start() + m.start();
                    String notifier = nameEndingAt(nt, gaAt);
                    if (plausibleName(nt, notifier, gaAt) && Prefilter.find(PUBLIC_BODY, notifier)
                            && nt.text.substring(s.start(), gaAt - notifier.length()).isBlank()
                            && NOTIFIER_AS_CONTRACTOR.matcher(nt.text.substring(gaAt + 1, Math.min(s.end(), gaAt + 40))).lookingAt()) {
                        out.add(new Candidate(notifier, 6, s.text()));
                        return;
                    }
                    // 「架空県・北浜市の架空信用金庫が、…を紛失していたことが分かった」: news opens on the body whose lapse came to light.
                    if (m.start() <= 40 && plausibleName(nt, notifier, gaAt) && CAME_TO_LIGHT.matcher(s.text()).find()
                            && (Prefilter.find(PUBLIC_BODY, notifier) || Prefilter.find(LEGAL_FORM, notifier) && !LEGAL_FORM_ONLY.matcher(notifier).matches())
                            && newsDescriptorOrNothing(nt.text.substring(s.start(), gaAt - notifier.length())) && !namedAsVendor(nt, notifier)) {
                        out.add(new Candidate(notifier, 7, s.text()));
                        return;
                    }
                    continue; // 「A署が15日、…と発表した」: が marks the subject only in an announcing lead
                }
                int at = s.start() + m.start();
                // 「A市総合屋内プール(愛称)において」: the name stands before its bracketed alias; news puts the place there,
                // spaced or not (「A病院 (B市C町) は9日、」).
                int closeAt = at;
                while (closeAt > s.start() && nt.text.charAt(closeAt - 1) == ' ') {
                    closeAt--;
                }
                if (closeAt > 0 && nt.text.charAt(closeAt - 1) == ')') {
                    int open = nt.text.lastIndexOf('(', closeAt - 1);
                    if (open > s.start() && closeAt - open <= 30) {
                        at = open;
                        while (at > s.start() && nt.text.charAt(at - 1) == ' ') {
                            at--;
                        }
                    }
                }
                // 「…を担う「架空水道サービス局」は9月3日、」: a name in quotation brackets before the particle.
                if (at > 0 && nt.text.charAt(at - 1) == '」') {
                    int open = nt.text.lastIndexOf('「', at - 1);
                    String quoted = open > s.start() && at - open <= 32 ? nt.text.substring(open + 1, at - 1) : null;
                    if (quoted != null && announcedSoon && m.group(1).equals("は") && Prefilter.find(PUBLIC_BODY, quoted)
                            && plausibleName(nt, quoted, at - 1)) {
                        out.add(new Candidate(quoted, 8, s.text()));
                        return;
                    }
                }
                String name = socialWelfareCouncil(educationBoard(nt, policeStation(nameEndingAt(nt, at))));
                if (announcedSoon) {
                    name = university(name);
                }
                // 「架空県立大学の事務局において」: a desk alone stands for the body named before の.
                // 「北浜村の保健センターは」: a unit named by common nouns alone stands for it too.
                if (name != null && (DESK_ONLY.matcher(name).matches() || UNIT_KIND.matcher(name).find() && commonNounsOnly(nt, at - name.length(), at)) && at - name.length() > 1
                        && nt.text.charAt(at - name.length() - 1) == 'の') {
                    String body = nameEndingAt(nt, at - name.length() - 1);
                    if (body != null && Prefilter.find(PUBLIC_BODY, body)) {
                        name = body;
                    }
                }
                // 「架空市北区役所福祉課(生活支援)において」: a municipality's office or desk stands for the municipality.
                Matcher desk = name == null ? null : MUNICIPAL_DESK.matcher(name);
                if (desk != null && desk.matches()) {
                    name = desk.group(1);
                }
                if (plausibleName(nt, name, at) && !(Prefilter.find(PUBLIC_BODY, name) || Prefilter.find(LEGAL_FORM, name))) {
                    // 「A市総合屋内プールにおいて指定管理者である…」: the municipality owns the facility its manager runs.
                    Matcher facility = MUNICIPAL_FACILITY.matcher(name);
                    if (facility.lookingAt() && s.text().contains("指定管理者")) {
                        out.add(new Candidate(facility.group(1), 5, s.text()));
                        return;
                    }
                }
                if (announcedSoon && m.group(1).equals("は") && plausibleName(nt, name, at)
                        && (COMPANY_WORD.matcher(name).matches() || KANJI_COMPANY.matcher(name).matches() || headlineOpensWith(nt, name))
                        && newsDescriptorOrNothing(nt.text.substring(s.start(), at - name.length()))
                        && LEAD_DATE_AFTER.matcher(nt.text.substring(s.start() + m.end(), Math.min(s.end(), s.start() + m.end() + 20))).lookingAt()) {
                    // 「架空テックは10月2日、…と発表した」: a news lead names a company without its legal form.
                    out.add(new Candidate(name, 7, s.text()));
                    return;
                }
                if (name != null && (m.group(1).equals("が") && announces || m.group(1).startsWith("によ")) && plausibleName(nt, name, at)
                        && (COMPANY_WORD.matcher(name).matches() || KANJI_COMPANY.matcher(name).matches())
                        && companyAsSource(nt.text, s, m, at - name.length())) {
                    // 「…と、カクウ電機が20日発表した」, 「カクウ電機によると、」: news gives the company as its source.
                    out.add(new Candidate(name, m.group(1).equals("が") ? 7 : 6, s.text()));
                    return;
                }
                // 「架空課窓口において…」: the department's counter stands for the department.
                String lead = name != null && name.endsWith("窓口") ? name.substring(0, name.length() - 2) : name;
                if (deskLead == null && !m.group(1).equals("は") && !m.group(1).startsWith("によ") && lead != null && lead.length() >= 3
                        && DEPARTMENT_IN_LEAD.matcher(lead).find() && plausibleName(nt, lead, at - (name.length() - lead.length()))
                        && at - name.length() >= s.start()) {
                    String opening = nt.text.substring(s.start(), at - name.length());
                    if (LEAD_OPENING.matcher(opening).matches()) {
                        // 「架空部企画課において行っている…」: a department opening the lead, kept in case no body is named.
                        deskLead = new Candidate(lead, 4, s.text());
                    } else if (KANA_DEPARTMENT_OPENING.matcher(opening).matches() && !Prefilter.find(NOT_A_DEPARTMENT_OPENING, opening)) {
                        // 「くらしの安全課において」: a department whose name opens in hiragana, which Kuromoji reads as words of its own.
                        deskLead = new Candidate(opening + lead, 4, s.text());
                    }
                }
                if (announcedSoon && m.group(1).equals("は") && name != null && SHORT_SCHOOL.matcher(name).matches()
                        && plausibleName(nt, name, at)
                        && LEAD_DATE_AFTER.matcher(nt.text.substring(s.start() + m.end(), Math.min(s.end(), s.start() + m.end() + 20))).lookingAt()) {
                    // 「架空県立北高(架空市…)は20日、…と発表した」: news shortens a public school to 高, 中 or 小.
                    out.add(new Candidate(name, 8, s.text()));
                    return;
                }
                if (!plausibleName(nt, name, at) || !(Prefilter.find(PUBLIC_BODY, name) || Prefilter.find(LEGAL_FORM, name))
                        || operatorBesideSelf(nt, at - name.length(), at)) {
                    continue;
                }
                // 「医療法人架空会 架空クリニックは」: the legal person running it, spaced before the facility, opens the name.
                int nameStart = at - name.length(); // (the rules above may have named a body other than the words read)
                Matcher runBy = nameStart > s.start() && nt.text.startsWith(name, nameStart) && !Prefilter.find(LEGAL_FORM, name)
                        ? RUNNING_BODY_OPENS.matcher(nt.text.substring(s.start(), nameStart)) : null;
                if (runBy != null && runBy.matches()) {
                    name = runBy.group(1) + " " + name;
                }
                out.add(new Candidate(name, announces && (m.group(1).equals("は") || m.group(1).equals("が")) ? 8
                        : 6 - Math.min(looked - 1, 2), s.text()));
                return;
            }
        }
        if (deskLead != null) {
            out.add(deskLead);
            return;
        }
        titleDepartment(nt, out);
    }

    /**
     * 「同薬局を運営する架空会によれば、」, 「病院を運営する架空会は20日、」: news gives the body that runs the facility as its
     * source; it speaks for the facility the lead named (the parent, as for a contractor's role, see RUNS_AN_INSTITUTION).
     */
    private static final Pattern OPERATOR_AS_SOURCE = Pattern.compile(
            "を(運営|経営|開設)(する|している)\\s*([\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]{2,20}?(会|法人|会社|財団|学園|機構|組合))"
                    + "(によれば|によると|によりますと|は\\s*\\d{1,2}\\s*日)");

    private static void operatorAsSource(NoticeText nt, List<Candidate> out) {
        Prefilter.Scan m = Prefilter.scan(OPERATOR_AS_SOURCE, nt.text);
        if (!m.find()) {
            return;
        }
        String name = nameEndingAt(nt, m.end(3));
        Sentence s = nt.sentenceAt(m.start());
        if (name != null && name.endsWith(m.group(3)) && plausibleName(nt, name, m.end(3)) && s != null && s.factual()) {
            // above the facility the lead names (6 at most), below a body the lead names as announcing (8)
            out.add(new Candidate(name, 7, s.text()));
        }
    }

    /** A legal person's name alone, then a space, opening the lead before the facility it runs. */
    private static final Pattern RUNNING_BODY_OPENS = Pattern.compile("^\\s*((?:" + LEGAL_FORMS + ")[^\\s、。]{1,20})\\s+$");

    /** 「…ことが分かった」, 「…ことが明らかになった」: a news lead's sentence closing on what came to light. */
    private static final Pattern CAME_TO_LIGHT = Pattern.compile("こと(が|を)?[、,]?\\s*(\\d{1,2}\\s*日\\s*[、,]?\\s*)?(分か|わか|判明|明らかにな)(った|りました|しました|した)[。.]?\\s*$");

    /** A unit of a body by its kind (a centre, a library, an office), not a school or a hospital, which carry names. */
    private static final Pattern UNIT_KIND = Pattern.compile("^[^立]{0,8}(センター|図書館|公民館|事務局|本部|支所|出張所|保健所|窓口|分室)$");

    /**
     * Whether the text between {@code start} and {@code end} is made of common nouns only (保健センター, 図書館, 事務局):
     * a kind of unit, not a name of its own (no proper noun, no unknown word, no Latin letters).
     */
    private static boolean commonNounsOnly(NoticeText nt, int start, int end) {
        if (start < 0 || end <= start) {
            return false;
        }
        boolean any = false;
        for (Token t : nt.lineTokens(start).tokens()) {
            if (t.end() <= start || t.start() >= end) {
                continue;
            }
            if (t.start() < start || t.end() > end || !t.pos().startsWith("名詞-一般") && !t.pos().startsWith("名詞-サ変接続")
                    && !t.pos().startsWith("名詞-接尾-一般") || t.surface().chars().anyMatch(c -> c < 0x80)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** 「発表日:2030年5月15日」, 「資料提供日 …」, 「2030年5月15日発表」: a press page's release-date line. */
    private static final Pattern RELEASE_DATE_LINE = Pattern.compile(
            "^(報道)?(発表|公表|提供|資料提供)(日|日時|年月日)\\s*[:：]?\\s*\\S{0,4}\\d|^\\S{0,6}\\d{1,4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(発表|公表)$");
    /** 「健康福祉部架空課」 alone: a department of a body under its 部, as a press page prints it under the release date. */
    private static final Pattern PRESS_DEPARTMENT = Pattern.compile(
            "^\\p{IsHan}{2,8}部\\p{IsHan}{2,10}(課|室)$"
                    // 「健康福祉局」, 「環境局環境保全課」, 「教育庁」: a bureau of a city or a prefecture, alone or with its desk
                    + "|^\\p{IsHan}{2,10}(局|庁)(\\p{IsHan}{1,12}(部|課|室))?$");

    /**
     * A press page prints the department that releases it alone on the line under its release date (「発表日:…」 then
     * 「健康福祉部架空課」), without a 担当 label: that desk publishes, above a facility the lead names with において, below a
     * body the lead names as announcing (the department's body, when the text names it).
     */
    private static Candidate departmentUnderReleaseDate(NoticeText nt, NoticeText.Line line, String t) {
        if (!PRESS_DEPARTMENT.matcher(t).matches() || line.index() == 0) {
            return null;
        }
        String above = nt.previousLineText(line.index(), 3).strip();
        // A bare date line at the page's top (「令和7年5月15日」 then the bureau) is its release date too.
        boolean bareDate = DATE_LINE.matcher(above).matches() && above.indexOf('日') > 0 && line.index() <= 6;
        if (!RELEASE_DATE_LINE.matcher(above).lookingAt() && !bareDate || GENERIC_BODY.matcher(t).matches() || SELF_REFERENCE.matcher(t).lookingAt()) {
            return null;
        }
        return new Candidate(t, 7, t);
    }

    /**
     * 「発表日:2030年5月15日 架空局」, 「2030年5月15日 保健福祉局健康課」: a press page's release-date line that goes on, after a
     * space, to the bureau or desk that releases it (a bureau of a body that the page names only in its address).
     */
    private static final Pattern RELEASE_DATE_THEN_DESK = Pattern.compile(
            "^(?:(?:記者|報道)発表資料|報道資料|プレスリリース)?\\s*(?:(?:報道)?(?:発表|公表|提供|資料提供|掲載)(?:日|日時|年月日)\\s*:?\\s*)?"
                    + "(?:\\d{4}\\s*年|令和\\s*(?:\\d{1,2}|元)\\s*年)\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:\\([^)]{1,4}\\))?\\s+"
                    + "(\\p{IsHan}[\\p{IsHan}ー・ヶケ]{1,24}(?:局|庁|部|課|室|本部|センター|事務所))$");

    private static Candidate deskOnReleaseDateLine(String t) {
        Matcher m = RELEASE_DATE_THEN_DESK.matcher(t);
        if (!m.matches() || GENERIC_BODY.matcher(m.group(1)).matches() || SELF_REFERENCE.matcher(m.group(1)).lookingAt()) {
            return null;
        }
        return new Candidate(m.group(1), 7, t);
    }

    /** 「…について | 架空市」, 「…のお詫び - 架空大学」: a page's title, a separator, then the name of the site. */
    private static final Pattern TITLE_THEN_SITE = Pattern.compile("^(.{4,80}?)\\s*(?:\\||\\s[-–—/]\\s|[–—])\\s*([^|–—]{2,40})$");
    /** 「…の漏えいについて 2024年6月9日 架空県」: a title, the day it was given out, then who gave it out. */
    private static final Pattern TITLE_DATE_THEN_NAME = Pattern.compile(
            "^(.{4,80}?)\\s+(?:\\d{4}|令和\\s*(?:\\d{1,2}|元))\\s*[/.年]\\s*\\d{1,2}\\s*[/.月]\\s*\\d{1,2}\\s*日?\\s+([^\\s|]{2,40})$");
    private static final Pattern SITE_WORDS = Pattern.compile(
            "\\s*(公式)?(ホームページ|ウェブサイト|Webサイト|WEBサイト|webサイト|サイト|HP|オフィシャルサイト|トップページ)$");
    /** A news site's or a broadcaster's name after a separator is the press, never the publisher. */
    private static final Pattern PRESS_NAME = Pattern.compile("新聞|放送|テレビ|TV|ニュース|NEWS|News|通信|タイムス|タイムズ|日報|新報|民報|事件簿|ブログ");
    private static final Pattern INCIDENT_TITLE = Pattern.compile("お知らせ|お詫び|おわび|ご報告|について|に関する|漏えい|漏洩|流出|紛失|誤送|誤送付|誤配|不正アクセス|盗難");

    /**
     * The site's name a page's title line closes on (「個人情報を含む書類の紛失について | 架空市」, 「…のお詫び - 架空大学」), or
     * the body named after the title's date (「…について 2024年6月9日 架空県」), when
     * it reads as a body (a legal form, or an ending such as 市, 大学, 病院) and the part before it reads as a notice's title.
     */
    static String siteNameBesideTitle(String t) {
        if (t.indexOf('>') > 0 && !t.contains("。")) {
            // 「架空市トップ > 市政 > 報道発表 > …」: a breadcrumb whose first crumb is the site's home, named after its body.
            String root = SITE_WORDS.matcher(t.substring(0, t.indexOf('>')).strip().replaceFirst("(トップ|ホーム|TOP|Top)$", "")).replaceFirst("").strip();
            if (root.length() >= 2 && t.indexOf('>', t.indexOf('>') + 1) > 0 && NAME_LINE.matcher(root).matches() && !Prefilter.find(PRESS_NAME, root)
                    && !GENERIC_BODY.matcher(root).matches() && !SELF_REFERENCE.matcher(root).lookingAt() && !Prefilter.find(NOT_ORG_LINE, root)
                    && (Prefilter.find(LEGAL_FORM, root) && !LEGAL_FORM_ONLY.matcher(root).matches() || Prefilter.find(ORG_SUFFIX, root))) {
                return root;
            }
            return null;
        }
        if (t.length() > 120 || t.contains("。")) {
            return null;
        }
        Matcher m = TITLE_DATE_THEN_NAME.matcher(t);
        if (!m.matches()) {
            if (t.indexOf('|') < 0 && t.indexOf(" - ") < 0 && t.indexOf(" / ") < 0 && t.indexOf('–') < 0 && t.indexOf('—') < 0) {
                return null;
            }
            m = TITLE_THEN_SITE.matcher(t);
        }
        if (!m.matches() || !Prefilter.find(INCIDENT_TITLE, m.group(1))) {
            return null;
        }
        String site = SITE_WORDS.matcher(m.group(2).strip()).replaceFirst("").strip();
        if (site.length() < 2 || Prefilter.find(PRESS_NAME, site) || Prefilter.find(INCIDENT_TITLE, site) || !NAME_LINE.matcher(site).matches()
                || GENERIC_BODY.matcher(site).matches() || SELF_REFERENCE.matcher(site).lookingAt() || Prefilter.find(NOT_ORG_LINE, site)) {
            return null;
        }
        boolean legal = Prefilter.find(LEGAL_FORM, site) && !LEGAL_FORM_ONLY.matcher(site).matches();
        return legal || Prefilter.find(ORG_SUFFIX, site.replace(" ", "")) ? site : null;
    }

    /**
     * What may open a lead before its department: 「この度、」, and the day it happened with its weekday and time
     * (「令和7年5月1日(木曜日)午後3時頃、」, 「5月1日に、」).
     */
    private static final Pattern LEAD_OPENING = Pattern.compile("\\s*((この|今)(度|たび|般)[、,]\\s*)?"
            + "(((令和|平成)\\s*(\\d{1,2}|元)\\s*年|\\d{4}\\s*年)?\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(\\([^)]{1,4}\\))?\\s*(午前|午後)?"
            + "\\s*(\\d{1,2}\\s*時(\\s*\\d{1,2}\\s*分)?\\s*(頃|ごろ)?)?\\s*(に)?[、,]\\s*)?");
    /** A department or a desk that opens a lead (「架空部企画課において」) and names no body. */
    private static final Pattern DEPARTMENT_IN_LEAD = Pattern.compile("\\p{IsHan}(課|室)$");
    /** 「くらしの安全課」, 「こども未来課」: the hiragana a department's name opens with, glued to the rest of it. */
    private static final Pattern KANA_DEPARTMENT_OPENING = Pattern.compile("[\\u3041-\\u3096]{2,6}");
    private static final Pattern NOT_A_DEPARTMENT_OPENING = Pattern.compile(
            "^(この|その|あの|これ|それ|また|なお|さて|まず|では|ただ|さらに|しかし|ところ|あわせて|あらためて|すでに|いずれ|おって|ほか)");
    /** 「架空課における書類の誤送付について」: a title line opened by the department the notice is from. */
    private static final Pattern TITLE_DEPARTMENT = Pattern.compile("^([\\p{IsHan}・]{2,16}?(課|室))(における|での|において)");
    /**
     * 「障がい福祉課における…」, 「こども家庭課における…」: a department whose name holds a run of hiragana (at its start or
     * inside), which is no particle (の, から, での… would join two words, not spell one).
     */
    private static final Pattern TITLE_KANA_DEPARTMENT = Pattern.compile(
            "^((?:[\\u3041-\\u3096]{2,4}|\\p{IsHan}{1,6}(?![からでにへとまな]{2})[\\u3041-\\u3096]{2,4})\\p{IsHan}{1,8}(課|室))(における|での|において)");

    /**
     * A page that names no body but opens its title with a department (「架空課における書類の誤送付について」): the department
     * publishes (a prefecture's or city's own page, whose name stands only in its address).
     */
    private static void titleDepartment(NoticeText nt, List<Candidate> out) {
        for (NoticeText.Line line : nt.headLines(3)) {
            String t = line.text().strip();
            Matcher m = TITLE_DEPARTMENT.matcher(t);
            if (!m.lookingAt()) {
                m = TITLE_KANA_DEPARTMENT.matcher(t);
            }
            if (m.lookingAt() && !t.contains("。") && plausibleName(nt, m.group(1), line.start() + line.text().indexOf(m.group(1)) + m.group(1).length())) {
                out.add(new Candidate(m.group(1), 4, t));
                return;
            }
        }
    }

    /** 「【お詫び】架空商事株式会社における…について」, 「架空町社会福祉協議会での…の紛失について」: a title opened by a body. */
    private static final Pattern TITLE_SUBJECT = Pattern.compile("^(?:【[^】]{1,12}】)?\\s*([^\\s、。「」()]{3,30}?)(における|での|において)[^。]*(について|お知らせ|お詫び|おわび|ご報告)");

    /**
     * A notice titled after the body where it happened (「架空町社会福祉協議会における個人情報の誤送付について」) is that body's
     * notice, when nothing stronger names one (score 5, above a body mentioned in passing, below a lead that announces).
     */
    private static void titleSubject(NoticeText nt, List<Candidate> out) {
        for (NoticeText.Line line : nt.headLines(3)) {
            String t = line.text().strip();
            if (t.contains("。") || !(t.contains("における") || t.contains("での") || t.contains("において"))) {
                continue;
            }
            Matcher m = TITLE_SUBJECT.matcher(t);
            if (!m.lookingAt()) {
                continue;
            }
            int end = line.start() + line.text().indexOf(t) + m.end(1);
            String name = nameEndingAt(nt, end);
            if (name != null && name.equals(m.group(1)) && plausibleName(nt, name, end)
                    && (Prefilter.find(PUBLIC_BODY, name) || Prefilter.find(LEGAL_FORM, name) && !LEGAL_FORM_ONLY.matcher(name).matches())) {
                out.add(new Candidate(name, 5, t));
                return;
            }
        }
    }

    private static final Pattern CONTACT_LABEL = Pattern.compile("問い?合わ?せ|問合せ|連絡先|窓口");
    /** 「担当 架空市健康推進課」; a press page's 「代表連絡先 架空庁 架空課」 at its top is the desk of the body that publishes. */
    private static final Pattern DESK_LABEL = Pattern.compile(
            "^[【\\[<(]?(担当|担当課|担当部署|所管課|問い?合わ?せ先?|お問い?合わ?せ先?|(代表)?連絡先|発信元|発信者|作成)[】\\]>)]?\\s+(?=\\S)");
    private static final Pattern DESK_ONLY = Pattern.compile("^(事務局|本部|\\p{IsHan}{1,6}(課|室|係))$");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern FIELD_LINE = Pattern.compile("^[^:：]{1,10}[:：]");
    private static final Pattern PUBLISHER_FIELD = Pattern.compile("^(発信者|発行者|発表者|公表者|会社名|法人名|団体名|事業者名|名称)\\s*[:：]");
    private static final Pattern DEPARTMENT = Pattern.compile("(部|課|室|局|係|班|グループ|センター|事務局|本部|支所|支社|支店)$");
    private static final Pattern HEADER_THEN_TITLE = Pattern.compile("^(\\S{3,30}) +(\\S.*)$");
    /** 「…の元派遣社員が」, also with an age or a sex and a rank (「…の50代の男性課長が」, 「…の女性主事が」). */
    private static final Pattern STAFF_AFTER = Pattern.compile("^の(\\d{2}代の?)?(男性|女性)?(元|前)?(派遣|契約|臨時|非常勤|会計年度任用|嘱託)?"
            + "(社員|職員|従業員|アルバイト|パート|スタッフ|教員|教諭|委託先|課長|係長|部長|主査|主事|主任|主幹|室長|所長|看護師|医師|巡査)");
    private static final Set<String> SELF_WORDS = Set.of("当社", "弊社", "当院", "本市", "当市", "本学", "当協会", "当会", "本会",
            "当法人", "当組合", "本校", "当校", "当財団", "当機構", "当行", "当庫", "当センター", "当グループ", "同社", "同市");

    /**
     * An untagged header running into the title: 「架空製薬株式会社 不正アクセスによる…のお知らせ」. The first chunk is the
     * publisher when it ends like an organisation and the rest of the line reads as a title.
     */
    private static String headerRunningIntoTitle(NoticeText nt, NoticeText.Line line) {
        Matcher m = HEADER_THEN_TITLE.matcher(line.text().strip());
        // A title has no sentence end, and a legal form alone (「一般社団法人 A協会では、…」) is no name.
        if (!m.matches() || m.group(2).contains("。") || LEGAL_FORM_ONLY.matcher(m.group(1)).matches()
                || !Prefilter.find(TITLE_WORDS, m.group(2)) || Prefilter.find(TITLE_WORDS, m.group(1))
                || m.group(1).contains("の") || m.group(1).contains("、") || m.group(1).startsWith("【")) {
            return null;
        }
        String chunk = m.group(1);
        return Prefilter.find(LEGAL_FORM, chunk) && !LEGAL_FORM_ONLY.matcher(chunk).matches() || Prefilter.find(ORG_SUFFIX, chunk)
                ? chunk : null;
    }

    /**
     * 「架空運輸の元派遣社員が…」: a body naming whose staff did it, when nothing else names the publisher. The name is the
     * run of noun tokens before の; 当社 and the like are no names.
     */
    private static void staffOfNamedBody(NoticeText nt, List<Candidate> out) {
        int looked = 0;
        for (Sentence s : nt.sentences) {
            if (!s.factual() || looked++ >= 12) {
                continue;
            }
            Matcher staff = STAFF_AFTER.matcher(s.text());
            for (int at = s.text().indexOf('の'); at > 0; at = s.text().indexOf('の', at + 1)) {
                if (!staff.region(at, s.text().length()).lookingAt()) {
                    continue;
                }
                String name = nameEndingAt(nt, s.start() + at);
                if (name == null || name.length() < 3 || SELF_WORDS.contains(name) || !plausibleName(nt, name, s.start() + at)
                        || namedAsVendor(nt, name)) {
                    continue;
                }
                out.add(new Candidate(name, 3, s.text()));
                return;
            }
        }
    }

    /**
     * 「三恵、下着ECサイトに不正アクセス」 over 「三恵は12月9日、…と発表した」: a name that opens both the headline and
     * the lead is the company the item is about, whatever its name looks like.
     */
    private static boolean headlineOpensWith(NoticeText nt, String name) {
        if (name.length() < 2 || name.length() > 12) {
            return false;
        }
        for (NoticeText.Line line : nt.lines) {
            String t = line.text().strip();
            if (!t.isEmpty()) {
                return t.length() > name.length() + 4 && t.startsWith(name) && "、, ".indexOf(t.charAt(name.length())) >= 0;
            }
        }
        return false;
    }

    /** 「会見したのは架空清陵高校です」: news names who spoke for the case in a cleft sentence. */
    private static final Pattern CLEFT_SUBJECT = Pattern.compile("(会見|発表|公表|謝罪)(した|を開いた|を行った)のは、?([^。、「」()]{2,30}?)(です|でした|だ|で、)");

    /** The body a cleft sentence names as the one that announced or apologised (「会見したのは架空高校です」). */
    private static void cleftSubject(NoticeText nt, List<Candidate> out) {
        String head = nt.text.substring(0, Math.min(nt.text.length(), MENTION_WINDOW));
        if (!head.contains("したのは") && !head.contains("たのは")) {
            return;
        }
        Matcher m = CLEFT_SUBJECT.matcher(head);
        if (m.find()) {
            String name = nameEndingAt(nt, m.end(3));
            if (name != null && name.length() == m.group(3).strip().length() && plausibleName(nt, name, m.end(3))
                    && (PUBLIC_BODY.matcher(name).find() || LEGAL_FORM.matcher(name).find())) {
                Sentence s = nt.sentenceAt(m.start());
                out.add(new Candidate(name, 7, s == null ? m.group() : s.text()));
            }
        }
    }

    /** A sentence that closes on the announcing verb: 「…と発表した。」, 「…と明らかにしました。」, news shorthand 「…と公表。」. */
    private static final Pattern CLOSES_ANNOUNCING = Pattern.compile("(と|を)(発表|公表|明らかに)(した|しました|している|しています)?[。.]?\\s*$");
    /** The topic or subject of a news lead, right after its name: 「は」, 「は12日、」, 「は9日までに、」, 「が、」, 「が12日、」. */
    private static final Pattern ANNOUNCER_PARTICLE = Pattern.compile(
            "(?<p>は|が)(?=\\s*[、,]|\\s*(\\d{4}\\s*年\\s*)?(\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日\\s*(\\([^)]{1,4}\\))?\\s*(まで|までに|に)?\\s*[、,])|(?<t>は)");
    /** 「山田社長は」, 「担当者は」: a person or a role speaking, not the body that announces; 「運営会社は」: a kind, not a name. */
    private static final Pattern SPEAKER_NOT_BODY = Pattern.compile(
            "(社長|市長|町長|村長|区長|知事|学長|院長|病院長|教育長|校長|会長|理事長|所長|部長|課長|室長|代表|氏|さん|者|員|関係|担当|広報)$"
                    // 「運営会社は」, 「大手旅行会社は」: a kind of company, no name; 「市教委は」: the body by its kind alone
                    + "|^\\p{IsHan}{0,8}(会社|企業|業者|事業者|団体|メーカー)$|^[都道府県市区町村](教委|社協)$");

    /**
     * The body whose announcement a news lead reports: the topic of a lead sentence that closes on the announcing
     * verb (「県内の信用組合から事務を受託する北浜ビジネスサービスは12日までに、…と発表した」, 「機械を製造する「北浜精機」社が、
     * …と明らかにした」). The name may follow a short descriptive clause and need not end like a company or a public body:
     * what the sentence says of it — that it announced — is the evidence (score 7, as for a company's news lead).
     */
    private static void announcingLeadSubject(NoticeText nt, List<Candidate> out) {
        int looked = 0;
        for (Sentence s : nt.sentences) {
            if (looked >= 3) {
                return;
            }
            if (s.text().length() < 15 || !s.factual()) {
                continue;
            }
            looked++;
            if (!Prefilter.find(ANNOUNCE_VERB, s.text()) || !CLOSES_ANNOUNCING.matcher(s.text()).find()) {
                continue;
            }
            Matcher m = ANNOUNCER_PARTICLE.matcher(s.text());
            // Only the first topic can be the announcer: a later は or が belongs to the reported clause.
            while (m.find() && m.start() <= 60) {
                int at = s.start() + m.start();
                String before = nt.text.substring(s.start(), at);
                String name;
                int nameStart;
                int nameEnd = at;
                Matcher quoted = QUOTED_NAME_BEFORE.matcher(before);
                if (quoted.find()) {
                    name = quoted.group(1);
                    nameStart = s.start() + quoted.start();
                    nameEnd = s.start() + quoted.end(1);
                } else {
                    name = nameEndingAt(nt, at);
                    nameStart = name == null ? at : at - name.length();
                }
                String opening = nt.text.substring(s.start(), nameStart);
                // 「同社によると、IT部門のPCが12日、」: after a source named by によると the subject is the source's, not the announcer.
                boolean opensSentence = newsDescriptorOrNothing(opening) && !Prefilter.find(SOURCE_GIVEN, opening);
                if (name != null && opensSentence && plausibleName(nt, name, nameEnd)
                        && !SPEAKER_NOT_BODY.matcher(name).find() && !namedAsVendor(nt, name)) {
                    out.add(new Candidate(name, 7, s.text()));
                    return;
                }
                if (m.group("t") != null || !opensSentence) {
                    break;
                }
            }
        }
    }

    private static final Pattern SOURCE_GIVEN = Pattern.compile("によると|によれば|によりますと|では");
    /** 「「北浜精機」社」, 「「北浜精機」」: news quotes a company's name (and may put 社 outside the quotes). */
    private static final Pattern QUOTED_NAME_BEFORE = Pattern.compile("「([^「」。、]{2,24})」社?$");

    /** 「架空市立の高等学校で」, 「架空県架空市立の小学校1校で」: a school named only by its kind and its owner. */
    private static final Pattern MUNICIPAL_SCHOOL_UNNAMED = Pattern.compile(
            "(\\p{IsHan}{1,8}?[都道府県市町村区])立の(小学校|中学校|高等学校|高校|義務教育学校|特別支援学校|中等教育学校|学校|保育所|保育園|幼稚園|こども園)");

    /** A school news names only by its owner and kind (「架空市立の高等学校で…」) is the municipality's: it publishes. */
    private static void municipalSchoolUnnamed(NoticeText nt, List<Candidate> out) {
        int looked = 0;
        for (Sentence s : nt.sentences) {
            if (!s.factual() || looked++ >= 6 || s.text().indexOf("立の") < 0) {
                continue;
            }
            Matcher m = MUNICIPAL_SCHOOL_UNNAMED.matcher(s.text());
            if (m.find() && plausibleName(nt, m.group(1), s.start() + m.end(1))) {
                out.add(new Candidate(m.group(1), 4, s.text()));
                return;
            }
        }
    }

    /** 「詳しくは架空県のホームページをご参照ください」: a line sending the reader to another body's page names a third party. */
    private static final Pattern POINTS_ELSEWHERE = Pattern.compile("(参照|ご覧|ご確認)(ください|下さい)");

    /** Last resort: the first public body (A県中小企業協会, B市立病院) the facts mention. */
    private static void firstPublicBodyMention(NoticeText nt, List<Candidate> out) {
        for (NoticeText.Line line : nt.lines) {
            // A publisher is named early; the cap keeps megabyte inputs linear.
            if (line.start() > MENTION_WINDOW) {
                return;
            }
            if (line.section() != Section.FACTS || line.text().isBlank()) {
                continue;
            }
            // 「本社:A市B区C町」, 「発生場所:…」: a field of the report names a place, not its publisher.
            String stripped = line.text().strip();
            if (Prefilter.find(FIELD_LINE, stripped) && !Prefilter.find(PUBLISHER_FIELD, stripped)
                    || Prefilter.find(POINTS_ELSEWHERE, stripped)) {
                continue;
            }
            List<Token> tokens = nt.lineTokens(line.start()).tokens();
            for (int i = 0; i < tokens.size() && tokens.get(i).start() < MENTION_WINDOW; i++) {
                Token t = tokens.get(i);
                // 「架空町税務課からメールを送信する際」: a municipality's desk stands for the municipality (named without it below).
                boolean desk = t.surface().endsWith("課") && (i + 1 >= tokens.size() || !nameToken(tokens.get(i + 1)));
                if (!desk && (!Prefilter.find(PUBLIC_BODY, t.surface())
                        || t.surface().length() < 2 && !t.surface().matches("[県市町村府区]"))) {
                    continue;
                }
                if (desk) {
                    String name = nameEndingAt(nt, t.end());
                    Matcher m = name == null ? null : MUNICIPAL_DEPARTMENT.matcher(name);
                    if (m != null && m.matches() && !Prefilter.find(OWN_BODY, name) && plausibleName(nt, m.group(1), t.end() - name.length() + m.end(1))
                            && m.group(1).length() >= 3) {
                        Sentence s = nt.sentenceAt(t.start());
                        out.add(new Candidate(name, 2, s == null ? name : s.text()));
                        return;
                    }
                    continue;
                }
                // The name must end here: 「A大学個人情報保護規則」 and 「女性警察職員」 are not bodies.
                if (i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end() && nameToken(tokens.get(i + 1))) {
                    continue;
                }
                String name = nameEndingAt(nt, t.end());
                // 「架空区と委託契約を…」: a ward is named by its token 区; a district, a school zone or a ward's part is not a ward.
                if (t.surface().equals("区") && (name == null || !WARD.matcher(name).matches())) {
                    continue;
                }
                if (plausibleName(nt, name, t.end()) && (name.length() >= 4 || name.length() == 3 && Prefilter.find(MUNICIPALITY_END, name))
                        && Prefilter.find(PUBLIC_BODY, name) && !operatorBesideSelf(nt, t.start(), t.end())
                        && !THIRD_PARTY_ROLE.matcher(nt.text.substring(t.end(), Math.min(nt.text.length(), t.end() + 24))).lookingAt()
                        && !PLACE_OF_ANOTHER.matcher(nt.text.substring(t.end(), Math.min(nt.text.length(), t.end() + 8))).lookingAt()
                        && !addressInBrackets(nt.text, t.end() - name.length(), t.end())
                        && !quotedTitle(nt.text, t.end() - name.length(), t.end())
                        && !regionTag(nt.text, name, t.end() - name.length(), t.end())) {
                    name = municipalityAfterPrefecture(nt, name, t.end());
                    Sentence s = nt.sentenceAt(t.start());
                    out.add(new Candidate(name, 2, s == null ? name : s.text()));
                    return;
                }
            }
        }
    }

    /**
     * 「「架空ケアセンター」関係の名簿」, 「「架空センター」(令和6年4月現在)の名簿」: a name quoted whole and run on into other
     * words is the title of a service, a programme or a roster, and names no publisher. Quoted and then a particle
     * (「「架空県国際協会」で誤送信が発生」), it is the body the news is about.
     */
    private static boolean quotedTitle(String text, int start, int end) {
        return start > 0 && end + 1 < text.length()
                && (text.charAt(start - 1) == '「' && text.charAt(end) == '」' || text.charAt(start - 1) == '『' && text.charAt(end) == '』')
                && Character.UnicodeBlock.of(text.charAt(end + 1)) != Character.UnicodeBlock.HIRAGANA;
    }

    /** 「架空県北浜市にある高等学校で」: the place where another body lies (an unnamed school), not a body of its own. */
    private static final Pattern PLACE_OF_ANOTHER = Pattern.compile("^\\s*(内)?に(ある|あった|あります|所在する|位置する)");

    /**
     * 「北浜法務局に報告しました」, 「北浜警察署へ届け出た」, 「北浜大学の研究者からの指摘で」: a body the notice reported to,
     * or heard from, is a third party; named only so, it is not the publisher. A body a report reached (「A連盟に外部からの
     * 通報があり」) is not one.
     */
    private static final Pattern THIRD_PARTY_ROLE = Pattern.compile(
            "^\\s*(?:(に|へ)(対し(て)?)?[、,]?(?:(?!から|より)[^。、]){0,8}?(報告|相談|届け?出|届|連絡|提出|通報|申告|照会|通知)(?!が|も)"
                    + "|(から|より)(の)?[^。、]{0,4}?(連絡|指摘|通報|報告|照会|問い?合わ?せ|要請|依頼|通知|指導)"
                    + "|の[^。、]{1,8}?(から|より)(の)?(連絡|指摘|通報|報告|問い?合わ?せ)"
                    // 「支援センターに提供する際、誤って全員のデータを送った」, 「報道機関に誤って送信した」: where the data was sent
                    + "|(に|へ)(誤って)?(?:(?!から|より)[^。、]){0,12}?(提供|送付|送信|送っ|発送|郵送|手渡|渡し)(する|した|し|され|て))");
    /**
     * 「カクウ(東京都港区)が運営する」, 「(大阪市)の委託先」: a place alone in brackets right after a name is where that body
     * sits, not a body of its own.
     */
    private static boolean addressInBrackets(String text, int start, int end) {
        int open = start - 1;
        while (open >= 0 && start - open <= 8 && text.charAt(open) != '(' && text.charAt(open) != '（' && PLACE_CHARS.matcher(String.valueOf(text.charAt(open))).matches()) {
            open--;
        }
        return open >= 1 && (text.charAt(open) == '(' || text.charAt(open) == '（') && end < text.length()
                && (text.charAt(end) == ')' || text.charAt(end) == '）') && NAME_BEFORE_BRACKET.matcher(String.valueOf(text.charAt(open - 1))).matches();
    }

    /**
     * 「…メール誤送信 アドレス74件分の流出【架空県】」: news sites tag a headline with the prefecture the item comes from; a
     * prefecture alone in 【】 is where it happened, not who publishes (the lead names the town or the body).
     */
    private static boolean regionTag(String text, String name, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '【' && text.charAt(end) == '】'
                && PREFECTURE_ONLY.matcher(name).matches();
    }

    private static final Pattern PLACE_CHARS = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}ヶケ]");
    /** The last character of a name (「カクウ(」, 「架空社(」, 「」(」), not of a title's 「について(」. */
    private static final Pattern NAME_BEFORE_BRACKET = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9」]");

    /** A special or city ward (架空区, 北架空区), not a district (地区), a school zone (学区, 校区) or a zone (管区, 特区, 行政区, 選挙区). */
    private static final Pattern WARD = Pattern.compile("^\\p{IsHan}{2,4}(?<![地学校管特政挙])区$");
    private static final Pattern PREFECTURE_ONLY = Pattern.compile("^(北海道|東京都|大阪府|京都府|\\p{IsHan}{2,3}県)$");
    /** 「の架空町で」: a municipality named after its prefecture and の; 市町村 is no name, and the name must end there. */
    private static final Pattern MUNICIPALITY_AFTER_NO = Pattern.compile(
            "^の((?!市町)[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ーヶケ]{1,6}?[市町村])(?=役場|役所|[^\\p{IsHan}])");

    /**
     * 「架空県の北山町で、…」: news places the municipality in its prefecture with の; the first body mentioned is the
     * municipality, not the prefecture (「架空県の北山町立」 and 「県の市町村」 name no municipality).
     */
    private static String municipalityAfterPrefecture(NoticeText nt, String name, int end) {
        if (!PREFECTURE_ONLY.matcher(name).matches()) {
            return name;
        }
        Matcher m = MUNICIPALITY_AFTER_NO.matcher(nt.text.substring(end, Math.min(nt.text.length(), end + 12)));
        return m.lookingAt() ? m.group(1) : name;
    }

    /** 「本学学生課」, 「当院事務部」: the notice speaking of itself (and its desk) names no one. 本町 is a common place name. */
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "^(当|弊)\\p{IsHan}|^本(学|市|会|院|校|県|村|区|法人|組合|協会|機構|財団|センター|金庫|事務所)");
    private static final Pattern AGE = Pattern.compile("^\\d{1,3}(歳|代)");
    private static final Pattern COORDINATED = Pattern.compile("(及び|および|並びに|ならびに|と|や)$");

    /**
     * A name the publisher could be: no brackets (a place in brackets runs into the name), not 同社/同署, and not
     * coordinated with another body (「本校及びA大学では」 names the parent beside the notifier).
     */
    private static boolean plausibleName(NoticeText nt, String name, int end) {
        if (name == null || name.length() < 2 || name.startsWith("同") || SELF_REFERENCE.matcher(name).lookingAt()
                || name.matches(".*[()\\[\\]「」『』、,].*")
                // 「…放置...北海道A町の高校が」: a headline's ellipsis joins two phrases; 「20歳代の看護師」 is an age
                || name.contains("...") || name.contains("…") || AGE.matcher(name).lookingAt()
                || GENERIC_BODY.matcher(name).matches() || name.contains("様") || name.contains("殿")) { // 「会員企業様B」 is someone else
            return false;
        }
        int start = end - name.length();
        // 「…勤務の医師」, 「…所属の職員」: where the staff works, not a body's name.
        if (name.endsWith("勤務") || name.endsWith("所属") || name.endsWith("在籍") || name.endsWith("配属")) {
            return false;
        }
        // 「及びかくうま県民センター」 read from its third kana: a name does not open inside a word written in hiragana.
        if (start > 0 && isHiragana(name.charAt(0)) && isHiragana(nt.text.charAt(start - 1))
                && "のはがにでをともへや".indexOf(nt.text.charAt(start - 1)) < 0) {
            return false;
        }
        return start < 0 || !Prefilter.find(COORDINATED, nt.text.substring(Math.max(0, start - 4), start));
    }

    /** Whether the notice gives this name a contractor role anywhere (受託者である株式会社A, 指定管理者であるB財団). */
    private static boolean namedAsVendor(NoticeText nt, String name) {
        String text = nt.text;
        int seen = 0;
        for (int at = text.indexOf(name); at >= 0 && seen++ < 20; at = text.indexOf(name, at + 1)) {
            String before = text.substring(Math.max(0, at - 30), at);
            int cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'));
            String after = text.substring(at + name.length(), Math.min(text.length(), at + name.length() + 20));
            // 「指定管理者である架空市文化振興財団」 names the foundation, not 架空市: the name must end here.
            boolean longerName = !after.isEmpty() && NAME_GOES_ON.matcher(after).lookingAt() && !Prefilter.find(LEGAL_FORM, name);
            boolean roleBefore = Prefilter.find(VENDOR_ROLE_BEFORE, before.substring(cut + 1)) && !LEADS_AN_ANNOUNCEMENT.matcher(after).lookingAt()
                    && !runsAnInstitution(before.substring(cut + 1))
                    && !announcingSubjectAt(nt, at, after);
            if (!longerName && (roleBefore || Prefilter.find(VENDOR_ROLE_AFTER, after))) {
                return true;
            }
            // 「…サービス(カクウテック株式会社提供)」: the provider of what the notice's body uses, named in brackets.
            if (after.startsWith("提供)") && before.endsWith("(")) {
                return true;
            }
            // 「2 委託事業者」 on the line above, then 「株式会社A(情報処理サービス…)」: the name fills a contractor heading.
            NoticeText.Line line = nt.lineAt(at);
            if (line != null && text.substring(line.start(), at).isBlank()
                    && Prefilter.find(VENDOR_HEADING, nt.previousLineText(line.index()).strip())) {
                return true;
            }
        }
        return false;
    }

    /** Right after a news lead's subject: 「は、」, 「が、」, 「は12日、」 (its name may be quoted, 「「北浜精機」社が、」). */
    private static final Pattern ANNOUNCER_AFTER = Pattern.compile(
            "^」?社?(は|が)\\s*((\\d{4}\\s*年\\s*)?(\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*日\\s*(\\([^)]{1,4}\\))?\\s*(までに|に)?)?\\s*[、,]");

    /**
     * 「ソフトを開発する北浜ソフトは、…と発表した」: the clause before a news lead's subject describes the company that
     * announces, in a sentence that closes on the announcing verb; its verb (開発する, 受託する) makes it no contractor.
     */
    private static boolean announcingSubjectAt(NoticeText nt, int at, String after) {
        if (!ANNOUNCER_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        Sentence s = nt.sentenceAt(at);
        return s != null && at - s.start() <= 60 && CLOSES_ANNOUNCING.matcher(s.text()).find();
    }

    private static final Pattern VENDOR_HEADING = Pattern.compile(
            "^(\\d{1,2}\\s*[.、]?|\\(\\d{1,2}\\)|[■□◆●・【])?\\s*(再?委託(事業者|先|業者|会社)|受託(者|事業者|業者)|指定管理者|保守(業者|事業者)|契約(業者|事業者))(名)?\\s*[】:]?$");

    /** 「医療法人社団架空会・架空病院」: a corporation and the facility it runs, joined by a middle dot. */
    private static final Pattern CORPORATION_DOT_FACILITY = Pattern.compile(
            "^((?:" + LEGAL_FORMS + ")[^・\\s()]{1,20})・([^・\\s()]{1,20}(病院|医院|クリニック|診療所|学校|高校|大学|幼稚園|保育園|こども園|センター|ホーム))$");

    /** 「架空中央病院」, 「架空こども園」: a facility's name alone on a line. */
    private static final Pattern FACILITY_LINE = Pattern.compile(
            "^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー・A-Za-z0-9]{1,20}(病院|医院|クリニック|診療所|学校|高校|幼稚園|保育園|こども園|センター|ホーム)$");

    /**
     * 「医療法人財団架空会」 over 「架空中央病院」: a letterhead names the corporation and, on the next line, the facility it runs
     * and speaks for (当院). The facility line under a corporation's line, or null.
     */
    private static NoticeText.Line facilityBelow(NoticeText nt, NoticeText.Line line, String corporation) {
        if (!Prefilter.find(LEGAL_FORM, corporation) || corporation.indexOf('(') >= 0) {
            return null;
        }
        for (int i = line.index() + 1; i < nt.lines.size(); i++) {
            NoticeText.Line next = nt.lines.get(i);
            String t = next.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            return FACILITY_LINE.matcher(t).matches() && !Prefilter.find(LEGAL_FORM, t) ? next : null;
        }
        return null;
    }

    /**
     * News names a medical or school corporation together with the facility it runs (「医療法人社団架空会・架空病院は」):
     * the corporation publishes, with its facility in brackets (as a department is).
     */
    static String corporationAndItsFacility(String name) {
        Matcher m = name == null || name.indexOf('・') < 0 ? null : CORPORATION_DOT_FACILITY.matcher(name);
        return m != null && m.matches() ? m.group(1) + "(" + m.group(2) + ")" : name;
    }

    /** News names a municipality with its prefecture (福井県A市); the publisher is the municipality. */
    private static String withoutPrefecture(String name) {
        Matcher m = PREFECTURE_THEN_CITY.matcher(name);
        if (m.matches()) {
            return m.group(2);
        }
        // 「架空郡かすみ町」: a town or village is named without its district (and prefecture).
        Matcher district = DISTRICT_THEN_TOWN.matcher(name);
        if (district.matches()) {
            return district.group(1);
        }
        // 「架空区立小学校」: one of the municipality's many schools, named only by its kind, is the municipality's (a 市立病院 is a name).
        Matcher facility = UNNAMED_FACILITY.matcher(name);
        if (facility.matches()) {
            return facility.group(1);
        }
        // 「架空町役場」 (a news photo's caption over the article): the building stands for the municipality.
        Matcher office = OFFICE_BUILDING.matcher(name);
        if (office.matches()) {
            return office.group(1);
        }
        // 「架空県健康福祉部」, 「架空市市民生活課」: a municipality's department is its desk; the municipality publishes
        // (a label may add the desk in brackets). Bodies of their own (教育委員会, 警察本部, 水道局, 病院) keep their names.
        Matcher desk = MUNICIPAL_DEPARTMENT.matcher(name);
        return desk.matches() && !Prefilter.find(OWN_BODY, name) ? desk.group(1) : name;
    }

    /** A body's own name ending (「架空市教育委員会」, 「架空大学」, 「架空病院」) and a desk under it (学務課, 事務局, 医事課). */
    private static final Pattern BODY_END = Pattern.compile("(教育委員会|委員会|大学|病院|学校|高校|協会|組合|連合会|協議会|財団|機構|公社|庁|省|" + LEGAL_FORMS + ")");
    private static final Pattern DESK_END = Pattern.compile("^(事務局|\\p{IsHan}{1,10}(課|室|係|班))$");
    private static final Pattern BODY_IN_DESK = Pattern.compile("病院|医院|大学|局|センター|事務所|委員会|協会|組合");

    /**
     * 「架空市教育委員会学務課」, 「架空大学学生課」, 「架空協会事務局」: a body with the desk that wrote the notice; the body publishes
     * (a label may add the desk in brackets, and the body alone is always the publisher's name).
     */
    static String withoutDesk(String name) {
        if (name == null || name.length() < 5 || !(name.endsWith("課") || name.endsWith("室") || name.endsWith("係") || name.endsWith("班")
                || name.endsWith("事務局"))) {
            return name;
        }
        Matcher body = BODY_END.matcher(name);
        while (body.find()) {
            String desk = name.substring(body.end());
            if (body.end() >= 3 && DESK_END.matcher(desk).matches() && !Prefilter.find(BODY_IN_DESK, desk.substring(0, desk.length() - 1))) {
                return name.substring(0, body.end());
            }
        }
        return name;
    }

    private static final Pattern DISTRICT_THEN_TOWN = Pattern.compile(
            "^(?:北海道|\\p{IsHan}{2,3}県)?\\p{IsHan}{1,4}郡([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,6}[町村])$");
    private static final Pattern MUNICIPAL_DEPARTMENT = Pattern.compile(
            // 「架空市こども未来部保育課」, 「架空県くらしの安全課」: a department's name may hold kana
            "^(北海道|東京都|大阪府|京都府|\\p{IsHan}{1,3}県|\\p{IsHan}{1,5}?[市町村])(?!の)[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,12}?(部|課|室|係)$");
    /** 「市教委が12日、発表した」, 「町教委によると」: news names a board of education by its kind alone, speaking or as the source. */
    private static final Pattern SHORT_BOARD_SPEAKING = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}])([都道府県市町村区])教委(は|が|によると|によれば|によりますと|では)");
    /** The municipality a body or its school is named after: 「架空市」, 「架空市立北小学校」. */
    private static final Pattern MUNICIPALITY_OR_ITS_SCHOOL = Pattern.compile("^(\\p{IsHan}{1,5}?[都道府県市町村区])(立\\p{IsHan}{2,})?$");

    /**
     * A news item about 「架空市立北小学校」 or 「架空市」 that has the board speak by its kind alone (「市教委が12日、発表した」,
     * 「市教委によると」): the board of that municipality publishes, 架空市教育委員会.
     */
    private static String shortBoardSpeaking(NoticeText nt, String organization) {
        if (organization == null || !nt.text.contains("教委")) {
            return organization;
        }
        Matcher muni = MUNICIPALITY_OR_ITS_SCHOOL.matcher(organization);
        if (!muni.matches()) {
            return organization;
        }
        char kind = muni.group(1).charAt(muni.group(1).length() - 1);
        Matcher m = SHORT_BOARD_SPEAKING.matcher(nt.text.length() > MENTION_WINDOW ? nt.text.substring(0, MENTION_WINDOW) : nt.text);
        while (m.find()) {
            if (m.group(1).charAt(0) == kind) {
                return muni.group(1) + "教育委員会";
            }
        }
        return organization;
    }

    private static final Pattern SHORT_UNIVERSITY_BODY = Pattern.compile("^([\\p{IsHan}\\p{IsKatakana}ー]{2,10})大(病院|附属病院|医学部附属病院)?$");

    /**
     * 「北海道大病院」 in a headline, 「北海道大学病院の職員が」 in the text: news shortens 大学 to 大; when the text also spells
     * the name out, the publisher is the name spelled out.
     */
    static String universitySpelledOut(NoticeText nt, String organization) {
        Matcher m = organization == null || organization.indexOf('大') < 0 ? null : SHORT_UNIVERSITY_BODY.matcher(organization);
        if (m == null || !m.matches() || NOT_A_UNIVERSITY.matcher(m.group(1) + "大").find()) {
            return organization;
        }
        String full = m.group(1) + "大学" + (m.group(2) == null ? "" : m.group(2));
        return nt.text.contains(full) ? full : organization;
    }

    /** 「県教育委員会」, 「市選挙管理委員会」: a body named by its kind of place alone, the place left for the reader to know. */
    private static final Pattern BODY_OF_UNNAMED_PLACE = Pattern.compile(
            "^[都道府県市町村区](教育委員会|教委|選挙管理委員会|人事委員会|農業委員会|警察本部|社会福祉協議会|議会|立\\p{IsHan}{2,10})$");
    /** What stands before a short body's name without naming its place: 「同県」, 「他市」, 「各都道府県」, 「全市町村」. */
    private static final Pattern NO_PLACE = Pattern.compile("^(同|他|各|全|本|当|近隣|周辺|隣接?)$|(都道府|市町|区市町)$");

    /**
     * 「架空県教育委員会の…」, later 「県教育委員会が3日、謝罪しました」: news names the body in full once and then by its kind
     * of place alone; when the short form is what was found, the publisher is the body as the text spelled it in full.
     */
    private static String spelledOutElsewhere(NoticeText nt, String organization) {
        if (organization == null || !BODY_OF_UNNAMED_PLACE.matcher(organization).matches()) {
            return organization;
        }
        String text = nt.text;
        int seen = 0;
        for (int at = text.indexOf(organization, 1); at > 0 && at < MENTION_WINDOW && seen++ < 20; at = text.indexOf(organization, at + 1)) {
            if (!Character.isIdeographic(text.charAt(at - 1))) {
                continue;
            }
            String full = nameEndingAt(nt, at + organization.length());
            if (full == null || !full.endsWith(organization) || full.length() > organization.length() + 4) {
                continue;
            }
            String place = full.substring(0, full.length() - organization.length());
            if (!place.isEmpty() && place.codePoints().allMatch(Character::isIdeographic) && !NO_PLACE.matcher(place).find()) {
                return full;
            }
        }
        // 「架空県架空市の市立南小学校で、…。市教育委員会によると、」: the one municipality of that kind the text names.
        String only = null;
        Matcher m = PLACE_NAMED.matcher(text.length() > MENTION_WINDOW ? text.substring(0, MENTION_WINDOW) : text);
        while (m.find()) {
            String place = m.group(1);
            if (place.charAt(place.length() - 1) != organization.charAt(0) || NO_PLACE.matcher(place.substring(0, place.length() - 1)).find()) {
                continue;
            }
            if (only != null && !only.equals(place)) {
                return organization;
            }
            only = place;
        }
        if (only == null) {
            // 「市教育委員会によりますと」 and no municipality named anywhere: a board by its kind of place alone names no
            // publisher, as 本市 does not (a school 「県立北高校」 is a name of its own).
            return organization.charAt(1) == '立' ? organization : null;
        }
        // 「架空市の…。市教委によると」: the name put together is the board's, spelled out (the text never wrote it short).
        String body = organization.substring(1);
        return only + (body.equals("教委") ? "教育委員会" : body);
    }

    /** 「架空県架空市の」, 「架空市で」: a municipality or prefecture the text names, its prefecture before it left out. */
    private static final Pattern PLACE_NAMED = Pattern.compile(
            "(?<!\\p{IsHan})(?:北海道|東京都|大阪府|京都府|\\p{IsHan}{2,3}県(?=\\p{IsHan}{1,4}?[市町村区]))?(\\p{IsHan}{1,4}?[都道府県市町村区])(?=の|で|は|が|に|と|や|及び|および|、|立|教育委員会)");

    /** 「架空市教育委員会といたしましては」, 「架空市教育委員会としては」: a board speaking for itself in the notice. */
    private static final Pattern BOARD_SPEAKING = Pattern.compile("^(と(いたしまして|しまして|して)は|では)");

    /**
     * A municipal school named only by its kind (「架空市立中学校において」) is the municipality's; but when the notice has the
     * municipality's board of education speak for itself (「架空市教育委員会といたしましては、…再発防止策の徹底を図って
     * まいります」), the board publishes the school's notice.
     */
    private static String schoolsBoardSpeaking(NoticeText nt, String organization, String found) {
        if (organization == null || organization.equals(found) || !UNNAMED_FACILITY.matcher(found).matches() || found.endsWith("保育所")
                || found.endsWith("保育園") || found.endsWith("こども園")) {
            return organization;
        }
        String board = organization + "教育委員会";
        int at = nt.text.indexOf(board);
        while (at >= 0 && at < MENTION_WINDOW) {
            int end = at + board.length();
            if (BOARD_SPEAKING.matcher(nt.text.substring(end, Math.min(nt.text.length(), end + 10))).lookingAt()) {
                return board;
            }
            at = nt.text.indexOf(board, end);
        }
        return organization;
    }

    private static final Pattern OWN_BODY = Pattern.compile("会|警察|病院|大学|学校|局|組合|センター|本部|支部|事務所|公社|機構|法人");

    private static final Pattern OFFICE_BUILDING = Pattern.compile("^(\\p{IsHan}{1,6}?[都道府県市町村])(役場|役所|庁|庁舎)$");

    private static boolean looksLikeOrg(String chunk, String next, String line) {
        // 「【お詫び】架空商事株式会社における不正アクセスについて」: a title that opens with the name is no name.
        if (Prefilter.find(LEGAL_FORM, chunk)) {
            return !Prefilter.find(TITLE_WORDS, chunk);
        }
        if (Prefilter.find(TITLE_WORDS, chunk) || chunk.contains("の") || chunk.contains("、")) {
            return false;
        }
        // Digest lines read "【tag】organisation title date": a short first chunk before a title and a date is the name.
        return Prefilter.find(ORG_SUFFIX, chunk) || next != null && chunk.length() <= 30 && Prefilter.find(TRAILING_DATE, line);
    }

    private static boolean previousIsHeaderish(NoticeText nt, int index) {
        String t = nt.previousLineText(index, 3).strip(); // "" when none: no date line, no addressee
        return t.endsWith("各位") || t.endsWith("御中") || DATE_LINE.matcher(t).matches();
    }

    private static String compact(String s) {
        return s.replace(" ", "");
    }

    /** The organisation a short header or signature line names, or null. */
    static String orgOnLine(NoticeText nt, NoticeText.Line line) {
        // 「担当 架空市健康推進課」, 「問い合わせ先 架空大学総務課」: a desk label before the name is no part of it.
        String t = DESK_LABEL.matcher(line.text().strip()).replaceFirst("");
        // 「(架空市教育委員会)」: a signature in brackets under the text is the name it holds.
        if (t.length() > 4 && t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')' && t.indexOf('(', 1) < 0) {
            t = t.substring(1, t.length() - 1).strip();
        }
        // 「架空町教育委員会 教育長 山田 太郎」: a signature line with the head's title and name after the body signs as the body.
        if (t.length() <= 60 && (t.indexOf(' ') > 0 && t.indexOf('長') > 0 || t.contains("代表"))) {
            Matcher signed = BODY_THEN_HEAD.matcher(t);
            if (signed.matches()) {
                t = signed.group(1).strip();
            }
        }
        // 「発生場所:株式会社A 倉庫」 is a field of the report, not a letterhead; 「発信者:A市」 is one.
        if (Prefilter.find(FIELD_LINE, t)) {
            if (!Prefilter.find(PUBLISHER_FIELD, t)) {
                return null;
            }
            t = t.substring(t.indexOf(':') >= 0 ? t.indexOf(':') + 1 : t.indexOf('：') + 1).strip();
        }
        // 「架空市 健康福祉部 健康推進課」: the body publishes, its departments are the desk.
        String[] chunks = SPACES.split(t);
        if (chunks.length >= 3 && chunks.length <= 4 && t.length() <= 40 && !Prefilter.find(NOT_ORG_LINE, t)) {
            boolean departments = true;
            for (int i = 1; i < chunks.length; i++) {
                departments &= Prefilter.find(DEPARTMENT, chunks[i]);
            }
            if (departments && (Prefilter.find(ORG_SUFFIX, chunks[0]) || Prefilter.find(LEGAL_FORM, chunks[0]))) {
                return chunks[0];
            }
        }
        if (t.length() < 3 || t.length() > 40 || t.contains("。") || t.contains("、") || t.contains(",")
                || t.startsWith("【") || Prefilter.find(NOT_ORG_LINE, t)) {
            return null;
        }
        boolean legal = Prefilter.find(LEGAL_FORM, t);
        if (legal && LATIN_WORDS_THEN_FORM.matcher(t).matches()) {
            return t; // 「A&B EXAMPLE NET株式会社」: a Latin name of several words is one name
        }
        // 「架空大学 学生課」, 「一般社団法人架空観光協会 事務局」: an organisation and its desk sign as the organisation.
        if (chunks.length == 2 && NAME_LINE.matcher(t).matches() && Prefilter.find(DEPARTMENT, chunks[1])
                && !Prefilter.find(ORG_SUFFIX, chunks[1]) && !LEGAL_FORM_ONLY.matcher(chunks[0]).matches()
                && (Prefilter.find(ORG_SUFFIX, chunks[0]) || Prefilter.find(LEGAL_FORM, chunks[0]))) {
            return chunks[0];
        }
        if (NAME_LINE.matcher(t).matches() && (legal || Prefilter.find(ORG_SUFFIX, t.replace(" ", "")))) {
            // "A市 B課": the municipality publishes, the department is only the desk.
            if (!legal && t.contains(" ") && Prefilter.find(MUNICIPALITY, t.split(" ")[0])) {
                return t.split(" ")[0];
            }
            // 「名簿紛失で謝罪 架空市」: a headline and the place it comes from; the line as a whole names no one.
            if (!legal && t.contains(" ") && HEADLINE_WORDS.matcher(t.split(" ")[0]).find() && !Prefilter.find(ORG_SUFFIX, t.split(" ")[0])) {
                return null;
            }
            // "業種 A株式会社": a label before the name is not part of it.
            if (t.contains(" ") && legal) {
                String[] parts = t.split(" ");
                if (!LEGAL_FORM_ONLY.matcher(parts[0]).matches() && Prefilter.find(LEGAL_FORM, parts[1])
                        && !Prefilter.find(LEGAL_FORM, parts[0])) {
                    return parts[1];
                }
            }
            return t;
        }
        if (legal) {
            Matcher m = LEGAL_FORM.matcher(t);
            m.find();
            int offset = line.start() + line.text().indexOf(t);
            int[] span = nameSpan(nt, offset + m.start(), offset + m.end());
            return span == null ? null : nt.text.substring(span[0], span[1]);
        }
        return null;
    }

    /** Hiragana particles and verb endings a headline has and a name does not (で, を, に, が, した, する). */
    private static final Pattern HEADLINE_WORDS = Pattern.compile("[でをにがへ]|した|する|される|された|ない");

    /** The span of the organisation name around a legal form: forward first (株式会社A), else backward (A株式会社). */
    static int[] nameSpan(NoticeText nt, int formStart, int formEnd) {
        String text = nt.text;
        NoticeText.LineTokens lt = nt.lineTokens(formStart);
        List<Token> tokens = lt.tokens();
        int pos = formEnd;
        if (pos < text.length() && text.charAt(pos) == ' ' && pos + 1 < text.length() && text.charAt(pos + 1) != ' ') {
            // 「架空製薬株式会社 不正アクセスによる…」: a name glued before the form is the name; what follows the space is not.
            int before = lt.endingAt(formStart);
            if (before >= 0 && nameToken(tokens.get(before)) && !BACKWARD_STOP.contains(tokens.get(before).surface())
                    && (formStart == 0 || text.charAt(formStart - 1) != ' ')) {
                pos = text.length() + 1; // skip the forward reading
            } else {
                pos++;
            }
        }
        int end = -1;
        int ti = pos > text.length() ? -2 : lt.startingAt(pos);
        if (ti == -2) {
            end = -1;
        } else if (ti < 0) {
            // The legal form ends inside a token; fall back to a character-class run.
            Matcher m = NAME_RUN.matcher(text.substring(pos, Math.min(text.length(), pos + 25)));
            if (m.find()) {
                end = pos + m.end();
            }
        } else {
            int taken = 0;
            for (int i = ti; i < tokens.size() && taken < 7; i++) {
                Token t = tokens.get(i);
                // 「一般社団法人架空ケアネットワーク」: after a legal form and a word of the name, ネットワーク is the name's own word
                boolean nameWord = i > ti && t.surface().equals("ネットワーク");
                if (t.start() != (i == ti ? pos : tokens.get(i - 1).end()) || !nameToken(t) || FORWARD_STOP.contains(t.surface()) && !nameWord) {
                    break;
                }
                end = t.end();
                taken++;
            }
        }
        if (end > pos) {
            end = cutAtPunctuation(text, pos, end);
        }
        // 「架空工営株式会社北営業所」, 「カクウテック株式会社提供」: what follows the form is one of the company's offices or what it
        // did; the name stands before the form.
        if (end > pos && BRANCH_OFFICE.matcher(text.substring(pos, end)).matches() && formStart > 0
                && (Character.isIdeographic(text.charAt(formStart - 1))
                        || Character.UnicodeBlock.of(text.charAt(formStart - 1)) == Character.UnicodeBlock.KATAKANA)) {
            end = -1;
        }
        if (end > pos && end - formStart <= 40) {
            return new int[] {formStart, end};
        }
        int start = -1;
        int tj = lt.endingAt(formStart);
        int taken = 0;
        for (int i = tj; i >= 0 && taken < 7; i--) {
            Token t = tokens.get(i);
            if (t.end() != (i == tj ? formStart : tokens.get(i + 1).start()) || !nameToken(t) || BACKWARD_STOP.contains(t.surface())
                    || Prefilter.find(LEGAL_FORM, t.surface())) {
                break;
            }
            start = t.start();
            taken++;
        }
        if (start >= 0) {
            start = hiraganaNameStart(text, start);
        }
        if (start >= 0 && formEnd - start <= 40) {
            return new int[] {start, formEnd};
        }
        int hiraganaEnd = hiraganaNameEnd(text, pos);
        if (hiraganaEnd > pos && hiraganaEnd - formStart <= 40) {
            return new int[] {formStart, hiraganaEnd};
        }
        return null;
    }

    private static final Pattern NOT_A_NAME_OPENING = Pattern.compile(
            "^(この|その|あの|また|なお|さて|まず|では|ただ)|(たび|より|では|には|から|まで|など|および|ついて|おいて|って|ます|した|です|ので|が|は|を|に|と|の|も|で)$");

    /**
     * 「かくうコミュニケーションズ株式会社は」: a name opening in hiragana at the start of a line or after a bracket or
     * comma, which Kuromoji reads as words of their own. Two to six hiragana that are no particle or adverb.
     */
    private static int hiraganaNameStart(String text, int start) {
        int h = start;
        while (h > 0 && start - h < 6 && isHiragana(text.charAt(h - 1))) {
            h--;
        }
        if (start - h < 2 || h > 0 && "\n 　「『、。(（".indexOf(text.charAt(h - 1)) < 0
                || Prefilter.find(NOT_A_NAME_OPENING, text.substring(h, start))) {
            return start;
        }
        return h;
    }

    /**
     * Names that start in hiragana (株式会社ほくりくサービス) fall apart into verbs in Kuromoji. Such a name runs to
     * punctuation or to the first hiragana after a non-hiragana character (a particle: サービスの, サービスが); it needs
     * at least two leading hiragana and one character of another script, so "株式会社では、" is no name.
     */
    private static int hiraganaNameEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && i - pos < 20 && isHiragana(text.charAt(i))) {
            i++;
        }
        if (i - pos < 2) {
            return -1;
        }
        int end = i;
        while (end < text.length() && end - pos < 25) {
            char c = text.charAt(end);
            if (isHiragana(c) || !(Character.isLetterOrDigit(c) || c == 'ー' || c == '・' || c == '&')) {
                break;
            }
            end++;
        }
        return end > i ? end : -1;
    }

    private static boolean isHiragana(char c) {
        return c >= '\u3041' && c <= '\u309F';
    }

    /** Unknown-word runs can swallow a bracket or a URL ("ヒロケイ(https"); a name ends before them. */
    private static int cutAtPunctuation(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if ("()（）「」『』[]<>:：/、。,;\"'　 ".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return end;
    }

    /** A name ending right before {@code end}: a legal-form name or a run of noun tokens. */
    private static String nameEndingAt(NoticeText nt, int end) {
        String text = nt.text;
        Matcher lf = LEGAL_FORM.matcher(text.substring(Math.max(0, end - 40), end));
        int base = Math.max(0, end - 40);
        while (lf.find()) {
            int[] span = nameSpan(nt, base + lf.start(), base + lf.end());
            if (span != null && span[1] == end) {
                return text.substring(span[0], span[1]);
            }
        }
        NoticeText.LineTokens lt = nt.lineTokens(Math.max(0, end - 1));
        List<Token> tokens = lt.tokens();
        int tj = lt.endingAt(end);
        int start = -1;
        for (int i = tj, taken = 0; i >= 0 && taken < 8; i--, taken++) {
            Token t = tokens.get(i);
            if (t.end() != (i == tj ? end : tokens.get(i + 1).start()) || !nameToken(t) || BACKWARD_STOP.contains(t.surface())) {
                break;
            }
            start = t.start();
        }
        if (start < 0) {
            return null;
        }
        start = kanaMunicipalityStart(text, start);
        // 「架空県つくばみらい市教育委員会」: a long name can outrun the tokens taken and cut its prefecture in two; the bare
        // 県 left of the cut is no part of the name (the municipality is named without its prefecture).
        if (start > 0 && start + 1 < end && "県府都".indexOf(text.charAt(start)) >= 0
                && Character.UnicodeBlock.of(text.charAt(start - 1)) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS) {
            start++;
        }
        // 「・当該小学校の担当教員が」: a list's bullet opens no name (a middle dot inside one joins its words).
        while (start < end && text.charAt(start) == '・') {
            start++;
        }
        // 「発生場所:架空センター」: Kuromoji reads the colon as a noun; a field's label before it is no part of the name.
        int colon = Math.max(text.lastIndexOf(':', end - 1), text.lastIndexOf('：', end - 1));
        if (colon >= start) {
            start = colon + 1;
        }
        return start < end ? text.substring(start, end) : null;
    }

    /**
     * 「北営業所」, 「横浜支店」: one of a company's offices, by its place and kind; 「提供」, 「製」: what the company did
     * (「(カクウテック株式会社提供)」). Neither is part of the name.
     */
    private static final Pattern BRANCH_OFFICE = Pattern.compile("^(\\p{IsHan}{1,6}(営業所|支店|支社|出張所|事業所|営業部)|提供|製|開発|販売)$");
    /**
     * A token of brackets and punctuation only. After NFKC a half-width bracket and the full-width comma after it are
     * one unknown run to Kuromoji, tagged as a noun: 「4月8日(金曜日)、架空病院において」 gives the token 「)、」, which
     * must not join the weekday to the name.
     */
    private static final Pattern BRACKET_TOKEN = Pattern.compile("[()\\[\\]<>{}、。,，「」『』:：;]+");
    private static final Pattern CITY_REST = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}]{0,3}[市町村]");

    /**
     * 「架空県さくら市教育委員会」: the tokens stop inside a municipality written partly in kana (さぬき市, いわき市, つくば市);
     * right after a prefecture or a district (架空郡みやき町) the kana run, up to six kana (架空県つくばみらい市), belongs to the name (「三重県の鈴鹿市」: a lone particle does not).
     */
    private static int kanaMunicipalityStart(String text, int start) {
        if (!CITY_REST.matcher(text.substring(start, Math.min(text.length(), start + 5))).lookingAt()) {
            return start;
        }
        int p = start;
        while (p > 0 && start - p < 6 && Character.UnicodeBlock.of(text.charAt(p - 1)) == Character.UnicodeBlock.HIRAGANA) {
            p--;
        }
        if (text.startsWith("にある", p) || text.startsWith("にあった", p)) {
            return start; // 「架空県北部にある架空町」: where the town lies, told before its name
        }
        boolean splitWord = Character.UnicodeBlock.of(text.charAt(start)) == Character.UnicodeBlock.HIRAGANA;
        // 「架空県の北さくら市」: kanji before the kana, after a prefecture (and の), open the name too.
        int q = p;
        while (p < start && q > 0 && p - q < 3 && Character.UnicodeBlock.of(text.charAt(q - 1)) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                && "都道府県".indexOf(text.charAt(q - 1)) < 0) {
            q--;
        }
        // 「架空県架空町の架空町立南小学校」: a municipality and a lone の before the name tell where it is, not part of it.
        if (q < p && afterPrefecture(text, q) && !(start - p == 1 && text.charAt(p) == 'の' && "市町村区".indexOf(text.charAt(p - 1)) >= 0)) {
            return q;
        }
        // 「三養基郡みやき町」: after a district (郡) too; the name is the town without its district.
        if (p == start || p == 0 || "都道府県郡".indexOf(text.charAt(p - 1)) < 0 || !splitWord && start - p < 2
                || "のはがにでをともへ".indexOf(text.charAt(start - 1)) >= 0 && !splitWord) {
            return start;
        }
        return p;
    }

    /** A prefecture ends right before {@code at}, or a prefecture and の (「架空県の」). */
    private static boolean afterPrefecture(String text, int at) {
        if (at > 0 && "都道府県".indexOf(text.charAt(at - 1)) >= 0) {
            return true;
        }
        return at > 1 && text.charAt(at - 1) == 'の' && "都道府県".indexOf(text.charAt(at - 2)) >= 0;
    }

    private static boolean nameToken(Token t) {
        // NFKC turns （ into (, which Kuromoji tags as a noun: 「当社(架空精工株式会社)」 must not give 「(架空精工株式会社」.
        if (BRACKET_TOKEN.matcher(t.surface()).matches()) {
            return false;
        }
        if (t.isNoun() && !t.pos().startsWith("名詞-数") ) {
            return true;
        }
        String s = t.surface();
        if (t.pos().startsWith("名詞-数")) {
            return s.chars().allMatch(Character::isLetterOrDigit);
        }
        return NAME_CHARS.matcher(s).matches() || t.pos().startsWith("接頭詞-名詞接続") || t.pos().equals("未知語");
    }

    /** Legal forms in text order ({@link Prefilter} tries the alternation only where a form can begin). */
    static List<int[]> legalForms(String text) {
        List<int[]> out = new ArrayList<>();
        Prefilter.Scan m = Prefilter.scan(LEGAL_FORM, text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }
}
