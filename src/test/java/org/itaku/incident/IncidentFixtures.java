package org.itaku.incident;

import java.time.LocalDate;
import java.util.Set;

import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.StorageLocation;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.PersonCount;

/** Register records and incident facts for tests; the names are invented. */
public final class IncidentFixtures {

    private IncidentFixtures() {
    }

    public static Operator operator(String name) {
        return new Operator(0, name, null, null, OperatorKind.PRIVATE, null, null, null, null, null, false);
    }

    public static Entrustment entrust(long principal, long entrustee, String purpose) {
        return new Entrustment(0, principal, entrustee, purpose, LocalDate.of(2024, 4, 1), null, true, "書面承認済み", 72,
                EndOfContract.DELETE, true, LocalDate.of(2025, 1, 10));
    }

    public static Holding holding(long at, long principal, String description, String items, long persons) {
        return new Holding(0, at, principal, description, DataItem.parseList(items), null, PersonCount.exact(persons),
                "従業員", "給与クラウド", "JP", StorageLocation.CLOUD, Encryption.AT_REST, "AES-256", false, null, null,
                null, null, null);
    }

    public static IncidentFacts facts(long operatorId, LocalDate discoveredOn, IncidentType... types) {
        return new IncidentFacts("設定不備による閲覧可能状態", operatorId, BreachEvent.LEAK, Certainty.CONFIRMED,
                Discoverer.SELF, discoveredOn.minusDays(2), discoveredOn, null, Set.of(types),
                "ストレージの公開設定の誤り", Set.of(), null, false, false, false, Set.of(), null);
    }
}
