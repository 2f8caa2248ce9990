package org.itaku.incident;

import java.time.LocalDate;

/** A to-do of the response team (e.g. 本人への通知文の発送, ログの保全). */
public record IncidentTask(long id, String title, String assignee, LocalDate dueOn, LocalDate doneOn) {

    public IncidentTask {
        title = Texts.required(title, "incident.field.task", 500);
        assignee = Texts.optional(assignee, 254);
    }

    public boolean done() {
        return doneOn != null;
    }
}
