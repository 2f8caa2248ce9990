package org.itaku.document;

/**
 * A business named in a document: an entrustor (委託元), an entrustee (委託先) or a joint reporter. The online
 * form asks for name, address and phone of 委託元/委託先 (appi-rules.md §8.2); address and phone may be
 * unknown at the 速報 stage and are then printed as not yet known, never filled in.
 */
public record NamedBusiness(String name, String address, String phone) {

    public NamedBusiness {
        name = Texts.required(name, "party name");
        address = Texts.optional(address);
        phone = Texts.optional(phone);
    }
}
