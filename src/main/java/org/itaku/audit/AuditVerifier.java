package org.itaku.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks a chain from its first record and names the first one that does not belong where it stands.
 * <p>
 * Each record is checked in this order: is it the record that was appended at this position (record ids
 * grow in append order within a chain, because appends are serialised), is its sequence number the next
 * one, does its previous hash equal the hash of the record before it, and do its own fields still give
 * its hash. Finally the chain head must name the last record, so records cut off the end are found too.
 * <p>
 * The reordering check relies on record ids being handed out in insertion order, which holds for the
 * identity columns of H2 and of PostgreSQL as created by V2 (a sequence without a per-session cache).
 * <p>
 * What this cannot catch: someone with write access to the database who rewrites a record <em>and</em>
 * recomputes every later hash and the chain head. Against that, keep a copy of the last hash elsewhere
 * (the verify page and {@code itaku audit verify} print it) and compare later.
 */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Verifies the chain of a workspace, or the system chain when {@code workspaceId} is {@code null}. */
    @Transactional(readOnly = true)
    public Verification verify(Long workspaceId) {
        long chain = AuditTrail.chainOf(workspaceId);
        Optional<AuditTrail.Head> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE chain_id = ?")
                .param(chain).query((rs, n) -> new AuditTrail.Head(rs.getLong(1), rs.getString(2))).optional();
        // Only records up to the head are judged: later ones belong to appends that committed after we looked.
        long upTo = head.map(AuditTrail.Head::lastSeq).orElse(Long.MAX_VALUE);
        long[] idsInAppendOrder = jdbc.sql("SELECT id FROM audit_record WHERE chain_id = ? AND seq <= ? ORDER BY id")
                .params(chain, upTo).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        Walk walk = new Walk(workspaceId, idsInAppendOrder);
        jdbc.sql("SELECT " + AuditRecords.COLUMNS + " FROM audit_record WHERE chain_id = ? AND seq <= ? ORDER BY seq, id")
                .params(chain, upTo).query(rs -> {
                    walk.check(AuditRecords.map(rs));
                });
        return walk.finish(head);
    }

    /** Verifies every chain there is, the system chain first. */
    @Transactional(readOnly = true)
    public List<Verification> verifyAll() {
        return chains().stream().map(chain -> verify(AuditTrail.workspaceOf(chain))).toList();
    }

    /** The ids of all chains (0 is the system chain). */
    List<Long> chains() {
        return jdbc.sql("SELECT chain_id FROM audit_chain UNION SELECT chain_id FROM audit_record ORDER BY 1")
                .query(Long.class).list();
    }

    /** The state of one pass over a chain. */
    private static final class Walk {

        private final Long workspaceId;
        private final long[] idsInAppendOrder;
        private int position;
        private long lastSeq;
        private String lastHash = ChainHash.GENESIS;
        private Verification.Break broken;

        Walk(Long workspaceId, long[] idsInAppendOrder) {
            this.workspaceId = workspaceId;
            this.idsInAppendOrder = idsInAppendOrder;
        }

        void check(AuditRecord r) {
            if (broken != null) {
                return;
            }
            long expectedSeq = lastSeq + 1;
            long expectedId = position < idsInAppendOrder.length ? idsInAppendOrder[position] : -1;
            position++;
            if (r.seq() == lastSeq && position > 1) {
                broken = new Verification.Break(r.seq(), r.id(), Verification.Problem.DUPLICATE_SEQUENCE,
                        "another record already has seq " + r.seq());
            } else if (r.id() != expectedId && r.seq() >= expectedSeq) {
                broken = new Verification.Break(expectedSeq, r.id(), Verification.Problem.REORDERED,
                        "record " + r.id() + " stands at seq " + r.seq() + " but record " + expectedId
                                + " was appended before it");
            } else if (r.seq() != expectedSeq) {
                broken = r.seq() > expectedSeq
                        ? new Verification.Break(expectedSeq, null, Verification.Problem.SEQUENCE_GAP,
                                "seq " + expectedSeq + (r.seq() - expectedSeq > 1 ? " to " + (r.seq() - 1) : "")
                                        + " missing before record " + r.id() + " (seq " + r.seq() + ")")
                        : new Verification.Break(expectedSeq, r.id(), Verification.Problem.SEQUENCE_GAP,
                                "record " + r.id() + " has seq " + r.seq() + " where seq " + expectedSeq + " belongs");
            } else if (!r.prevHash().equals(lastHash)) {
                broken = new Verification.Break(r.seq(), r.id(), Verification.Problem.BROKEN_LINK,
                        "previous hash " + abbreviated(r.prevHash()) + " is not the hash of the record before it ("
                                + abbreviated(lastHash) + ")");
            } else if (!r.computedHash().equals(r.hash())) {
                broken = new Verification.Break(r.seq(), r.id(), Verification.Problem.HASH_MISMATCH,
                        "the stored fields no longer give the stored hash " + abbreviated(r.hash()));
            } else if (!Objects.equals(r.workspaceId(), workspaceId)) {
                broken = new Verification.Break(r.seq(), r.id(), Verification.Problem.HASH_MISMATCH,
                        "the record names another workspace");
            } else {
                lastSeq = r.seq();
                lastHash = r.hash();
            }
        }

        Verification finish(Optional<AuditTrail.Head> head) {
            long checked = lastSeq;
            String goodHash = lastHash;
            if (broken == null && head.isPresent()) {
                if (head.get().lastSeq() > lastSeq) {
                    broken = new Verification.Break(lastSeq + 1, null, Verification.Problem.MISSING_AT_END,
                            "the chain head names seq " + head.get().lastSeq() + " but the last record is seq " + lastSeq);
                } else if (!head.get().lastHash().equals(lastHash)) {
                    broken = new Verification.Break(lastSeq, null, Verification.Problem.HEAD_MISMATCH,
                            "the chain head's hash " + abbreviated(head.get().lastHash())
                                    + " is not the hash of the last record " + abbreviated(lastHash));
                }
            } else if (broken == null && lastSeq > 0) {
                broken = new Verification.Break(lastSeq, null, Verification.Problem.HEAD_MISMATCH,
                        "records exist but the chain head is missing");
            }
            return new Verification(workspaceId, checked, goodHash, broken);
        }

        private static String abbreviated(String hash) {
            return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
        }
    }
}
