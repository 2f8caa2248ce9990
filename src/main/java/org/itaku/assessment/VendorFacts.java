package org.itaku.assessment;

/**
 * What tiering needs to know about a vendor: the three METI questions (answered by the officer) and what the
 * register says it holds for this workspace.
 */
public record VendorFacts(boolean holdsConfidentialInformation, boolean interruptionUnacceptable,
        boolean reachesInternalSystems, boolean specialCare, boolean myNumber, boolean financial, long personsHeld) {

    public VendorFacts {
        if (personsHeld < 0) {
            throw new IllegalArgumentException("persons held cannot be negative");
        }
    }
}
