package org.itaku.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.itaku.entrustment.Operator;
import org.itaku.incident.ForensicResult;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.IncidentReport;
import org.itaku.incident.LeakIndicator;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.PersonCount;

/**
 * Maps the incident module's {@link IncidentReport} of one operator into the input records of this module, and
 * words the paragraphs that tell the case (概要, 原因, 事実経過) from the recorded, structured facts only: the
 * incident types, where it happened, the signs of a leak, the certainty and the forensic findings with their dates.
 * The officer's free-text cause and notes are a working record (「フォレンジック調査中」, internal additions) and never
 * go into a letter; an officer who wants more detail edits the draft before keeping it. A fact the incident does not
 * hold stays null or empty and is printed as {@value Texts#NOT_YET_KNOWN}; nothing is guessed (Rules Art. 8(1) asks
 * only for what is known).
 */
final class IncidentDrafts {

    private final LongFunction<Operator> operators;
    private final LocalDate today;
    private final IncidentFacts facts;

    /**
     * @param operators the register's operators by id (address and contact are the register's)
     * @param today     the date the drafts are dated, in Japan
     * @param facts     the incident's facts as a whole (signs of a leak, public exposure), or null when not at hand
     */
    IncidentDrafts(LongFunction<Operator> operators, LocalDate today, IncidentFacts facts) {
        if (operators == null || today == null) {
            throw new IllegalArgumentException("operators and today are required");
        }
        this.operators = operators;
        this.today = today;
        this.facts = facts;
    }

    /**
     * The PPC report draft of one operator.
     *
     * @param siteName the operator where the incident happened, for 原因 (where it happened, GL 3-5-3-3)
     * @param previous for a 確報: the 速報 as last generated, or null
     */
    BreachReport report(IncidentReport r, long siteId, String siteName, ReportStage stage, BreachReport previous) {
        Operator me = operators.apply(r.reporterId());
        LocalDate discovered = r.knownOn() != null && !r.knownOn().isBefore(r.discoveredOn()) ? r.knownOn()
                : r.discoveredOn();
        BreachReport.Builder b = BreachReport.builder()
                .stage(stage)
                .preparedOn(today.isBefore(discovered) ? discovered : today)
                .reporter(new Reporter(r.reporterName(), me == null ? null : me.address(), null))
                .title(r.title())
                .occurredOn(r.occurredOn())
                .discoveredOn(discovered)
                .occurrences(Set.of(occurrence(r.kind())))
                .suspected(possible(r.kind()) || ruledOut(r.kind()))
                .discoverer(r.discoverer(), null)
                .categories(art7(r.appiCategories()))
                .timeline(chronology(r, siteId, siteName))
                .dataItems(items(r.dataItems()))
                .persons(persons(r.persons(), r.personsMax()));
        if (!r.principals().isEmpty()) {
            b.principal(party(r.principals().get(0)));
            if (r.principals().size() > 1) {
                b.otherNotes(otherPrincipals(r.principals()));
            }
        }
        if (!r.entrustees().isEmpty()) {
            b.entrustee(party(r.entrustees().get(0)));
        }
        b.summary(summary(r, siteId, siteName));
        String cause = cause(r, siteId, siteName);
        if (cause != null) {
            b.cause(cause, r.reporterId() == siteId ? "報告者" : "委託先（" + siteName + "）");
        }
        if (stage == ReportStage.FINAL && previous != null) {
            b.previous(previous);
        }
        return b.build();
    }

    /**
     * Item (1) 概要, written from the recorded facts only: where it happened, how (the incident types) and what
     * happened to whose data. Dates, items and counts have their own items and are not repeated here.
     */
    static String summary(IncidentReport r, long siteId, String siteName) {
        return summary(r, siteId, siteName, WE_FORM);
    }

    static String summary(IncidentReport r, long siteId, String siteName, String we) {
        boolean atReporter = r.reporterId() == siteId;
        String where = atReporter ? we : we + "の委託先である" + siteName;
        String how = typesJa(r.incidentTypes());
        String event = occurrence(r.kind()).japanese();
        String opening = where + "において、" + (how.isEmpty() ? "" : how + "により、")
                + (atReporter ? we + "が取り扱う" : we + "が委託した") + "個人データの";
        if (ruledOut(r.kind())) {
            // GL 3-5-3-4: a 速報 filed on a possibility is completed by a 確報 stating what the investigation found.
            return opening + event + "のおそれがある事態が発生しましたが、その後の調査の結果、" + event
                    + "は発生していないことが判明しました。";
        }
        return opening + event + (possible(r.kind()) ? "のおそれがある事態" : "") + "が発生しました。";
    }

