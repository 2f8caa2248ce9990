package org.itaku.entrustment;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Work done once per key at a time. Right after a register change, the background thread starts working out the kept
 * answers again, and the reader who made the change usually asks for one of them a moment later; each then read the
 * whole register beside the other (at mk scale two reads of 173,401 edges and names, on two cores). A caller that
 * finds the same key being worked out now waits for that answer instead. The key must say everything the answer
 * depends on (the workspace and the register's counters it was read at), so that a shared answer is the one the
 * waiter would have worked out itself.
 */
final class InFlight<K, V> {

    /** How long a caller waits for another's answer before working it out itself. */
    private static final long WAIT_SECONDS = 30;

    private final Map<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /**
     * The answer of {@code work} for {@code key}: worked out here, or the one a caller already working on the same key
     * gives. When that caller fails (or takes too long), it is worked out here.
     */
    V get(K key, Supplier<V> work) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> other = running.putIfAbsent(key, mine);
        if (other != null) {
            V shared = await(other);
            return shared != null ? shared : work.get();
        }
        try {
            V answer = work.get();
            mine.complete(answer);
            return answer;
        } finally {
            mine.complete(null); // after a failure waiters get null and work it out themselves; after an answer, no-op
            running.remove(key, mine);
        }
    }

    private static <V> V await(CompletableFuture<V> other) {
        try {
            return other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
