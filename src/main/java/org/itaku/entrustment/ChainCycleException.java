package org.itaku.entrustment;

import java.util.List;
import java.util.stream.Collectors;

/** Adding an entrustment would close a loop: data cannot be entrusted back up its own chain. */
public class ChainCycleException extends RegisterRuleException {

    private final List<OperatorRef> cycle;

    public ChainCycleException(List<OperatorRef> cycle) {
        super("register.cycle", cycle.stream().map(OperatorRef::name).collect(Collectors.joining(" → ")));
        this.cycle = List.copyOf(cycle);
    }

    public List<OperatorRef> cycle() {
        return cycle;
    }
}
