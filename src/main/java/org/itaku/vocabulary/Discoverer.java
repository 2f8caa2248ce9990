package org.itaku.vocabulary;

/** 発見者: who found the incident, with the choices of the PPC's online report form. */
public enum Discoverer {
    /** 自社. */
    SELF,
    /** 委託先. */
    ENTRUSTEE,
    /** 取引先. */
    BUSINESS_PARTNER,
    /** 顧客・会員. */
    CUSTOMER,
    /** カード会社・決済代行会社. */
    CARD_COMPANY,
    /** その他. */
    OTHER
}
