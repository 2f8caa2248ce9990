package org.itaku.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * Decides whether a breach must be reported, to whom and by when, under the APPI (Art. 26, Rules Arts. 7–10),
 * the My Number Act (Art. 29-4 and its reporting rule) and the sector layers. Pure rule logic: no Spring, no
 * database; the same facts always give the same decision.
 */
public final class ObligationEngine {

    /** 速報: the guideline's indication is about 3 to 5 days from knowing (GL 3-5-3-3); not a statutory count. */
    static final int PRELIMINARY_FROM_DAYS = 3;
    static final int PRELIMINARY_TO_DAYS = 5;

    /** Rules Art. 7(iv): 千人を超える. 行政機関等: 百人を超える (appi-rules.md §1.7). */
    static final int PRIVATE_THRESHOLD = 1000;
    static final int PUBLIC_THRESHOLD = 100;
    /** My Number Rule Art. 2(iv): 百人を超える. */
    static final int MY_NUMBER_THRESHOLD = 100;

    static final String PPC = "PPC";
    static final String FSA = "FSA";

    private final AdministrativeCalendar calendar;

    public ObligationEngine() {
        this(AdministrativeCalendar.japan());
    }

    ObligationEngine(AdministrativeCalendar calendar) {
        this.calendar = calendar;
    }

    public Decision evaluate(Facts facts) {
        return new Evaluation(facts).decide();
    }

    /** One evaluation: collects categories, obligations and reasons as it goes. */
    private final class Evaluation {

        private final Facts f;
        /** 知った日: day 1 of every clock (GL 3-5-3-4), for a principal at the latest the entrustee's notice. */
        private final LocalDate day1;
        private final RuleSet ruleSet;
        private final boolean publicBody;
        private final List<Reason> reasons = new ArrayList<>();
        private final List<Obligation> obligations = new ArrayList<>();
        private final SortedSet<Integer> appi = new TreeSet<>();
        private final SortedSet<Integer> myNumber = new TreeSet<>();
        /** 委託元への通知, listed after the reports it can replace. */
        private Obligation principalNotice;

        Evaluation(Facts facts) {
            this.f = facts;
            this.day1 = facts.awarenessDate();
            this.ruleSet = RuleSet.inForceOn(day1);
            this.publicBody = facts.operatorKind() == OperatorKind.PUBLIC_BODY;
        }

        private void reason(String rule, String ja, String en) {
            reasons.add(new Reason(rule, ja, en));
        }

        /** Public bodies fall under APPI Chapter V; the article numbers come from a secondary source (§1.7). */
        private String statute() {
            return publicBody ? "APPI Art. 68(1)" : "APPI Art. 26(1)";
        }

        private String item(int n) {
            String roman = switch (n) {
                case 1 -> "i";
                case 2 -> "ii";
                case 3 -> "iii";
                default -> "iv";
            };
            return (publicBody ? "Rules Art. 43(" : "Rules Art. 7(") + roman + ")";
        }

