package org.itaku.entrustment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;

/**
 * The impact of an incident at one operator ({@link Impact}) in a compact form: the summary worked out once, the
 * principals kept as columns of numbers, and the records of a page made only when that page is asked for. At a SaaS
 * vendor with 170,000 principals the summary and a page of 50 no longer need 170,000 records with their paths; the
 * whole {@link Impact} (what the incident module builds its parties from) is made from the same columns and says
 * exactly what it said before.
 *
 * <p>How a principal's path is kept: each principal was first reached from a node whose path was already known, so
 * its path is itself followed by that path. {@link #tail} names it: another principal (its index), the direct
 * principal's holding path ({@code -3 - index}: the principal, then the operator with the incident), or the end.
 */
public final class ImpactIndex {

    private static final int DIRECT = -1; // path: the principal, then the operator with the incident
    private static final int SELF = -2; // path: the operator with the incident only (a holding it keeps for itself)

    private final OperatorRef operator;
    private final List<Impact.AffectedHolding> holdings;
    private final Map<Long, OperatorRef> refs;
    private final int size;
    private final long[] ids;
    private final int[] distance;
    private final int[] tail;
    // What each principal has at stake: from the holdings through it, its own share at the next operator down (kept
    // for principals two or more links up; items -1 when it has none), and the figures of the answer: the first
    // narrowed to the second.
    private final long[] holdingPersons;
    private final long[] holdingUpper;
    private final int[] holdingItems;
    private final long[] ownPersons;
    private final long[] ownUpper;
    private final int[] ownItems;
    private final long[] persons;
    private final long[] upper;
    private final int[] items;
    private final byte[] encryption;
    private final boolean[] past;
    private final int[] group;
    private final Map<Integer, int[]> moreGroups;
    private final long[] groupPrincipals;
    private final List<List<Long>> groupHoldings;
    private final ItemSets sets;
    private final Impact.Summary summary;

    private ImpactIndex(Builder b) {
        this.operator = b.operator;
        this.holdings = List.copyOf(b.holdings);
        this.refs = b.refs;
        this.size = b.size;
        this.ids = Arrays.copyOf(b.ids, b.size);
        this.distance = Arrays.copyOf(b.distance, b.size);
        this.tail = Arrays.copyOf(b.tail, b.size);
        this.holdingPersons = Arrays.copyOf(b.persons, b.size);
        this.holdingUpper = Arrays.copyOf(b.upper, b.size);
        this.holdingItems = Arrays.copyOf(b.items, b.size);
        this.ownPersons = Arrays.copyOf(b.ownPersons, b.size);
        this.ownUpper = Arrays.copyOf(b.ownUpper, b.size);
        this.ownItems = Arrays.copyOf(b.ownItems, b.size);
        this.persons = Arrays.copyOf(holdingPersons, size);
        this.upper = Arrays.copyOf(holdingUpper, size);
        this.items = Arrays.copyOf(holdingItems, size);
        for (int i = 0; i < size; i++) {
            if (ownItems[i] >= 0) {
                // Narrowed to the principal's own share; the shared holding's figures stay the limit.
                persons[i] = Math.min(persons[i], ownPersons[i]);
                upper[i] = Math.max(persons[i], Math.min(upper[i], ownUpper[i]));
                items[i] = b.sets.commonOr(items[i], ownItems[i]);
            }
        }
        this.encryption = Arrays.copyOf(b.encryption, b.size);
        this.past = Arrays.copyOf(b.past, b.size);
        this.group = Arrays.copyOf(b.group, b.size);
        this.moreGroups = b.moreGroups;
        this.groupPrincipals = b.groupPrincipals;
        this.groupHoldings = b.groupHoldings;
        this.sets = b.sets;
        this.summary = summarise();
    }

    /** The operator with the incident. */
    public OperatorRef operator() {
        return operator;
    }

    /** How many principals the impact reaches. */
    public int principalCount() {
        return size;
    }

    /** Holdings and persons, principals by distance, items, encryption and holdings past their deletion date. */
    public Impact.Summary summary() {
        return summary;
    }

