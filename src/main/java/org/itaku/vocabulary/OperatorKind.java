package org.itaku.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What kind of operator holds the data or owes the duties; the sector changes thresholds and adds reports. */
public enum OperatorKind implements Coded {
    /** 個人情報取扱事業者 in general (APPI Chapter IV). */
    PRIVATE,
    /** 行政機関等 (APPI Chapter V): a lower head-count threshold. */
    PUBLIC_BODY,
    /** 健康保険組合: reports to the PPC; never relieved by its entrustees' notices (健保Q&A 問203). */
    HEALTH_INSURANCE_SOCIETY,
    /** Banks, securities firms and others under an FSA business act (業法). */
    FINANCIAL,
    /** Hospitals, clinics, pharmacies: APPI applies as for private operators. */
    MEDICAL,
    /** Anything the register cannot place; judged as a private operator. */
    OTHER;

    /** The obligation engine's wire code: the lower-case name. */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind the duties are judged for: an operator the register could not place counts as private. */
    public OperatorKind forDuties() {
        return this == OTHER ? PRIVATE : this;
    }

    /** The kinds the duties distinguish, for forms that ask what the operator is for the engine. */
    public static List<OperatorKind> dutyKinds() {
        return Arrays.stream(values()).filter(k -> k.forDuties() == k).toList();
    }
}
