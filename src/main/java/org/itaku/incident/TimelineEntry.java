package org.itaku.incident;

import java.time.Instant;
import java.util.Objects;

/** 事実経過: one dated step of the response, as the PPC report's chronology asks for. */
public record TimelineEntry(long id, Instant occurredAt, String entry, String recordedBy) {

    public TimelineEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        entry = Texts.required(entry, "内容 / entry", 2000);
    }
}
