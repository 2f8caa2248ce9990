package org.itaku.entrustment;

/**
 * The columns of the 個人情報管理台帳 file, in order (docs/register-format.md). One table holds three kinds of
 * row, told apart by 区分, so the same layout works for CSV, where there is only one sheet.
 */
public enum RegisterColumn {
    TYPE("区分"),
    KEY("キー"),
    NAME("名称"),
    KANA("フリガナ"),
    CORPORATE_NUMBER("法人番号"),
    KIND("事業者種別"),
    INDUSTRY("業種"),
    ADDRESS("所在地"),
    CONTACT_NAME("窓口氏名"),
    CONTACT_EMAIL("窓口メールアドレス"),
    CONTACT_PHONE("窓口電話番号"),
    SELF("自社"),
    PRINCIPAL_KEY("委託元キー"),
    ENTRUSTEE_KEY("委託先キー"),
    PURPOSE("業務内容"),
    START_ON("開始日"),
    END_ON("終了日"),
    RE_ENTRUSTMENT_ALLOWED("再委託可否"),
    RE_ENTRUSTMENT_APPROVAL("再委託承認記録"),
    INCIDENT_REPORT_HOURS("事故報告期限（時間）"),
    END_OF_CONTRACT("契約終了時の取扱い"),
    AUDIT_RIGHTS("監査権"),
    LAST_REVIEW_ON("最終見直し日"),
    HELD_AT_KEY("保管先キー"),
    DESCRIPTION("内容"),
    ITEM_CODES("項目コード"),
    ITEMS_RAW("項目（原文）"),
    PERSONS("人数"),
    PERSONS_ESTIMATED("概数"),
    PERSONS_MAX("上限人数"),
    PERSON_KINDS("本人の種類"),
    STORAGE_SYSTEM("システム"),
    STORAGE_COUNTRY("保管国"),
    STORAGE_LOCATION("保管形態"),
    ENCRYPTION("暗号化"),
    CIPHER("暗号方式"),
    KEY_KEPT_SEPARATELY("鍵の分離保管"),
    RETENTION_RULE("保存期間"),
    DELETION_DUE_ON("削除期限"),
    DELETION_CONFIRMED_ON("削除確認日"),
    DELETION_EVIDENCE("削除証跡"),
    DELETION_CONFIRMED_BY("削除確認者");

    public static final String OPERATOR = "事業者";
    public static final String ENTRUSTMENT = "委託";
    public static final String HOLDING = "保有";

    private final String header;

    RegisterColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** Spreadsheet letter of the column (A, B, … AP) for error messages people can find. */
    public String letter() {
        int n = ordinal();
        String letters = "";
        do {
            letters = (char) ('A' + n % 26) + letters;
            n = n / 26 - 1;
        } while (n >= 0);
        return letters;
    }

    /** "E列（法人番号）": how errors name a column. */
    public String label() {
        return letter() + "列（" + header + "）";
    }

    public static String[] headers() {
        RegisterColumn[] all = values();
        String[] headers = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            headers[i] = all[i].header;
        }
        return headers;
    }
}
