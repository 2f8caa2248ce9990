package org.itaku.obligation;

/** What kind of operator owes the duties; the sector changes thresholds and adds reports. */
public enum OperatorKind implements Codes.Coded {
    /** 個人情報取扱事業者 in general (APPI Chapter IV). */
    PRIVATE,
    /** 行政機関等 (APPI Chapter V): a lower head-count threshold. */
    PUBLIC_BODY,
    /** Banks, securities firms and others under an FSA business act (業法). */
    FINANCIAL,
    /** 健康保険組合: reports to the PPC; never relieved by its entrustees' notices (健保Q&A 問203). */
    HEALTH_INSURANCE_SOCIETY,
    /** Hospitals, clinics, pharmacies: APPI applies as for private operators. */
    MEDICAL;

    @Override
    public String code() {
        return Codes.lower(this);
    }
}
