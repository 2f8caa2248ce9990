package org.itaku.document;

/** The desk that answers questions from individuals, principals or the public (お問い合わせ窓口). */
public record Inquiry(String name, String phone, String hours, String email) {

    public Inquiry {
        name = Texts.required(name, "inquiry desk name");
        phone = Texts.optional(phone);
        hours = Texts.optional(hours);
        email = Texts.optional(email);
        if (phone == null && email == null) {
            throw new IllegalArgumentException("an inquiry desk needs a phone number or an e-mail address");
        }
    }
}
