package org.itaku.incident;

import org.itaku.vocabulary.JapanTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.identity.Accounts;
import org.itaku.identity.WorkspaceMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's private address for the deadline calendar. Calendar apps subscribe by address alone (no cookie, no
 * bearer header), so the address carries a random secret; only its SHA-256 is stored, one live address per member
 * and workspace, revocable at any time. The feed reads the workspace's deadlines and nothing else, and stops working
 * as soon as the account is disabled or leaves the workspace. Issuing and revoking are audited, and so is the first
 * fetch of each day (calendar apps poll every few minutes; a record per poll would bury the trail).
 */
@Service
public class CalendarFeeds {

    static final String PREFIX = "itkcal_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId JAPAN = JapanTime.ZONE;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Accounts accounts, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member's live feed, if any: when it was issued and last fetched. */
    public record Feed(Instant createdAt, Instant lastUsedAt) {
    }

    public Optional<Feed> current(WorkspaceMember member) {
        return jdbc.sql("SELECT created_at, last_used_at FROM calendar_feed "
                        + "WHERE workspace_id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(member.workspaceId(), member.userId())
                .query((rs, n) -> new Feed(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** A new secret for the member; the previous address stops working. Returned once, never stored in clear. */
    @Transactional
    public String issue(WorkspaceMember member) {
        if (accounts.activeMembership(member.userId(), member.workspaceId()).isEmpty()) {
            // A session that outlived its account (disabled, or removed from the workspace) makes no new secrets.
            throw new IncidentRuleException("incident.rule.calendar.notMember");
        }
        revokeLive(member);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO calendar_feed (workspace_id, user_id, token_hash, created_at) VALUES (?, ?, ?, ?)")
                .params(member.workspaceId(), member.userId(), hash(token), Timestamp.from(clock.instant())).update();
        audit.record(AuditEvent.of("calendar-feed.create").inWorkspace(member.workspaceId())
                .target("user", member.userId()).changed("calendar_feed"));
        return token;
    }

    /** Ends the member's address; true if there was one. */
    @Transactional
    public boolean revoke(WorkspaceMember member) {
        boolean revoked = revokeLive(member) > 0;
        if (revoked) {
            audit.record(AuditEvent.of("calendar-feed.revoke").inWorkspace(member.workspaceId())
                    .target("user", member.userId()).changed("calendar_feed"));
        }
        return revoked;
    }

    private int revokeLive(WorkspaceMember member) {
        return jdbc.sql("UPDATE calendar_feed SET revoked_at = ? WHERE workspace_id = ? AND user_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), member.workspaceId(), member.userId()).update();
    }

    /**
     * The member a feed address speaks for, while the address is live and the member still active in the workspace;
     * empty for anything else, without saying which.
     */
    @Transactional
    public Optional<WorkspaceMember> open(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        record Row(long id, long workspaceId, long userId, Instant lastUsedAt) {
        }
        Optional<Row> row = jdbc.sql("SELECT id, workspace_id, user_id, last_used_at FROM calendar_feed "
                        + "WHERE token_hash = ? AND revoked_at IS NULL")
                .param(hash(token))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<WorkspaceMember> member = accounts.activeMembership(row.get().userId(), row.get().workspaceId());
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        jdbc.sql("UPDATE calendar_feed SET last_used_at = ? WHERE id = ?").params(Timestamp.from(now), row.get().id()).update();
        Instant last = row.get().lastUsedAt();
        if (last == null || !last.atZone(JAPAN).toLocalDate().equals(now.atZone(JAPAN).toLocalDate())) {
            audit.record(AuditEvent.of("calendar-feed.read").inWorkspace(member.get().workspaceId())
                    .by(member.get().userId(), member.get().email()).target("user", member.get().userId()));
        }
        return member;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
