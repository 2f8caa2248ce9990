package org.itaku.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.itaku.vocabulary.JapanTime;

/**
 * 事実経過: one dated step of the response, as the PPC report's chronology asks for. The system's own events are a
 * message code with parameters ({@code incident.event.<code>} in the bundles, Japanese and English; a parameter
 * starting with {@code msg:} is itself a message key, e.g. {@code msg:incident.kind.damage}); what a person wrote by
 * hand has the code {@code note} and its text as the only parameter. {@code entry} is the Japanese wording, for
 * readers without message bundles.
 */
public record TimelineEntry(long id, Instant occurredAt, String code, List<String> params, String entry,
        String recordedBy) {

    public static final String NOTE = "note";

    public TimelineEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(code, "code");
        params = List.copyOf(params);
        entry = Texts.required(entry, "incident.field.entry", 2000);
    }

    /** Whether a person wrote it (rather than the system recording a step). */
    public boolean isNote() {
        return NOTE.equals(code);
    }

    /** When, in Japan's time, to the minute. */
    public String localTime() {
        return JapanTime.dateTimeOf(occurredAt).withSecond(0).withNano(0).toString().replace('T', ' ');
    }
}