        Decision decide() {
            reason("Rules Art. 7", "適用規則: " + ruleSet.id() + "（" + ruleSet.effectiveFrom() + "施行）。知った日 "
                    + day1 + " に施行されている版で判断します。",
                    "Rule set " + ruleSet.id() + " (in force from " + ruleSet.effectiveFrom()
                            + ") applies, chosen by the awareness date " + day1 + ".");

            // GL 3-5-1: nothing to report when neither a breach nor its possibility remains.
            if (f.certainty() == Certainty.RULED_OUT) {
                reason("Rules Art. 7", "漏えい等もそのおそれも否定されているため、報告・通知の義務はありません。",
                        "The breach and any possibility of it are ruled out, so nothing is owed.");
                return decision(false, null);
            }
            // Rules Art. 7(i) parenthetical, carried into every item ("以下この条…において同じ"); My Number Rule Art. 2 alike.
            if (f.strongEncryption()) {
                reason("Rules Art. 7(i)", "高度な暗号化その他の必要な措置が講じられたデータは報告対象の事態から除かれます。"
                        + "本人への通知（APPI 第26条第2項）も不要です。復号鍵が漏えいした場合はこの除外は使えません。",
                        "Data protected by strong encryption or an equivalent measure are excluded from every reportable"
                                + " category, and so is the notice to individuals (APPI Art. 26(2)). The exemption fails"
                                + " if the key was compromised.");
                if (f.dataItems().contains(DataItem.MY_NUMBER)) {
                    reason("My Number Rule Art. 2", "マイナンバーについても同じ除外が適用されます。",
                            "The same exclusion applies to the My Number data.");
                }
                if (f.operatorKind() == OperatorKind.FINANCIAL) {
                    reason("FSA Q&A A4-17", "金融分野でも暗号化による本人通知の免除が示されています。業法上の報告の扱いは監督当局に確認してください。",
                            "The financial Q&A also waives the notice under strong encryption; confirm the business-act"
                                    + " report with the supervisor.");
                }
                return decision(false, Decision.STRONG_ENCRYPTION);
            }

            boolean unauthorized = unauthorizedPurpose();
            appiCategories(unauthorized);
            myNumberCategories(unauthorized);
            boolean owed = !appi.isEmpty() || !myNumber.isEmpty();
            boolean relieved = owed && entrustment();
            if (owed && !relieved) {
                authorityReports();
                notifyIndividuals();
            }
            if (principalNotice != null) {
                obligations.add(principalNotice);
            }
            boolean sector = sectorLayer(owed);
            String exemption = relieved ? Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL : null;
            return decision((owed && !relieved) || sector, exemption);
        }

        private Decision decision(boolean reportable, String exemption) {
            return new Decision(reportable, List.copyOf(appi), List.copyOf(myNumber), exemption, obligations, reasons,
                    ruleSet.id());
        }

        /** Explicit answer first; otherwise the incident types of GL 3-5-3-1 (3) 事例1–8 imply it. */
        private boolean unauthorizedPurpose() {
            if (f.unauthorizedPurpose() != null) {
                return f.unauthorizedPurpose();
            }
            return f.incidentTypes().stream().anyMatch(IncidentType::impliesUnauthorizedPurpose);
        }

