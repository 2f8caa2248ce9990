package org.itaku.incident;

/** A state change the aggregate refuses: a status jump, or a second answer to an obligation already settled. */
public class IllegalTransitionException extends IllegalStateException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
