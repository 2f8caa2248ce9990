package org.itaku.entrustment;

import java.util.HashMap;
import java.util.Map;

import org.itaku.vocabulary.OperatorKind;

/**
 * What an incident needs from the register about the operators it reaches, besides its {@link Impact}: each one's
 * kind. Read in one query (or one per 500 operators for a small incident), so that an incident reaching 170,000
 * operators does not ask the register 170,000 times.
 */
public final class RegisterFacts {

    private final Map<Long, OperatorKind> kinds;

    RegisterFacts(Map<Long, OperatorKind> kinds) {
        this.kinds = kinds;
    }

    /** For callers that build an incident without a register behind it (unit tests, ad-hoc incidents). */
    public static RegisterFacts of(Map<Long, OperatorKind> kinds) {
        return new RegisterFacts(new HashMap<>(kinds));
    }

    public OperatorKind kindOf(long operatorId) {
        return kinds.getOrDefault(operatorId, OperatorKind.OTHER);
    }
}
