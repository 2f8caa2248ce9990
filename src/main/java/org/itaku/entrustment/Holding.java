package org.itaku.entrustment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;

/**
 * 個人データの保有: personal data held at {@code operatorId} on behalf of {@code principalId} (the direct
 * principal; equal to the operator for its own data).
 */
public record Holding(long id, long operatorId, long principalId, String description, Set<DataItem> items,
        String itemsRaw, PersonCount persons, String personKinds, String storageSystem, String storageCountry,
        StorageLocation storageLocation, Encryption encryption, String cipher, boolean keyKeptSeparately,
        String retentionRule, LocalDate deletionDueOn, LocalDate deletionConfirmedOn, String deletionEvidence,
        String deletionConfirmedBy) {

    public Holding {
        description = Text.required(description, "holding.description", 1000);
        if (items == null || items.isEmpty()) {
            throw new RegisterRuleException("register.itemsRequired");
        }
        items = java.util.Collections.unmodifiableSet(DataItem.sortedByCode(items));
        itemsRaw = Text.optional(itemsRaw, 2000);
        Objects.requireNonNull(persons, "persons");
        personKinds = Text.optional(personKinds, 500);
        storageSystem = Text.optional(storageSystem, 300);
        storageCountry = Text.optional(storageCountry, 2);
        if (storageCountry != null) {
            storageCountry = storageCountry.toUpperCase(java.util.Locale.ROOT);
            if (!storageCountry.matches("[A-Z]{2}")) {
                throw new RegisterRuleException("register.storageCountry", storageCountry);
            }
        }
        encryption = encryption == null ? Encryption.NONE : encryption;
        cipher = Text.optional(cipher, 100);
        // The PPC's strong-encryption exemption needs both a named cipher and a key kept apart from the data;
        // recording STRONG without them would silently drop a reporting duty.
        if (encryption == Encryption.STRONG && (cipher == null || !keyKeptSeparately)) {
            throw new RegisterRuleException("register.strongEncryption");
        }
        retentionRule = Text.optional(retentionRule, 500);
        deletionEvidence = Text.optional(deletionEvidence, 300);
        deletionConfirmedBy = Text.optional(deletionConfirmedBy, 200);
    }

    /** Past its deletion date and nobody has confirmed the deletion. */
    public boolean pastDeletionDate(LocalDate today) {
        return deletionDueOn != null && deletionDueOn.isBefore(today) && deletionConfirmedOn == null;
    }

    public Set<DataItem.Flag> flags() {
        return DataItem.flagsOf(items);
    }

    Holding withId(long newId) {
        return new Holding(newId, operatorId, principalId, description, items, itemsRaw, persons, personKinds,
                storageSystem, storageCountry, storageLocation, encryption, cipher, keyKeptSeparately, retentionRule,
                deletionDueOn, deletionConfirmedOn, deletionEvidence, deletionConfirmedBy);
    }
}
