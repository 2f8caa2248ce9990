package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.itaku.vocabulary.JapanTime;
import org.junit.jupiter.api.Test;

/**
 * One clock: production code takes the time from the application {@link Clock} and names Japan's zone only in
 * {@link JapanTime}. A date taken from the server's default zone was wrong for nine hours a day on a UTC server.
 */
class ClockDisciplineTest {

    /** Reading the time without a clock, or choosing a zone, anywhere but in the clock class. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|\\bZoneId\\.(?:of|systemDefault)\\s*\\("
                    + "|\\bClock\\.system(?:DefaultZone|UTC)?\\s*\\("
                    + "|\\bTimeZone\\.getDefault\\s*\\(");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path CLOCK_CLASS = SOURCES.resolve("org/itaku/vocabulary/JapanTime.java");

    @Test
    void onlyTheClockClassReadsTheTimeWithoutAClockOrNamesAZone() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.equals(CLOCK_CLASS))
                    .forEach(p -> offences.addAll(offences(p)));
        }
        assertThat(Files.exists(CLOCK_CLASS)).as("the clock class is where the test expects it").isTrue();
        assertThat(offences).as("use the Clock bean and JapanTime instead").isEmpty();
    }

    @Test
    void theScanCatchesEachForm() {
        assertThat(List.of("LocalDate.now()", "java.time.LocalDateTime.now( )", "Instant.now()", "ZoneId.of(\"UTC\")",
                "ZoneId.systemDefault()", "Clock.systemDefaultZone()", "Clock.systemUTC()"))
                .allSatisfy(code -> assertThat(FORBIDDEN.matcher(code).find()).as(code).isTrue());
        assertThat(List.of("LocalDate.now(clock)", "Instant.now(clock)", "clock.instant()", "ZoneOffset.UTC"))
                .allSatisfy(code -> assertThat(FORBIDDEN.matcher(code).find()).as(code).isFalse());
    }

    @Test
    void businessDatesAreJapaneseWhateverTheClocksZone() {
        Instant newYearInTokyo = Instant.parse("2026-12-31T15:30:00Z");
        assertThat(JapanTime.today(Clock.fixed(newYearInTokyo, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(new ClockConfig().clock().getZone()).isEqualTo(JapanTime.ZONE);
        assertThat(JapanTime.ZONE.getId()).isEqualTo("Asia/Tokyo");
    }

    private static List<String> offences(Path file) {
        try {
            List<String> found = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FORBIDDEN.matcher(lines.get(i));
                if (m.find()) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + m.group());
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
