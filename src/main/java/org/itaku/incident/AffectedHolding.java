package org.itaku.incident;

/** A holding of the register that the incident touches, as proposed by the register's impact() and kept by the user. */
public record AffectedHolding(long holdingId, long principalId, String description, String itemCodes, long persons,
        long personsMax, boolean strongEncryption) {
}
