package org.itaku.assessment;

import java.util.Map;

/** Some answers could not be accepted; nothing was saved. Maps question id (or "file") to what is wrong. */
public class AnswersRejectedException extends IllegalArgumentException {

    private final Map<String, String> problems;

    AnswersRejectedException(Map<String, String> problems) {
        super(String.join("; ", problems.entrySet().stream().map(e -> e.getValue()).toList()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
