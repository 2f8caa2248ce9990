package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QuestionnaireLibraryTest {

    final Questionnaire standard = QuestionnaireLibrary.builtIn().standard();

    @Test
    void theBuiltInQuestionnaireCoversTheSeedsCountermeasures() {
        assertThat(standard.code()).isEqualTo("itaku-vendor");
        assertThat(standard.questions()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(standard.questions()).extracting(Question::type).contains(AnswerType.values());
        // patch lead time, MFA, exposed RDP, segmentation, approval of re-entrustment, deletion at contract end and
        // hours to report are the ones whose absence made the seeds' incidents possible: each must block.
        assertThat(standard.questions().stream().filter(Question::critical).map(Question::id))
                .contains("TEC-07", "TEC-04", "TEC-10", "TEC-14", "SUP-02", "SUP-04", "GOV-06");
    }

    @Test
    void everyPpcItemOfTheGuidelinesSecurityAnnexAndSupervisionIsAsked() {
        List<String> asked = standard.questions().stream().flatMap(q -> q.refs().ppc().stream()).distinct().toList();
        assertThat(asked).contains("PPC-GL-10-1", "PPC-GL-10-2", "PPC-GL-10-3-1", "PPC-GL-10-3-2", "PPC-GL-10-3-3",
                "PPC-GL-10-3-4", "PPC-GL-10-3-5", "PPC-GL-10-4", "PPC-GL-10-5-1", "PPC-GL-10-5-2", "PPC-GL-10-5-3",
                "PPC-GL-10-5-4", "PPC-GL-10-6-1", "PPC-GL-10-6-2", "PPC-GL-10-6-3", "PPC-GL-10-6-4", "PPC-GL-10-7",
                "PPC-GL-3-4-3", "PPC-GL-3-4-4-1", "PPC-GL-3-4-4-2", "PPC-GL-3-4-4-3", "PPC-GL-3-5-2");
        assertThat(standard.questions().stream().flatMap(q -> q.refs().ipa().stream()))
                .allMatch(n -> n >= 1 && n <= 25);
    }

    @Test
    void conditionsAndRegisterChecksAreRead() {
        Question approval = standard.question("SUP-02");
        assertThat(approval.dependsOn().question()).isEqualTo("SUP-01");
        assertThat(approval.dependsOn().answers()).containsExactly("yes");
        Question subcontractors = standard.question("SUP-01");
        assertThat(subcontractors.registerCheck().fact()).isEqualTo(RegisterFact.HAS_SUB_ENTRUSTEES);
        assertThat(subcontractors.registerCheck().contradictedBy()).isEqualTo(Set.of("no"));
        assertThat(standard.question("SUP-04").points()).containsEntry("yes", 4).containsEntry("no", 0);
    }

    @Test
    void aBrokenQuestionnaireIsRefusedNamingTheQuestion() {
        String yaml = """
                code: mine
                title_ja: 試験
                sections: [{id: A, title_ja: 章}]
                questions:
                  - {id: Q1, section: A, ja: 質問, type: yes_no, points: {yes: 4, no: 0}}
                  - {id: Q2, section: A, ja: 質問, type: number, bands: []}
                """;
        assertThatThrownBy(() -> QuestionnaireYaml.parse(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question Q2").hasMessageContaining("bands");
        assertThatThrownBy(() -> QuestionnaireYaml.parse(yaml.replace("type: number, bands: []",
                "type: yes_no, points: {yes: 1, no: 0}, depends_on: {question: Q9, answers: [yes]}")))
                .hasMessageContaining("Q2").hasMessageContaining("earlier question");
        assertThatThrownBy(() -> QuestionnaireYaml.parse("code: [unclosed")).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> QuestionnaireYaml.parse("!!javax.script.ScriptEngineManager [x]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersAreNormalisedOrRefusedWithAReason() {
        assertThat(standard.question("TEC-04").normalise("はい")).isEqualTo("yes");
        assertThat(standard.question("TEC-07").normalise("１４")).isEqualTo("14");
        assertThat(standard.question("TEC-03").normalise("3種類")).isEqualTo("3");
        assertThatThrownBy(() -> standard.question("TEC-07").normalise("two weeks"))
                .hasMessage("質問 TEC-07: 数値で回答してください（入力: two weeks）。");
        assertThatThrownBy(() -> standard.question("TEC-04").normalise("該当なし"))
                .hasMessage("質問 TEC-04: この質問では「該当なし」を選べません。")
                .extracting(e -> ((AssessmentRuleException) e).code()).isEqualTo("assessment.rule.answer.naNotAllowed");
        assertThat(standard.question("PHY-03").normalise("該当なし")).isEqualTo("na");
    }
}
