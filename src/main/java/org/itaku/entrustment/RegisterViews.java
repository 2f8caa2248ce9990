package org.itaku.entrustment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import jakarta.annotation.PreDestroy;

import org.itaku.vocabulary.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers worked out from a whole workspace's register (the impact of an incident at an operator, the watch list),
 * kept while nothing they were worked out from has changed: the workspace's two {@link GraphVersions counters} (graph
 * and names; holdings) and today's date (holdings past their deletion date). Checking costs one primary-key read;
 * working an answer out again costs up to seconds at mk scale (170,000 principals).
 *
 * <p>The rules are those of {@link GraphSnapshots}: the counters live in the database and every write raises one in
 * its own transaction, so a change committed on any node makes every node's copy stale; a transaction that changed the
 * workspace's register works the answer out afresh and keeps nothing (its counters are not committed, and after a
 * rollback the same numbers would be committed again with other contents); an answer is kept only if the counters
 * read before and after working it out agree, so a commit that landed meanwhile cannot leave a mixed answer behind;
 * and at most {@code itaku.register.view-cache.entries} principals, holdings or rows are kept in all (default 500,000,
 * about 25 MB; the vendor's impact at mk scale weighs 176,800), least recently used first out.
 *
 * <p>Unless {@code itaku.register.view-cache.refresh=false}, a kept answer whose kind has a {@link #refreshWith
 * refresher} is worked out again on one background thread right after a transaction that changed its workspace's
 * register commits, so the impact page that follows a register change on this node finds it ready (about a second
 * at mk scale otherwise). Other nodes of a cluster notice the change through the counters, on their next call.
 */
@Component
class RegisterViews {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterViews.class);

    private record Key(long workspaceId, Object what) {
    }

    private record Entry(GraphVersions.Versions versions, LocalDate today, Object value, long weight) {
    }

    private record Working(Key key, GraphVersions.Versions versions, LocalDate today) {
    }

    private final GraphVersions versions;
    private final Clock clock;
    private final long maxEntries;
    private final Map<Key, Entry> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedEntries;
    private final Map<Class<?>, BiConsumer<Long, Object>> refreshers = new ConcurrentHashMap<>();
    private final TransactionTemplate readOnly;
    private final PacedRebuilds background;
    private final InFlight<Working, Object> working = new InFlight<>();

    RegisterViews(GraphVersions versions, Clock clock, PlatformTransactionManager transactions,
            @Value("${itaku.register.view-cache.entries:500000}") long maxEntries,
            @Value("${itaku.register.view-cache.refresh:true}") boolean refresh,
            @Value("${itaku.register.background-pace:3}") double pace) {
        this.background = new PacedRebuilds("itaku-register-views", pace);
        this.versions = versions;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        if (refresh) {
            versions.afterAnyCommit(this::refresh);
        }
    }

    /**
     * How to work out a kept answer of this kind again after a change: {@code refresher} gets the workspace and the
     * answer's {@code what}, runs in a read-only transaction, and should call {@link #get} the way a reader would.
     */
    void refreshWith(Class<?> kind, BiConsumer<Long, Object> refresher) {
        refreshers.put(kind, refresher);
    }

    /**
     * Works the workspace's kept answers out again soon, on the background thread; requests coalesce, and the thread
     * paces itself by the cost of its work ({@link PacedRebuilds}).
     */
    void refresh(long workspaceId) {
        background.request(workspaceId, ws -> {
            List<Object> kept = new ArrayList<>();
            synchronized (cache) {
                cache.keySet().stream().filter(k -> k.workspaceId() == ws).forEach(k -> kept.add(k.what()));
            }
            for (Object what : kept) {
                BiConsumer<Long, Object> refresher = refreshers.get(what.getClass());
                if (refresher != null) {
                    workOut(ws, what, refresher);
                }
            }
        });
    }

    /** Runs a refresher in a read-only transaction; a failure is only logged. */
    private void workOut(long workspaceId, Object what, BiConsumer<Long, Object> refresher) {
        try {
            readOnly.executeWithoutResult(status -> refresher.accept(workspaceId, what));
        } catch (RuntimeException e) {
            // Only an optimisation (the operator may have gone): the next reader works it out itself.
            LOG.debug("could not work out {} of workspace {}: {}", what, workspaceId, e.toString());
        }
    }

    /**
     * Works {@code what} out on the background thread and keeps it, as a reader would: used at start, so that the
     * first impact page after a restart does not wait seconds for the graph.
     */
    void warm(long workspaceId, Object what) {
        BiConsumer<Long, Object> refresher = refreshers.get(what.getClass());
        if (refresher == null) {
            throw new IllegalArgumentException("no refresher for " + what.getClass().getSimpleName());
        }
        background.request(workspaceId, ws -> workOut(ws, what, refresher));
    }

    /**
     * A kept answer lasts the Japanese day (holdings pass their deletion date at midnight): just after midnight in
     * Tokyo, the kept answers of every workspace are worked out again, so the day's first reader finds them ready.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${itaku.register.view-cache.daily:30 0 0 * * *}",
            zone = "Asia/Tokyo")
    void refreshForTheNewDay() {
        List<Long> workspaces;
        synchronized (cache) {
            workspaces = cache.keySet().stream().map(Key::workspaceId).distinct().toList();
        }
        workspaces.forEach(this::refresh);
    }

    @PreDestroy
    void stop() {
        background.stop();
    }

    /**
     * The answer {@code what} of the workspace as this transaction sees it: kept, or worked out by {@code compute} (and
     * kept when that is safe). Call inside a transaction; {@code what} must say everything the answer depends on
     * besides the register and the date (the operator, a limit), and equal keys must mean equal questions.
     */
    <T> T get(long workspaceId, Object what, ToLongFunction<T> weight, Supplier<T> compute) {
        return get(workspaceId, what, weight, compute, (kept, changes) -> null);
    }

    /**
     * As {@link #get(long, Object, ToLongFunction, Supplier)}, and when this node's {@link GraphVersions#changesBetween
     * change log} names every change since the kept answer (the same day), {@code afterChanges} may bring the kept
     * answer up to date from them instead (null: work it out again). It must give what {@code compute} would.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long workspaceId, Object what, ToLongFunction<T> weight, Supplier<T> compute,
            BiFunction<T, GraphVersions.RegisterChanges, T> afterChanges) {
        if (versions.registerChangedInThisTransaction(workspaceId)) {
            return compute.get();
        }
        GraphVersions.Versions before = versions.both(workspaceId);
        LocalDate today = JapanTime.today(clock);
        Key key = new Key(workspaceId, what);
        Entry stale;
        synchronized (cache) {
            stale = cache.get(key);
            if (stale != null && stale.versions().equals(before) && stale.today().equals(today)) {
                return (T) stale.value();
            }
        }
        Supplier<T> update = compute;
        if (stale != null && stale.today().equals(today)) {
            Entry from = stale;
            update = () -> versions.changesBetween(workspaceId, from.versions(), before)
                    .map(changes -> afterChanges.apply((T) from.value(), changes))
                    .orElseGet(compute);
        }
        // The background refresh started by a change is often working this same answer out already: share it.
        T fresh = (T) working.get(new Working(key, before, today), update::get);
        if (versions.both(workspaceId).equals(before) && JapanTime.today(clock).equals(today)) {
            keep(key, new Entry(before, today, fresh, Math.max(1, weight.applyAsLong(fresh))));
        }
        return fresh;
    }

    private void keep(Key key, Entry fresh) {
        if (fresh.weight() > maxEntries) {
            return;
        }
        synchronized (cache) {
            Entry old = cache.get(key);
            if (old != null && (old.versions().graph() > fresh.versions().graph()
                    || old.versions().holdings() > fresh.versions().holdings())) {
                return; // a reader in an older (repeatable-read) transaction must not replace a newer answer
            }
            if (old != null) {
                cache.remove(key);
                cachedEntries -= old.weight();
            }
            cache.put(key, fresh);
            cachedEntries += fresh.weight();
            Iterator<Entry> eldest = cache.values().iterator();
            while (cachedEntries > maxEntries && eldest.hasNext()) {
                Entry e = eldest.next();
                if (e == fresh) {
                    break;
                }
                eldest.remove();
                cachedEntries -= e.weight();
            }
        }
    }

    /** How many answers and entries are kept (for tests and diagnostics). */
    long[] size() {
        synchronized (cache) {
            return new long[] {cache.size(), cachedEntries};
        }
    }
}
