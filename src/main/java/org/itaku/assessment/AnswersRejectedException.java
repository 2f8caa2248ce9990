package org.itaku.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.itaku.vocabulary.RuleViolation;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Some answers could not be accepted; nothing was saved. Maps question id (or "row n") to what is wrong, as a code
 * with parameters that the page renders in the reader's language. {@link #getMessage()} is the Japanese text.
 */
public class AnswersRejectedException extends IllegalArgumentException {

    private final Map<String, MessageSourceResolvable> problems;

    AnswersRejectedException(Map<String, MessageSourceResolvable> problems) {
        super(problems.values().stream().map(AnswersRejectedException::japanese).collect(Collectors.joining("; ")));
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, MessageSourceResolvable> problems() {
        return problems;
    }

    /** What an exception without a code said (a questionnaire's own check of an answer), kept as it is. */
    static MessageSourceResolvable problem(RuntimeException e) {
        return e instanceof RuleViolation coded ? coded
                : new DefaultMessageSourceResolvable(new String[0], null, String.valueOf(e.getMessage()));
    }

    private static String japanese(MessageSourceResolvable problem) {
        return problem instanceof RuleViolation coded ? coded.japanese() : problem.getDefaultMessage();
    }
}
