package org.itaku.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.MfaPending;
import org.itaku.identity.WorkspaceMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Appends to the audit trail: the one door other modules use. Every append happens in the caller's
 * transaction (or its own, when there is none), so a change and its audit record commit or vanish
 * together.
 * <p>
 * Appends to one chain are serialised by locking the chain's head row ({@code SELECT ... FOR UPDATE},
 * which H2 and PostgreSQL both honour): two requests in one workspace at once queue up instead of both
 * taking the same sequence number and forking the chain. The unique key on (chain, seq) is the backstop.
 * The lock is held until the caller's transaction ends, so record near the end of a long transaction.
 * <p>
 * Failing to record is not swallowed: an action that cannot be audited does not happen (a sign-in whose
 * record cannot be written fails too). A chain that someone broke, though, never stops recording: records found
 * past the head (forged, or written around the head) are answered by an {@code audit.chain-break} record that
 * names them, the new record follows it, and the log raises an alert (issue 10, finding 4). Each committed
 * append moves the chain's sealed checkpoint ({@link AuditCheckpoints}) forward.
 */
@Service
public class AuditTrail {

    /** The chain of events that belong to no known workspace. */
    static final long SYSTEM_CHAIN = 0;

    static final String CHAIN_BREAK = "audit.chain-break";
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final AuditCheckpoints checkpoints;

    AuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Where an append landed: its chain position and hash. */
    public record Appended(long id, Long workspaceId, long seq, String hash) {
    }

    /**
     * Appends the event, filling workspace, actor, source address and user agent from the signed-in
     * member (or, during the second-factor step, the member the session will become) and the current
     * request where the event leaves them out. An event without any workspace
     * goes to the system chain.
     */
    @Transactional
    public Appended record(AuditEvent event) {
        AuditEvent e = completed(event);
        long chain = chainOf(e.workspaceId());
        Head head = lockHead(chain);
        // Only records past the head are looked for: MAX(seq) over the whole chain walked every record of the workspace
        // (H2 reads no maximum from the (chain_id, seq) index under a WHERE), inside the head's lock, on every append.
        long highest = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_record WHERE chain_id = ? AND seq > ?")
                .params(chain, head.lastSeq()).query(Long.class).single();
        if (highest > head.lastSeq()) {
            log.error("AUDIT ALERT: audit chain {} has records past its head (seq {} to {}); recording the break and "
                    + "continuing after them. Run 'itaku audit verify'.", chain, head.lastSeq() + 1, highest);
            // The break links to the last record the head vouches for and names the records past it by seq.
            AuditEvent breakEvent = new AuditEvent(CHAIN_BREAK, "audit-chain",
                    "seq " + (head.lastSeq() + 1) + "-" + highest + " past the head", List.of(), e.workspaceId(), null,
                    null, null, null);
            Appended recorded = append(chain, highest + 1, head.lastHash(), breakEvent);
            head = new Head(recorded.seq(), recorded.hash());
        }
        Appended appended = append(chain, head.lastSeq() + 1, head.lastHash(), e);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                checkpoints.advance(chain, appended.seq(), appended.hash());
            }
        });
        return appended;
    }

    private Appended append(long chain, long seq, String prevHash, AuditEvent e) {
        Instant at = ChainHash.truncate(Instant.now(clock));
        String hash = ChainHash.of(e.workspaceId(), seq, at, e.actorUserId(), e.actorEmail(), e.action(), e.targetType(),
                e.targetId(), e.changedFields(), e.sourceAddress(), e.userAgent(), prevHash);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO audit_record (chain_id, workspace_id, seq, occurred_at, actor_user_id, actor_email, action,
                    target_type, target_id, changed_fields, source_address, user_agent, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(chain, e.workspaceId(), seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), e.actorUserId(),
                        e.actorEmail(), e.action(), e.targetType(), e.targetId(), ChainHash.joinFields(e.changedFields()),
                        e.sourceAddress(), e.userAgent(), prevHash, hash)
                .update(key, "id");
        jdbc.sql("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE chain_id = ?").params(seq, hash, chain).update();
        return new Appended(key.getKeyAs(Number.class).longValue(), e.workspaceId(), seq, hash);
    }
    static long chainOf(Long workspaceId) {
        return workspaceId == null ? SYSTEM_CHAIN : workspaceId;
    }

    static Long workspaceOf(long chain) {
        return chain == SYSTEM_CHAIN ? null : chain;
    }

    record Head(long lastSeq, String lastHash) {
    }

    /**
     * Locks the chain head, creating it first when this is the chain's first record. The head is created
     * in a short transaction of its own so that it is committed, and so visible and lockable, at once
     * for every request that races to create it; whoever loses the race simply finds it there.
     */
    private Head lockHead(long chain) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<Head> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE chain_id = ? FOR UPDATE")
                    .param(chain).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
            if (head.isPresent()) {
                return head.get();
            }
            try {
                separately.executeWithoutResult(status -> jdbc
                        .sql("INSERT INTO audit_chain (chain_id, last_seq, last_hash) VALUES (?, 0, ?)")
                        .params(chain, ChainHash.GENESIS).update());
            } catch (DataAccessException raced) {
                // another request created it at the same moment; wait for its commit and look again
                pause(attempt);
            }
        }
        throw new IllegalStateException("could not create the head of audit chain " + chain);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(50, 1 + attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to the audit trail", e);
        }
    }

    /** Fills what the caller left out from the signed-in member and the current HTTP request. */
    static AuditEvent completed(AuditEvent event) {
        AuditEvent e = event;
        Optional<WorkspaceMember> member = CurrentWorkspace.find().or(AuditTrail::pendingMember);
        if (e.workspaceId() == null && member.isPresent()) {
            e = e.inWorkspace(member.get().workspaceId());
        }
        if (!e.hasActor()) {
            if (member.isPresent()) {
                e = e.by(member.get().userId(), member.get().email());
            } else {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                    e = e.by(null, auth.getName());
                }
            }
        }
        if (e.sourceAddress() == null && e.userAgent() == null) {
            Optional<HttpServletRequest> request = currentRequest();
            if (request.isPresent()) {
                e = e.from(request.get().getRemoteAddr(), request.get().getHeader("User-Agent"));
            }
        }
        return e;
    }

    /** During the second-factor step the session holds only {@link MfaPending}, naming where it will land. */
    private static Optional<WorkspaceMember> pendingMember() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        return auth.getAuthorities().stream().filter(MfaPending.class::isInstance).map(MfaPending.class::cast)
                .map(MfaPending::target).findFirst();
    }

    static Optional<HttpServletRequest> currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return Optional.of(servlet.getRequest());
        }
        return Optional.empty();
    }
}
