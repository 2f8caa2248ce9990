package org.itaku.incident;

/** Where the response stands. Moves only forward, except that a contained incident may flare up again. */
public enum IncidentStatus {
    /** 対応中: the breach may still be going on. */
    OPEN,
    /** 封じ込め済み: the cause is stopped (GL 3-5-2 (1) 拡大防止); reports and notices may still be owed. */
    CONTAINED,
    /** 完了: nothing is owed any more. */
    CLOSED;

    boolean canMoveTo(IncidentStatus next) {
        return switch (this) {
            case OPEN -> next == CONTAINED;
            case CONTAINED -> next == CLOSED || next == OPEN;
            case CLOSED -> false;
        };
    }
}
