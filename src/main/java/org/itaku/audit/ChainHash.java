package org.itaku.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical encoding of an audit record and its SHA-256 hash. The hash of record <i>n</i> covers
 * the hash of record <i>n-1</i>, so changing, removing or reordering any record breaks every link after it.
 *
 * <h2>Encoding, version 1</h2>
 * The UTF-8 bytes of the line {@code itaku-audit-v1} followed by one line per field, in this order:
 * <ol>
 * <li>{@code workspace} (decimal id; absent on the system chain)</li>
 * <li>{@code seq} (decimal, 1 for the first record of a chain)</li>
 * <li>{@code occurred_at} (UTC, ISO-8601 with exactly six fraction digits: {@code 2026-11-23T09:15:02.123456Z})</li>
 * <li>{@code actor_user_id}, {@code actor_email}</li>
 * <li>{@code action}, {@code target_type}, {@code target_id}</li>
 * <li>{@code changed_fields} (the names, sorted, joined with {@code ,}; absent when none)</li>
 * <li>{@code source_address}, {@code user_agent}</li>
 * <li>{@code prev_hash} (lower-case hex; 64 zeros for the first record)</li>
 * </ol>
 * Each line is {@code name=LENGTH:VALUE\n}, where LENGTH is the decimal number of UTF-8 bytes of VALUE,
 * or {@code name=-\n} when the value is absent. The length prefix makes the encoding unambiguous whatever
 * the values contain, and absent differs from empty. The hash is the lower-case hex SHA-256 of those bytes.
 * <p>
 * Times are truncated to microseconds before they are hashed <em>and</em> stored: PostgreSQL keeps
 * microseconds, H2 could keep more, and a record must hash the same after a round trip through either.
 */
final class ChainHash {

    static final String VERSION = "itaku-audit-v1";
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String of(AuditRecord r) {
        return of(r.workspaceId(), r.seq(), r.occurredAt(), r.actorUserId(), r.actorEmail(), r.action(), r.targetType(),
                r.targetId(), r.changedFields(), r.sourceAddress(), r.userAgent(), r.prevHash());
    }

    static String of(Long workspaceId, long seq, Instant occurredAt, Long actorUserId, String actorEmail, String action,
            String targetType, String targetId, List<String> changedFields, String sourceAddress, String userAgent,
            String prevHash) {
        return sha256(encode(workspaceId, seq, occurredAt, actorUserId, actorEmail, action, targetType, targetId,
                changedFields, sourceAddress, userAgent, prevHash));
    }

    static String encode(Long workspaceId, long seq, Instant occurredAt, Long actorUserId, String actorEmail,
            String action, String targetType, String targetId, List<String> changedFields, String sourceAddress,
            String userAgent, String prevHash) {
        StringBuilder sb = new StringBuilder(256).append(VERSION).append('\n');
        field(sb, "workspace", workspaceId == null ? null : workspaceId.toString());
        field(sb, "seq", Long.toString(seq));
        field(sb, "occurred_at", TIME.format(truncate(occurredAt)));
        field(sb, "actor_user_id", actorUserId == null ? null : actorUserId.toString());
        field(sb, "actor_email", actorEmail);
        field(sb, "action", action);
        field(sb, "target_type", targetType);
        field(sb, "target_id", targetId);
        field(sb, "changed_fields", joinFields(changedFields));
        field(sb, "source_address", sourceAddress);
        field(sb, "user_agent", userAgent);
        field(sb, "prev_hash", prevHash);
        return sb.toString();
    }

    /** The stored and hashed form of changed field names: sorted, comma-separated, {@code null} when none. */
    static String joinFields(List<String> fields) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        return String.join(",", fields.stream().sorted().toList());
    }

    static List<String> splitFields(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(name).append('=');
        if (value == null) {
            sb.append('-');
        } else {
            sb.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        sb.append('\n');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
