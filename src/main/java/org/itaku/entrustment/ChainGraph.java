package org.itaku.entrustment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entrustment graph of one workspace in memory: principal → entrustee edges. Breadth-first searches
 * give the shortest path, which is the one a person wants to read ("A → B → C"), and they terminate on
 * any graph, so a cycle that slipped in by hand cannot hang an incident answer.
 */
final class ChainGraph {

    private final Map<Long, List<Long>> down = new HashMap<>();
    private final Map<Long, List<Long>> up = new HashMap<>();
    private int edges;

    void add(long principal, long entrustee) {
        edges++;
        down.computeIfAbsent(principal, k -> new ArrayList<>(2)).add(entrustee);
        up.computeIfAbsent(entrustee, k -> new ArrayList<>(2)).add(principal);
    }

    void remove(long principal, long entrustee) {
        List<Long> d = down.get(principal);
        if (d != null && d.remove(Long.valueOf(entrustee))) {
            edges--;
        }
        List<Long> u = up.get(entrustee);
        if (u != null) {
            u.remove(Long.valueOf(principal));
        }
    }

    /** A copy to change, leaving this graph (read by kept answers) as it is. */
    ChainGraph copy() {
        ChainGraph c = new ChainGraph();
        c.edges = edges;
        down.forEach((k, v) -> c.down.put(k, new ArrayList<>(v)));
        up.forEach((k, v) -> c.up.put(k, new ArrayList<>(v)));
        return c;
    }

    /** How many edges the graph holds. */
    int edges() {
        return edges;
    }

    /**
     * The path that adding principal → entrustee would close into a cycle (entrustee → … → principal →
     * entrustee), or an empty list when the edge is safe.
     */
    List<Long> cycleIfAdded(long principal, long entrustee) {
        if (principal == entrustee) {
            return List.of(principal, entrustee);
        }
        Map<Long, Long> reached = search(entrustee, down, -1);
        if (!reached.containsKey(principal)) {
            return List.of();
        }
        List<Long> path = pathFromRoot(reached, principal);
        List<Long> cycle = new ArrayList<>(path);
        cycle.add(entrustee);
        return cycle;
    }

    /**
     * Every operator upstream of {@code start} (its principals, their principals, …) mapped to the next node
     * on the shortest path towards {@code start}.
     */
    Map<Long, Long> upstream(long start) {
        return search(start, up, -1);
    }

    Map<Long, Long> downstream(long start) {
        return search(start, down, -1);
    }

    Map<Long, Long> upstream(long start, int limit) {
        return search(start, up, limit);
    }

    Map<Long, Long> downstream(long start, int limit) {
        return search(start, down, limit);
    }

    List<Long> principalsOf(long operator) {
        return up.getOrDefault(operator, List.of());
    }

    List<Long> entrusteesOf(long operator) {
        return down.getOrDefault(operator, List.of());
    }

    /** Walks the parent pointers of a search from its root to {@code node}: root first. */
    static List<Long> pathFromRoot(Map<Long, Long> parents, long node) {
        List<Long> path = new ArrayList<>();
        Long current = node;
        while (current != null && current != -1L) {
            path.add(current);
            current = parents.get(current);
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * Breadth-first search from start over the given adjacency; the answer maps each reached node (start
     * excluded) to the node it was reached from. Insertion order is distance order.
     */
    private static Map<Long, Long> search(long start, Map<Long, List<Long>> adjacency, int limit) {
        Map<Long, Long> parent = new LinkedHashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, -1L);
        while (!queue.isEmpty()) {
            long node = queue.poll();
            for (long next : adjacency.getOrDefault(node, List.of())) {
                if (!parent.containsKey(next)) {
                    parent.put(next, node);
                    if (limit > 0 && parent.size() > limit) {
                        parent.remove(start);
                        return parent;
                    }
                    queue.add(next);
                }
            }
        }
        parent.remove(start);
        return parent;
    }
}
