package org.itaku.incident;

import org.itaku.vocabulary.RefusedChange;

/**
 * A state change the aggregate refuses: a status jump, or a second answer to an obligation already settled. A code
 * of the incident bundle (under {@code incident.transition.}) with its parameters; answered 409.
 */
public class IllegalTransitionException extends RefusedChange {

    public IllegalTransitionException(String code, Object... args) {
        super(code, args);
    }
}
