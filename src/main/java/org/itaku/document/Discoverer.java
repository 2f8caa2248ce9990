package org.itaku.document;

/** 発見者, with the choices of the online form (appi-rules.md §8.2). */
public enum Discoverer {
    SELF_OR_ENTRUSTEE("自社／委託先"), BUSINESS_PARTNER("取引先"), CUSTOMER("顧客／会員"),
    CARD_COMPANY("カード会社／決済代行会社"), OTHER("その他");

    private final String japanese;

    Discoverer(String japanese) {
        this.japanese = japanese;
    }

    String japanese() {
        return japanese;
    }
}
