package org.itaku.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.JapaneseDates;
import org.itaku.vocabulary.PersonCount;

/**
 * The default wording of every document. Each method turns an input record into a {@link Doc}; the
 * renderers only lay it out. Unknown facts become {@value Texts#NOT_YET_KNOWN}, because Rules Art. 8(1)
 * asks only for what is known at the time of reporting and the rest is supplemented later (GL 3-5-3-4).
 */
final class Drafts {

    private static final String PREVIOUS_LABEL = "【速報時の記載】";
    private static final String APPI = "個人情報の保護に関する法律";
    private static final String MY_NUMBER_ACT = "行政手続における特定の個人を識別するための番号の利用等に関する法律";
    private static final String MY_NUMBER_RULE = "特定個人情報の漏えい等に関する報告等に関する規則";

    private final DateStyle style;

    Drafts(DateStyle style) {
        this.style = style;
    }

    static String previousLabel() {
        return PREVIOUS_LABEL;
    }

    Doc build(DocumentRequest request) {
        return switch (request.kind()) {
            case PPC_REPORT -> ppcReport((BreachReport) request.input());
            case PRINCIPAL_NOTICE -> principalNotice((PrincipalNotice) request.input());
            case INDIVIDUAL_LETTER -> individualLetter((IndividualNotice) request.input());
            case INDIVIDUAL_EMAIL -> individualEmail((IndividualNotice) request.input());
            case PUBLIC_ANNOUNCEMENT -> announcement((PublicAnnouncement) request.input());
            case INCIDENT_SUMMARY -> summary((IncidentSummary) request.input());
        };
    }

    // ---------------------------------------------------------------- PPC report (速報・確報)

    Doc ppcReport(BreachReport r) {
        Doc draft = ppcReportWithoutDiff(r);
        if (r.previous() == null) {
            return draft;
        }
        // The 確報 must cover all items (GL 3-5-3-4); showing what moved since the 速報 lets the officer and
        // the PPC see at a glance what was supplemented or corrected.
        Map<String, String> before = new LinkedHashMap<>();
        for (Doc.Block f : ppcReportWithoutDiff(r.previous()).fields()) {
            before.put(f.id(), f.text());
        }
        List<String> changedLabels = new ArrayList<>();
        List<Doc.Block> blocks = new ArrayList<>();
        for (Doc.Block b : draft.blocks()) {
            if (b.field() && !"report_stage".equals(b.id()) && before.containsKey(b.id())
                    && !before.get(b.id()).equals(b.text())) {
                blocks.add(b.withPrevious(before.get(b.id())));
                changedLabels.add(b.label());
            } else if (b.field() && !"report_stage".equals(b.id()) && !before.containsKey(b.id())) {
                blocks.add(b.withPrevious("（速報時は記載なし）"));
                changedLabels.add(b.label());
            } else {
                blocks.add(b);
            }
        }
        // The change list goes right after the introduction, before the first field.
        int firstField = 0;
        while (firstField < blocks.size() && !blocks.get(firstField).heading()) {
            firstField++;
        }
        Doc.Builder diff = Doc.builder(DocumentKind.PPC_REPORT, draft.title());
        blocks.subList(0, firstField).forEach(diff::add);
        diff.heading("速報（" + date(r.previous().preparedOn()) + "付）からの変更点");
        diff.para(changedLabels.isEmpty() ? "速報から変更した事項はありません。"
                : "次の事項を変更又は追加しました。各事項に速報時の記載を併記しています。\n"
                        + changedLabels.stream().map(l -> "・" + l).collect(Collectors.joining("\n")));
        blocks.subList(firstField, blocks.size()).forEach(diff::add);
        return diff.build();
    }

    private Doc ppcReportWithoutDiff(BreachReport r) {
        Doc withNote = ppcReportWithoutDiff(r, true);
        // The sentence about unknown items only belongs in a report that has some.
        return withNote.fields().stream().allMatch(Doc.Block::known) ? ppcReportWithoutDiff(r, false) : withNote;
    }

