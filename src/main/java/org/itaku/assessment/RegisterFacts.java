package org.itaku.assessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.itaku.vocabulary.DataItem;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.ResultPage;
import org.springframework.stereotype.Component;

/** What the register knows about a vendor, read through the register's public API only. */
@Component
class RegisterFacts {

    /** At most this many holdings of one vendor are read for its tier (the rest are counted, not read). */
    static final int HOLDING_PAGES = 20;
    static final int PAGE = 500;

    private final Register register;

    RegisterFacts(Register register) {
        this.register = register;
    }

    record Snapshot(String operatorName, String contactName, String contactEmail, Set<RegisterFact> facts,
            boolean specialCare, boolean myNumber, boolean financial, long persons, LocalDate contractEndOn) {

        VendorFacts vendorFacts(Assessment.MetiAnswers meti) {
            return new VendorFacts(meti.holdsConfidentialInformation(), meti.interruptionUnacceptable(),
                    meti.reachesInternalSystems(), specialCare, myNumber, financial, persons);
        }
    }

    /** Throws the register's not-found exception when the operator is not in this workspace. */
    Snapshot of(long workspaceId, long operatorId) {
        var operator = register.operator(workspaceId, operatorId);
        LocalDate today = register.today();
        Set<RegisterFact> facts = EnumSet.noneOf(RegisterFact.class);
        boolean special = false;
        boolean myNumber = false;
        boolean financial = false;
        long persons = 0;
        for (int page = 0; page < HOLDING_PAGES; page++) {
            ResultPage<Holding> holdings = register.holdingsAt(workspaceId, operatorId, page, PAGE);
            for (Holding h : holdings.items()) {
                Set<DataItem.Flag> flags = h.flags();
                special |= flags.contains(DataItem.Flag.SPECIAL_CARE);
                myNumber |= flags.contains(DataItem.Flag.MY_NUMBER);
                financial |= flags.contains(DataItem.Flag.FINANCIAL);
                persons += h.persons().upperBound();
                if (h.pastDeletionDate(today)) {
                    facts.add(RegisterFact.HOLDINGS_PAST_DELETION);
                }
                if (h.storageCountry() != null && !"JP".equals(h.storageCountry())) {
                    facts.add(RegisterFact.STORED_ABROAD);
                }
            }
            if (!holdings.hasNext()) {
                break;
            }
        }
        LocalDate contractEnd = null;
        for (Entrustment e : register.entrustmentsOf(workspaceId, operatorId)) {
            if (e.principalId() == operatorId) {
                facts.add(RegisterFact.HAS_SUB_ENTRUSTEES);
            } else if (e.entrusteeId() == operatorId && e.endOn() != null
                    && (contractEnd == null || e.endOn().isAfter(contractEnd))) {
                contractEnd = e.endOn();
            }
        }
        return new Snapshot(operator.name(), operator.contactName(), operator.contactEmail(), facts, special, myNumber,
                financial, persons, contractEnd);
    }

    LocalDate today() {
        return register.today();
    }
}