        private void appiCategories(boolean unauthorized) {
            String what = f.event().ja() + (f.certainty() == Certainty.POSSIBLE ? "のおそれ" : "");
            String whatEn = (f.certainty() == Certainty.POSSIBLE ? "possible " : "") + f.event().en();
            if (f.acquiring() && !ruleSet.itemThreeCoversAcquiring()) {
                // Before the 2024-04-01 amendment Art. 7 spoke only of 個人データ; information still being acquired was not.
                reason("Rules Art. 7(iii)", "取得しようとしている段階の情報は、" + ruleSet.id()
                        + " では個人データに当たらず、報告対象の事態になりません（2024年4月1日の改正で第3号に追加）。",
                        "Information still being acquired was not personal data under " + ruleSet.id()
                                + "; the amendment of 2024-04-01 brought it into item iii.");
                return;
            }
            if (f.hasAny(DataItem::specialCare)) {
                appi.add(1);
                reason(item(1), "要配慮個人情報（" + itemsJa(DataItem::specialCare) + "）を含む個人データの" + what
                        + "に当たります。人数を問いません。",
                        "The " + whatEn + " involves special-care data (" + items(DataItem::specialCare)
                                + "); no head-count threshold.");
            }
            if (f.hasAny(DataItem::financialDamage)) {
                appi.add(2);
                reason(item(2), "不正利用により財産的被害が生じるおそれのある個人データ（" + itemsJa(DataItem::financialDamage)
                        + "）の" + what + "に当たります。",
                        "Data that could cause financial damage if misused (" + items(DataItem::financialDamage)
                                + "); no head-count threshold.");
            }
            if (f.hasAny(DataItem::reviewForFinancialDamage) && !appi.contains(2)) {
                reason(item(2), "口座情報や ID・パスワード（" + itemsJa(DataItem::reviewForFinancialDamage)
                        + "）は、それだけでは第2号に当たるとは限りません。送金・決済機能の有無などを確認してください。",
                        "Bank accounts or credentials (" + items(DataItem::reviewForFinancialDamage)
                                + ") are not assumed to fall under item ii; check whether they allow payments.");
            }
            if (unauthorized) {
                appi.add(3);
                String source = f.unauthorizedPurpose() != null ? "入力で「不正の目的あり」とされています"
                        : "事案の種類（" + incidentTypesJa() + "）から不正の目的をもって行われたおそれがあります";
                String sourceEn = f.unauthorizedPurpose() != null ? "the input says the act had an unauthorized purpose"
                        : "the incident types (" + incidentTypes() + ") imply an act with an unauthorized purpose";
                reason(item(3), source + "。委託先や利用しているサービスへの攻撃も含みます。人数を問いません。",
                        "Item iii applies: " + sourceEn + ". Attacks on entrustees or on services used count too;"
                                + " no head-count threshold.");
                if (f.acquiring()) {
                    reason(item(3), "取得しようとしている個人情報も第3号の対象です（" + ruleSet.id() + "）。",
                            "Information being acquired is covered by item iii under " + ruleSet.id() + ".");
                }
            }
            int threshold = publicBody ? PUBLIC_THRESHOLD : PRIVATE_THRESHOLD;
            int count = f.countForThreshold();
            String counted = f.personsMax() != null ? "最大見込み人数 " + count + " 人" : "本人の数 " + count + " 人";
            String countedEn = f.personsMax() != null ? "the maximum possible count of " + count
                    : "the count of " + count;
            if (count > threshold) {
                appi.add(4);
                reason(item(4), counted + "が " + threshold + " 人を超えます" + (publicBody
                        ? "（行政機関等の基準。条文番号は二次資料による）。" : "。"),
                        "Item iv applies: " + countedEn + " exceeds " + threshold + (publicBody
                                ? " (public-body threshold; article number from a secondary source)." : "."));
            } else if (appi.isEmpty()) {
                reason(item(4), counted + "は " + threshold + " 人以下で、第1号から第3号にも当たらないため、"
                        + statute() + " の報告義務はありません。任意の報告は可能で、GL 3-5-2 の対応（原因究明・再発防止等）は必要です。",
                        "No category applies: " + countedEn + " does not exceed " + threshold
                                + " and items i–iii are absent, so " + statute()
                                + " owes no report. A voluntary report is possible; the GL 3-5-2 measures still apply.");
            }
        }

        /** My Number Rule Art. 2 items 1–4, only when My Number data are involved (特定個人情報, Art. 2(9)). */
        private void myNumberCategories(boolean unauthorized) {
            if (!f.dataItems().contains(DataItem.MY_NUMBER)) {
                return;
            }
            if (f.operatorKind() == OperatorKind.PUBLIC_BODY
                    || f.operatorKind() == OperatorKind.HEALTH_INSURANCE_SOCIETY) {
                myNumber.add(1);
                reason("My Number Rule Art. 2(i)", "個人番号利用事務等の情報システムで管理する特定個人情報と想定します"
                        + "（行政機関等・健康保険組合）。該当しない場合は見直してください。",
                        "Assumed to be My Number data held in the systems used for My Number administration"
                                + " (public bodies, health insurance societies); review if not.");
            }
            if (unauthorized) {
                myNumber.add(2);
                reason("My Number Rule Art. 2(ii)", "不正の目的をもって行われたおそれのある特定個人情報の漏えい等です。",
                        "My Number data affected by an act with a possible unauthorized purpose.");
            }
            if (f.publiclyViewable()) {
                myNumber.add(3);
                reason("My Number Rule Art. 2(iii)", "電子的方法により不特定多数の者が閲覧できる状態になったおそれがあります。",
                        "My Number data were possibly viewable by an unspecified number of people online.");
            }
            int count = f.countForThreshold();
            if (count > MY_NUMBER_THRESHOLD) {
                myNumber.add(4);
                reason("My Number Rule Art. 2(iv)", "特定個人情報に係る本人の数（" + count + " 人）が 100 人を超えます。",
                        "The My Number data concern " + count + " persons, more than 100.");
            }
            if (myNumber.isEmpty()) {
                reason("My Number Act Art. 29-4", "番号法上の報告対象の事態には当たりませんが、委員会への報告に努めるべき事案です。",
                        "No My Number category applies, but the operator should endeavour to report (effort duty).");
            } else {
                reason("My Number Act Art. 29-4(1)", "番号法に基づき個人情報保護委員会への報告が必要です。",
                        "A report to the PPC is owed under the My Number Act.");
            }
        }