    /**
     * Item (4) 原因, from the recorded facts: how it happened and where (GL 3-5-3-3 asks for the cause with the place
     * it occurred), the signs that made it a possible leak (GL 3-5-3-1 ※4), whether the data lay open to anyone, and
     * what the investigation has found so far. Null when nothing about the cause is recorded.
     */
    String cause(IncidentReport r, long siteId, String siteName) {
        return cause(r, siteId, siteName, WE_FORM);
    }

    String cause(IncidentReport r, long siteId, String siteName, String we) {
        List<String> sentences = new ArrayList<>();
        String how = typesJa(r.incidentTypes());
        String where = r.reporterId() == siteId ? we : we + "の委託先である" + siteName;
        String event = occurrence(r.kind()).japanese();
        if (!how.isEmpty()) {
            sentences.add(where + "における" + how + "によるものです。");
        }
        if (facts != null && !facts.indicators().isEmpty()) {
            String signs = facts.indicators().stream().map(IncidentDrafts::indicatorJa).collect(Collectors.joining("、"));
            sentences.add(ruledOut(r.kind()) ? "当初、" + signs + "が認められたため、" + event + "のおそれがあるものとして対応しました。"
                    : signs + "が認められています。");
        }
        if (facts != null && facts.publiclyViewable()) {
            sentences.add("対象の個人データは、不特定多数の者が閲覧できる状態に置かれていました。");
        }
        ForensicResult.Outcome last = r.findings().isEmpty() ? null
                : r.findings().get(r.findings().size() - 1).outcome();
        if (ruledOut(r.kind())) {
            sentences.add("調査の結果、" + event + "は発生していないことが判明しました。");
        } else if (possible(r.kind())) {
            sentences.add("詳細な経緯は引き続き調査しており、判明し次第、報告いたします。");
        } else if (r.findings().stream().anyMatch(f -> f.outcome() == ForensicResult.Outcome.CONFIRMED)) {
            sentences.add("調査の結果、" + event + "の発生を確認しました。");
        }
        if (last == ForensicResult.Outcome.NARROWED) {
            sentences.add("調査により、対象となる項目又は本人の数を絞り込みました。");
        }
        return sentences.isEmpty() ? null : String.join("", sentences);
    }

    /** GL 3-5-3-1 ※4 (ア)–(オ), in the words of a report. */
    private static String indicatorJa(LeakIndicator indicator) {
        return switch (indicator) {
            case EXFILTRATION_TRACES -> "外部へのデータ送信の痕跡";
            case INFO_STEALING_MALWARE -> "情報を窃取する機能を持つマルウェアへの感染";
            case C2_TRAFFIC -> "不正な指令サーバー（C&Cサーバー）との通信";
            case TAMPERED_INPUT_PAGE -> "入力ページを構成するファイルの改ざん";
            case CREDIBLE_TIP_OFF -> "公的機関又は専門事業者からの具体的な情報提供";
        };
    }

    private static boolean possible(String kind) {
        return kind.endsWith("_possible");
    }

    /** A forensic finding ruled the event out ("leak_ruled_out"): a 速報 may have been filed and needs its 確報. */
    private static boolean ruledOut(String kind) {
        return kind.endsWith("_ruled_out");
    }

    /** The joint (連名) variant, filed with the first principal; only for an operator that has one. */
    BreachReport joint(BreachReport report) {
        if (report.principal() == null) {
            throw new IllegalArgumentException("a joint report needs a principal");
        }
        return report.toBuilder().jointReporter(report.principal()).build();
    }

    /**
     * The My Number Act Art. 29-4 variant: the same draft with the My Number rule's items (Rules Art. 2) in place of
     * the APPI ones; only for an incident whose items include My Numbers.
     */
    BreachReport myNumber(BreachReport report, IncidentReport r) {
        return report.toBuilder().categories(Set.of()).myNumber(myNumber(r.myNumberCategories())).build();
    }

