package org.itaku.entrustment.web;

import org.itaku.entrustment.CorporateNumber;
import org.itaku.entrustment.Operator;
import org.itaku.vocabulary.OperatorKind;

/** What a person types for an operator (page form and JSON body alike); the domain record validates it. */
record OperatorForm(String name, String kana, String corporateNumber, OperatorKind kind, String industry, String address,
        String contactName, String contactEmail, String contactPhone, Boolean self) {

    static OperatorForm empty() {
        return new OperatorForm(null, null, null, OperatorKind.PRIVATE, null, null, null, null, null, false);
    }

    static OperatorForm of(Operator o) {
        return new OperatorForm(o.name(), o.kana(), o.corporateNumber() == null ? null : o.corporateNumber().value(), o.kind(),
                o.industry(), o.address(), o.contactName(), o.contactEmail(), o.contactPhone(), o.self());
    }

    Operator toOperator(long id) {
        return new Operator(id, name, kana, CorporateNumber.parseOrNull(corporateNumber), kind == null ? OperatorKind.OTHER : kind,
                industry, address, contactName, contactEmail, contactPhone, Boolean.TRUE.equals(self));
    }
}
