package org.itaku.entrustment;

import java.util.List;

/**
 * An operator's place in the entrustment graph: one shortest path per operator upstream (ending at this
 * operator) and per operator downstream (starting at it). {@code truncated} says the graph was larger than
 * the limit asked for, as it is for a vendor serving thousands of principals.
 */
public record Chain(OperatorRef operator, List<List<OperatorRef>> upstream, List<List<OperatorRef>> downstream,
        boolean truncated) {

    public Chain {
        upstream = List.copyOf(upstream);
        downstream = List.copyOf(downstream);
    }
}