    static boolean concernsMyNumbers(IncidentReport r) {
        return !r.myNumberCategories().isEmpty() || r.dataItems().contains(DataItem.MY_NUMBER.code());
    }

    /** The notice of an entrustee to one principal, with the principal's own persons and items. */
    PrincipalNotice principalNotice(BreachReport report, IncidentReport reporter, IncidentReport principal,
            long incidentId) {
        // The other principals are the entrustee's other clients: a letter to one of them does not name the others.
        BreachReport forThisPrincipal = report.otherNotes() != null && report.otherNotes().startsWith(OTHER_PRINCIPALS)
                ? report.toBuilder().otherNotes(null).build() : report;
        return new PrincipalNotice(forThisPrincipal,
                party(new IncidentReport.PartyRef(principal.reporterId(), principal.reporterName())),
                persons(principal.persons(), principal.personsMax()), items(principal.dataItems()),
                report.preparedOn(), inquiry(report.reporter().name(), operators.apply(reporter.reporterId())),
                "INC-" + incidentId + "-" + principal.reporterId(), !reporter.appiCategories().isEmpty(),
                !reporter.myNumberCategories().isEmpty());
    }

    /**
     * The report as a letter words it (the notice to a principal): the business speaks of itself as 弊社, as the
     * letter around it does, not as 当社 as in the form for the PPC.
     */
    BreachReport letter(IncidentReport r, long siteId, String siteName) {
        BreachReport report = report(r, siteId, siteName, ReportStage.PRELIMINARY, null);
        return report.toBuilder().summary(summary(r, siteId, siteName, WE_LETTER))
                .timeline(chronology(r, siteId, siteName, WE_LETTER))
                .cause(cause(r, siteId, siteName, WE_LETTER), report.causeLocation()).build();
    }

    /** How the reporter names itself: 当社 in the report form, 弊社 in a letter. */
    static final String WE_FORM = "当社";
    static final String WE_LETTER = "弊社";

    /**
     * The notice to the individuals of one operator: addressed to the people the data concern, worded for them (what
     * happened and why in plain words, not the recorded cause with its working notes), citing the laws that oblige
     * it for this operator's decision.
     */
    IndividualNotice individualNotice(BreachReport report, IncidentReport r, long siteId, String siteName,
            List<String> personKinds) {
        return new IndividualNotice(report, report.preparedOn(), null, List.of(), individualSummary(r, siteId, siteName),
                individualCause(r, siteId, siteName), List.of(), inquiry(report.reporter().name(),
                        operators.apply(r.reporterId())), audience(personKinds), !r.appiCategories().isEmpty(),
                !r.myNumberCategories().isEmpty());
    }

    /** Item 1 for the individual: where and how, in words for the people affected. */
    static String individualSummary(IncidentReport r, long siteId, String siteName) {
        boolean atReporter = r.reporterId() == siteId;
        String where = atReporter ? "弊社" : "弊社が業務を委託している" + siteName;
        String how = typesJa(r.incidentTypes());
        String event = occurrence(r.kind()).japanese();
        String opening = where + "において" + (how.isEmpty() ? "" : how + "による") + "事案が発生し、皆様の個人情報の" + event;
        if (ruledOut(r.kind())) {
            return opening + "が発生したおそれがありましたが、その後の調査の結果、" + event + "は発生していないことが確認されました。";
        }
        return opening + (possible(r.kind()) ? "が発生したおそれがあることが判明しました。" : "が発生しました。");
    }

    /** Item 4 for the individual: a simplified cause (GL 3-5-4-3), from the recorded kind of incident. */
    static String individualCause(IncidentReport r, long siteId, String siteName) {
        String how = typesJa(r.incidentTypes());
        if (how.isEmpty()) {
            return null;
        }
        String where = r.reporterId() == siteId ? "弊社" : siteName;
        return where + "における" + how + "によるものです。" + (possible(r.kind())
                ? "詳しい経緯は引き続き調査しており、判明した事項は改めてお知らせいたします。" : "");
    }

    /** The public announcement, worded like the notice to individuals (it is their alternative, GL 3-5-4-5). */
    PublicAnnouncement announcement(BreachReport report, IncidentReport r, long siteId, String siteName) {
        return new PublicAnnouncement(report, report.preparedOn(), individualSummary(r, siteId, siteName)
                .replace("皆様の個人情報", "弊社が取り扱う個人情報"), individualCause(r, siteId, siteName), List.of(),
                inquiry(report.reporter().name(), operators.apply(r.reporterId())));
    }

