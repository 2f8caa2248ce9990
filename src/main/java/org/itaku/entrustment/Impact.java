package org.itaku.entrustment;

import java.util.List;
import java.util.Set;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;

/**
 * What an incident at one operator touches: every holding stored there, and every operator upstream of
 * those holdings (the direct principal and, through the entrustment chain, its principals) with what it
 * has at stake. The incident module builds its cascade of notices to principals on this answer.
 *
 * <p>An upstream operator's figures are summed over the holdings whose chain passes through it. A holding
 * kept for an office covers that office's clients as well, so the figures are an upper bound per principal,
 * which is the safe side when judging the PPC thresholds.
 */
public record Impact(OperatorRef operator, List<AffectedHolding> holdings, List<AffectedPrincipal> principals) {

    public Impact {
        holdings = List.copyOf(holdings);
        principals = List.copyOf(principals);
    }

    /** A holding stored at the operator with the incident. {@code path} runs from the principal to the operator. */
    public record AffectedHolding(long holdingId, String description, OperatorRef principal, PersonCount persons,
            Set<DataItem> items, Set<DataItem.Flag> flags, Encryption encryption, boolean strongEncryption,
            boolean pastDeletionDate, List<OperatorRef> path) {
    }

    /**
     * An operator upstream of at least one affected holding. {@code path} is the shortest chain from it down to
     * the operator with the incident; {@code distance} counts its links (1 = direct principal).
     */
    public record AffectedPrincipal(OperatorRef operator, int distance, List<Long> holdingIds, long persons,
            long personsUpperBound, Set<DataItem> items, Set<DataItem.Flag> flags, Set<Encryption> encryption,
            boolean anyPastDeletionDate, List<OperatorRef> path) {
    }

    public long totalPersons() {
        return holdings.stream().mapToLong(h -> h.persons().value()).sum();
    }

    public long totalPersonsUpperBound() {
        return holdings.stream().mapToLong(h -> h.persons().upperBound()).sum();
    }
}