    private Doc ppcReportWithoutDiff(BreachReport r, boolean unknownNote) {
        boolean mn = r.myNumber();
        String subject = mn ? "特定個人情報" : "個人データ";
        String title = subject + "の漏えい等に関する報告（" + r.stage().japanese() + "）";
        Doc.Builder d = Doc.builder(DocumentKind.PPC_REPORT, title);
        d.title(title);
        d.right(date(r.preparedOn()));
        d.para("個人情報保護委員会　御中");
        // Rules Art. 8(3)(i): the report itself is filed through the PPC's online form; the PPC says its Word
        // form is for internal use only. So this is explicitly a draft for copying into the form.
        d.para("本書は、個人情報保護委員会の漏えい等報告フォームへ入力するための下書きです。報告は同フォームにより行います。");
        String basis;
        if (mn) {
            basis = MY_NUMBER_ACT + "第29条の4第1項及び" + MY_NUMBER_RULE + "第3条第"
                    + (r.stage() == ReportStage.PRELIMINARY ? "1" : "2") + "項に基づき、下記のとおり報告いたします。";
        } else {
            basis = APPI + "第26条第1項及び同法施行規則第8条第"
                    + (r.stage() == ReportStage.PRELIMINARY ? "1" : "2") + "項に基づき、下記のとおり報告いたします。";
        }
        if (unknownNote && r.stage() == ReportStage.PRELIMINARY) {
            // Rules Art. 8(1): the 速報 carries what is known when reporting.
            basis += "本報告は報告時点において把握している事項に基づくものであり、" + Texts.NOT_YET_KNOWN
                    + "と記載した事項は、判明し次第、確報にて報告いたします。";
        } else if (unknownNote) {
            // GL 3-5-3-4: items still unknown at the 確報 deadline are reported later (追完).
            basis += Texts.NOT_YET_KNOWN + "と記載した事項は、合理的な努力を尽くしてもなお判明していないものであり、判明し次第、追完いたします。";
        }
        d.para(basis);
        if (r.jointReporter() != null) {
            // GL 3-5-3-2: entrustor and entrustee may report jointly (連名).
            d.para("本報告は、" + r.reporter().name() + "及び" + r.jointReporter().name() + "の連名による報告です。");
        }
        d.heading("報告者");
        d.field("report_stage", "報告の種別", r.stage().japanese());
        d.field("reporter_name", "報告者の氏名又は名称", r.reporter().name());
        // Address and representative: not confirmed as fields of the current form (appi-rules.md §8.2), but
        // asked by the older forms and needed to identify the business; kept as reference fields.
        d.field("reporter_address", "報告者の住所（所在地）", r.reporter().address());
        d.field("reporter_representative", "代表者の氏名", r.reporter().representative());
        if (r.jointReporter() != null) {
            d.field("joint_name", "連名報告者の氏名又は名称", r.jointReporter().name());
            d.field("joint_address", "連名報告者の住所（所在地）", r.jointReporter().address());
            d.field("joint_phone", "連名報告者の電話番号", r.jointReporter().phone());
        }
        d.heading("事案の概要");
        d.field("occurred_on", "発生日", date(r.occurredOn()));
        d.field("discovered_on", "発覚日", date(r.discoveredOn()));
        d.field("occurrence", "発生事案", occurrenceList(r));
        d.field("discoverer", "発見者", discoverer(r));
        if (mn) {
            d.field("categories", MY_NUMBER_RULE + "第2条各号該当性", myNumberCategories(r));
        } else {
            d.field("categories", "規則第7条各号該当性", art7Categories(r));
        }
        d.field("principal", "委託元の有無", partyPresence(r.principal()));
        d.field("entrustee", "委託先の有無", partyPresence(r.entrustee()));
        d.field("timeline", "事実経過", timeline(r.timeline()));
        d.heading(mn ? "報告事項（" + MY_NUMBER_RULE + "第3条第1項各号）" : "報告事項（規則第8条第1項各号）");
        d.field("item1", "(1) 概要", r.summary());
        d.field("item2", "(2) 漏えい等が発生し、又は発生したおそれがある" + subject + "の項目",
                dataItems(r.dataItems(), r.dataMedium()));
        d.field("item3", "(3) 漏えい等が発生し、又は発生したおそれがある" + subject + "に係る本人の数", persons(r.persons()));
        d.field("item4", "(4) 原因", cause(r));
        d.field("item5", "(5) 二次被害又はそのおそれの有無及びその内容", r.secondaryDamage());
        d.field("item6", "(6) 本人への対応の実施状況", r.individualResponse());
        d.field("item7", "(7) 公表の実施状況", r.publication());
        d.field("item8", "(8) 再発防止のための措置", measures(r));
        d.field("item9", "(9) その他参考となる事項", r.otherNotes());
        d.right("以上");
        return d.build();
    }

    // ---------------------------------------------------------------- 委託元への通知 (Rules Art. 9)

