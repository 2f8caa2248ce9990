package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScoringTest {

    final Questionnaire standard = QuestionnaireLibrary.builtIn().standard();

    /** Every scored question answered with its best answer. */
    Map<String, String> bestAnswers() {
        Map<String, String> answers = new HashMap<>();
        for (Question q : standard.questions()) {
            switch (q.type()) {
                case YES_NO -> answers.put(q.id(), "yes");
                case NUMBER -> answers.put(q.id(), q.bands().get(0).max() != null ? "1" : "100");
                case CHOICE -> answers.put(q.id(), q.options().get(0).value());
                default -> {
                }
            }
        }
        answers.put("SUP-01", "yes");
        return answers;
    }

    @Test
    void theBestAnswersPass() {
        Score score = Scoring.score(standard, bestAnswers(), Set.of("SUP-07"));
        assertThat(score.percent()).isEqualTo(100);
        assertThat(score.blockers()).isEmpty();
        assertThat(score.passed()).isTrue();
    }

    @Test
    void theSeedsVendorFailsOnItsBlockersEvenWithAGoodTotal() {
        Map<String, String> answers = bestAnswers();
        answers.put("TEC-07", "21"); // patched by hand over three weeks
        answers.put("TEC-08", "manual");
        answers.put("TEC-14", "no"); // no firewall between the MSP and the customer
        Score score = Scoring.score(standard, answers, Set.of("SUP-07"));
        assertThat(score.blockers()).containsExactly("TEC-14");
        assertThat(score.weak()).contains("TEC-07", "TEC-08", "TEC-14");
        assertThat(score.percent()).isGreaterThanOrEqualTo(standard.passMark());
        assertThat(score.passed()).isFalse();
    }

    @Test
    void questionsNotAskedOrNotApplicableCountInNeitherTotal() {
        Map<String, String> withSub = bestAnswers();
        Map<String, String> withoutSub = bestAnswers();
        withoutSub.put("SUP-01", "no");
        withoutSub.remove("SUP-02");
        withoutSub.remove("SUP-03");
        Score a = Scoring.score(standard, withSub, Set.of());
        Score b = Scoring.score(standard, withoutSub, Set.of());
        assertThat(b.possible()).isEqualTo(a.possible() - 4 * 3 - 4 * 2);
        assertThat(b.blockers()).doesNotContain("SUP-02");

        withoutSub.put("PHY-03", "na");
        assertThat(Scoring.score(standard, withoutSub, Set.of()).possible()).isEqualTo(b.possible() - 4 * 2);
    }

    @Test
    void anUnansweredCriticalQuestionBlocksAndAMissingFileIsWeak() {
        Map<String, String> answers = bestAnswers();
        answers.remove("GOV-06");
        Score score = Scoring.score(standard, answers, Set.of());
        assertThat(score.blockers()).containsExactly("GOV-06");
        assertThat(score.unanswered()).containsExactly("GOV-06", "SUP-07");
        assertThat(score.passed()).isFalse();
    }

    @Test
    void numberBandsReadLowerOrHigherIsBetter() {
        Question patch = standard.question("TEC-07");
        assertThat(patch.pointsFor("7", false)).isEqualTo(4);
        assertThat(patch.pointsFor("14", false)).isEqualTo(2);
        assertThat(patch.pointsFor("30", false)).isEqualTo(1);
        assertThat(patch.pointsFor("31", false)).isZero();
        Question length = standard.question("TEC-02");
        assertThat(length.pointsFor("16", false)).isEqualTo(4);
        assertThat(length.pointsFor("8", false)).isEqualTo(2);
        assertThat(length.pointsFor("6", false)).isZero();
    }
}
