package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Field accuracy on the labelled development notices in ../shared/notices (or $ITAKU_SHARED_NOTICES). A user's clone
 * has no shared/ folder: the test then skips. Exact match for dates, counts, flags and the organisation; F1 for
 * the sets. The floors are modest on purpose: they catch regressions, the printed table is the real report.
 */
class NoticeAccuracyTest {

    static Path noticesDir() {
        String env = System.getenv("ITAKU_SHARED_NOTICES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of("..", "shared", "notices").toAbsolutePath().normalize();
    }

    @Test
    void fieldAccuracyOnTheDevelopmentSet() throws IOException {
        Path dir = noticesDir();
        Path labels = dir.resolve("labels.jsonl");
        if (!Files.isRegularFile(labels)) {
            System.out.println("NoticeAccuracyTest: skipped, no labelled notices at " + dir);
        }
        Assumptions.assumeTrue(Files.isRegularFile(labels), "no labelled notices at " + dir);

        NoticeScoring.Report r = NoticeScoring.score(dir);
        System.out.println(r.table("development notices (" + dir + ")"));

        assertThat(r.notices()).isGreaterThan(0);
        assertThat(r.mean("published")).isGreaterThanOrEqualTo(0.75);
        assertThat(r.mean("organization")).isGreaterThanOrEqualTo(0.6);
        assertThat(r.mean("occurred")).isGreaterThanOrEqualTo(0.6);
        assertThat(r.mean("discovered")).isGreaterThanOrEqualTo(0.6);
        assertThat(r.mean("persons_affected")).isGreaterThanOrEqualTo(0.7);
        assertThat(r.mean("data_items")).isGreaterThanOrEqualTo(0.7);
        assertThat(r.mean("incident_types")).isGreaterThanOrEqualTo(0.7);
    }
}