    Doc principalNotice(PrincipalNotice n) {
        BreachReport r = n.incident();
        boolean mn = r.myNumber();
        String subject = mn ? "特定個人情報" : "個人データ";
        String title = subject + "の漏えい等に関するご報告";
        Doc.Builder d = Doc.builder(DocumentKind.PRINCIPAL_NOTICE, title);
        if (n.reference() != null) {
            d.right("管理番号：" + n.reference());
        }
        d.right(date(n.sentOn()));
        d.para(n.principal().name() + "　御中");
        d.right(sender(r.reporter()));
        d.title(title);
        // APPI Art. 26(1) proviso with Rules Art. 9, and for 特定個人情報 My Number Act Art. 29-4(1) proviso with its
        // reporting rule Art. 4 (appi-rules.md §7): a leak of personal data with My Numbers is notified under both.
        boolean citeAppi = n.appi() || !n.myNumberAct() && !mn;
        boolean citeMn = n.myNumberAct() || !n.appi() && mn;
        List<String> rules = new ArrayList<>();
        List<String> provisos = new ArrayList<>();
        if (citeAppi) {
            rules.add(APPI + "施行規則第9条");
            provisos.add(APPI + "第26条第1項ただし書及び同法施行規則第9条");
        }
        if (citeMn) {
            rules.add(MY_NUMBER_RULE + "第4条");
            provisos.add(MY_NUMBER_ACT + "第29条の4第1項ただし書及び" + MY_NUMBER_RULE + "第4条");
        }
        d.center("（" + String.join("及び", rules) + "に基づく通知）");
        d.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。");
        d.para("さて、このたび、弊社が貴社から委託を受けて取り扱っている" + subject + "について、" + occurrencePhrase(r)
                + "が判明いたしました。貴社並びに関係する皆様に多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。");
        d.para(String.join("並びに", provisos)
                + "に基づき、現時点で判明している事項を下記のとおりご通知申し上げます。"
                + Texts.NOT_YET_KNOWN + "と記載した事項は調査中であり、判明し次第、速やかにご報告いたします。");
        // GL 3-5-3-5: the principal knows the situation at the latest when this notice arrives, and its own
        // reporting clock starts then; the entrustee is still expected to help with the facts.
        d.para("貴社におかれましては、遅くとも本通知を受領された時点で、個人情報保護委員会への報告の対象となる事態を知ったこととなる場合がございます。"
                + "弊社は、貴社による報告及びご本人への通知に必要な事実関係の調査に、全面的に協力いたします。");
        d.para("まずは略儀ながら書中をもってご報告申し上げます。");
        d.right("敬具");
        d.center("記");
        d.heading("事案の概要");
        d.field("occurred_on", "発生日", date(r.occurredOn()));
        d.field("discovered_on", "発覚日（弊社）", date(r.discoveredOn()));
        d.field("occurrence", "発生事案", occurrenceList(r));
        d.field("categories", mn ? MY_NUMBER_RULE + "第2条各号該当性（弊社の判断）" : "規則第7条各号該当性（弊社の判断）",
                mn ? myNumberCategories(r) : art7Categories(r));
        d.field("timeline", "事実経過", timeline(r.timeline()));
        d.heading("通知事項（規則第8条第1項各号）");
        d.field("item1", "(1) 概要", r.summary());
        d.field("item2", "(2) 貴社からお預かりした" + subject + "のうち、漏えい等が発生し、又は発生したおそれがあるものの項目",
                dataItems(n.dataItems(), r.dataMedium()));
        d.field("item3", "(3) 貴社に係る本人の数", persons(n.persons()));
        d.field("item4", "(4) 原因", cause(r));
        d.field("item5", "(5) 二次被害又はそのおそれの有無及びその内容", r.secondaryDamage());
        d.field("item6", "(6) 本人への対応の実施状況", r.individualResponse());
        d.field("item7", "(7) 公表の実施状況", r.publication());
        d.field("item8", "(8) 再発防止のための措置", measures(r));
        d.field("item9", "(9) その他参考となる事項", r.otherNotes());
        d.field("contact", "本件に関するお問い合わせ先", inquiry(n.contact()));
        d.right("以上");
        return d.build();
    }

    // ---------------------------------------------------------------- 本人への通知 (Art. 26(2), Rules Art. 10)

    Doc individualLetter(IndividualNotice n) {
        BreachReport r = n.incident();
        String title = "個人情報の" + occurrenceWords(r) + "に関するお知らせとお詫び";
        Doc.Builder d = Doc.builder(DocumentKind.INDIVIDUAL_LETTER, title);
        d.right(date(n.sentOn()));
        d.para(n.salutation());
        d.right(sender(r.reporter()));
        d.title(title);
        individualBody(d, n);
        d.right("以上");
        return d.build();
    }

