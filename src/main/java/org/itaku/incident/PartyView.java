package org.itaku.incident;

/**
 * One operator's situation with its own decision. {@code decision} is null while the operator does not know yet
 * (nobody has notified it) or when its facts cannot be judged, in which case {@code problem} says why.
 */
public record PartyView(Party party, org.itaku.obligation.Decision decision, String problem) {

    public boolean awaitingNotice() {
        return decision == null && problem == null;
    }
}