    IncidentSummary summary(BreachReport report, long incidentId) {
        return new IncidentSummary(report, report.preparedOn(), "INC-" + incidentId, null, List.of(), List.of());
    }

    /**
     * The inquiry desk is the register's contact of the operator. Where the register has neither phone nor
     * e-mail, the phone is printed as {@value Texts#NOT_YET_KNOWN} so the gap shows instead of a made-up number.
     */
    static Inquiry inquiry(String operatorName, Operator operator) {
        String desk = operator == null || operator.contactName() == null ? operatorName
                : operatorName + "　" + operator.contactName();
        String phone = operator == null ? null : operator.contactPhone();
        String email = operator == null ? null : operator.contactEmail();
        return new Inquiry(desk, phone == null && email == null ? Texts.NOT_YET_KNOWN : phone, null, email);
    }

    private NamedBusiness party(IncidentReport.PartyRef ref) {
        Operator o = operators.apply(ref.operatorId());
        return new NamedBusiness(ref.name(), o == null ? null : o.address(), o == null ? null : o.contactPhone());
    }

    static Occurrence occurrence(String kind) {
        String event = kind.replaceFirst("_(possible|ruled_out)$", "");
        return switch (event) {
            case "leak" -> Occurrence.LEAK;
            case "loss" -> Occurrence.LOSS;
            case "damage" -> Occurrence.DAMAGE;
            default -> throw new IllegalArgumentException("unknown incident kind: " + kind);
        };
    }

    static Set<Art7Category> art7(List<Integer> items) {
        Set<Art7Category> out = EnumSet.noneOf(Art7Category.class);
        for (int i : items) {
            if (i >= 1 && i <= Art7Category.values().length) {
                out.add(Art7Category.values()[i - 1]);
            }
        }
        return out;
    }

    static Set<MyNumberCategory> myNumber(List<Integer> items) {
        Set<MyNumberCategory> out = EnumSet.noneOf(MyNumberCategory.class);
        for (int i : items) {
            if (i >= 1 && i <= MyNumberCategory.values().length) {
                out.add(MyNumberCategory.values()[i - 1]);
            }
        }
        return out;
    }

