package org.itaku.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The internal one-page summary of a case for management. Deadlines come from the obligation module;
 * this module only prints them.
 */
public record IncidentSummary(BreachReport incident, LocalDate asOf, String caseNumber, String owner,
        List<Deadline> deadlines, List<String> nextSteps) {

    /** A due date with the rule it comes from, e.g. 「確報」 2026-07-04 「規則第8条第2項（60日）」. */
    public record Deadline(String label, LocalDate due, String basis) {
        public Deadline {
            label = Texts.required(label, "deadline label");
            if (due == null) {
                throw new IllegalArgumentException("deadline date is required");
            }
            basis = Texts.optional(basis);
        }
    }

    public IncidentSummary {
        if (incident == null || asOf == null) {
            throw new IllegalArgumentException("incident and asOf are required");
        }
        caseNumber = Texts.optional(caseNumber);
        owner = Texts.optional(owner);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        nextSteps = Texts.list(nextSteps);
    }
}
