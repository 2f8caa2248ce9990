package org.itaku.document;

/**
 * The reporting business. The PPC asks for the business's name, not the name of the staff member filing
 * (漏えい等の報告について: 「報告実務をされる担当者の氏名ではなく、事業者等の名称等」).
 */
public record Reporter(String name, String address, String representative) {

    public Reporter {
        name = Texts.required(name, "reporter name");
        address = Texts.optional(address);
        representative = Texts.optional(representative);
    }
}
