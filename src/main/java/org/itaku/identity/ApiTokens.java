package org.itaku.identity;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Personal access tokens for the REST API: shown once, stored as a SHA-256 hash, scoped read or write,
 * bound to one workspace and the creator's role there, expiring and revocable. A read token may only GET.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "itk_";
    static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /**
     * "Last used" is kept to the minute: writing it on every request made every API read a write, and clients
     * sharing one token queued on that one row.
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum Scope {
        read, write
    }

    public record TokenInfo(long id, String name, Scope scope, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt) {
    }

    public record Issued(long id, String token) {
    }

    @Transactional
    public Issued issue(WorkspaceMember member, String name, Scope scope, Duration lifetime) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("token name: give a name of 1 to 100 characters");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("token lifetime: between 1 and 366 days");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (workspace_id, user_id, name, token_hash, scope, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(member.workspaceId(), member.userId(), name.strip(), SetupTokens.hash(token), scope.name(),
                        Timestamp.from(Instant.now(clock).plus(lifetime)))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        events.publishEvent(IdentityEvent.of("token.create", "api-token", id, member.workspaceId(), "name", "scope", "expires_at"));
        return new Issued(id, token);
    }

    public List<TokenInfo> list(WorkspaceMember member) {
        return jdbc.sql("""
                SELECT id, name, scope, created_at, expires_at, revoked_at, last_used_at FROM api_token
                WHERE workspace_id = ? AND user_id = ? ORDER BY id DESC""")
                .params(member.workspaceId(), member.userId())
                .query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), Scope.valueOf(rs.getString(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes one of the member's own tokens; false when there is no such token. */
    @Transactional
    public boolean revoke(WorkspaceMember member, long tokenId) {
        boolean revoked = jdbc.sql("""
                UPDATE api_token SET revoked_at = ? WHERE id = ? AND workspace_id = ? AND user_id = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(Instant.now(clock)), tokenId, member.workspaceId(), member.userId())
                .update() == 1;
        if (revoked) {
            events.publishEvent(IdentityEvent.of("token.revoke", "api-token", tokenId, member.workspaceId(), "revoked_at"));
        }
        return revoked;
    }

    /**
     * Revokes every live token of the member's account, in every workspace: after a password change whoever knew
     * the old password may have made one. Audited as one record.
     */
    @Transactional
    public int revokeAllOf(WorkspaceMember member) {
        int revoked = jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(Instant.now(clock)), member.userId()).update();
        if (revoked > 0) {
            events.publishEvent(IdentityEvent.of("token.revoke", "user", member.userId(), member.workspaceId(),
                    "revoked_at"));
        }
        return revoked;
    }

    record Resolved(WorkspaceMember member, Scope scope) {
    }

    Optional<Resolved> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        record Row(WorkspaceMember member, long id, Scope scope, Instant lastUsedAt) {
        }
        // One read answers everything a request needs: the token, its account still enabled and still a member of
        // the token's workspace, with the role held there now.
        Optional<Row> row = jdbc.sql("""
                SELECT t.id, t.scope, t.last_used_at, u.id, u.email, w.id, w.name, m.role
                FROM api_token t JOIN app_user u ON u.id = t.user_id
                JOIN membership m ON m.user_id = t.user_id AND m.workspace_id = t.workspace_id
                JOIN workspace w ON w.id = t.workspace_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? AND u.enabled = TRUE""")
                .params(SetupTokens.hash(token), Timestamp.from(now))
                .query((rs, n) -> new Row(new WorkspaceMember(rs.getLong(4), rs.getString(5), rs.getLong(6),
                        rs.getString(7), Role.valueOf(rs.getString(8))), rs.getLong(1), Scope.valueOf(rs.getString(2)),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
        row.filter(r -> r.lastUsedAt() == null || r.lastUsedAt().isBefore(now.minus(LAST_USE_PRECISION)))
                .ifPresent(r -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                        .params(Timestamp.from(now), r.id()).update());
        return row.map(r -> new Resolved(r.member(), r.scope()));
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!hasBearerToken(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                Optional<Resolved> resolved = resolve(request.getHeader("Authorization").substring(7).strip());
                if (resolved.isEmpty()) {
                    problem(response, HttpStatus.UNAUTHORIZED, "The access token is unknown, expired or revoked.");
                    return;
                }
                boolean readOnly = switch (request.getMethod()) {
                    case "GET", "HEAD", "OPTIONS" -> true;
                    default -> false;
                };
                if (resolved.get().scope() == Scope.read && !readOnly) {
                    problem(response, HttpStatus.FORBIDDEN, "This access token is read-only.");
                    return;
                }
                WorkspaceMember member = resolved.get().member();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member.email(), null,
                        SignedInSessions.authoritiesFor(member)));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        };
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
