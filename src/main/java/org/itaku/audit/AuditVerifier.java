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
 * its hash. Every record of the chain is walked, however far it goes: the chain head must then name exactly the
 * last record, so records cut off the end and records appended past the head (forged around the trail) are both
 * found. Last, the record at the sealed checkpoint ({@link AuditCheckpoints}, signed with the secret key outside
 * the database) must still carry the sealed hash, and the chain must reach it.
 * <p>
 * The reordering check relies on record ids being handed out in insertion order, which holds for the
 * identity columns of H2 and of PostgreSQL as created by V2 (a sequence without a per-session cache).
 * <p>
 * Without the checkpoint, someone with write access to the database could rewrite a record <em>and</em>
 * recompute every later hash and the chain head, or cut the last records off and rewind the head; the signed
 * checkpoint is what finds those. Records appended after the last checkpoint are covered by the chain alone.
 */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;
    private final AuditCheckpoints checkpoints;

    AuditVerifier(JdbcClient jdbc, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
    }

    /** Verifies the chain of a workspace, or the system chain when {@code workspaceId} is {@code null}. */
    @Transactional(readOnly = true)
    public Verification verify(Long workspaceId) {
        long chain = AuditTrail.chainOf(workspaceId);
        // Every record there is now; appends that commit while we walk are judged by the next verification.
        long upTo = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_record WHERE chain_id = ?").param(chain)
                .query(Long.class).single();
        long[] idsInAppendOrder = jdbc.sql("SELECT id FROM audit_record WHERE chain_id = ? AND seq <= ? ORDER BY id")
                .params(chain, upTo).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        Optional<AuditCheckpoints.Checkpoint> checkpoint = checkpoints.read(chain);
        Walk walk = new Walk(workspaceId, idsInAppendOrder, checkpoint.map(AuditCheckpoints.Checkpoint::seq).orElse(-1L));
        jdbc.sql("SELECT " + AuditRecords.COLUMNS + " FROM audit_record WHERE chain_id = ? AND seq <= ? ORDER BY seq, id")
                .params(chain, upTo).query(rs -> {
                    walk.check(AuditRecords.map(rs));
                });
        // Read after the records: an append writes its record and moves the head in one transaction, so the head
        // read now reaches at least every genuine record walked above.
        Optional<AuditTrail.Head> head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE chain_id = ?")
                .param(chain).query((rs, n) -> new AuditTrail.Head(rs.getLong(1), rs.getString(2))).optional();
        return walk.finish(head, checkpoint, this::recordAt, (from, to) -> jdbc.sql(
                "SELECT COUNT(*) FROM audit_record WHERE chain_id = ? AND seq > ? AND seq <= ?")
                .params(chain, from, to).query(Long.class).single(), chain);
    }

    /** The id and hash of the record at a position, if there is one. */
    private Optional<String[]> recordAt(long chain, long seq) {
        return jdbc.sql("SELECT id, hash FROM audit_record WHERE chain_id = ? AND seq = ? ORDER BY id")
                .params(chain, seq).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .stream().findFirst();
    }

    interface RecordLookup {
        Optional<String[]> at(long chain, long seq);
    }

    interface Counter {
        long between(long exclusiveFrom, long inclusiveTo);
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
        private final long checkpointSeq;
        private String hashAtCheckpoint;
        private int position;
        private long lastSeq;
        private String lastHash = ChainHash.GENESIS;
        private Verification.Break broken;

        Walk(Long workspaceId, long[] idsInAppendOrder, long checkpointSeq) {
            this.workspaceId = workspaceId;
            this.idsInAppendOrder = idsInAppendOrder;
            this.checkpointSeq = checkpointSeq;
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
                if (r.seq() == checkpointSeq) {
                    hashAtCheckpoint = r.hash();
                }
            }
        }


        Verification finish(Optional<AuditTrail.Head> head, Optional<AuditCheckpoints.Checkpoint> checkpoint,
                RecordLookup records, Counter count, long chain) {
            long checked = lastSeq;
            String goodHash = lastHash;
            if (broken == null && head.isEmpty() && lastSeq > 0) {
                broken = new Verification.Break(lastSeq, null, Verification.Problem.HEAD_MISMATCH,
                        "records exist but the chain head is missing");
            } else if (broken == null && head.isPresent()) {
                long headSeq = head.get().lastSeq();
                if (headSeq < lastSeq) {
                    Optional<String[]> first = records.at(chain, headSeq + 1);
                    broken = new Verification.Break(headSeq + 1, first.map(r -> Long.valueOf(r[0])).orElse(null),
                            Verification.Problem.PAST_HEAD, "records seq " + (headSeq + 1) + " to " + lastSeq
                                    + " stand after the record the chain head names (seq " + headSeq + ")");
                } else if (headSeq > lastSeq && count.between(lastSeq, headSeq) != headSeq - lastSeq) {
                    broken = new Verification.Break(lastSeq + 1, null, Verification.Problem.MISSING_AT_END,
                            "the chain head names seq " + headSeq + " but the last record is seq " + lastSeq);
                } else if (headSeq == lastSeq && !head.get().lastHash().equals(lastHash)) {
                    broken = new Verification.Break(lastSeq, null, Verification.Problem.HEAD_MISMATCH,
                            "the chain head's hash " + abbreviated(head.get().lastHash())
                                    + " is not the hash of the last record " + abbreviated(lastHash));
                }
            }
            if (broken == null && checkpoint.isPresent()) {
                broken = againstCheckpoint(checkpoint.get(), records, chain);
            }
            return new Verification(workspaceId, checked, goodHash, broken);
        }

        private Verification.Break againstCheckpoint(AuditCheckpoints.Checkpoint sealed, RecordLookup records, long chain) {
            if (!sealed.genuine()) {
                return new Verification.Break(lastSeq, null, Verification.Problem.CHECKPOINT_FORGED,
                        "the signature of the sealed checkpoint does not verify");
            }
            String found = hashAtCheckpoint;
            if (sealed.seq() > lastSeq) {
                // appended while we walked, or cut off: only a record that is there now, with the sealed hash, will do
                found = records.at(chain, sealed.seq()).map(r -> r[1]).orElse(null);
                if (found == null) {
                    return new Verification.Break(lastSeq + 1, null, Verification.Problem.MISSING_AT_END,
                            "the sealed checkpoint names seq " + sealed.seq() + " (hash " + abbreviated(sealed.hash())
                                    + ") but the chain ends at seq " + lastSeq);
                }
            }
            if (!sealed.hash().equals(found)) {
                return new Verification.Break(sealed.seq(), null, Verification.Problem.CHECKPOINT_MISMATCH,
                        "the record at seq " + sealed.seq() + " does not carry the sealed hash "
                                + abbreviated(sealed.hash()) + ": the chain was rewritten");
            }
            return null;
        }

        private static String abbreviated(String hash) {
            return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
        }
    }
}
