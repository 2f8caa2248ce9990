package org.itaku.entrustment;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * What an incident needs from the register about every operator at once: its kind, and what each principal
 * entrusted to each entrustee (persons and items summed over the holdings). Read in two queries, so that an
 * incident reaching 170,000 operators does not ask the register 170,000 times.
 */
public final class RegisterFacts {

    /** What one principal entrusted to one entrustee, summed over its holdings kept there. */
    public record Share(long entrusteeId, long persons, long personsUpperBound, Set<DataItem> items) {
    }

    private final Map<Long, OperatorKind> kinds;
    private final Map<Long, List<Share>> sharesByPrincipal;

    RegisterFacts(Map<Long, OperatorKind> kinds, Map<Long, List<Share>> sharesByPrincipal) {
        this.kinds = kinds;
        this.sharesByPrincipal = sharesByPrincipal;
    }

    /** For callers that build an incident without a register behind it (unit tests, ad-hoc incidents). */
    public static RegisterFacts of(Map<Long, OperatorKind> kinds, Map<Long, List<Share>> sharesByPrincipal) {
        return new RegisterFacts(new HashMap<>(kinds), new HashMap<>(sharesByPrincipal));
    }

    public OperatorKind kindOf(long operatorId) {
        return kinds.getOrDefault(operatorId, OperatorKind.OTHER);
    }

    /** What {@code principalId} entrusted to {@code entrusteeId}, or null when it keeps nothing there. */
    public Share share(long principalId, long entrusteeId) {
        for (Share s : sharesByPrincipal.getOrDefault(principalId, Collections.emptyList())) {
            if (s.entrusteeId() == entrusteeId) {
                return s;
            }
        }
        return null;
    }
}
