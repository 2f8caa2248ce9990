package org.itaku.obligation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * Decides whether a breach must be reported, to whom and by when, under the APPI (Art. 26, Rules Arts. 7–10; for
 * public bodies Art. 68, Rules Arts. 43–45), the My Number Act (Art. 29-4 and its reporting rule) and the sector
 * layers. Pure rule logic: no Spring, no database; the same facts always give the same decision. Every figure of
 * the law (thresholds, periods, windows) comes from the {@link RuleSet} in force on the awareness date.
 *
 * <p>Each reason names its article as a stable English citation ({@code Rules Art. 7(iii)}, see {@link Citations}
 * for the Japanese 規則第7条第3号) and is worded in Japanese with Japanese citations and in English.
 */
public final class ObligationEngine {

    static final String PPC = "PPC";
    static final String FSA = "FSA";

    private final AdministrativeCalendar calendar;
    private final List<RuleSet> ruleSets;

    public ObligationEngine() {
        this(AdministrativeCalendar.japan());
    }

    ObligationEngine(AdministrativeCalendar calendar) {
        this(calendar, RuleSet.ALL);
    }

    /** With other rule sets, e.g. an amendment not yet in {@link RuleSet#ALL}. */
    ObligationEngine(AdministrativeCalendar calendar, List<RuleSet> ruleSets) {
        this.calendar = calendar;
        this.ruleSets = List.copyOf(ruleSets);
    }

    public Decision evaluate(Facts facts) {
        return new Evaluation(facts).decide();
    }

    /** 1,200: head-counts are written with thousands separators in both languages. */
    static String count(long n) {
        return String.format("%,d", n);
    }

