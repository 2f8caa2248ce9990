package org.itaku.obligation;

import java.util.List;
import java.util.Objects;

/**
 * The answer for one set of facts. {@code reportable} is true when any report to an authority is owed (APPI,
 * My Number Act or a sector law). {@code exemption} names what lifted the duties: {@code strong_encryption}
 * (Rules Art. 7(i) parenthetical) or {@code entrustee_notified_principal} (APPI Art. 26(1) proviso); null otherwise.
 */
public record Decision(boolean reportable, List<Integer> appiCategories, List<Integer> myNumberCategories,
        String exemption, List<Obligation> obligations, List<Reason> reasons, String ruleSet) {

    public static final String STRONG_ENCRYPTION = "strong_encryption";
    public static final String ENTRUSTEE_NOTIFIED_PRINCIPAL = "entrustee_notified_principal";

    public Decision {
        appiCategories = List.copyOf(appiCategories);
        myNumberCategories = List.copyOf(myNumberCategories);
        obligations = List.copyOf(obligations);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(ruleSet, "ruleSet");
        if (exemption != null && !exemption.equals(STRONG_ENCRYPTION) && !exemption.equals(ENTRUSTEE_NOTIFIED_PRINCIPAL)) {
            throw new IllegalArgumentException("unknown exemption " + exemption);
        }
        // Rules Art. 7 has four items; Rules Art. 43 for public bodies adds a fifth (条例要配慮個人情報).
        if (!appiCategories.stream().allMatch(c -> c >= 1 && c <= 5)
                || !myNumberCategories.stream().allMatch(c -> c >= 1 && c <= 4)) {
            throw new IllegalArgumentException("categories are item numbers 1 to 4 (5 for public bodies)");
        }
        if (reportable && obligations.isEmpty()) {
            throw new IllegalArgumentException("a reportable decision lists what is owed");
        }
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision needs its reasons");
        }
    }

    /** The obligations of one kind, in order. */
    public List<Obligation> obligations(Obligation.Kind kind) {
        return obligations.stream().filter(o -> o.kind() == kind).toList();
    }
}
