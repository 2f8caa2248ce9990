package org.itaku.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored record of the audit trail, as read back from the database. {@code workspaceId} is
 * {@code null} on the system chain; {@code actorUserId} and {@code actorEmail} are {@code null} when the
 * system itself acted.
 */
public record AuditRecord(long id, Long workspaceId, long seq, Instant occurredAt, Long actorUserId, String actorEmail,
        String action, String targetType, String targetId, List<String> changedFields, String sourceAddress,
        String userAgent, String prevHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(prevHash, "prevHash");
        Objects.requireNonNull(hash, "hash");
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /** The hash this record's own fields and its stored previous hash give; equal to {@link #hash()} unless altered. */
    String computedHash() {
        return ChainHash.of(this);
    }
}