    /** 2025年6月2日. */
    static String ja(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** One evaluation: collects categories, obligations and reasons as it goes. */
    private final class Evaluation {

        private final Facts f;
        /** 知った日: day 1 of every clock (GL 3-5-3-4), for a principal at the latest the entrustee's notice. */
        private final LocalDate day1;
        private final RuleSet rules;
        private final boolean publicBody;
        private final boolean myNumbers;
        private final List<Reason> reasons = new ArrayList<>();
        private final List<Obligation> obligations = new ArrayList<>();
        private final SortedSet<Integer> appi = new TreeSet<>();
        private final SortedSet<Integer> myNumber = new TreeSet<>();
        /** 委託元への通知, listed after the reports it can replace. */
        private Obligation principalNotice;

        Evaluation(Facts facts) {
            this.f = facts;
            this.day1 = facts.awarenessDate();
            this.rules = RuleSet.inForceOn(ruleSets, day1);
            this.publicBody = facts.operatorKind() == OperatorKind.PUBLIC_BODY;
            this.myNumbers = facts.dataItems().contains(DataItem.MY_NUMBER);
        }

        private void reason(String rule, String ja, String en) {
            reasons.add(new Reason(rule, ja, en));
        }

        /**
         * The duty to report: APPI Art. 26(1) for private operators; Art. 68(1) for 行政機関等 (APPI Chapter V),
         * which has no proviso for entrustees.
         */
        private String statute() {
            return publicBody ? "APPI Art. 68(1)" : "APPI Art. 26(1)";
        }

        /** The items of reportable events: Rules Art. 7 for private operators, Rules Art. 43 for public bodies. */
        private String item(int n) {
            return (publicBody ? "Rules Art. 43(" : "Rules Art. 7(") + roman(n) + ")";
        }

        private String itemJa(int n) {
            return Citations.ja(item(n));
        }

        private String data() {
            return publicBody ? "保有個人情報" : "個人データ";
        }

        private int threshold() {
            return publicBody ? rules.publicThreshold() : rules.privateThreshold();
        }

        Decision decide() {
            reason("Rules Art. 7", "適用規則: " + ja(rules.effectiveFrom()) + "施行の版。知った日 "
                    + ja(day1) + " に施行されている版で判断します。",
                    "Rule set " + rules.id() + " (in force from " + rules.effectiveFrom()
                            + ") applies, chosen by the awareness date " + day1 + ".");

            // GL 3-5-1: nothing to report when neither a breach nor its possibility remains.
            if (f.certainty() == Certainty.RULED_OUT) {
                reason("Rules Art. 7", "漏えい等もそのおそれも否定されているため、報告・通知の義務はありません。",
                        "The breach and any possibility of it are ruled out, so nothing is owed.");
                return decision(false, null);
            }
            // Rules Art. 7(i) parenthetical, carried into every item ("以下この条…において同じ"); My Number Rule Art. 2 alike.
            if (f.strongEncryption()) {
                reason(item(1), "高度な暗号化その他の必要な措置が講じられたデータは、報告対象の事態から除かれます（"
                        + itemJa(1) + "括弧書き。各号に及びます）。本人への通知も不要です。復号鍵が漏えいした場合は除外されません。",
                        "Data protected by strong encryption or an equivalent measure are excluded from every reportable"
                                + " category, and so is the notice to individuals. The exemption fails if the key was"
                                + " compromised.");
                if (myNumbers) {
                    reason("My Number Rule Art. 2", "マイナンバーについても同じ除外が適用されます（番号法規則第2条）。",
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
            if (f.event() != null) {
                appiCategories(unauthorized);
            } else {
                reason(statute(), "マイナンバーの利用・提供の違反のみで、" + data() + "の漏えい等ではないため、"
                        + Citations.ja(statute()) + "の報告対象にはなりません。",
                        "Only a misuse of My Numbers is recorded, no breach of personal data, so " + statute()
                                + " does not apply.");
            }
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
            boolean sector = sectorLayer(owed, relieved);
            String exemption = relieved ? Decision.ENTRUSTEE_NOTIFIED_PRINCIPAL : null;
            return decision((owed && !relieved) || sector, exemption);
        }

        private Decision decision(boolean reportable, String exemption) {
            return new Decision(reportable, List.copyOf(appi), List.copyOf(myNumber), exemption, obligations, reasons,
                    rules.id());
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
            if (f.acquiring()) {
                acquiringOnly(unauthorized, what);
                return;
            }
            if (f.hasAny(DataItem::specialCare)) {
                appi.add(1);
                reason(item(1), "要配慮個人情報（" + itemsJa(DataItem::specialCare) + "）を含む" + data() + "の" + what
                        + "であり、" + itemJa(1) + "に当たります。人数を問いません。",
                        "Item i applies: the " + whatEn + " involves special-care data (" + items(DataItem::specialCare)
                                + "); no head-count threshold.");
            }
            if (f.ordinanceSpecialCare()) {
                appi.add(5);
                reason(item(5), "条例要配慮個人情報を含む保有個人情報の" + what + "であり、" + itemJa(5)
                        + "に当たります（地方公共団体の機関・地方独立行政法人）。人数を問いません。",
                        "Item v applies: the " + whatEn + " involves information a local ordinance treats as special"
                                + " care; no head-count threshold.");
            }
            boolean moneyCredentials = f.credentialsMoveMoney();
            if (f.hasAny(DataItem::financialDamage) || moneyCredentials) {
                appi.add(2);
                List<String> ja = new ArrayList<>(f.dataItems().stream().filter(DataItem::financialDamage)
                        .map(DataItem::label).toList());
                List<String> en = new ArrayList<>(f.dataItems().stream().filter(DataItem::financialDamage)
                        .map(DataItem::code).toList());
                if (moneyCredentials) {
                    ja.add("送金・決済機能のあるサービスの" + DataItem.CREDENTIALS.label());
                    en.add("credentials of a service that can move money");
                }
                reason(item(2), "不正に利用されることにより財産的被害が生じるおそれのある" + data() + "（"
                        + String.join("、", ja) + "）の" + what + "であり、" + itemJa(2) + "に当たります"
                        + (moneyCredentials ? "（送金・決済機能のあるウェブサービスのログインIDとパスワードの組合せは、"
                                + "通則ガイドライン3-5-3-1(2)の事例に当たります）" : "") + "。人数を問いません。",
                        "Item ii applies: data that could cause financial damage if misused (" + String.join(", ", en)
                                + (moneyCredentials ? "; GL 3-5-3-1 (2) example 2" : "")
                                + "); no head-count threshold.");
            }
            List<DataItem> review = f.dataItems().stream().filter(DataItem::reviewForFinancialDamage)
                    .filter(i -> !(i == DataItem.CREDENTIALS && moneyCredentials)).toList();
            if (!review.isEmpty() && !appi.contains(2)) {
                reason(item(2), review.stream().map(DataItem::label).collect(Collectors.joining("、"))
                        + "は、それだけでは" + itemJa(2) + "に当たるとは限りません。ID・パスワードが送金・決済機能のあるサービスのものであれば"
                        + "第2号に当たります。該当するかを確認してください。",
                        "Bank accounts or credentials (" + review.stream().map(DataItem::code)
                                .collect(Collectors.joining(", ")) + ") are not assumed to fall under item ii;"
                                + " credentials of a service that can move money do. Check which applies.");
            }
            if (unauthorized) {
                itemThree(what);
            }
            int threshold = threshold();
            int n = f.countForThreshold();
            String counted = (f.personsMax() != null ? "最大見込み人数 " : "本人の数 ") + count(n) + " 人";
            String countedEn = (f.personsMax() != null ? "the maximum possible count of " : "the count of ") + count(n);
            if (n > threshold) {
                appi.add(4);
                reason(item(4), counted + "が " + count(threshold) + " 人を超えます。" + itemJa(4) + "に当たります。",
                        "Item iv applies: " + countedEn + " exceeds " + count(threshold) + ".");
            } else if (appi.isEmpty()) {
                reason(item(4), counted + "は " + count(threshold) + " 人以下で、ほかの号にも当たらないため、"
                        + Citations.ja(statute()) + "の報告義務はありません。任意の報告は可能で、通則ガイドライン3-5-2の対応"
                        + "（原因の究明、再発防止等）は必要です。",
                        "No category applies: " + countedEn + " does not exceed " + count(threshold)
                                + " and no other item applies, so " + statute()
                                + " owes no report. A voluntary report is possible; the GL 3-5-2 measures still apply.");
            }
        }

        private void itemThree(String what) {
            appi.add(3);
            String source = f.unauthorizedPurpose() != null ? "入力で「不正の目的あり」とされています"
                    : "事案の種類（" + incidentTypesJa() + "）から、不正の目的をもって行われたおそれがあります";
            String sourceEn = f.unauthorizedPurpose() != null ? "the input says the act had an unauthorized purpose"
                    : "the incident types (" + incidentTypes() + ") imply an act with an unauthorized purpose";
            // GL 3-5-3-1 (3): the act may target the operator's entrustee or a service it uses.
            reason(item(3), source + "。" + data() + "の" + what + "であり、" + itemJa(3)
                    + "に当たります。委託先や利用しているサービスへの行為も含みます。人数を問いません。",
                    "Item iii applies: " + sourceEn + ". Acts against entrustees or services used count too;"
                            + " no head-count threshold.");
        }

        /**
         * Information the operator is still acquiring (e.g. card numbers typed into a tampered payment page). The
         * 2024-04-01 amendment added it to Rules Art. 7(iii) alone ("当該個人情報取扱事業者が取得し、又は取得しようとして
         * いる個人情報であって、個人データとして取り扱われることが予定されているものを含む"); items i, ii and iv still speak
         * of 個人データ, so only item iii can apply, and only from that date.
         */
        private void acquiringOnly(boolean unauthorized, String what) {
            if (!rules.itemThreeCoversAcquiring()) {
                reason("Rules Art. 7(iii)", "取得しようとしている段階の個人情報は、" + rules.id()
                        + " では個人データに当たらず、報告対象の事態になりません（2024年4月1日施行の改正で規則第7条第3号に追加）。",
                        "Information still being acquired was not personal data under " + rules.id()
                                + "; the amendment of 2024-04-01 brought it into item iii.");
                return;
            }
            if (unauthorized) {
                itemThree(what);
                reason("Rules Art. 7(iii)", "取得しようとしている個人情報は、2024年4月1日施行の改正により規則第7条第3号の対象です（"
                        + rules.id() + "）。", "Information being acquired is covered by item iii under " + rules.id() + ".");
            }
            reason("Rules Art. 7", "取得しようとしている個人情報は、規則第7条第1号、第2号及び第4号の対象ではありません"
                    + "（改正で加わったのは第3号のみで、ほかの号は個人データに限られます）。"
                    + (unauthorized ? "" : "不正の目的のおそれがないため、報告対象の事態になりません。"),
                    "Items i, ii and iv do not reach information being acquired (the amendment added it to item iii"
                            + " alone)." + (unauthorized ? "" : " Without an unauthorized purpose nothing is reportable."));
        }

        /** My Number Rule Art. 2 items 1–4, only when My Number data are involved (特定個人情報, Art. 2(9)). */
        private void myNumberCategories(boolean unauthorized) {
            if (!myNumbers) {
                return;
            }
            if (f.acquiring()) {
                // My Number Act Art. 29-4(1) concerns 特定個人情報ファイルに記録された特定個人情報.
                reason("My Number Act Art. 29-4(1)", "取得しようとしている段階のマイナンバーは特定個人情報ファイルに記録されておらず、"
                        + "番号法第29条の4第1項の報告対象になりません。",
                        "My Numbers still being acquired are not recorded in a specific personal information file, so"
                                + " My Number Act Art. 29-4(1) does not apply.");
                return;
            }
            String misuseJa = f.myNumberMisuse().stream().map(MyNumberMisuse::ja).collect(Collectors.joining("・"));
            String misuseEn = f.myNumberMisuse().stream().map(MyNumberMisuse::code).collect(Collectors.joining(", "));
            if (f.myNumberSystem()) {
                myNumber.add(1);
                reason("My Number Rule Art. 2(i)", "情報提供ネットワークシステム又は個人番号利用事務等に用いる情報システムで管理される"
                        + "特定個人情報の漏えい等であり、番号法規則第2条第1号に当たります。",
                        "Item 1 applies: My Number data held in the information provision network or in the systems"
                                + " used for My Number administration.");
            } else if (f.operatorKind() == OperatorKind.PUBLIC_BODY
                    || f.operatorKind() == OperatorKind.HEALTH_INSURANCE_SOCIETY) {
                reason("My Number Rule Art. 2(i)", "番号法規則第2条第1号は、情報提供ネットワークシステムや個人番号利用事務等に用いる"
                        + "情報システムで管理される特定個人情報に限られます。そのシステムのデータであれば、その旨を入力してください。",
                        "Item 1 covers only My Number data held in the information provision network or the systems"
                                + " used for My Number administration; say so if the data were held there.");
            }
            if (unauthorized) {
                myNumber.add(2);
                reason("My Number Rule Art. 2(ii)", "不正の目的をもって行われたおそれのある特定個人情報の"
                        + (misuseJa.isEmpty() ? "漏えい等" : "漏えい等又は" + misuseJa) + "であり、番号法規則第2条第2号に当たります。",
                        "Item 2 applies: My Number data affected by an act with a possible unauthorized purpose"
                                + (misuseEn.isEmpty() ? "." : " (" + misuseEn + ")."));
            }
            if (f.publiclyViewable()) {
                myNumber.add(3);
                reason("My Number Rule Art. 2(iii)", "特定個人情報ファイルに記録された特定個人情報が、電磁的方法により不特定多数の者に"
                        + "閲覧されるおそれがあり、番号法規則第2条第3号に当たります。人数を問いません。",
                        "Item 3 applies: My Number data were possibly viewable by an unspecified number of people by"
                                + " electromagnetic means; no head-count threshold.");
            }
            int n = f.myNumberCountForThreshold();
            int threshold = rules.myNumberThreshold();
            String whose = f.myNumberPersons() != null ? "マイナンバーが含まれる本人の数" : "本人の数（マイナンバーが含まれる人数が別に数えられていないため全体の人数）";
            String whoseEn = f.myNumberPersons() != null ? "persons whose My Number is involved"
                    : "persons (the whole count, as those with a My Number were not counted apart)";
            if (n > threshold) {
                myNumber.add(4);
                reason("My Number Rule Art. 2(iv)", whose + "が " + count(n) + " 人で " + count(threshold) + " 人を超えるため、"
                        + "番号法規則第2条第4号に当たります"
                        + (misuseJa.isEmpty() ? "。" : "（" + misuseJa + "を含みます）。"),
                        "Item 4 applies: " + count(n) + " " + whoseEn + ", more than " + count(threshold)
                                + (misuseEn.isEmpty() ? "." : " (" + misuseEn + ")."));
            } else if (f.myNumberPersons() != null) {
                reason("My Number Rule Art. 2(iv)", whose + "は " + count(n) + " 人で、" + count(threshold)
                        + " 人以下のため番号法規則第2条第4号には当たりません（全体の本人の数 " + count(f.countForThreshold())
                        + " 人ではなく、マイナンバーが含まれる人数で数えます）。",
                        "Item 4 does not apply: " + count(n) + " " + whoseEn + ", not more than " + count(threshold)
                                + " (the whole count of " + count(f.countForThreshold()) + " does not decide).");
            }
            if (myNumber.isEmpty()) {
                reason("My Number Act Art. 29-4", "番号法上の報告対象の事態には当たりませんが、個人情報保護委員会への報告に努めるべき事案です。",
                        "No My Number category applies, but the operator should endeavour to report (effort duty).");
            } else {
                reason("My Number Act Art. 29-4(1)", "番号法第29条の4第1項に基づき、個人情報保護委員会への報告が必要です。",
                        "A report to the PPC is owed under the My Number Act.");
            }
        }

        /**
         * APPI Art. 26(1) proviso and Rules Art. 9 (My Number Act Art. 29-4(1) proviso and its Rule Art. 4): any
         * operator entrusted with the data that notifies its principal promptly is relieved of the report and of the
         * notice to individuals. Returns whether the operator is relieved.
         */
        private boolean entrustment() {
            if (f.role() == EntrustmentRole.PRINCIPAL) {
                principal();
                return false;
            }
            if (publicBody) {
                // APPI Art. 68(1) has no counterpart of the Art. 26(1) proviso: a public body reports itself.
                reason("APPI Art. 68(1)", "行政機関等の報告義務（個人情報保護法第68条第1項）には、委託元への通知による免除の定め"
                        + "（第26条第1項ただし書）がありません。委託を受けた行政機関等も自ら報告します。",
                        "APPI Art. 68(1) has no proviso for entrusted public bodies; a public body reports itself"
                                + " even when it handles the data for another.");
                return false;
            }
            LocalDate from = day1.plusDays(rules.preliminaryFromDays());
            LocalDate to = day1.plusDays(rules.preliminaryToDays());
            List<String> basis = new ArrayList<>();
            if (!appi.isEmpty()) {
                basis.add("APPI Art. 26(1) proviso");
                basis.add("Rules Art. 9");
            }
            if (!myNumber.isEmpty()) {
                basis.add("My Number Act Art. 29-4(1) proviso");
                basis.add("My Number Rule Art. 4");
            }
            String basisJa = basis.stream().map(Citations::ja).collect(Collectors.joining("、"));
            Obligation notice = Obligation.window(Obligation.Kind.NOTIFY_PRINCIPAL, null, from, to, basis);
            if (f.operatorKind() == OperatorKind.HEALTH_INSURANCE_SOCIETY) {
                // 健保Q&A 問203 refuses relief to a society as 委託元 only; as 委託先 it is one more entrustee.
                reason("APPI Art. 26(1) proviso", "健康保険組合も、委託を受けて取り扱うデータについては他の委託先と同じく、"
                        + "委託元へ通知すれば免除されます（免除されないのは委託元としての健康保険組合です。健保Q&A 問203）。",
                        "A health insurance society acting as an entrustee is relieved like any other entrustee once it"
                                + " notifies its principal; only a society as principal is never relieved (Q&A 203).");
            }
            if (f.notifiedPrincipalOn() == null) {
                principalNotice = notice;
                reason("Rules Art. 9", "委託先として、速やかに（目安 " + ja(from) + "〜" + ja(to) + "）委託元へ規則第8条第1項各号の事項を"
                        + "通知すれば、委員会への報告と本人への通知が免除されます（" + basisJa + "）。通知するまでは自ら報告義務を負います。",
                        "As an entrustee it is relieved of the PPC report and the notice to individuals once it notifies"
                                + " its principal promptly (indicatively " + from + " to " + to
                                + "); until then it owes them itself.");
                return false;
            }
            principalNotice = notice.doneOn(f.notifiedPrincipalOn());
            reason(basis.get(0), ja(f.notifiedPrincipalOn()) + " に委託元へ通知したため、委員会への報告義務は免除されます（"
                    + basisJa + "）。",
                    "The entrustee notified its principal on " + f.notifiedPrincipalOn()
                            + ", so it is relieved of the report to the PPC.");
            reason(myNumber.isEmpty() || !appi.isEmpty() ? "APPI Art. 26(2)" : "My Number Act Art. 29-4(2)",
                    "通知をした委託先は、本人への通知義務も負いません（" + (appi.isEmpty() ? "番号法第29条の4第2項"
                            : "個人情報保護法第26条第2項括弧書き") + "）。委託元の報告・通知には協力が求められます。",
                    "Having notified, the entrustee also owes no notice to individuals; it should help the principal.");
            if (f.notifiedPrincipalOn().isAfter(to)) {
                reason("Rules Art. 9", "通知日は「速やか」の目安（" + ja(to) + " まで）を過ぎています。経緯を記録してください。",
                        "The notice came after the indicative prompt window (up to " + to + "); record why.");
            }
            return true;
        }

        /** A principal: its clock starts at the latest when an entrustee's notice arrives (GL 3-5-3-5). */
        private void principal() {
            if (f.notifiedPrincipalOn() == null) {
                return;
            }
            if (f.notifiedPrincipalOn().isBefore(f.knownOn())) {
                reason("GL 3-5-3-5", "委託元は、遅くとも委託先から通知を受けた時点で事態を知ったことになるため、期限は通知の受領日 "
                        + ja(day1) + " から数えます（入力された知った日 " + ja(f.knownOn()) + " ではありません）。",
                        "A principal knows at the latest when its entrustee's notice arrives, so the clock starts on "
                                + day1 + ", not on the known_on given (" + f.knownOn() + ").");
            } else {
                reason("GL 3-5-3-5", "委託先からの通知（" + ja(f.notifiedPrincipalOn()) + " 受領）より前に事態を知っていたため、"
                        + "期限は知った日 " + ja(day1) + " から数えます。",
                        "The principal knew before its entrustee's notice arrived (" + f.notifiedPrincipalOn()
                                + "), so the clock starts on " + day1 + ".");
            }
            if (f.operatorKind() == OperatorKind.HEALTH_INSURANCE_SOCIETY) {
                reason("健保Q&A 問203", "委託先から通知を受けても、委託元である健康保険組合の報告義務は免除されません。",
                        "A health insurance society as principal is never relieved by its entrustees' notices.");
            }
        }

        /**
         * 速報 and 確報 to the PPC (Rules Art. 8; for public bodies Rules Art. 44; My Number Rule Art. 3). The day of
         * knowledge is day 1 (GL 3-5-3-4); the periods and the indication come from the rule set.
         */
        private void authorityReports() {
            List<String> laws = new ArrayList<>();
            if (!appi.isEmpty()) {
                laws.add(statute());
            }
            if (!myNumber.isEmpty()) {
                laws.add("My Number Act Art. 29-4(1)");
            }
            LocalDate from = day1.plusDays(rules.preliminaryFromDays());
            LocalDate to = day1.plusDays(rules.preliminaryToDays());
            obligations.add(Obligation.window(Obligation.Kind.PPC_PRELIMINARY, PPC, from, to, laws));
            String preliminary = !appi.isEmpty() ? (publicBody ? "Rules Art. 44(1)" : "Rules Art. 8(1)")
                    : "My Number Rule Art. 3(1)";
            reason(preliminary, "速報は「速やかに」（" + Citations.ja(preliminary) + "）。ガイドラインの目安は知った時点から概ね"
                    + rules.preliminaryFromDays() + "〜" + rules.preliminaryToDays() + "日以内（" + ja(from) + "〜" + ja(to)
                    + "）で、法定の期限ではありません。" + (publicBody ? "" : "事業所管大臣に権限委任された分野ではその大臣に報告します。"),
                    "Preliminary report: promptly; the guideline indicates about " + rules.preliminaryFromDays() + "–"
                            + rules.preliminaryToDays() + " days (" + from + " to " + to + "), not a statutory deadline."
                            + (publicBody ? "" : " In delegated sectors it goes to the minister instead."));

            // GL 3-5-3-4: 60 days when item iii applies, also together with other items; My Number Rule Art. 3(2) alike.
            int appiDays = appi.contains(3) ? rules.finalDaysUnauthorized() : rules.finalDays();
            int myNumberDays = myNumber.contains(2) ? rules.finalDaysUnauthorized() : rules.finalDays();
            String appiRule = publicBody ? "Rules Art. 44(2)" : "Rules Art. 8(2)";
            if (!appi.isEmpty() && !myNumber.isEmpty() && appiDays == myNumberDays) {
                finalReport(appiDays, laws, appiRule);
            } else {
                if (!appi.isEmpty()) {
                    finalReport(appiDays, List.of(statute()), appiRule);
                }
                if (!myNumber.isEmpty()) {
                    finalReport(myNumberDays, List.of("My Number Act Art. 29-4(1)"), "My Number Rule Art. 3(2)");
                }
            }
        }

        private void finalReport(int days, List<String> basis, String rule) {
            LocalDate last = day1.plusDays(days - 1L); // GL 3-5-3-4: the day of knowledge is day 1
            LocalDate due = calendar.nextOpenDayOnOrAfter(last);
            obligations.add(Obligation.due(Obligation.Kind.PPC_FINAL, PPC, due, basis));
            boolean longer = days == rules.finalDaysUnauthorized() && days != rules.finalDays();
            String why = longer ? "不正の目的の号に当たるため" + days + "日以内" : days + "日以内";
            String whyEn = longer ? days + " days because the unauthorized-purpose item applies" : days + " days";
            reason(rule, "確報は" + why + "（" + Citations.ja(rule) + "）。知った日 " + ja(day1) + " を1日目として" + days
                    + "日目は " + ja(last) + "。" + (due.equals(last) ? "開庁日のため、その日が期限です。"
                            : "行政機関の休日のため、翌開庁日の " + ja(due) + " が期限です。"),
                    "Final report: " + whyEn + ", counting " + day1 + " as day 1, ends on " + last + "; "
                            + (due.equals(last) ? "an open day, so that is the deadline."
                                    : "a closed day, so the deadline moves to " + due + "."));
            if (!due.equals(last)) {
                reason("行政機関の休日に関する法律 Art. 2", ja(last) + " は土日・祝日又は年末年始の閉庁日です（行政機関の休日に関する法律第2条）。",
                        last + " is a weekend, national holiday or year-end closure day.");
            }
        }

        /**
         * 本人への通知, promptly as circumstances allow; no day count. APPI Art. 26(2) and Rules Art. 10 for private
         * operators; APPI Art. 68(2) and Rules Art. 45 for public bodies, whose exceptions are 68(2)(i) (notice
         * difficult, alternative measures) and 68(2)(ii) (the information includes what Art. 78(1) withholds).
         */
        private void notifyIndividuals() {
            List<String> basis = new ArrayList<>();
            if (!appi.isEmpty()) {
                basis.add(publicBody ? "APPI Art. 68(2)" : "APPI Art. 26(2)");
            }
            if (!myNumber.isEmpty()) {
                basis.add("My Number Act Art. 29-4(2)");
            }
            obligations.add(Obligation.undated(Obligation.Kind.NOTIFY_INDIVIDUALS, basis));
            String laws = basis.stream().map(Citations::ja).collect(Collectors.joining("、"));
            if (publicBody && !appi.isEmpty()) {
                reason("APPI Art. 68(2)", "本人へ、事態の状況に応じて速やかに通知します（" + laws + "、規則第45条。日数の定めなし）。"
                        + "通知が困難で代わりの措置をとる場合（同項第1号）と、保有個人情報に第78条第1項各号の不開示情報が含まれる場合"
                        + "（個人情報保護法第68条第2項第2号）は、通知を要しません。",
                        "Notify the individuals promptly as circumstances allow (no day count). Exceptions: notice is"
                                + " difficult and alternative measures are taken (Art. 68(2)(i)), or the information"
                                + " includes what Art. 78(1) withholds from disclosure (Art. 68(2)(ii)).");
                return;
            }
            reason(basis.get(0), "本人へ、事態の状況に応じて速やかに通知します（" + laws + "。日数の定めなし）。"
                    + "通知が困難な場合は、公表や問合せ窓口の設置など代わりの措置で足ります（同項ただし書）。",
                    "Notify the individuals promptly as circumstances allow (no day count); where that is impossible,"
                            + " publish the case or an inquiry desk instead.");
        }

        /** Sector layers; returns whether a sector report is owed. */
        private boolean sectorLayer(boolean owed, boolean relieved) {
            switch (f.operatorKind()) {
                case FINANCIAL -> {
                    if (f.role() != EntrustmentRole.PRINCIPAL) {
                        reason("FSA Q&A A4-12", "業法上の報告は自社の個人顧客のデータが対象です。委託先としての事案は委託元の判断に従います。",
                                "The business-act report covers the institution's own individual customers;"
                                        + " as an entrustee, follow the principal.");
                        return false;
                    }
                    LocalDate from = day1.plusDays(rules.preliminaryFromDays());
                    LocalDate to = day1.plusDays(rules.preliminaryToDays());
                    obligations.add(Obligation.window(Obligation.Kind.SECTOR_REPORT, FSA, from, to,
                            List.of("銀行法施行規則 Art. 13-6-5-2 (or the applicable business act)")));
                    reason("FSA Q&A A4-12", "金融機関は、個人顧客のデータの漏えい等（おそれを含む）を、規則第7条の各号を問わず、"
                            + "速やかに（目安 " + ja(from) + "〜" + ja(to) + "）金融庁長官等へ報告します。",
                            "A financial institution reports any breach (or possible breach) of individual customers'"
                                    + " data to the FSA promptly (indicatively " + from + " to " + to
                                    + "), whatever the Rules Art. 7 categories.");
                    if (owed) {
                        reason("FSA Q&A A4-11", "個人情報保護法と業法の報告は、両方の根拠を示して一つの報告で行えます。",
                                "One report may serve both the APPI and the business act if it cites both.");
                    }
                    return true;
                }
                case MEDICAL -> {
                    reason(statute(), "医療・介護関係事業者も民間事業者として個人情報保護委員会へ報告します。診療情報は要配慮個人情報です。",
                            "Medical operators report to the PPC like other private operators; treatment data are"
                                    + " special-care data.");
                    return false;
                }
                case HEALTH_INSURANCE_SOCIETY -> {
                    if (owed && !relieved) {
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

        private String items(Predicate<DataItem> flag) {
            return f.dataItems().stream().filter(flag).map(DataItem::code).collect(Collectors.joining(", "));
        }

        private String itemsJa(Predicate<DataItem> flag) {
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

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "i";
            case 2 -> "ii";
            case 3 -> "iii";
            case 4 -> "iv";
            default -> "v";
        };
    }
}
