package org.itaku.assessment;

import java.util.List;

/**
 * The result of scoring one set of answers: weighted points earned of those possible (questions not asked, or
 * answered 該当なし, count in neither), the percentage, the critical questions that earned nothing (blockers),
 * the weak answers (less than half the points) and whether the vendor passes: percentage at or above the pass
 * mark and no blocker.
 */
public record Score(int earned, int possible, int percent, int passMark, List<String> blockers, List<String> weak,
        List<String> unanswered) {

    public Score {
        blockers = List.copyOf(blockers);
        weak = List.copyOf(weak);
        unanswered = List.copyOf(unanswered);
    }

    public boolean passed() {
        return blockers.isEmpty() && percent >= passMark;
    }
}
