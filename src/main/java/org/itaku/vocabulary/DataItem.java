package org.itaku.vocabulary;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The data item categories of docs/glossary.md with their flags: S = 要配慮個人情報 (APPI Art. 2(3), Rules Art. 7(i)),
 * F = may cause financial damage if misused (Rules Art. 7(ii)), M = 特定個人情報 (My Number Act). The register, the
 * notice reader, the obligation engine and the drafts all speak these codes.
 *
 * <p>Two items carry F only "for review": ID and password, which cause financial damage only when the service can
 * move money (the guidelines' example is a login for a service with remittance or payment functions), and bank
 * account data, on which the PPC has not ruled. Each module shows them as F; the engine does not conclude
 * Art. 7(ii) from them alone but asks a person to decide ({@link #reviewForFinancialDamage}).
 */
public enum DataItem implements Coded {
    NAME("氏名"),
    GENDER("性別"),
    BIRTH_DATE("生年月日"),
    AGE("年齢"),
    ADDRESS("住所"),
    POSTAL_CODE("郵便番号"),
    PHONE("電話番号"),
    EMAIL("メールアドレス"),
    NATIONALITY("国籍"),
    WORKPLACE("勤務先・所属"),
    CUSTOMER_ID("顧客番号・会員ID"),
    CREDENTIALS("ID・パスワード", Review.FINANCIAL_DAMAGE, Flag.FINANCIAL),
    PAYMENT_CARD("クレジットカード情報", Flag.FINANCIAL),
    BANK_ACCOUNT("口座情報", Review.FINANCIAL_DAMAGE, Flag.FINANCIAL),
    INSURANCE_CARD("保険証記号番号"),
    PENSION_NO("基礎年金番号"),
    EMPLOYMENT_INSURANCE_NO("雇用保険被保険者番号"),
    MY_NUMBER("マイナンバー", Flag.MY_NUMBER),
    MEDICAL("診療・病歴情報", Flag.SPECIAL_CARE),
    HEALTH_CHECK("健康診断結果", Flag.SPECIAL_CARE),
    DISABILITY("障害に関する情報", Flag.SPECIAL_CARE),
    CRIMINAL("犯罪歴・刑事手続", Flag.SPECIAL_CARE),
    CREED_RACE_STATUS("信条・人種・社会的身分", Flag.SPECIAL_CARE),
    SALARY("給与・税額"),
    PURCHASE_HISTORY("購入・利用履歴"),
    PHOTO("顔写真"),
    ID_DOCUMENT("本人確認書類"),
    FAMILY("家族情報"),
    OTHER("その他");

    public enum Flag {
        /** S: 要配慮個人情報. */
        SPECIAL_CARE("S"),
        /** F: may cause financial damage if misused. */
        FINANCIAL("F"),
        /** M: 特定個人情報. */
        MY_NUMBER("M");

        private final String letter;

        Flag(String letter) {
            this.letter = letter;
        }

        /** The glossary's one-letter flag. */
        public String letter() {
            return letter;
        }
    }

    private enum Review {
        NONE, FINANCIAL_DAMAGE
    }

    private final String label;
    private final Set<Flag> flags;
    private final Review review;

    DataItem(String label, Flag... flags) {
        this(label, Review.NONE, flags);
    }

    DataItem(String label, Review review, Flag... flags) {
        this.label = label;
        this.review = review;
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        Collections.addAll(set, flags);
        this.flags = Collections.unmodifiableSet(set);
    }

    /** The item for a glossary code (case and surrounding spaces ignored). */
    public static DataItem of(String code) {
        if (code != null) {
            String normalised = code.strip().toUpperCase(Locale.ROOT);
            for (DataItem item : values()) {
                if (item.name().equals(normalised)) {
                    return item;
                }
            }
        }
        throw new VocabularyRuleException("vocabulary.dataItem.unknown", String.valueOf(code));
    }

    /** The register lists items in the order of their codes, as it stores them. */
    public static final Comparator<DataItem> BY_CODE = Comparator.comparing(DataItem::code);

    public static List<DataItem> all() {
        return List.of(values());
    }

    /** The glossary code, as stored and exchanged. */
    @Override
    public String code() {
        return name();
    }

    /** The glossary's Japanese label. */
    public String label() {
        return label;
    }

    public Set<Flag> flags() {
        return flags;
    }

    /** Flag S: 要配慮個人情報 (APPI Art. 2(3)). */
    public boolean specialCare() {
        return flags.contains(Flag.SPECIAL_CARE);
    }

    /** Flag F without reservation: misuse may cause financial damage (Rules Art. 7(ii)). */
    public boolean financialDamage() {
        return flags.contains(Flag.FINANCIAL) && review == Review.NONE;
    }

    /** Flag F that depends on facts the code cannot know, or on which the PPC has not ruled: a person decides. */
    public boolean reviewForFinancialDamage() {
        return review == Review.FINANCIAL_DAMAGE;
    }

    /** Flag M: 特定個人情報 (My Number Act Art. 2(9)). */
    public boolean myNumber() {
        return flags.contains(Flag.MY_NUMBER);
    }

    /** A set that keeps items in the order of their codes. */
    public static SortedSet<DataItem> sortedByCode(Collection<DataItem> items) {
        SortedSet<DataItem> sorted = new TreeSet<>(BY_CODE);
        sorted.addAll(items);
        return sorted;
    }

    /** Parses codes separated by commas, semicolons, spaces or Japanese separators; sorted by code, duplicates removed. */
    public static Set<DataItem> parseList(String text) {
        Set<DataItem> items = new TreeSet<>(BY_CODE);
        if (text == null) {
            return items;
        }
        for (String part : text.split("[,;、，\\s]+")) {
            if (!part.isBlank()) {
                items.add(of(part));
            }
        }
        return items;
    }

    /** The stored form: codes in alphabetical order, separated by commas. */
    public static String format(Collection<DataItem> items) {
        return String.join(",", items.stream().map(DataItem::code).sorted().toList());
    }

    public static Set<Flag> flagsOf(Collection<DataItem> items) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (DataItem item : items) {
            flags.addAll(item.flags());
        }
        return flags;
    }
}
