package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.itaku.vocabulary.PersonCount;
import org.junit.jupiter.api.Test;

/**
 * Bringing a kept impact up to date after holdings changed ({@link ImpactIndex#afterHoldingsChange}) must give what
 * working it out from the changed register gives. Pure: the register is a few maps, the changes are random.
 */
class ImpactIndexTest {

    private static final long VENDOR = 1;
    private static final long DATA_CENTRE = 2;
    private static final String[] ITEMS = {"NAME", "NAME,ADDRESS", "NAME,SALARY", "MY_NUMBER,NAME", "EMAIL", "PHONE,NAME"};

    /** One holding: where it is kept, for whom, and what the impact reads of it. */
    private record Held(long at, long principal, PersonCount persons, String items, Encryption encryption, boolean past) {
    }

    /** A vendor, offices entrusting to it, their clients (some with clients of their own), and a data centre below. */
    private static final class World {
        final Random random;
        final ChainGraph graph = new ChainGraph();
        final Map<Long, OperatorRef> refs = new HashMap<>();
        final TreeMap<Long, Held> holdings = new TreeMap<>();
        final List<Long> offices = new ArrayList<>();
        final List<Long> clients = new ArrayList<>();
        long nextHolding = 1000;
        long next = 10;

        World(long seed) {
            random = new Random(seed);
            ref(VENDOR);
            ref(DATA_CENTRE);
            graph.add(VENDOR, DATA_CENTRE);
            for (int o = 0; o < 6; o++) {
                long office = next++;
                ref(office);
                offices.add(office);
                graph.add(office, VENDOR);
                hold(VENDOR, office);
                for (int c = 0; c < 5; c++) {
                    long client = next++;
                    ref(client);
                    clients.add(client);
                    graph.add(client, office);
                    if (random.nextInt(3) > 0) {
                        hold(office, client);
                    }
                    if (random.nextInt(6) == 0) {
                        graph.add(client, VENDOR); // also entrusts to the vendor directly
                        hold(VENDOR, client);
                    }
                    if (random.nextInt(5) == 0) {
                        long parent = next++;
                        ref(parent);
                        clients.add(parent);
                        graph.add(parent, client);
                        hold(client, parent);
                    }
                }
            }
            hold(DATA_CENTRE, VENDOR);
        }

        void ref(long id) {
            refs.put(id, new OperatorRef(id, "架空事業者" + id, null));
        }

        long hold(long at, long principal) {
            long id = nextHolding++;
            holdings.put(id, randomHeld(at, principal));
            return id;
        }

        Held randomHeld(long at, long principal) {
            long persons = 1 + random.nextInt(500);
            PersonCount count = random.nextBoolean() ? PersonCount.exact(persons)
                    : PersonCount.estimate(persons, persons + random.nextInt(100));
            return new Held(at, principal, count, ITEMS[random.nextInt(ITEMS.length)],
                    Encryption.values()[random.nextInt(Encryption.values().length)], random.nextInt(4) == 0);
        }

        List<ImpactIndex.HoldingRow> rowsAt(long operator) {
            List<ImpactIndex.HoldingRow> rows = new ArrayList<>();
            holdings.forEach((id, h) -> {
                if (h.at() == operator) {
                    rows.add(new ImpactIndex.HoldingRow(id, h.principal(), "委託データ" + id, h.items(), h.persons(),
                            h.encryption(), h.encryption() == Encryption.STRONG, h.past()));
                }
            });
            return rows;
        }

        ImpactIndex.ShareReader shares() {
            return (middles, sink) -> holdings.values().stream().filter(h -> middles.contains(h.at()))
                    .forEach(h -> sink.accept(h.at(), h.principal(), h.persons(), h.items()));
        }

        ImpactIndex compute() {
            return ImpactIndex.compute(refs.get(VENDOR), rowsAt(VENDOR), graph, refs, shares());
        }

        /** One random change to the holdings; answers the operators where the changed holding was and is kept. */
        Set<Long> change() {
            List<Long> ids = new ArrayList<>(holdings.keySet());
            long id = ids.get(random.nextInt(ids.size()));
            Held h = holdings.get(id);
            switch (random.nextInt(6)) {
                case 0, 1, 2 -> {
                    holdings.put(id, randomHeld(h.at(), h.principal()));
                    return Set.of(h.at());
                }
                case 3 -> {
                    holdings.remove(id);
                    return Set.of(h.at());
                }
                case 4 -> {
                    // another holding for a principal that already has one there
                    hold(h.at(), h.principal());
                    return Set.of(h.at());
                }
                default -> {
                    // a holding for a client at its office, or a new principal at the vendor
                    long client = clients.get(random.nextInt(clients.size()));
                    long at = random.nextBoolean() ? VENDOR : offices.get(random.nextInt(offices.size()));
                    hold(at, client);
                    return Set.of(at);
                }
            }
        }
    }

