package org.itaku.incident;

import java.time.Instant;
import java.util.Objects;
import org.itaku.vocabulary.JapanTime;

/** 事実経過: one dated step of the response, as the PPC report's chronology asks for. */
public record TimelineEntry(long id, Instant occurredAt, String entry, String recordedBy) {

    public TimelineEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        entry = Texts.required(entry, "内容 / entry", 2000);
    }

    /** When, in Japan's time, to the minute. */
    public String localTime() {
        return JapanTime.dateTimeOf(occurredAt).withSecond(0).withNano(0).toString().replace('T', ' ');
    }
}
