package org.itaku.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Brute-force defence. An account is locked after 5 failed sign-ins within 15 minutes, for 15 minutes the
 * first time and twice as long at each further lock (at most 24 hours). Independently, a source address with
 * too many failures in 15 minutes is refused for the rest of that window, whichever accounts it tries.
 */
@Component
public class SignInGuard {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_LOCK = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailuresPerAddress;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    SignInGuard(JdbcClient jdbc, Clock clock,
            @Value("${itaku.sign-in.max-failures-per-address:20}") int maxFailuresPerAddress,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.events = events;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Object details = event.getAuthentication().getDetails();
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            recordAddressFailure(web.getRemoteAddress());
        }
        recordAccountFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("UPDATE app_user SET failed_sign_ins = 0, first_failure_at = NULL, lock_count = 0 WHERE email = ?")
                .param(event.getAuthentication().getName().strip().toLowerCase()).update();
    }

    void recordAccountFailure(String login) {
        String email = login.strip().toLowerCase();
        Instant now = Instant.now(clock);
        record Row(long id, int failures, Timestamp first, int locks) {
        }
        Row row = jdbc.sql("SELECT id, failed_sign_ins, first_failure_at, lock_count FROM app_user WHERE email = ?")
                .param(email).query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3), rs.getInt(4)))
                .optional().orElse(null);
        if (row == null) {
            return;
        }
        boolean windowOpen = row.first() != null && row.first().toInstant().plus(WINDOW).isAfter(now);
        int failures = windowOpen ? row.failures() + 1 : 1;
        Instant first = windowOpen ? row.first().toInstant() : now;
        if (failures >= MAX_FAILURES) {
            Duration lock = WINDOW.multipliedBy(1L << Math.min(row.locks(), 10));
            if (lock.compareTo(MAX_LOCK) > 0) {
                lock = MAX_LOCK;
            }
            jdbc.sql("""
                    UPDATE app_user SET failed_sign_ins = 0, first_failure_at = NULL, locked_until = ?,
                    lock_count = lock_count + 1 WHERE id = ?""")
                    .params(Timestamp.from(now.plus(lock)), row.id()).update();
            // Recorded in the chain of each of the user's workspaces, so administrators see who was locked out.
            events.publishEvent(IdentityEvent.of("user.lock", "user", row.id(), null, "locked_until"));
        } else {
            jdbc.sql("UPDATE app_user SET failed_sign_ins = ?, first_failure_at = ? WHERE id = ?")
                    .params(failures, Timestamp.from(first), row.id()).update();
        }
    }

    void recordAddressFailure(String address) {
        Instant now = Instant.now(clock);
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        boolean blockedNow;
        synchronized (failures) {
            failures.addLast(now);
            prune(failures, now);
            blockedNow = failures.size() == maxFailuresPerAddress;
        }
        if (blockedNow) {
            // Once per block, not per refused attempt: a flood of attempts must not flood the trail.
            events.publishEvent(IdentityEvent.of("sign-in.address-blocked", "address", address, null));
        }
        if (failuresByAddress.size() > 10_000) {
            failuresByAddress.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    /** True when this source address has used up its failed attempts for the current window. */
    public boolean isAddressBlocked(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            prune(failures, Instant.now(clock));
            return failures.size() >= maxFailuresPerAddress;
        }
    }

    boolean isLocked(Timestamp lockedUntil) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(clock));
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && failures.peekFirst().plus(WINDOW).isBefore(now)) {
            failures.removeFirst();
        }
    }
}