        /**
         * APPI Art. 26(1) proviso and Rules Art. 9 (My Number Act Art. 29-4(1) proviso and its Rule Art. 4): an
         * entrustee that notifies its principal promptly is relieved of the report and of the notice to individuals.
         * Returns whether the operator is relieved.
         */
        private boolean entrustment() {
            if (f.role() == EntrustmentRole.PRINCIPAL) {
                if (f.notifiedPrincipalOn() != null && f.notifiedPrincipalOn().isBefore(f.knownOn())) {
                    reason("GL 3-5-3-5", "委託元は遅くとも委託先からの通知を受けた時点で事態を知ったことになるため、"
                            + "期限は通知の受領日 " + day1 + " から数えます（入力の知った日 " + f.knownOn() + " ではありません）。",
                            "A principal knows at the latest when its entrustee's notice arrives, so the clock starts on "
                                    + day1 + ", not on the known_on given (" + f.knownOn() + ").");
                } else {
                    reason("GL 3-5-3-5", "委託先から通知を受けた場合、委託元は遅くともその受領日に事態を知ったことになります。",
                            "Where an entrustee's notice came in, the principal knew at the latest on its arrival.");
                }
                if (f.operatorKind() == OperatorKind.HEALTH_INSURANCE_SOCIETY) {
                    reason("健保Q&A 問203", "委託先が健康保険組合に通知しても、委託元である健康保険組合の報告義務は免除されません。",
                            "A health insurance society is never relieved by its entrustees' notices.");
                }
                return false;
            }
            LocalDate from = day1.plusDays(PRELIMINARY_FROM_DAYS);
            LocalDate to = day1.plusDays(PRELIMINARY_TO_DAYS);
            List<String> basis = new ArrayList<>();
            if (!appi.isEmpty()) {
                basis.add(publicBody ? "APPI Art. 68(1) proviso" : "APPI Art. 26(1) proviso");
                basis.add("Rules Art. 9");
            }
            if (!myNumber.isEmpty()) {
                basis.add("My Number Act Art. 29-4(1) proviso");
                basis.add("My Number Rule Art. 4");
            }
            Obligation notice = Obligation.window(Obligation.Kind.NOTIFY_PRINCIPAL, null, from, to, basis);
            if (f.operatorKind() == OperatorKind.HEALTH_INSURANCE_SOCIETY) {
                principalNotice = f.notifiedPrincipalOn() == null ? notice : notice.doneOn(f.notifiedPrincipalOn());
                reason("健保Q&A 問203", "健康保険組合は委託に関する通知による免除を受けない扱いとし、報告義務が残ります。",
                        "A health insurance society is treated as never relieved by a notice; its report stays owed.");
                return false;
            }
            if (f.notifiedPrincipalOn() == null) {
                principalNotice = notice;
                reason("Rules Art. 9", "委託先として、速やかに（目安 " + from + "〜" + to
                        + "）委託元へ第8条第1項の事項を通知すれば、委員会への報告と本人への通知が免除されます。通知するまでは自ら報告義務を負います。",
                        "As an entrustee it is relieved of the PPC report and the notice to individuals once it notifies"
                                + " its principal promptly (indicatively " + from + " to " + to
                                + "); until then it owes them itself.");
                return false;
            }
            principalNotice = notice.doneOn(f.notifiedPrincipalOn());
            reason(basis.get(0), f.notifiedPrincipalOn() + " に委託元へ通知したため、委員会への報告義務は免除されます。",
                    "The entrustee notified its principal on " + f.notifiedPrincipalOn()
                            + ", so it is relieved of the report to the PPC.");
            reason("APPI Art. 26(2)", "通知をした委託先は本人への通知義務も負いません。委託元の報告・通知には協力が求められます。",
                    "Having notified, the entrustee also owes no notice to individuals; it should help the principal.");
            if (f.notifiedPrincipalOn().isAfter(to)) {
                reason("Rules Art. 9", "通知日は「速やか」の目安（" + to + " まで）を過ぎています。経緯を記録してください。",
                        "The notice came after the indicative prompt window (up to " + to + "); record why.");
            }
            return true;
        }

