package org.itaku.vocabulary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one place that names Japan's time zone. Business dates (the day a breach became known, deadlines counted on
 * the administrative calendar of 行政機関の休日に関する法律, dates shown to users) are Japanese dates; instants are
 * stored in UTC. Everything that needs the time takes the application {@link Clock} bean ({@link #systemClock()}),
 * so tests can move it; nothing else calls {@code now()} without a clock or names a zone.
 */
public final class JapanTime {

    /** Japan Standard Time (no daylight saving). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private JapanTime() {
    }

    /** The application clock: the system's time, in Japan. Programs outside Spring use it directly. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    /** Today in Japan by the given clock, whatever zone the clock itself carries. */
    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    /** The Japanese date of an instant (without the zoned date-time in between: a vendor case asks 170,000 times). */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The Japanese wall-clock time of an instant. */
    public static LocalDateTime dateTimeOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The instant of a Japanese wall-clock time, as a person entered it. */
    public static Instant instantOf(LocalDateTime japanese) {
        return japanese.atZone(ZONE).toInstant();
    }
}
