package org.itaku.casebook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.casebook.NoticeText.Sentence;

/**
 * The number of persons affected. Counts with 名/人 (and 件 when the sentence says the records are people's)
 * in sentences about the affected data; offices, users, companies, devices and downloads are not persons.
 */
final class PersonCountRules {

    record Result(Integer persons, boolean approx, String evidence) { }

    private static final String NUM = "(?<num>\\d[\\d,]*(?:\\.\\d+)?(?:\\s*万(?:\\d[\\d,]*千?)?|\\s*千)?|[〇一二三四五六七八九十百千万]+)";
    private static final Pattern COUNT = Pattern.compile(
            "(?<pre>約|およそ|最大で?|延べ|のべ|計|合計|総計|少なくとも|推定)?\\s*(?<![\\d.,\\w第])" + NUM
                    + "\\s*(?<unit>名|人|件)(?<suf>分|様)?\\s*(?<post>以上|程度|を超える|超|強|弱|未満|以下|前後|余り|あまり)?");
    private static final Pattern HEADER_COUNT = Pattern.compile(
            "(漏えい|漏洩|流出|対象|影響|被害)(人数|者数)\\s*[:：]?\\s*(?<num>\\d[\\d,]*)\\s*(名|人)?");
    private static final Pattern AFFECTED_CONTEXT = Pattern.compile(
            "対象|漏えい|漏洩|流出|影響|該当|おそれ|恐れ|可能性|人数|被害|閲覧|誤送|含まれ|個人情報|掲載|記載|紛失|盗難|お客様|お客さま|顧客|会員|患者|利用者|申込者|応募者|受験者|被保険者|名簿");
    /** 件 counts people only when the sentence says whose records they are. */
    private static final Pattern PERSON_RECORDS = Pattern.compile(
            "個人情報|お客様|お客さま|顧客|会員|利用者|患者|申込者|応募者|受験者|被保険者|加入者|組合員|住民|市民|町民|生徒|児童|学生|人分|名分|対象者");
    private static final Pattern NOT_PERSONS_AFTER = Pattern.compile("^(あたり|当たり|ひとり|一人|目|体制|以内に|規模の?(企業|会社))");
    private static final Pattern NOT_PERSON_RECORDS = Pattern.compile("^(の)?(メール(?!アドレス)|ファイル|アクセス|通信|レコード|データ件|問い?合わ|お問合せ|事案|案件)");
    private static final Pattern STAFF_BEFORE = Pattern.compile("(従業員|社員|職員|教員|教職員|担当者|スタッフ|事務局員|役員)(数)?\\s*(約)?$");

    private PersonCountRules() {
    }

    static Result apply(NoticeText nt) {
        Matcher header = HEADER_COUNT.matcher(nt.text);
        if (header.find()) {
            long v = JapaneseNumbers.parse(header.group("num"));
            if (v >= 0 && v <= Integer.MAX_VALUE) {
                Sentence s = nt.sentenceAt(header.start());
                return new Result((int) v, false, s == null ? header.group() : s.text());
            }
        }
        long best = -1;
        boolean bestApprox = false;
        int bestRank = -1;
        String evidence = null;
        for (Sentence s : nt.sentences) {
            if (s.section() == NoticeText.Section.CONTACT || s.section() == NoticeText.Section.COMMENTARY
                    || s.section() == NoticeText.Section.ARCHIVE || s.section() == NoticeText.Section.MEASURES) {
                continue;
            }
            String st = s.text();
            if (st.indexOf('名') < 0 && st.indexOf('人') < 0 && st.indexOf('件') < 0) {
                continue;
            }
            String context = st + " " + nt.previousLineText(s.lineIndex());
            // "82名分の氏名": a count of whose data it is needs no further context.
            boolean worth = st.contains("名分") || st.contains("人分");
            if (!worth && !AFFECTED_CONTEXT.matcher(context).find()) {
                continue;
            }
            Matcher m = COUNT.matcher(s.text());
            while (m.find()) {
                String after = s.text().substring(m.end());
                if (NOT_PERSONS_AFTER.matcher(after).find()) {
                    continue;
                }
                String before = s.text().substring(0, m.start());
                // "従業員11名分の氏名": whose data it is, so staff count as persons then.
                if (!"分".equals(m.group("suf")) && STAFF_BEFORE.matcher(before).find()) {
                    continue;
                }
                if (m.group("unit").equals("件")) {
                    // "1万8千件のメールアドレス": records of a personal data item count people too.
                    String next = after.length() > 16 ? after.substring(0, 16) : after;
                    boolean itemRecords = next.startsWith("の") && !ContentRules.itemsIn(next).isEmpty();
                    if (!itemRecords && (!PERSON_RECORDS.matcher(s.text()).find() || NOT_PERSON_RECORDS.matcher(after).find())) {
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
                boolean approx = !pre.isEmpty() && !total || !post.isEmpty();
                boolean people = !m.group("unit").equals("件");
                // People counted as people beat records (件 may include companies); a stated total beats its
                // parts; otherwise the largest figure is the affected population.
                int rank = (people ? 2 : 0) + (total ? 1 : 0);
                if (rank > bestRank || rank == bestRank && v > best) {
                    best = v;
                    bestApprox = approx;
                    bestRank = rank;
                    evidence = s.text();
                }
            }
        }
        return best < 0 ? new Result(null, false, null) : new Result((int) best, bestApprox, evidence);
    }
}