        /** 速報 and 確報 to the PPC (Rules Art. 8; My Number Rule Art. 3). */
        private void authorityReports() {
            List<String> laws = new ArrayList<>();
            if (!appi.isEmpty()) {
                laws.add(statute());
            }
            if (!myNumber.isEmpty()) {
                laws.add("My Number Act Art. 29-4(1)");
            }
            LocalDate from = day1.plusDays(PRELIMINARY_FROM_DAYS);
            LocalDate to = day1.plusDays(PRELIMINARY_TO_DAYS);
            obligations.add(Obligation.window(Obligation.Kind.PPC_PRELIMINARY, PPC, from, to, laws));
            reason("Rules Art. 8(1)", "速報は「速やかに」。ガイドラインの目安は知った時点から概ね3〜5日以内（" + from + "〜" + to
                    + "）で、法定の期限ではありません。事業所管大臣に権限委任された分野ではその大臣に報告します。",
                    "Preliminary report: promptly; the guideline indicates about 3–5 days (" + from + " to " + to
                            + "), not a statutory deadline. In delegated sectors it goes to the minister instead.");

            // GL 3-5-3-4: 60 days when item iii applies, also together with other items; My Number Rule Art. 3(2) alike.
            int appiDays = appi.contains(3) ? 60 : 30;
            int myNumberDays = myNumber.contains(2) ? 60 : 30;
            if (!appi.isEmpty() && !myNumber.isEmpty() && appiDays == myNumberDays) {
                finalReport(appiDays, laws, "Rules Art. 8(2)");
            } else {
                if (!appi.isEmpty()) {
                    finalReport(appiDays, List.of(statute()), "Rules Art. 8(2)");
                }
                if (!myNumber.isEmpty()) {
                    finalReport(myNumberDays, List.of("My Number Act Art. 29-4(1)"), "My Number Rule Art. 3(2)");
                }
            }
            if (publicBody) {
                reason("APPI Art. 68(1)", "行政機関等の報告期限は民間と同じ計算で示しています（行政機関等の規則本文は未確認）。",
                        "For a public body the private-sector timing is assumed; the public-sector rule text was not checked.");
            }
        }

        private void finalReport(int days, List<String> basis, String rule) {
            LocalDate last = day1.plusDays(days - 1L); // GL 3-5-3-4: the day of knowledge is day 1
            LocalDate due = calendar.nextOpenDayOnOrAfter(last);
            obligations.add(Obligation.due(Obligation.Kind.PPC_FINAL, PPC, due, basis));
            String why = days == 60 ? "不正の目的（第3号）に当たるため60日" : "30日";
            String whyEn = days == 60 ? "60 days because the unauthorized-purpose item applies" : "30 days";
            reason(rule, "確報期限: 知った日 " + day1 + " を1日目として" + why + "目は " + last + "。"
                    + (due.equals(last) ? "開庁日のためその日が期限です。" : "行政機関の休日のため翌開庁日 " + due + " が期限です。"),
                    "Final report: " + whyEn + ", counting " + day1 + " as day 1, ends on " + last + "; "
                            + (due.equals(last) ? "an open day, so that is the deadline."
                                    : "a closed day, so the deadline moves to " + due + "."));
            if (!due.equals(last)) {
                reason("行政機関の休日に関する法律 Art. 2", last + " は土日・祝日または年末年始の閉庁日です。",
                        last + " is a weekend, national holiday or year-end closure day.");
            }
        }

