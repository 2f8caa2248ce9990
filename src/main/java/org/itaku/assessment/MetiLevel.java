package org.itaku.assessment;

/**
 * The level of METI's supply-chain security evaluation scheme (サプライチェーン強化に向けたセキュリティ対策評価制度) a
 * principal asks of a vendor. The published decision: ★4 when the vendor holds the principal's important
 * confidential information on its own systems, when its interruption would unacceptably delay the principal's
 * business, or when its environment can reach the principal's internal systems; ★3 otherwise.
 */
public enum MetiLevel {
    STAR_3, STAR_4;

    public static MetiLevel decide(boolean holdsConfidentialInformation, boolean interruptionUnacceptable,
            boolean reachesInternalSystems) {
        return holdsConfidentialInformation || interruptionUnacceptable || reachesInternalSystems ? STAR_4 : STAR_3;
    }

    public String stars() {
        return this == STAR_4 ? "★4" : "★3";
    }
}
