package org.itaku.obligation;

/**
 * The data item codes of docs/glossary.md with their flags: S = 要配慮個人情報 (Rules Art. 7(i)),
 * F = financial damage if misused (Rules Art. 7(ii)), M = My Number (My Number Act). Items whose
 * category-ii status depends on facts the PPC has not settled carry {@code reviewForFinancialDamage}.
 */
public enum DataItem implements Codes.Coded {
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
    /** Category ii only when the service can move money (GL 3-5-3-1 事例2): flagged for review, not assumed. */
    CREDENTIALS("ID・パスワード", false, false, false, true),
    PAYMENT_CARD("クレジットカード情報", false, true, false, false),
    /** The PPC has not ruled on account numbers alone (appi-rules.md §1.4): flagged for review, not assumed. */
    BANK_ACCOUNT("口座情報", false, false, false, true),
    INSURANCE_CARD("保険証記号番号"),
    PENSION_NO("基礎年金番号"),
    EMPLOYMENT_INSURANCE_NO("雇用保険被保険者番号"),
    MY_NUMBER("マイナンバー", false, false, true, false),
    MEDICAL("診療・病歴情報", true, false, false, false),
    HEALTH_CHECK("健康診断結果", true, false, false, false),
    DISABILITY("障害に関する情報", true, false, false, false),
    CRIMINAL("犯罪歴・刑事手続", true, false, false, false),
    CREED_RACE_STATUS("信条・人種・社会的身分", true, false, false, false),
    SALARY("給与・税額"),
    PURCHASE_HISTORY("購入・利用履歴"),
    PHOTO("顔写真"),
    ID_DOCUMENT("本人確認書類"),
    FAMILY("家族情報"),
    OTHER("その他");

    private final String ja;
    private final boolean specialCare;
    private final boolean financialDamage;
    private final boolean myNumber;
    private final boolean reviewForFinancialDamage;

    DataItem(String ja) {
        this(ja, false, false, false, false);
    }

    DataItem(String ja, boolean specialCare, boolean financialDamage, boolean myNumber,
            boolean reviewForFinancialDamage) {
        this.ja = ja;
        this.specialCare = specialCare;
        this.financialDamage = financialDamage;
        this.myNumber = myNumber;
        this.reviewForFinancialDamage = reviewForFinancialDamage;
    }

    public String ja() {
        return ja;
    }

    /** Flag S: 要配慮個人情報 (APPI Art. 2(3)). */
    public boolean specialCare() {
        return specialCare;
    }

    /** Flag F: may cause financial damage if misused (Rules Art. 7(ii)). */
    public boolean financialDamage() {
        return financialDamage;
    }

    /** Flag M: 特定個人情報 (My Number Act Art. 2(9)). */
    public boolean myNumber() {
        return myNumber;
    }

    boolean reviewForFinancialDamage() {
        return reviewForFinancialDamage;
    }

    @Override
    public String code() {
        return name();
    }
}
