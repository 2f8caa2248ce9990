package org.itaku.entrustment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A data item category from the glossary (docs/glossary.md, "Data item categories"). The code decides the
 * flags that drive the PPC report duty: special care (Rules Art. 7(i)), financial damage (Art. 7(ii)) and
 * My Number data (the My Number Act has its own threshold).
 */
public record DataItem(String code) implements Comparable<DataItem> {

    public enum Flag {
        /** S: 要配慮個人情報. */
        SPECIAL_CARE,
        /** F: may cause financial damage if misused. */
        FINANCIAL,
        /** M: 特定個人情報. */
        MY_NUMBER
    }

    private record Definition(String label, Set<Flag> flags) {
    }

    private static final Map<String, Definition> GLOSSARY = new LinkedHashMap<>();

    static {
        define("NAME", "氏名");
        define("GENDER", "性別");
        define("BIRTH_DATE", "生年月日");
        define("AGE", "年齢");
        define("ADDRESS", "住所");
        define("POSTAL_CODE", "郵便番号");
        define("PHONE", "電話番号");
        define("EMAIL", "メールアドレス");
        define("NATIONALITY", "国籍");
        define("WORKPLACE", "勤務先・所属");
        define("CUSTOMER_ID", "顧客番号・会員ID");
        // F only when the service can move money; the register cannot know, so it flags for review.
        define("CREDENTIALS", "ID・パスワード", Flag.FINANCIAL);
        define("PAYMENT_CARD", "クレジットカード情報", Flag.FINANCIAL);
        // The PPC has not ruled on account numbers alone: flagged so that a person reviews it.
        define("BANK_ACCOUNT", "口座情報", Flag.FINANCIAL);
        define("INSURANCE_CARD", "保険証記号番号");
        define("PENSION_NO", "基礎年金番号");
        define("EMPLOYMENT_INSURANCE_NO", "雇用保険被保険者番号");
        define("MY_NUMBER", "マイナンバー", Flag.MY_NUMBER);
        define("MEDICAL", "診療・病歴情報", Flag.SPECIAL_CARE);
        define("HEALTH_CHECK", "健康診断結果", Flag.SPECIAL_CARE);
        define("DISABILITY", "障害に関する情報", Flag.SPECIAL_CARE);
        define("CRIMINAL", "犯罪歴・刑事手続", Flag.SPECIAL_CARE);
        define("CREED_RACE_STATUS", "信条・人種・社会的身分", Flag.SPECIAL_CARE);
        define("SALARY", "給与・税額");
        define("PURCHASE_HISTORY", "購入・利用履歴");
        define("PHOTO", "顔写真");
        define("ID_DOCUMENT", "本人確認書類");
        define("FAMILY", "家族情報");
        define("OTHER", "その他");
    }

    private static void define(String code, String label, Flag... flags) {
        GLOSSARY.put(code, new Definition(label, flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags)));
    }

    public DataItem {
        if (code == null || !GLOSSARY.containsKey(code.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("不明な項目コードです / unknown data item code: " + code);
        }
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static List<DataItem> all() {
        return GLOSSARY.keySet().stream().map(DataItem::new).toList();
    }

    /** Serialised as the bare glossary code in the REST API. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String code() {
        return code;
    }

    public String label() {
        return GLOSSARY.get(code).label();
    }

    public Set<Flag> flags() {
        return GLOSSARY.get(code).flags();
    }

    /** Parses codes separated by commas, semicolons, spaces or Japanese separators; sorted, duplicates removed. */
    public static Set<DataItem> parseList(String text) {
        Set<DataItem> items = new TreeSet<>();
        if (text == null) {
            return items;
        }
        for (String part : text.split("[,;、，\\s]+")) {
            if (!part.isBlank()) {
                items.add(new DataItem(part));
            }
        }
        return items;
    }

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

    @Override
    public int compareTo(DataItem other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
