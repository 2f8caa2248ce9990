package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The golden tests' failure message: a line diff a reviewer can read, with one line of context. */
class GoldenDiffTest {

    @Test
    void aChangedLineShowsAsRemovedAndAddedWithItsNeighbours() {
        String golden = "一\n二\n三\n四\n五\n六\n七\n";
        String generated = "一\n二\n三\n四（改）\n五\n六\n七\n八\n";
        assertThat(IncidentDocumentsGoldenTest.diff(golden, generated)).isEqualTo("""
                …
                  三
                - 四
                + 四（改）
                  五
                …
                  七
                + 八
                  \n""");
    }

    @Test
    void equalTextsHaveNoChangedLines() {
        assertThat(IncidentDocumentsGoldenTest.diff("一\n二\n", "一\n二\n")).doesNotContain("- ", "+ ");
    }
}
