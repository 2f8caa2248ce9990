package org.itaku.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores answers against a questionnaire. Pure: no storage, no clock. */
public final class Scoring {

    private Scoring() {
    }

    /**
     * @param answers question id → stored answer (see {@link Question#normalise})
     * @param withEvidence ids of the questions that have at least one attached file
     */
    public static Score score(Questionnaire questionnaire, Map<String, String> answers, Set<String> withEvidence) {
        long earned = 0;
        long possible = 0;
        List<String> blockers = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (!q.scored() || !questionnaire.applies(q, answers)) {
                continue;
            }
            String answer = answers.get(q.id());
            if (Question.NOT_APPLICABLE.equals(answer) && q.naAllowed()) {
                continue;
            }
            Integer points = q.pointsFor(answer, withEvidence.contains(q.id()));
            int max = q.maxPoints();
            possible += (long) max * q.weight();
            if (points == null) {
                unanswered.add(q.id());
                if (q.critical()) {
                    blockers.add(q.id());
                }
                weak.add(q.id());
                continue;
            }
            earned += (long) points * q.weight();
            if (q.critical() && points == 0) {
                blockers.add(q.id());
            }
            if (points * 2 < max) {
                weak.add(q.id());
            }
        }
        int percent = possible == 0 ? 0 : (int) Math.floor(earned * 100.0 / possible);
        return new Score((int) earned, (int) possible, percent, questionnaire.passMark(), blockers, weak, unanswered);
    }
}
