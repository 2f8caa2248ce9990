package org.itaku.entrustment.web;

import java.time.LocalDate;

import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.RegisterRuleException;
import org.itaku.entrustment.StorageLocation;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

record HoldingForm(Long operatorId, Long principalId, String description, String itemCodes, String itemsRaw, Long persons,
        Boolean personsEstimated, Long personsMax, String personKinds, String storageSystem, String storageCountry,
        StorageLocation storageLocation, Encryption encryption, String cipher, Boolean keyKeptSeparately, String retentionRule,
        @DateTimeFormat(iso = ISO.DATE) LocalDate deletionDueOn, @DateTimeFormat(iso = ISO.DATE) LocalDate deletionConfirmedOn,
        String deletionEvidence, String deletionConfirmedBy) {

    static HoldingForm empty(Long operatorId, Long principalId) {
        return new HoldingForm(operatorId, principalId, null, null, null, null, false, null, null, null, "JP", null,
                Encryption.NONE, null, false, null, null, null, null, null);
    }

    static HoldingForm of(Holding h) {
        return new HoldingForm(h.operatorId(), h.principalId(), h.description(), DataItem.format(h.items()), h.itemsRaw(),
                h.persons().value(), h.persons().estimated(), h.persons().max(), h.personKinds(), h.storageSystem(),
                h.storageCountry(), h.storageLocation(), h.encryption(), h.cipher(), h.keyKeptSeparately(), h.retentionRule(),
                h.deletionDueOn(), h.deletionConfirmedOn(), h.deletionEvidence(), h.deletionConfirmedBy());
    }

    Holding toHolding(long id) {
        if (operatorId == null || principalId == null) {
            throw new RegisterRuleException("register.heldAtAndPrincipalRequired");
        }
        if (persons == null) {
            throw new RegisterRuleException("register.required", RegisterRuleException.field("holding.persons"));
        }
        return new Holding(id, operatorId, principalId, description, DataItem.parseList(itemCodes), itemsRaw,
                new PersonCount(persons, Boolean.TRUE.equals(personsEstimated), personsMax), personKinds, storageSystem,
                storageCountry, storageLocation, encryption, cipher, Boolean.TRUE.equals(keyKeptSeparately), retentionRule,
                deletionDueOn, deletionConfirmedOn, deletionEvidence, deletionConfirmedBy);
    }
}
