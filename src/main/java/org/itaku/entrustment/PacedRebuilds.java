package org.itaku.entrustment;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * One background thread that works a workspace's kept answers out again after a change ({@link GraphSnapshots},
 * {@link RegisterViews}), paced by what the work costs: after a rebuild that took {@code d}, the next one starts no
 * sooner than {@code pace × d} later, and the requests that arrive meanwhile coalesce into it. At mk scale one rebuild
 * reads the whole register (a few hundred milliseconds for the graph, more for the vendor's impact); a register written
 * to several times a second otherwise kept this thread, and with it one of two cores and most of a 512 MB heap, busy
 * rebuilding answers that the next write made stale at once (API mix at mk scale: 3.9 req/s, heap at its limit). With
 * pace 3 the thread uses at most a quarter of a core; on a small register a rebuild takes milliseconds, so it still
 * follows each change at once. Readers never wait for its queue: a reader that finds no current answer works it out
 * itself, or shares the one this thread is working out at that moment ({@link InFlight}).
 */
final class PacedRebuilds {

    private final ScheduledExecutorService thread;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final double pace;
    private volatile long notBefore = System.nanoTime();

    PacedRebuilds(String threadName, double pace) {
        this.pace = Math.max(0, pace);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code rebuild} for the workspace on the background thread, once for all requests until it starts. */
    void request(long workspaceId, LongConsumer rebuild) {
        if (pending.add(workspaceId)) {
            schedule(workspaceId, rebuild);
        }
    }

    private void schedule(long workspaceId, LongConsumer rebuild) {
        try {
            thread.schedule(() -> run(workspaceId, rebuild), Math.max(0, notBefore - System.nanoTime()),
                    TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.remove(workspaceId); // shutting down
        }
    }

    private void run(long workspaceId, LongConsumer rebuild) {
        if (notBefore - System.nanoTime() > 0) {
            // Asked for while another rebuild ran: that one's pause counts from its end, which is known only now.
            schedule(workspaceId, rebuild);
            return;
        }
        pending.remove(workspaceId);
        long start = System.nanoTime();
        try {
            rebuild.accept(workspaceId);
        } finally {
            long end = System.nanoTime();
            notBefore = end + (long) ((end - start) * pace);
        }
    }

    void stop() {
        thread.shutdownNow();
    }
}