    Doc individualEmail(IndividualNotice n) {
        BreachReport r = n.incident();
        String subject = "【重要】個人情報の" + occurrenceWords(r) + "に関するお知らせとお詫び（" + r.reporter().name() + "）";
        Doc.Builder d = Doc.builder(DocumentKind.INDIVIDUAL_EMAIL, subject);
        d.title("件名：" + subject);
        d.para(n.salutation());
        individualBody(d, n);
        d.para("※本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんので、上記のお問い合わせ窓口までご連絡ください。");
        d.para("――――――――――――――――――――\n" + r.reporter().name() + "\n" + date(n.sentOn()) + "\n――――――――――――――――――――");
        return d.build();
    }

    /**
     * Rules Art. 10: only items 1, 2, 4, 5 and 9 of Art. 8(1), to the extent needed to protect the individual.
     * The number of persons, the response status, publication status and recurrence measures (items 3, 6, 7,
     * 8) are deliberately absent; item 9 is the advice to the individual (GL 3-5-4-3).
     */
    private void individualBody(Doc.Builder d, IndividualNotice n) {
        BreachReport r = n.incident();
        d.para("平素より格別のご高配を賜り、厚く御礼申し上げます。");
        d.para("このたび、弊社が取り扱う皆様の個人情報について、" + occurrencePhrase(r)
                + "が判明いたしました。皆様には多大なるご迷惑とご心配をおかけいたしますことを、心より深くお詫び申し上げます。");
        // The notice cites the laws that oblige it: APPI Art. 26(2) where a Rules Art. 7 item applies, My Number
        // Act Art. 29-4(2) where an item of its rule applies (both for a ransomware case with My Numbers).
        List<String> laws = new ArrayList<>();
        if (n.appi()) {
            laws.add(APPI + "第26条第2項");
        }
        if (n.myNumberAct()) {
            laws.add(MY_NUMBER_ACT + "第29条の4第2項");
        }
        d.para(laws.isEmpty() ? "本件の概要等を下記のとおりお知らせいたします。"
                : String.join("及び", laws) + "に基づき、本件の概要等を下記のとおりお知らせいたします。");
        d.center("記");
        d.field("item1", "1. 概要", overview(r, n.summaryForThisPerson()));
        d.field("item2", "2. " + affected(r) + "個人情報の項目", dataItems(n.itemsForThisPerson(), null));
        d.field("item4", "3. 原因", n.causeForThisPerson());
        d.field("item5", "4. 二次被害又はそのおそれの有無及びその内容", r.secondaryDamage());
        d.field("item9", "5. 皆様へのお願い", bullets(n.advice()));
        d.field("inquiry", "6. お問い合わせ窓口", inquiry(n.inquiry()));
        d.para("このたびは、多大なるご迷惑とご心配をおかけいたしますことを、重ねて深くお詫び申し上げます。");
    }

    // ---------------------------------------------------------------- お詫びとお知らせ

    Doc announcement(PublicAnnouncement a) {
        BreachReport r = a.incident();
        String title = "個人情報の" + occurrenceWords(r) + "に関するお詫びとお知らせ";
        Doc.Builder d = Doc.builder(DocumentKind.PUBLIC_ANNOUNCEMENT, title);
        d.right(date(a.publishedOn()));
        d.right(r.reporter().name());
        d.title(title);
        d.para("このたび、弊社が取り扱う個人情報について、" + occurrencePhrase(r)
                + "が判明いたしました。対象となる皆様をはじめ関係する皆様に多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。");
        d.para("現時点で判明している事項を下記のとおりお知らせいたします。今後、新たな事実が判明した場合には、本ページにてお知らせいたします。");
        d.center("記");
        d.field("item1", "1. 概要", overview(r, a.publicSummary()));
        d.field("item2", "2. " + affected(r) + "個人情報の項目", dataItems(r.dataItems(), null));
        d.field("item3", "3. 対象となる方の人数", persons(r.persons()));
        d.field("item4", "4. 原因", a.publicCause());
        d.field("item5", "5. 二次被害又はそのおそれの有無及びその内容", r.secondaryDamage());
        d.field("item6", "6. 対象となる方への対応", r.individualResponse());
        d.field("item8", "7. 再発防止策", measures(r));
        d.field("item9", "8. 対象となる皆様へのお願い", bullets(a.advice()));
        d.field("inquiry", "9. お問い合わせ窓口", inquiry(a.inquiry()));
        d.para("このたびは、多大なるご迷惑とご心配をおかけしておりますことを、重ねて深くお詫び申し上げます。");
        d.right("以上");
        return d.build();
    }

