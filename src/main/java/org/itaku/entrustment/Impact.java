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
            boolean anyPastDeletionDate, List<OperatorRef> path, OwnShare ownShare) {
    }

    /**
     * What a principal two or more links up entrusted to the next operator down its path, summed over its holdings
     * there: its own share, to which its figures are narrowed (null for a direct principal, or when it keeps nothing
     * there).
     */
    public record OwnShare(long persons, long personsUpperBound, Set<DataItem> items) {
    }

    /** Principals at one distance from the operator with the incident, and the persons they count. */
    public record Level(int distance, long principals, long persons, long personsUpperBound) {
    }

    /**
     * The impact in a few lines, for an answer that must stay small when the operator is a SaaS vendor (170,000
     * principals): holdings and persons, principals by distance, every item and flag reached, the encryption of the
     * holdings, and how many holdings are kept past their deletion date.
     */
    public record Summary(OperatorRef operator, long holdings, long persons, long personsUpperBound, long principals,
            List<Level> levels, Set<DataItem> items, Set<DataItem.Flag> flags, java.util.Map<Encryption, Long> encryption,
            long holdingsPastDeletionDate) {
    }

    public Summary summary() {
        java.util.Map<Integer, long[]> byDistance = new java.util.TreeMap<>();
        for (AffectedPrincipal p : principals) {
            long[] n = byDistance.computeIfAbsent(p.distance(), k -> new long[3]);
            n[0]++;
            n[1] += p.persons();
            n[2] += p.personsUpperBound();
        }
        Set<DataItem> items = DataItem.sortedByCode(Set.of());
        java.util.Map<Encryption, Long> encryption = new java.util.EnumMap<>(Encryption.class);
        long past = 0;
        for (AffectedHolding h : holdings) {
            items.addAll(h.items());
            encryption.merge(h.encryption(), 1L, Long::sum);
            past += h.pastDeletionDate() ? 1 : 0;
        }
        return new Summary(operator, holdings.size(), totalPersons(), totalPersonsUpperBound(), principals.size(),
                byDistance.entrySet().stream().map(e -> new Level(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2])).toList(), items, DataItem.flagsOf(items), encryption, past);
    }

    /** One page of the principals (at one distance, or all for null), nearest first as {@link #principals}. */
    public ResultPage<AffectedPrincipal> principals(Integer distance, int page, int size) {
        List<AffectedPrincipal> matching = distance == null ? principals
                : principals.stream().filter(p -> p.distance() == distance).toList();
        return slice(matching, page, size);
    }

    /** One page of the holdings. */
    public ResultPage<AffectedHolding> holdings(int page, int size) {
        return slice(holdings, page, size);
    }

    /** Pages count from 0 and hold 1 to {@value #MAX_PAGE} rows. */
    public static final int MAX_PAGE = 500;

    private static <T> ResultPage<T> slice(List<T> all, int page, int size) {
        checkPage(page, size);
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = Math.min(all.size(), from + size);
        return new ResultPage<>(all.subList(from, to), page, size, all.size());
    }

    static void checkPage(int page, int size) {
        if (page < 0) {
            throw new RegisterRuleException("register.pageNegative");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new RegisterRuleException("register.pageSize", MAX_PAGE);
        }
    }

    public long totalPersons() {
        return holdings.stream().mapToLong(h -> h.persons().value()).sum();
    }

    public long totalPersonsUpperBound() {
        return holdings.stream().mapToLong(h -> h.persons().upperBound()).sum();
    }
}