    /** One page of the principals (at one distance, or all for null), in the order of {@link Impact#principals()}. */
    public ResultPage<Impact.AffectedPrincipal> principals(Integer distanceOrNull, int page, int pageSize) {
        Impact.checkPage(page, pageSize);
        long total = distanceOrNull == null ? size
                : summary.levels().stream().filter(l -> l.distance() == distanceOrNull).mapToLong(Impact.Level::principals)
                        .findFirst().orElse(0);
        long from = (long) page * pageSize;
        List<Impact.AffectedPrincipal> out = new ArrayList<>(Math.min(pageSize, Math.max(0, (int) Math.min(total - from, pageSize))));
        long seen = 0;
        for (int i = 0; i < size && out.size() < pageSize && from < total; i++) {
            if (distanceOrNull == null || distance[i] == distanceOrNull) {
                if (seen++ >= from) {
                    out.add(principal(i));
                }
            }
        }
        return new ResultPage<>(out, page, pageSize, total);
    }

    /** One page of the holdings kept at the operator. */
    public ResultPage<Impact.AffectedHolding> holdings(int page, int pageSize) {
        Impact.checkPage(page, pageSize);
        int from = (int) Math.min(holdings.size(), (long) page * pageSize);
        int to = Math.min(holdings.size(), from + pageSize);
        return new ResultPage<>(holdings.subList(from, to), page, pageSize, holdings.size());
    }

