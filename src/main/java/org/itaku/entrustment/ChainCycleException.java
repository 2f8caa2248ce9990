package org.itaku.entrustment;

import java.util.List;
import java.util.stream.Collectors;

/** Adding an entrustment would close a loop: data cannot be entrusted back up its own chain. */
public class ChainCycleException extends IllegalArgumentException {

    private final List<OperatorRef> cycle;

    public ChainCycleException(List<OperatorRef> cycle) {
        super("委託の連鎖が循環します / entrustment chain would form a cycle: "
                + cycle.stream().map(OperatorRef::name).collect(Collectors.joining(" → ")));
        this.cycle = List.copyOf(cycle);
    }

    public List<OperatorRef> cycle() {
        return cycle;
    }
}