    // ---------------------------------------------------------------- 社内向け概要

    Doc summary(IncidentSummary s) {
        BreachReport r = s.incident();
        String title = "インシデント概要（社内用）";
        Doc.Builder d = Doc.builder(DocumentKind.INCIDENT_SUMMARY, title);
        d.right("社外秘");
        d.title(title);
        d.right(date(s.asOf()) + "現在"
                + (s.caseNumber() == null ? "" : "　案件番号：" + s.caseNumber())
                + (s.owner() == null ? "" : "　担当：" + s.owner()));
        d.field("case", "件名", r.title());
        d.field("stage", "報告段階", r.stage().japanese() + "（" + date(r.preparedOn()) + "作成）");
        d.field("dates", "発生日／発覚日", (r.occurredOn() == null ? Texts.NOT_YET_KNOWN : date(r.occurredOn()))
                + "／" + date(r.discoveredOn()));
        d.field("occurrence", "発生事案", occurrenceList(r));
        d.field("categories", r.myNumber() ? "番号法規則第2条該当性" : "規則第7条該当性",
                r.myNumber() ? myNumberCategories(r) : art7Categories(r));
        d.field("persons", "本人の数", persons(r.persons()));
        d.field("items", "項目", r.dataItems().isEmpty() ? null : String.join("、", r.dataItems()));
        d.field("cause", "原因", r.cause());
        d.field("secondary", "二次被害", r.secondaryDamage());
        d.field("entrustment", "委託関係", entrustmentLine(r));
        d.field("deadlines", "期限", s.deadlines().isEmpty() ? null : s.deadlines().stream()
                .map(dl -> dl.label() + "：" + date(dl.due()) + (dl.basis() == null ? "" : "（" + dl.basis() + "）"))
                .collect(Collectors.joining("\n")));
        List<String> open = ppcReportWithoutDiff(r).fields().stream().filter(f -> !f.known())
                .map(Doc.Block::label).toList();
        d.field("open", "未確認事項", open.isEmpty() ? "なし" : String.join("、", open));
        d.field("next", "次の対応", bullets(s.nextSteps()));
        return d.build();
    }

    // ---------------------------------------------------------------- wording helpers

    String date(LocalDate date) {
        if (date == null) {
            return null;
        }
        return style == DateStyle.WAREKI ? JapaneseDates.wareki(date) : JapaneseDates.seireki(date);
    }

    /** 「漏えい」「漏えいのおそれ」「漏えい、毀損のおそれ」: the choices of the form's 発生事案 field. */
    private static String occurrenceList(BreachReport r) {
        return ordered(r.occurrences()).stream().map(o -> o.japanese() + (r.suspected() ? "のおそれ" : ""))
                .collect(Collectors.joining("、"));
    }

    /** 「漏えい」「漏えい等のおそれ」 for titles. */
    private static String occurrenceWords(BreachReport r) {
        List<Occurrence> os = ordered(r.occurrences());
        String base = os.size() == 1 ? os.get(0).japanese() : "漏えい等";
        return base + (r.suspected() ? "のおそれ" : "");
    }

    /** 「漏えいが発生したこと」「漏えい又は毀損が発生したおそれがあること」 for running text. */
    private static String occurrencePhrase(BreachReport r) {
        String words = ordered(r.occurrences()).stream().map(Occurrence::japanese).collect(Collectors.joining("又は"));
        return words + (r.suspected() ? "が発生したおそれがあること" : "が発生したこと");
    }

    /** 「漏えい又は毀損が発生したおそれがある」: a relative clause for item 2 in notices. */
    private static String affected(BreachReport r) {
        String words = ordered(r.occurrences()).stream().map(Occurrence::japanese).collect(Collectors.joining("又は"));
        return words + (r.suspected() ? "が発生したおそれがある" : "が発生した");
    }

    private static List<Occurrence> ordered(Set<Occurrence> set) {
        return set.stream().sorted().toList();
    }

    private static String discoverer(BreachReport r) {
        if (r.discoverer() == null) {
            return null;
        }
        return discovererJa(r.discoverer()) + (r.discovererDetail() == null ? "" : "（" + r.discovererDetail() + "）");
    }