    /** Every holding and every principal as records: the whole answer, as {@link Register#impact} gives it. */
    public Impact toImpact() {
        List<Impact.AffectedPrincipal> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(principal(i));
        }
        return new Impact(operator, holdings, all);
    }

    /** Principals plus holdings: what keeping this answer in memory weighs, in the unit of the register caches. */
    long weight() {
        return (long) size + holdings.size();
    }

    private Impact.AffectedPrincipal principal(int i) {
        return new Impact.AffectedPrincipal(refs.get(ids[i]), distance[i], holdingIds(i), persons[i], upper[i],
                sets.sets.get(items[i]), sets.flags.get(items[i]), ENCRYPTIONS.get(encryption[i]), past[i], path(i),
                ownItems[i] < 0 ? null : new Impact.OwnShare(ownPersons[i], ownUpper[i], sets.sets.get(ownItems[i])));
    }

    private List<OperatorRef> path(int i) {
        List<OperatorRef> out = new ArrayList<>(distance[i] + 1);
        int k = i;
        while (true) {
            int t = tail[k];
            if (t == SELF) {
                out.add(operator);
                break;
            }
            out.add(refs.get(ids[k]));
            if (t == DIRECT) {
                out.add(operator);
                break;
            }
            if (t >= 0) {
                k = t;
                continue;
            }
            out.add(refs.get(ids[-3 - t]));
            out.add(operator);
            break;
        }
        return List.copyOf(out);
    }

    /** The holdings through the principal, ascending (the order of the holdings at the operator). */
    private List<Long> holdingIds(int i) {
        int[] more = moreGroups.get(i);
        if (more == null) {
            return groupHoldings.get(group[i]);
        }
        List<Long> all = new ArrayList<>(groupHoldings.get(group[i]));
        for (int g : more) {
            all.addAll(groupHoldings.get(g));
        }
        Collections.sort(all);
        return List.copyOf(all);
    }

    private Impact.Summary summarise() {
        Map<Integer, long[]> byDistance = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            long[] n = byDistance.computeIfAbsent(distance[i], k -> new long[3]);
            n[0]++;
            n[1] += persons[i];
            n[2] += upper[i];
        }
        Set<DataItem> all = DataItem.sortedByCode(Set.of());
        Map<Encryption, Long> enc = new EnumMap<>(Encryption.class);
        long pastCount = 0;
        long total = 0;
        long totalUpper = 0;
        for (Impact.AffectedHolding h : holdings) {
            all.addAll(h.items());
            enc.merge(h.encryption(), 1L, Long::sum);
            pastCount += h.pastDeletionDate() ? 1 : 0;
            total += h.persons().value();
            totalUpper += h.persons().upperBound();
        }
        return new Impact.Summary(operator, holdings.size(), total, totalUpper, size,
                byDistance.entrySet().stream().map(e -> new Impact.Level(e.getKey(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2])).toList(), Collections.unmodifiableSet(all),
                Collections.unmodifiableSet(DataItem.flagsOf(all)), Collections.unmodifiableMap(enc), pastCount);
    }

    private static final Map<Byte, Set<Encryption>> ENCRYPTIONS = encryptionSets();

    private static Map<Byte, Set<Encryption>> encryptionSets() {
        Map<Byte, Set<Encryption>> m = new HashMap<>();
        Encryption[] all = Encryption.values();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<Encryption> set = EnumSet.noneOf(Encryption.class);
            for (Encryption e : all) {
                if ((mask & 1 << e.ordinal()) != 0) {
                    set.add(e);
                }
            }
            m.put((byte) mask, Collections.unmodifiableSet(set));
        }
        return m;
    }

    // ---- building

    /** A holding kept at the operator with the incident, as read for the impact. */
    record HoldingRow(long id, long principalId, String description, String itemCodes, PersonCount persons,
            Encryption encryption, boolean strong, boolean pastDeletion) {
    }

    /** Receives one holding of an operator in the middle: where it is kept, for whom, how many persons, which items. */
    interface ShareSink {
        void accept(long operatorId, long principalId, PersonCount persons, String itemCodes);
    }

    /** Reads the holdings kept at the given operators (in the middle of paths) into the sink. */
    interface ShareReader {
        void read(Set<Long> middles, ShareSink sink);
    }

    /**
     * Works out the impact from the holdings at the operator, the workspace's graph and names, and the holdings of the
     * operators in the middle (read through {@code shares}). Rows must come in holding id order.
     */
    static ImpactIndex compute(OperatorRef incidentAt, List<HoldingRow> rows, ChainGraph graph,
            Map<Long, OperatorRef> refs, ShareReader shares) {
        Builder b = new Builder(incidentAt, refs);
        b.holdings(rows);
        b.walk(graph);
        b.shares(shares);
        return new ImpactIndex(b);
    }

    /**
     * This answer after the holdings kept at the operators {@code changedAt} changed, with the graph and names as
     * they were: the holdings at the operator with the incident read again (through {@code rowsAtOperator}) if it is
     * one of them, the own shares of the principals whose next operator down is one of them read again, the rest
     * kept. Gives what {@link #compute} would, or null when the principals with holdings at the operator are no longer
     * the same ones in the same order (the walk must be done again).
     */
    ImpactIndex afterHoldingsChange(Set<Long> changedAt, Supplier<List<HoldingRow>> rowsAtOperator, ShareReader shares) {
        Set<Long> middles = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (distance[i] >= 2 && changedAt.contains(middle(ids, tail, i))) {
                middles.add(middle(ids, tail, i));
            }
        }
        boolean atOperator = changedAt.contains(operator.id());
        if (!atOperator && middles.isEmpty()) {
            return this;
        }
        Builder b = new Builder(this);
        if (atOperator && !b.regroup(rowsAtOperator.get())) {
            return null;
        }
        b.reshare(middles, shares);
        return new ImpactIndex(b);
    }

    /**
     * This answer after the graph and names changed as {@code changes} says, {@code graph} and {@code refs} being as
     * they now are, the holdings as they were. Brought up to date for what an officer does one step at a time: an
     * operator added or renamed outside the impact, an entrustment added for a principal that has no principals of its
     * own and entrusts only to an operator the impact reaches (a new client of an office: it joins that office's
     * clients), an entrustment deleted outside the impact. Gives what {@link #compute} would on the same graph, or null
     * for anything else (the walk must be done again).
     */
    ImpactIndex afterGraphChange(List<GraphVersions.GraphChange> changes, ChainGraph graph, Map<Long, OperatorRef> refs,
            ShareReader shares) {
        Builder b = null;
        Set<Long> middles = new HashSet<>();
        for (GraphVersions.GraphChange change : changes) {
            long[] reached = b == null ? ids : b.ids;
            int count = b == null ? size : b.size;
            if (change instanceof GraphVersions.Named n) {
                if (n.ref().id() == operator.id() || indexOf(reached, count, n.ref().id()) >= 0) {
                    return null;
                }
            } else if (change instanceof GraphVersions.Unlinked u) {
                if (u.principal() == operator.id() || indexOf(reached, count, u.principal()) >= 0) {
                    return null;
                }
            } else if (change instanceof GraphVersions.Linked l) {
                int at = indexOf(reached, count, l.entrustee());
                if (at < 0) {
                    continue; // the new principal is not reached either (the operator itself is never walked through)
                }
                long principal = l.principal();
                if (principal == operator.id() || indexOf(reached, count, principal) >= 0
                        || !graph.principalsOf(principal).isEmpty()
                        || !graph.entrusteesOf(principal).equals(List.of(l.entrustee()))) {
                    return null;
                }
                if (b == null) {
                    b = new Builder(this, refs);
                }
                b.join(principal, at, graph);
                middles.add(l.entrustee()); // its own share is what it entrusted there
            }
        }
        if (b == null) {
            return this;
        }
        b.reshare(middles, shares);
        return new ImpactIndex(b);
    }

    private static int indexOf(long[] ids, int size, long id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** The operator after principal {@code i} on its path (for principals two or more links up). */
    private static long middle(long[] ids, int[] tail, int i) {
        int t = tail[i];
        return t >= 0 ? ids[t] : ids[-3 - t];
    }

    /** Item sets shared between principals: each distinct set once, with its flags; unions and intersections kept. */
    private static final class ItemSets {
        final List<Set<DataItem>> sets = new ArrayList<>();
        final List<Set<DataItem.Flag>> flags = new ArrayList<>();
        final Map<Set<DataItem>, Integer> index = new HashMap<>();
        final Map<String, Integer> byCodes = new HashMap<>();
        final Map<Long, Integer> unions = new HashMap<>();
        final Map<Long, Integer> commons = new HashMap<>();

        /** A copy to add to, leaving this one (read by a kept answer) as it is. */
        ItemSets copy() {
            ItemSets c = new ItemSets();
            c.sets.addAll(sets);
            c.flags.addAll(flags);
            c.index.putAll(index);
            c.byCodes.putAll(byCodes);
            c.unions.putAll(unions);
            c.commons.putAll(commons);
            return c;
        }

        int parse(String codes) {
            Integer known = byCodes.get(codes);
            if (known == null) {
                known = intern(DataItem.parseList(codes));
                byCodes.put(codes, known);
            }
            return known;
        }

        int intern(Set<DataItem> set) {
            Integer known = index.get(set);
            if (known != null) {
                return known;
            }
            Set<DataItem> kept = Collections.unmodifiableSet(DataItem.sortedByCode(set));
            sets.add(kept);
            flags.add(Collections.unmodifiableSet(DataItem.flagsOf(kept)));
            index.put(kept, sets.size() - 1);
            return sets.size() - 1;
        }

        int union(int a, int b) {
            if (a == b) {
                return a;
            }
            return unions.computeIfAbsent((long) a << 32 | b, k -> {
                if (sets.get(a).containsAll(sets.get(b))) {
                    return a;
                }
                Set<DataItem> u = DataItem.sortedByCode(sets.get(a));
                u.addAll(sets.get(b));
                return intern(u);
            });
        }

        /** The items in both, or {@code a} when they have none in common. */
        int commonOr(int a, int b) {
            if (a == b) {
                return a;
            }
            return commons.computeIfAbsent((long) a << 32 | b, k -> {
                Set<DataItem> c = DataItem.sortedByCode(sets.get(a));
                c.retainAll(sets.get(b));
                return c.isEmpty() ? a : intern(c);
            });
        }
    }

    /** The holdings of one direct principal at the operator: every principal they reach gets all of them. */
    private static final class Group {
        final long principal;
        final List<Long> holdingIds = new ArrayList<>();
        long persons;
        long upper;
        int items = -1;
        byte encryption;
        boolean past;

        Group(long principal) {
            this.principal = principal;
        }
    }

    private static final class Builder {
        final OperatorRef operator;
        final Map<Long, OperatorRef> refs;
        final ItemSets sets;
        List<Impact.AffectedHolding> holdings = new ArrayList<>();
        final Map<Long, Group> groups = new LinkedHashMap<>();
        List<List<Long>> groupHoldings = new ArrayList<>();
        long[] groupPrincipals;
        final Map<Long, Integer> index = new HashMap<>();
        Map<Integer, int[]> moreGroups;
        int size;
        long[] ids = new long[16];
        int[] distance = new int[16];
        int[] tail = new int[16];
        long[] persons = new long[16];
        long[] upper = new long[16];
        int[] items = new int[16];
        byte[] encryption = new byte[16];
        boolean[] past = new boolean[16];
        int[] group = new int[16];
        long[] ownPersons;
        long[] ownUpper;
        int[] ownItems;

        Builder(OperatorRef operator, Map<Long, OperatorRef> refs) {
            this.operator = operator;
            this.refs = refs;
            this.sets = new ItemSets();
            this.moreGroups = new HashMap<>();
        }

        /** To bring a kept answer up to date: its principals and paths as they are, its figures to change. */
        Builder(ImpactIndex from) {
            this(from, from.refs);
        }

        /** As {@link #Builder(ImpactIndex)}, with the names as they now are. */
        Builder(ImpactIndex from, Map<Long, OperatorRef> refs) {
            this.operator = from.operator;
            this.refs = refs;
            this.sets = from.sets.copy();
            this.holdings = from.holdings;
            this.groupHoldings = from.groupHoldings;
            this.groupPrincipals = from.groupPrincipals;
            this.moreGroups = from.moreGroups;
            this.size = from.size;
            this.ids = from.ids;
            this.distance = from.distance;
            this.tail = from.tail;
            this.group = from.group;
            this.persons = from.holdingPersons.clone();
            this.upper = from.holdingUpper.clone();
            this.items = from.holdingItems.clone();
            this.encryption = from.encryption.clone();
            this.past = from.past.clone();
            this.ownPersons = from.ownPersons.clone();
            this.ownUpper = from.ownUpper.clone();
            this.ownItems = from.ownItems.clone();
        }

        void holdings(List<HoldingRow> rows) {
            Map<Long, List<OperatorRef>> holdingPaths = new HashMap<>();
            for (HoldingRow row : rows) {
                int itemSet = sets.parse(row.itemCodes());
                OperatorRef principal = refs.get(row.principalId());
                List<OperatorRef> path = holdingPaths.computeIfAbsent(row.principalId(),
                        p -> p == operator.id() ? List.of(operator) : List.of(principal, operator));
                holdings.add(new Impact.AffectedHolding(row.id(), row.description(), principal, row.persons(),
                        sets.sets.get(itemSet), sets.flags.get(itemSet), row.encryption(), row.strong(), row.pastDeletion(),
                        path));
                Group g = groups.computeIfAbsent(row.principalId(), Group::new);
                g.holdingIds.add(row.id());
                g.persons += row.persons().value();
                g.upper += row.persons().upperBound();
                g.items = g.items < 0 ? itemSet : sets.union(g.items, itemSet);
                g.encryption |= (byte) (1 << row.encryption().ordinal());
                g.past |= row.pastDeletion();
            }
            groupHoldings = new ArrayList<>();
            for (Group g : groups.values()) {
                groupHoldings.add(List.copyOf(g.holdingIds));
            }
            groupPrincipals = groups.keySet().stream().mapToLong(Long::longValue).toArray();
        }

        /**
         * Walks up from each direct principal once. The rows of one principal reach the same operators, so the
         * principals are created in the order the holdings reach them, as one pass over the holdings would.
         */
        void walk(ChainGraph graph) {
            int g = 0;
            for (Group grp : groups.values()) {
                long p = grp.principal;
                Integer known = index.get(p);
                int ip = known != null ? known : create(p, 1, p == operator.id() ? SELF : DIRECT);
                add(ip, g, grp);
                if (p != operator.id()) {
                    // Node → how its path continues: a principal's own path (its index) or this holding's path.
                    Map<Long, Integer> walk = new HashMap<>();
                    walk.put(p, -3 - ip);
                    for (Map.Entry<Long, Long> e : graph.upstream(p).entrySet()) {
                        long ancestor = e.getKey();
                        Integer code = walk.get(e.getValue());
                        if (ancestor == operator.id() || code == null) {
                            continue;
                        }
                        Integer a = index.get(ancestor);
                        if (a == null) {
                            a = create(ancestor, code >= 0 ? distance[code] + 1 : 2, code);
                        }
                        walk.put(ancestor, a);
                        add(a, g, grp);
                    }
                }
                g++;
            }
        }

        /**
         * The holdings at the operator read again, for the principals and paths already walked: false when the
         * principals with holdings there are no longer the same ones in the same order. Every principal's figures from
         * the holdings are summed again over its groups.
         */
        boolean regroup(List<HoldingRow> rows) {
            if (!Arrays.equals(rows.stream().mapToLong(HoldingRow::principalId).distinct().toArray(), groupPrincipals)) {
                return false;
            }
            holdings = new ArrayList<>();
            holdings(rows);
            List<Group> byIndex = List.copyOf(groups.values());
            for (int i = 0; i < size; i++) {
                Group first = byIndex.get(group[i]);
                persons[i] = first.persons;
                upper[i] = first.upper;
                items[i] = first.items;
                encryption[i] = first.encryption;
                past[i] = first.past;
                int[] more = moreGroups.get(i);
                if (more != null) {
                    for (int g : more) {
                        sum(i, byIndex.get(g));
                    }
                }
            }
            return true;
        }

        /**
         * Adds {@code principal}, whose one entrustment is to the principal at {@code at}, where the walk would have
         * created it: in the walk of the group that created that principal, after the principals that group's search
         * reached before it. It gets the groups, and so the figures from the holdings, of the principal it entrusts to.
         */
        void join(long principal, int at, ChainGraph graph) {
            int g0 = group[at];
            long p0 = groupPrincipals[g0];
            // The principals created by one group's walk sit together, in the order its search reached them.
            Map<Long, Integer> created = new HashMap<>();
            for (int i = 0; i < size; i++) {
                if (group[i] == g0) {
                    created.put(ids[i], i);
                }
            }
            int pos = created.getOrDefault(p0, -1) + 1;
            for (long reached : graph.upstream(p0).keySet()) {
                if (reached == principal) {
                    break;
                }
                Integer i = created.get(reached);
                if (i != null) {
                    pos = i + 1;
                }
            }
            int code = ids[at] == p0 ? -3 - at : at; // how the walk continues the path from the principal at `at`
            insertAt(pos);
            ids[pos] = principal;
            distance[pos] = code >= 0 ? distance[code] + 1 : 2;
            tail[pos] = code;
            group[pos] = g0;
            persons[pos] = persons[at];
            upper[pos] = upper[at];
            items[pos] = items[at];
            encryption[pos] = encryption[at];
            past[pos] = past[at];
            ownItems[pos] = -1;
            int[] more = moreGroups.get(at);
            if (more != null) {
                moreGroups.put(pos, more.clone());
            }
        }

        /** Makes room at {@code pos}: every later principal, and every path or group list naming one, moves up by one. */
        private void insertAt(int pos) {
            ids = (long[]) opened(ids, new long[size + 1], pos);
            distance = (int[]) opened(distance, new int[size + 1], pos);
            tail = (int[]) opened(tail, new int[size + 1], pos);
            group = (int[]) opened(group, new int[size + 1], pos);
            persons = (long[]) opened(persons, new long[size + 1], pos);
            upper = (long[]) opened(upper, new long[size + 1], pos);
            items = (int[]) opened(items, new int[size + 1], pos);
            encryption = (byte[]) opened(encryption, new byte[size + 1], pos);
            past = (boolean[]) opened(past, new boolean[size + 1], pos);
            ownPersons = (long[]) opened(ownPersons, new long[size + 1], pos);
            ownUpper = (long[]) opened(ownUpper, new long[size + 1], pos);
            ownItems = (int[]) opened(ownItems, new int[size + 1], pos);
            size++;
            for (int i = 0; i < size; i++) {
                if (tail[i] >= pos) {
                    tail[i]++;
                } else if (tail[i] <= -3 && -3 - tail[i] >= pos) {
                    tail[i]--;
                }
            }
            Map<Integer, int[]> moved = new HashMap<>();
            moreGroups.forEach((i, more) -> moved.put(i >= pos ? i + 1 : i, more));
            moreGroups = moved;
        }

        /** {@code to} (one longer) holding the first {@code size} elements of array {@code from}, a gap at {@code pos}. */
        private Object opened(Object from, Object to, int pos) {
            System.arraycopy(from, 0, to, 0, pos);
            System.arraycopy(from, pos, to, pos + 1, size - pos);
            return to;
        }

        private int create(long id, int dist, int tailCode) {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                distance = Arrays.copyOf(distance, n);
                tail = Arrays.copyOf(tail, n);
                persons = Arrays.copyOf(persons, n);
                upper = Arrays.copyOf(upper, n);
                items = Arrays.copyOf(items, n);
                encryption = Arrays.copyOf(encryption, n);
                past = Arrays.copyOf(past, n);
                group = Arrays.copyOf(group, n);
            }
            int i = size++;
            ids[i] = id;
            distance[i] = dist;
            tail[i] = tailCode;
            group[i] = -1;
            index.put(id, i);
            return i;
        }

        private void add(int i, int g, Group grp) {
            if (group[i] < 0) {
                group[i] = g;
                items[i] = grp.items;
            } else {
                int[] more = moreGroups.get(i);
                more = more == null ? new int[1] : Arrays.copyOf(more, more.length + 1);
                more[more.length - 1] = g;
                moreGroups.put(i, more);
            }
            sum(i, grp);
        }

        private void sum(int i, Group grp) {
            persons[i] += grp.persons;
            upper[i] += grp.upper;
            items[i] = sets.union(items[i], grp.items);
            encryption[i] |= grp.encryption;
            past[i] |= grp.past;
        }

        /**
         * A principal two or more links up shares the holding below with every other client of the operator between:
         * a 社労士 office's holding at the vendor covers all its clients. Each client's stake is what it entrusted to the
         * next operator down (GL 3-5-3-1 (4) counts the persons of the operator's own data), so the whole holding's
         * count stays the upper limit and the client's own holdings at that operator give its count and items.
         */
        void shares(ShareReader reader) {
            ownPersons = new long[size];
            ownUpper = new long[size];
            ownItems = new int[size];
            Arrays.fill(ownItems, -1);
            Set<Long> middles = new HashSet<>();
            for (int i = 0; i < size; i++) {
                if (distance[i] >= 2) {
                    middles.add(middle(ids, tail, i));
                }
            }
            readShares(middles, index, reader);
        }

        /** The own shares of the principals whose next operator down is one of {@code middles}, read again. */
        void reshare(Set<Long> middles, ShareReader reader) {
            if (middles.isEmpty()) {
                return;
            }
            Map<Long, Integer> below = new HashMap<>();
            for (int i = 0; i < size; i++) {
                if (distance[i] >= 2 && middles.contains(middle(ids, tail, i))) {
                    below.put(ids[i], i);
                    ownPersons[i] = 0;
                    ownUpper[i] = 0;
                    ownItems[i] = -1;
                }
            }
            readShares(middles, below, reader);
        }

        private void readShares(Set<Long> middles, Map<Long, Integer> principals, ShareReader reader) {
            if (middles.isEmpty()) {
                return;
            }
            reader.read(middles, (operatorId, principalId, count, codes) -> {
                Integer i = principals.get(principalId);
                if (i == null || distance[i] < 2 || middle(ids, tail, i) != operatorId) {
                    return; // not a principal whose path runs through this operator
                }
                ownPersons[i] += count.value();
                ownUpper[i] += count.upperBound();
                int set = sets.parse(codes);
                ownItems[i] = ownItems[i] < 0 ? set : sets.union(ownItems[i], set);
            });
        }
    }
}