    private static void assertSameAnswer(ImpactIndex updated, ImpactIndex fresh, long seed, int step) {
        assertThat(updated.toImpact()).as("seed %d, step %d", seed, step).isEqualTo(fresh.toImpact());
        assertThat(updated.summary()).as("seed %d, step %d", seed, step).isEqualTo(fresh.summary());
    }

    @Test
    void anAnswerBroughtUpToDateIsTheAnswerWorkedOutAgain() {
        int brought = 0;
        int walkedAgain = 0;
        for (long seed = 1; seed <= 40; seed++) {
            World world = new World(seed);
            ImpactIndex kept = world.compute();
            for (int step = 0; step < 25; step++) {
                Set<Long> changedAt = world.change();
                ImpactIndex fresh = world.compute();
                ImpactIndex updated = kept.afterHoldingsChange(changedAt, () -> world.rowsAt(VENDOR), world.shares());
                if (updated == null) {
                    walkedAgain++;
                    kept = fresh;
                    continue;
                }
                brought++;
                assertSameAnswer(updated, fresh, seed, step);
                kept = updated;
            }
        }
        assertThat(brought).as("answers brought up to date").isGreaterThan(500);
        assertThat(walkedAgain).as("answers whose principals at the vendor changed").isPositive();
    }

    @Test
    void aNewClientJoinsWhereTheWalkWouldHavePutIt() {
        int joined = 0;
        int walkedAgain = 0;
        for (long seed = 1; seed <= 40; seed++) {
            World world = new World(seed);
            ImpactIndex kept = world.compute();
            for (int step = 0; step < 15; step++) {
                List<GraphVersions.GraphChange> changes = new ArrayList<>();
                long client = world.next++;
                world.ref(client);
                changes.add(new GraphVersions.Named(world.refs.get(client)));
                List<Long> targets = new ArrayList<>(world.offices);
                targets.addAll(world.clients);
                targets.add(DATA_CENTRE);
                targets.add(VENDOR);
                long to = targets.get(world.random.nextInt(targets.size()));
                world.graph.add(client, to);
                changes.add(new GraphVersions.Linked(client, to));
                world.clients.add(client);
                Set<Long> holdingsAt = Set.of();
                if (world.random.nextBoolean()) {
                    world.hold(to, client); // what it entrusted there, registered in the same step
                    holdingsAt = Set.of(to);
                }
                ImpactIndex fresh = world.compute();
                ImpactIndex updated = kept.afterGraphChange(changes, world.graph, world.refs, world.shares());
                if (updated != null) {
                    updated = updated.afterHoldingsChange(holdingsAt, () -> world.rowsAt(VENDOR), world.shares());
                }
                if (updated == null) {
                    walkedAgain++;
                    kept = fresh;
                    continue;
                }
                joined++;
                assertSameAnswer(updated, fresh, seed, step);
                kept = updated;
            }
        }
        assertThat(joined).as("answers brought up to date").isGreaterThan(400);
        assertThat(walkedAgain).as("new principals at the vendor itself").isPositive();
    }

    @Test
    void renamesAndDeletionsInsideTheImpactNeedTheWalkAgain() {
        World world = new World(5);
        ImpactIndex kept = world.compute();
        long office = world.offices.get(0);
        OperatorRef renamed = new OperatorRef(office, "架空社労士法人", null);
        assertThat(kept.afterGraphChange(List.of(new GraphVersions.Named(renamed)), world.graph, world.refs,
                world.shares())).isNull();
        long client = world.clients.get(0);
        assertThat(kept.afterGraphChange(List.of(new GraphVersions.Unlinked(client, office)), world.graph, world.refs,
                world.shares())).isNull();
        // outside it, nothing the answer says changes: a renamed data centre, another customer of it that leaves
        OperatorRef centre = new OperatorRef(DATA_CENTRE, "架空データセンター", null);
        long other = world.next++;
        world.ref(other);
        assertThat(kept.afterGraphChange(List.of(new GraphVersions.Named(centre), new GraphVersions.Unlinked(other,
                DATA_CENTRE)), world.graph, world.refs, world.shares())).isSameAs(kept);
    }

    @Test
    void aChangeOutsideTheImpactKeepsTheAnswerAsItIs() {
        World world = new World(7);
        ImpactIndex kept = world.compute();
        world.hold(DATA_CENTRE, VENDOR);
        assertThat(kept.afterHoldingsChange(Set.of(DATA_CENTRE), () -> world.rowsAt(VENDOR), world.shares())).isSameAs(kept);
        assertThat(kept.toImpact()).isEqualTo(world.compute().toImpact());
    }

    @Test
    void aNewPrincipalAtTheVendorNeedsTheWalkAgain() {
        World world = new World(3);
        ImpactIndex kept = world.compute();
        long client = world.clients.stream().filter(c -> world.rowsAt(VENDOR).stream().noneMatch(r -> r.principalId() == c))
                .findFirst().orElseThrow();
        world.hold(VENDOR, client); // a client of an office now keeps data at the vendor itself
        assertThat(kept.afterHoldingsChange(Set.of(VENDOR), () -> world.rowsAt(VENDOR), world.shares())).isNull();
    }
}