    private static String art7Categories(BreachReport r) {
        if (r.categories().isEmpty()) {
            return "非該当（上記に該当しない場合の報告）";
        }
        return r.categories().stream().sorted().map(Art7Category::japanese).collect(Collectors.joining("\n"));
    }

    private static String myNumberCategories(BreachReport r) {
        if (r.myNumberCategories().isEmpty()) {
            return "非該当（上記に該当しない場合の報告）";
        }
        return r.myNumberCategories().stream().sorted().map(MyNumberCategory::japanese)
                .collect(Collectors.joining("\n"));
    }

    private static String partyPresence(NamedBusiness p) {
        if (p == null) {
            return "無";
        }
        return "有\n名称：" + p.name() + "\n住所：" + orUnknown(p.address()) + "\n電話番号：" + orUnknown(p.phone());
    }

    private static String entrustmentLine(BreachReport r) {
        List<String> parts = new ArrayList<>();
        parts.add("委託元：" + (r.principal() == null ? "無" : r.principal().name()));
        parts.add("委託先：" + (r.entrustee() == null ? "無" : r.entrustee().name()));
        if (r.jointReporter() != null) {
            parts.add("連名報告：" + r.jointReporter().name());
        }
        return String.join("　", parts);
    }

    private String timeline(List<ChronologyLine> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        return entries.stream().map(e -> date(e.date()) + (e.time() == null ? "" : " " + e.time()) + "　" + e.event())
                .collect(Collectors.joining("\n"));
    }

    private String overview(BreachReport r, String summary) {
        if (summary == null) {
            return null;
        }
        return summary + "\n発生日：" + orUnknown(date(r.occurredOn())) + "\n発覚日：" + date(r.discoveredOn());
    }

    private static String dataItems(List<String> items, String medium) {
        if (items.isEmpty()) {
            return null;
        }
        String list = bullets(items);
        return medium == null ? list : list + "\n（媒体・種類）" + medium;
    }

    /** The online form's choices name 自社 and 委託先 together. */
    private static String discovererJa(Discoverer d) {
        return switch (d) {
            case SELF, ENTRUSTEE -> "自社／委託先";
            case BUSINESS_PARTNER -> "取引先";
            case CUSTOMER -> "顧客／会員";
            case CARD_COMPANY -> "カード会社／決済代行会社";
            case OTHER -> "その他";
        };
    }

    /** 本人の数; a figure still being examined is printed as the maximum (Rules Art. 8(1)(iii), GL 3-5-3-1). */
    private static String persons(PersonCount count) {
        if (count == null) {
            return null;
        }
        String figure = String.format("%,d人", count.upperBound());
        return count.estimated() ? "最大" + figure + "（精査中）" : figure;
    }

    private static String cause(BreachReport r) {
        if (r.cause() == null) {
            return null;
        }
        // GL 3-5-3-3 item 4: the cause together with where it occurred (the reporter or its entrustee).
        return r.cause() + "\n（発生主体）" + orUnknown(r.causeLocation());
    }

    /** GL 3-5-3-3 item 8: measures already taken and measures planned, kept apart. */
    private static String measures(BreachReport r) {
        if (r.measuresTaken().isEmpty() && r.measuresPlanned().isEmpty()) {
            return null;
        }
        return "【実施済みの措置】\n" + orUnknown(bullets(r.measuresTaken())) + "\n【今後実施予定の措置】\n"
                + orUnknown(bullets(r.measuresPlanned()));
    }

    private static String inquiry(Inquiry i) {
        StringBuilder sb = new StringBuilder(i.name());
        if (i.phone() != null) {
            sb.append("\n電話番号：").append(i.phone());
        }
        if (i.hours() != null) {
            sb.append("\n受付時間：").append(i.hours());
        }
        if (i.email() != null) {
            sb.append("\nメールアドレス：").append(i.email());
        }
        return sb.toString();
    }

    private static String sender(Reporter r) {
        StringBuilder sb = new StringBuilder();
        if (r.address() != null) {
            sb.append(r.address()).append("\n");
        }
        sb.append(r.name());
        if (r.representative() != null) {
            sb.append("\n").append(r.representative());
        }
        return sb.toString();
    }

    private static String bullets(List<String> items) {
        return items.isEmpty() ? null : items.stream().map(i -> "・" + i).collect(Collectors.joining("\n"));
    }

    private static String orUnknown(String value) {
        return value == null ? Texts.NOT_YET_KNOWN : value;
    }
}
