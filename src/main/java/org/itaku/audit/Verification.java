package org.itaku.audit;

import java.util.Objects;

/**
 * The outcome of checking one chain: how many records were checked, the last good hash, and the first
 * broken record when there is one. {@code workspaceId} is {@code null} for the system chain.
 */
public record Verification(Long workspaceId, long checked, String lastHash, Break firstBreak) {

    public Verification {
        if (checked < 0) {
            throw new IllegalArgumentException("checked must not be negative");
        }
        Objects.requireNonNull(lastHash, "lastHash");
    }

    public boolean intact() {
        return firstBreak == null;
    }

    /** Why a record does not belong where it stands. */
    public enum Problem {
        /** The record's fields no longer give its stored hash: a field was changed. */
        HASH_MISMATCH,
        /** The record's previous hash is not the hash of the record before it. */
        BROKEN_LINK,
        /** A sequence number is missing before this record: a record was deleted. */
        SEQUENCE_GAP,
        /** Two records claim the same sequence number. */
        DUPLICATE_SEQUENCE,
        /** The record was appended later than the record that should stand here: records were reordered. */
        REORDERED,
        /** The chain head names more records than there are: records were cut off the end. */
        MISSING_AT_END,
        /** The chain head does not match the last record, or is missing while records exist. */
        HEAD_MISMATCH,
        /** Records stand after the record the chain head names: appended around the trail (forged). */
        PAST_HEAD,
        /** The record at the sealed checkpoint's position does not have the sealed hash: the chain was rewritten. */
        CHECKPOINT_MISMATCH,
        /** The checkpoint file's signature does not verify: it was edited, or the secret key changed. */
        CHECKPOINT_FORGED
    }

    /**
     * The first broken record: its sequence number and id ({@code id} is {@code null} when the record is
     * missing altogether), the problem, and a sentence for people.
     */
    public record Break(long seq, Long id, Problem problem, String detail) {

        public Break {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** One line for the command line and logs. */
    public String describe() {
        String chain = workspaceId == null ? "system chain" : "workspace " + workspaceId;
        if (intact()) {
            return chain + ": intact, " + checked + " records, last hash " + lastHash;
        }
        return chain + ": BROKEN at seq " + firstBreak.seq()
                + (firstBreak.id() == null ? "" : " (record id " + firstBreak.id() + ")") + ": "
                + firstBreak.problem() + " - " + firstBreak.detail();
    }
}
