package org.itaku.entrustment;

/** What the contract says happens to the data when the entrustment ends. */
public enum EndOfContract {
    DELETE, RETURN, DELETE_OR_RETURN
}