    /** Item codes of the glossary in Japanese, in the order given; an unknown code is kept as it is. */
    static List<String> items(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            String ja = code;
            for (DataItem item : DataItem.values()) {
                if (item.code().equals(code)) {
                    ja = item.label();
                }
            }
            out.add(ja);
        }
        return out;
    }

    /** A count of 0 with no upper bound means nobody has counted yet: left unknown rather than printed as 0人. */
    static PersonCount persons(long persons, Long personsMax) {
        if (personsMax != null && personsMax > persons) {
            return PersonCount.atMost(personsMax);
        }
        return persons > 0 ? PersonCount.exact(persons) : null;
    }

    /**
     * 事実経過 in plain Japanese, written from the recorded facts and their dates only: when it occurred, when the
     * operator where it happened found it, when this operator learned of it (for a principal, its entrustee's
     * notice, GL 3-5-3-5), when it notified its own principals (APPI Art. 26(1) proviso), when it was contained.
     * The incident's log lines and notes are the officer's working record, not text for the PPC or a principal.
     */
    static List<ChronologyLine> chronology(IncidentReport r, long siteId, String siteName) {
        return chronology(r, siteId, siteName, WE_FORM);
    }

    static List<ChronologyLine> chronology(IncidentReport r, long siteId, String siteName, String we) {
        boolean atReporter = r.reporterId() == siteId;
        String where = atReporter ? we : we + "の委託先である" + siteName;
        String how = typesJa(r.incidentTypes());
        // What was known when it was found: a finding that confirmed or ruled out the event came later.
        boolean settledLater = r.findings().stream().anyMatch(f -> f.outcome() != ForensicResult.Outcome.NARROWED);
        String event = occurrence(r.kind()).japanese()
                + (possible(r.kind()) || ruledOut(r.kind()) || settledLater ? "のおそれ" : "");
        List<ChronologyLine> out = new ArrayList<>();
        if (r.occurredOn() != null) {
            out.add(new ChronologyLine(r.occurredOn(), null, where + "において、" + (how.isEmpty() ? "" : how + "による")
                    + "事案が発生しました。"));
        }
        out.add(new ChronologyLine(r.discoveredOn(), null, (atReporter ? we : siteName) + "が事態を把握しました（"
                + event + "）。"));
        if (!atReporter) {
            LocalDate known = r.knownOn() != null ? r.knownOn() : r.noticeReceivedOn();
            String from = r.entrustees().isEmpty() ? "委託先" : "委託先である" + r.entrustees().get(0).name();
            if (r.noticeReceivedOn() != null && (known == null || !known.isBefore(r.noticeReceivedOn()))) {
                out.add(new ChronologyLine(r.noticeReceivedOn(), null, from + "から通知を受け、" + we + "が事態を知りました。"));
            } else if (known != null) {
                out.add(new ChronologyLine(known, null, we + "が事態を知りました。"));
            }
        }
        if (r.notifiedPrincipalsOn() != null && !r.principals().isEmpty()) {
            out.add(new ChronologyLine(r.notifiedPrincipalsOn(), null, we + "から委託元"
                    + (r.principals().size() == 1 ? "である" + r.principals().get(0).name()
                            : "の事業者（" + r.principals().size() + "者）")
                    + "へ、事態の発生を通知しました。"));
        }
        if (r.containedOn() != null) {
            out.add(new ChronologyLine(r.containedOn(), null, "被害の拡大を防止する措置を完了しました。"));
        }
        String occurrence = occurrence(r.kind()).japanese();
        for (IncidentReport.Finding f : r.findings()) {
            out.add(new ChronologyLine(f.on(), null, switch (f.outcome()) {
                case RULED_OUT -> "調査の結果、" + occurrence + "は発生していないことが判明しました。";
                case CONFIRMED -> "調査の結果、" + occurrence + "の発生を確認しました。";
                case NARROWED -> "調査の結果、対象となる項目又は本人の数を絞り込みました。";
            }));
        }
        out.sort(Comparator.comparing(ChronologyLine::date));
        return out;
    }

    private static final String OTHER_PRINCIPALS = "委託元は、上記を含め";

    /** The principals beyond the first (the form's 委託元 field names one): counted, and named while few. */
    static String otherPrincipals(List<IncidentReport.PartyRef> principals) {
        int n = principals.size();
        String names = n <= 10 ? "（" + String.join("、", principals.stream().map(IncidentReport.PartyRef::name).toList())
                + "）" : "";
        return OTHER_PRINCIPALS + String.format("%,d", n) + "者です" + names + "。";
    }

    /** ランサムウェア・不正アクセス: the incident types in Japanese. */
    static String typesJa(List<String> codes) {
        return codes.stream().map(code -> IncidentType.valueOf(code.toUpperCase(Locale.ROOT)).ja())
                .collect(Collectors.joining("・"));
    }

    /**
     * The salutation of a notice to individuals, from the kinds of persons the register records for the data
     * (「顧問先企業の従業員」「従業員、扶養家族」): 「従業員及びご家族の皆様」. Customers are 「お客様各位」 only when the data
     * are customers'; unknown kinds give none (the letter then speaks to 本件の対象となる皆様).
     */
    static String audience(List<String> personKinds) {
        String all = String.join("、", personKinds);
        List<String> groups = new ArrayList<>();
        for (String[] kind : AUDIENCES) {
            if (Arrays.stream(kind).skip(1).anyMatch(all::contains) && !groups.contains(kind[0])) {
                groups.add(kind[0]);
            }
        }
        if (groups.isEmpty()) {
            return null;
        }
        if (groups.equals(List.of("お客様"))) {
            return "お客様各位";
        }
        return String.join("及び", groups) + "の皆様";
    }

    /** A salutation word and the words of the register's 本人の種類 that call for it, in the order they are named. */
    private static final String[][] AUDIENCES = {
            {"従業員", "従業員", "社員", "職員", "役員"},
            {"ご家族", "扶養", "家族"},
            {"退職者", "退職"},
            {"被保険者", "被保険者", "組合員"},
            {"患者", "患者"},
            {"応募者", "応募", "求職"},
            {"会員", "会員"},
            {"お客様", "顧客", "お客様", "利用者", "消費者"}};
}
