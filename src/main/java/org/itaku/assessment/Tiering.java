package org.itaku.assessment;

import java.util.ArrayList;
import java.util.List;

/** Decides a vendor's tier from the METI level and the register's facts. Pure. */
public final class Tiering {

    /**
     * Above this many persons a vendor is watched most closely. Our threshold: a leak of that size is the kind
     * the PPC's published cases treat as large-scale.
     */
    static final long MANY_PERSONS = 100_000;
    /**
     * Above 5,000 persons a business is no longer a 中小規模事業者 under the PPC guideline (通則編 別添), which
     * is why more is expected of it.
     */
    static final long SME_PERSONS = 5_000;

    private Tiering() {
    }

    /** A tier with the reasons (message codes) it was chosen for. */
    public record Decision(MetiLevel level, Tier tier, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    public static Decision decide(VendorFacts facts) {
        MetiLevel level = MetiLevel.decide(facts.holdsConfidentialInformation(), facts.interruptionUnacceptable(),
                facts.reachesInternalSystems());
        List<String> high = new ArrayList<>();
        if (level == MetiLevel.STAR_4) {
            high.add("meti-star4");
        }
        // My Number and special-care data raise the stakes by law: a leak of either is reportable to the PPC
        // whatever the number of persons (APPI Rules Art. 7(i); My Number Act Art. 29-4).
        if (facts.myNumber()) {
            high.add("my-number");
        }
        if (facts.specialCare()) {
            high.add("special-care");
        }
        if (facts.personsHeld() > MANY_PERSONS) {
            high.add("many-persons");
        }
        if (!high.isEmpty()) {
            return new Decision(level, Tier.HIGH, high);
        }
        List<String> medium = new ArrayList<>();
        // Data that can cause financial damage is reportable at any size too (Rules Art. 7(ii)).
        if (facts.financial()) {
            medium.add("financial");
        }
        if (facts.personsHeld() > SME_PERSONS) {
            medium.add("over-5000-persons");
        }
        if (!medium.isEmpty()) {
            return new Decision(level, Tier.MEDIUM, medium);
        }
        return new Decision(level, Tier.LOW, List.of("low-exposure"));
    }
}
