package org.itaku.incident;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every party of a case as this node last wrote or read it, under the case's parties stamp
 * ({@code incident.parties_version}, migration 41). Each write to a case's parties stores a new random stamp in the
 * same transaction; a read compares the stored stamp with the kept one and uses the kept parties only when they match.
 * A vendor's case then loads its 170,000 parties from the database once, not again for every notice, relay and
 * re-evaluation; a change made on another node, or rolled back, leaves a stamp nothing here was kept under.
 *
 * <p>The parties are held softly: the collector drops them before the heap runs short, and the next read loads them.
 */
@Component
class KeptParties {

    private record Key(long workspaceId, long incidentId) {
    }

    private record Kept(long stamp, SoftReference<List<Party>> parties) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    KeptParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The case's parties: the kept ones if they are what is stored, else {@code load}'s (then kept). */
    List<Party> of(long workspaceId, long incidentId, Supplier<List<Party>> load) {
        Key key = new Key(workspaceId, incidentId);
        long stamp = stamp(key);
        List<Party> parties = keptUnder(key, stamp);
        if (parties == null) {
            parties = Collections.unmodifiableList(load.get());
            keep(key, stamp, parties);
        }
        return parties;
    }

    /** The kept parties if they are what is stored, else null: nothing is read but the stamp. */
    List<Party> ifKept(long workspaceId, long incidentId) {
        Key key = new Key(workspaceId, incidentId);
        return kept.containsKey(key) ? keptUnder(key, stamp(key)) : null;
    }

    private List<Party> keptUnder(Key key, long stamp) {
        Kept k = kept.get(key);
        return k != null && k.stamp() == stamp ? k.parties().get() : null;
    }

    /**
     * The case's parties are about to be written: a new stamp is stored and what was kept is dropped. After the
     * commit, what {@link #afterCommit} was given (if anything) is kept under the new stamp.
     */
    void changing(long workspaceId, long incidentId) {
        Key key = new Key(workspaceId, incidentId);
        long stamp;
        do {
            stamp = ThreadLocalRandom.current().nextLong();
        } while (stamp == 0);
        jdbc.sql("UPDATE incident SET parties_version = ? WHERE workspace_id = ? AND id = ?")
                .params(stamp, workspaceId, incidentId).update();
        kept.remove(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending pending = (Pending) TransactionSynchronizationManager.getResource(pendingKey(key));
            if (pending == null) {
                pending = new Pending(key);
                TransactionSynchronizationManager.bindResource(pendingKey(key), pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            pending.stamp = stamp;
            pending.parties = null;
        }
    }

    /** Every party of the case as this transaction wrote them, to be kept once it commits. */
    void afterCommit(long workspaceId, long incidentId, Collection<Party> parties) {
        Key key = new Key(workspaceId, incidentId);
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(pendingKey(key)) instanceof Pending pending) {
            List<Party> sorted = new ArrayList<>(parties);
            // In the order a load reads them (see Parties#of), which the writes of later changes rely on.
            sorted.sort(Comparator.comparingInt(Party::distance).thenComparingLong(Party::operatorId));
            pending.parties = Collections.unmodifiableList(sorted);
        }
    }

    private void keep(Key key, long stamp, List<Party> parties) {
        if (stamp != 0) {
            kept.put(key, new Kept(stamp, new SoftReference<>(parties)));
        }
    }

    private long stamp(Key key) {
        return jdbc.sql("SELECT parties_version FROM incident WHERE workspace_id = ? AND id = ?")
                .params(key.workspaceId(), key.incidentId()).query(Long.class).optional().orElse(0L);
    }

    private Object pendingKey(Key key) {
        return List.of(this, key);
    }

    /** This transaction's last stamp for one case and the parties to keep under it. */
    private final class Pending implements TransactionSynchronization {
        private final Key key;
        private long stamp;
        private List<Party> parties;

        Pending(Key key) {
            this.key = key;
        }

        @Override
        public void afterCommit() {
            if (parties != null) {
                keep(key, stamp, parties);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(pendingKey(key));
        }
    }
}