        /** APPI Art. 26(2) / Rules Art. 10: 本人への通知, promptly as circumstances allow; no day count. */
        private void notifyIndividuals() {
            List<String> basis = new ArrayList<>();
            if (!appi.isEmpty()) {
                basis.add(publicBody ? "APPI Art. 68(2)" : "APPI Art. 26(2)");
            }
            if (!myNumber.isEmpty()) {
                basis.add("My Number Act Art. 29-4(2)");
            }
            obligations.add(Obligation.undated(Obligation.Kind.NOTIFY_INDIVIDUALS, basis));
            reason(basis.get(0), "本人へ、事態の状況に応じて速やかに通知します（日数の定めなし）。通知が困難な場合は公表や問合せ窓口の設置で代えられます。",
                    "Notify the individuals promptly as circumstances allow (no day count); where that is impossible,"
                            + " publish the case or an inquiry desk instead.");
        }

        /** Sector layers; returns whether a sector report is owed. */
        private boolean sectorLayer(boolean appiOrMyNumberOwed) {
            switch (f.operatorKind()) {
                case FINANCIAL -> {
                    if (f.role() != EntrustmentRole.PRINCIPAL) {
                        reason("FSA Q&A A4-12", "業法上の報告は自社の個人顧客のデータが対象です。委託先としての事案は委託元の判断に従います。",
                                "The business-act report covers the institution's own individual customers;"
                                        + " as an entrustee, follow the principal.");
                        return false;
                    }
                    LocalDate from = day1.plusDays(PRELIMINARY_FROM_DAYS);
                    LocalDate to = day1.plusDays(PRELIMINARY_TO_DAYS);
                    obligations.add(Obligation.window(Obligation.Kind.SECTOR_REPORT, FSA, from, to,
                            List.of("銀行法施行規則 Art. 13-6-5-2 (or the applicable business act)")));
                    reason("FSA Q&A A4-12", "金融機関は、個人顧客のデータの漏えい等（おそれを含む）を、規則第7条の区分を問わず、"
                            + "速やかに（目安 " + from + "〜" + to + "）金融庁長官等へ報告します。",
                            "A financial institution reports any breach (or possible breach) of individual customers'"
                                    + " data to the FSA promptly (indicatively " + from + " to " + to
                                    + "), whatever the Rules Art. 7 categories.");
                    if (appiOrMyNumberOwed) {
                        reason("FSA Q&A A4-11", "APPI と業法の報告は、両方の根拠を示して一つの報告で行えます。",
                                "One report may serve both the APPI and the business act if it cites both.");
                    }
                    return true;
                }
                case MEDICAL -> {
                    reason(statute(), "医療・介護関係事業者も民間事業者として委員会へ報告します。診療情報は要配慮個人情報です。",
                            "Medical operators report to the PPC like other private operators; treatment data are special-care data.");
                    return false;
                }
                case HEALTH_INSURANCE_SOCIETY -> {
                    if (appiOrMyNumberOwed) {
                        reason("健保Q&A 問202", "健康保険組合は個人情報保護委員会へ速報・確報を行います。",
                                "A health insurance society files the preliminary and final reports with the PPC.");
                    }
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }

        private String items(java.util.function.Predicate<DataItem> flag) {
            return f.dataItems().stream().filter(flag).map(DataItem::code).collect(Collectors.joining(", "));
        }

        private String itemsJa(java.util.function.Predicate<DataItem> flag) {
            return f.dataItems().stream().filter(flag).map(DataItem::label).collect(Collectors.joining("、"));
        }

        private String incidentTypes() {
            return f.incidentTypes().stream().filter(IncidentType::impliesUnauthorizedPurpose).map(IncidentType::code)
                    .collect(Collectors.joining(", "));
        }

        private String incidentTypesJa() {
            return f.incidentTypes().stream().filter(IncidentType::impliesUnauthorizedPurpose).map(IncidentType::ja)
                    .collect(Collectors.joining("、"));
        }
    }
}
