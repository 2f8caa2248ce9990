package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Field accuracy on the labelled real notices beside the project: ../shared/notices (12, or $ITAKU_SHARED_NOTICES) and
 * ../shared/notices2 (30, municipalities, schools, hospitals, universities, companies, often excerpts). CI runs in a
 * clone with ../shared beside it; a user's clone without it skips with the reason printed. Exact match for dates,
 * counts, flags and the organisation (a labelled department may be left out); F1 for the sets. The printed tables are
 * the report.
 *
 * <p>The first set meets the targets (dates, persons and organisation 0.85, types and items F1 0.88). The second set
 * and its held-out eight do not yet: their floors sit just under the figures reached (issue 14, 2026-12-05), so that
 * any regression fails, and are to be raised as the reader improves.
 */
class NoticeAccuracyTest {

    static Path noticesDir() {
        String env = System.getenv("ITAKU_SHARED_NOTICES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of("..", "shared", "notices").toAbsolutePath().normalize();
    }

    private static NoticeScoring.Report scoreOrSkip(Path dir) throws IOException {
        return scoreOrSkip(dir, file -> true, true);
    }

    private static NoticeScoring.Report scoreOrSkip(Path dir, java.util.function.Predicate<String> include, boolean withMisses)
            throws IOException {
        Path labels = dir.resolve("labels.jsonl");
        if (!Files.isRegularFile(labels)) {
            System.out.println("NoticeAccuracyTest: skipped, no labelled notices at " + dir);
        }
        Assumptions.assumeTrue(Files.isRegularFile(labels), "no labelled notices at " + dir);
        NoticeScoring.Report r = NoticeScoring.score(dir, include);
        System.out.println(r.table("real notices (" + dir + ")", withMisses));
        assertThat(r.notices()).isGreaterThan(0);
        return r;
    }

    @Test
    void firstDevelopmentSetMeetsTheTargets() throws IOException {
        NoticeScoring.Report r = scoreOrSkip(noticesDir());
        SoftAssertions soft = new SoftAssertions();
        for (String field : NoticeScoring.DATES) {
            soft.assertThat(r.mean(field)).as(field).isGreaterThanOrEqualTo(0.85);
        }
        soft.assertThat(r.mean("persons_affected")).as("persons").isGreaterThanOrEqualTo(0.85);
        soft.assertThat(r.mean("organization")).as("organization").isGreaterThanOrEqualTo(0.85);
        soft.assertThat(r.mean("incident_types")).as("incident types F1").isGreaterThanOrEqualTo(0.88);
        soft.assertThat(r.mean("data_items")).as("data items F1").isGreaterThanOrEqualTo(0.88);
        soft.assertAll();
    }

    /**
     * Eight real notices of the second set that rule work since issue 14 does not look at (only their scores): the
     * nearest thing to the hidden notices. Before issue 14's rules: organisation 0.38, stated dates 0.36, persons 0.63,
     * types 0.65, items 0.82; after the second round (rules found on public notices outside both sets, 2026-12-05): stated
     * dates 0.45, occurred 0.75, the rest unchanged; after the sixth (2026-12-06): types 0.93; after the tenth
     * (2026-12-07; reader10a: organisation and persons, reader10b: dates, types and items): organisation 0.50,
     * vendor involved 1.00, stated dates 0.55, discovered 0.75, items 0.84.
     */
    static final Set<String> HELD_OUT = Set.of("r001.txt", "r008.txt", "r012.txt", "r017.txt", "r024.txt", "r029.txt",
            "r034.txt", "r038.txt");

    @Test
    void secondDevelopmentSetDoesNotFallBack() throws IOException {
        // The whole set's table prints no misses: they would show the held-out notices' labels.
        NoticeScoring.Report r = scoreOrSkip(noticesDir().resolveSibling("notices2"), file -> true, false);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.mean("published")).as("published").isGreaterThanOrEqualTo(0.93);
        soft.assertThat(r.mean("occurred")).as("occurred").isGreaterThanOrEqualTo(0.93);
        soft.assertThat(r.mean("discovered")).as("discovered").isGreaterThanOrEqualTo(0.96);
        soft.assertThat(r.statedDates()).as("stated dates, pooled").isGreaterThanOrEqualTo(0.89);
        soft.assertThat(r.mean("persons_affected")).as("persons").isGreaterThanOrEqualTo(0.93);
        soft.assertThat(r.mean("organization")).as("organization").isGreaterThanOrEqualTo(0.76);
        soft.assertThat(r.mean("incident_types")).as("incident types F1").isGreaterThanOrEqualTo(0.95);
        soft.assertThat(r.mean("data_items")).as("data items F1").isGreaterThanOrEqualTo(0.96);
        soft.assertThat(r.mean("vendor_involved")).as("vendor involved").isGreaterThanOrEqualTo(0.99);
        soft.assertAll();
    }

    /** The 22 notices of the second set that rules may be tuned on: the table with every miss. */
    @Test
    void tuningPartOfTheSecondSetDoesNotFallBack() throws IOException {
        NoticeScoring.Report r = scoreOrSkip(noticesDir().resolveSibling("notices2"), file -> !HELD_OUT.contains(file), true);
        assertThat(r.notices()).isEqualTo(22);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.mean("organization")).as("organization").isGreaterThanOrEqualTo(0.85);
        soft.assertThat(r.statedDates()).as("stated dates, pooled").isGreaterThanOrEqualTo(0.99);
        soft.assertThat(r.mean("persons_affected")).as("persons").isGreaterThanOrEqualTo(0.99);
        soft.assertThat(r.mean("incident_types")).as("incident types F1").isGreaterThanOrEqualTo(0.96);
        soft.assertThat(r.mean("data_items")).as("data items F1").isGreaterThanOrEqualTo(0.97);
        soft.assertAll();
    }

    @Test
    void heldOutRealNoticesDoNotFallBack() throws IOException {
        Path dir = noticesDir().resolveSibling("notices2");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("labels.jsonl")), "no labelled notices at " + dir);
        NoticeScoring.Report r = NoticeScoring.score(dir, HELD_OUT::contains);
        System.out.println(r.table("held-out real notices (" + dir + ")", false));
        assertThat(r.notices()).isEqualTo(HELD_OUT.size());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(r.mean("organization")).as("organization").isGreaterThanOrEqualTo(0.49);
        soft.assertThat(r.statedDates()).as("stated dates, pooled").isGreaterThanOrEqualTo(0.72);
        soft.assertThat(r.mean("occurred")).as("occurred").isGreaterThanOrEqualTo(0.87);
        soft.assertThat(r.mean("discovered")).as("discovered").isGreaterThanOrEqualTo(0.87);
        soft.assertThat(r.mean("persons_affected")).as("persons").isGreaterThanOrEqualTo(0.74);
        soft.assertThat(r.mean("incident_types")).as("incident types F1").isGreaterThanOrEqualTo(0.92);
        soft.assertThat(r.mean("data_items")).as("data items F1").isGreaterThanOrEqualTo(0.95);
        soft.assertThat(r.mean("vendor_involved")).as("vendor involved").isGreaterThanOrEqualTo(0.99);
        soft.assertAll();
    }
}
