package org.itaku.document;

import java.time.LocalDate;

/** One line of 事実経過 (GL 3-5-3-3 item 1 asks for the chronology); time is free text such as "14時頃". */
public record ChronologyLine(LocalDate date, String time, String event) {

    public ChronologyLine {
        if (date == null) {
            throw new IllegalArgumentException("timeline entry date is required");
        }
        time = Texts.optional(time);
        event = Texts.required(event, "timeline event");
    }
}
