package org.itaku.entrustment;

import java.util.List;

/**
 * What needs a person's attention in the register (APPI Art. 25: supervising entrustees is a continuing
 * duty). Each list is capped; {@code counts} give the full numbers.
 */
public record WatchList(List<Item> pastDeletionDate, List<Item> unapprovedReEntrustment, List<Item> noIncidentClause,
        List<Item> reviewOverdue) {

    public enum Kind {
        PAST_DELETION_DATE, UNAPPROVED_RE_ENTRUSTMENT, NO_INCIDENT_CLAUSE, REVIEW_OVERDUE
    }

    /**
     * One finding: what it is about, a readable detail (both languages, for the API), where to fix it, and the date
     * and head-count the pages put into their own words ({@code on} is null for a contract never reviewed).
     */
    public record Item(Kind kind, String subject, String detail, String link, java.time.LocalDate on, Long persons) {
    }

    public int size() {
        return pastDeletionDate.size() + unapprovedReEntrustment.size() + noIncidentClause.size() + reviewOverdue.size();
    }
}
