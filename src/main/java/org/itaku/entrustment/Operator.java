package org.itaku.entrustment;

import java.util.Objects;
import org.itaku.vocabulary.OperatorKind;

/** 個人情報取扱事業者 in this workspace's register. {@code id} is 0 until saved. */
public record Operator(long id, String name, String kana, CorporateNumber corporateNumber, OperatorKind kind,
        String industry, String address, String contactName, String contactEmail, String contactPhone,
        boolean self) {

    public Operator {
        name = Text.required(name, "operator.name", 300);
        kana = Text.optional(kana, 300);
        Objects.requireNonNull(kind, "kind");
        industry = Text.optional(industry, 200);
        address = Text.optional(address, 500);
        contactName = Text.optional(contactName, 200);
        contactEmail = Text.optional(contactEmail, 254);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new RegisterRuleException("register.email", contactEmail);
        }
        contactPhone = Text.optional(contactPhone, 40);
    }

    public OperatorRef ref() {
        return new OperatorRef(id, name, corporateNumber == null ? null : corporateNumber.value());
    }

    Operator withId(long newId) {
        return new Operator(newId, name, kana, corporateNumber, kind, industry, address, contactName, contactEmail,
                contactPhone, self);
    }
}
