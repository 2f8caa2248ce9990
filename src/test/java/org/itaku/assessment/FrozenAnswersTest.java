package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The answers kept on the assessment row at submission read back exactly, whatever a text answer contains. */
class FrozenAnswersTest {

    @Test
    void packedAnswersReadBackExactly() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("TEC-07", "21");
        answers.put("GOV-01", "yes");
        answers.put("SUP-08", "一行目\n二行目\tタブ\r\\n はバックスラッシュと n\\");
        answers.put("Q.1", "");
        String packed = AssessmentStore.pack(answers);
        assertThat(packed.lines()).hasSize(4);
        assertThat(packed).startsWith("GOV-01\tyes\n"); // by question id
        assertThat(AssessmentStore.unpack(packed)).isEqualTo(answers);
        assertThat(AssessmentStore.unpack("")).isEmpty();
    }

    @Test
    void aDamagedValueIsReportedNotGuessed() {
        assertThatThrownBy(() -> AssessmentStore.unpack("GOV-01 yes\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("damaged");
    }
}
