package org.itaku.entrustment;

import java.time.LocalDate;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;

/** Small builders so tests read like the register they describe. Names are invented. */
final class RegisterFixtures {

    private RegisterFixtures() {
    }

    static Operator operator(String name) {
        return new Operator(0, name, null, null, OperatorKind.PRIVATE, null, null, null, null, null, false);
    }

    static Operator operator(String name, String corporateNumberBase) {
        return new Operator(0, name, null, CorporateNumber.withBase(corporateNumberBase), OperatorKind.PRIVATE, "情報通信業",
                "東京都千代田区", "窓口 太郎", "privacy@example.jp", "03-0000-0000", false);
    }

    static Entrustment entrust(long principal, long entrustee, String purpose) {
        return new Entrustment(0, principal, entrustee, purpose, LocalDate.now().minusYears(1), null, true, "2025-04-01 書面承認",
                72, EndOfContract.DELETE, true, LocalDate.now().minusMonths(2));
    }

    static Holding holding(long at, long principal, String description, String items, long persons) {
        return new Holding(0, at, principal, description, DataItem.parseList(items), null, PersonCount.exact(persons), "従業員",
                "クラウド給与", "JP", StorageLocation.CLOUD, Encryption.AT_REST, "AES-256", false, "退職後7年",
                null, null, null, null);
    }
}
