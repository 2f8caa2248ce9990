package org.itaku.entrustment;

import java.util.List;

/**
 * What needs a person's attention in the register (APPI Art. 25: supervising entrustees is a continuing
 * duty). Each list is capped; {@code counts} give the full numbers.
 */
public record WatchList(List<Item> pastDeletionDate, List<Item> unapprovedReEntrustment, List<Item> noIncidentClause,
        List<Item> reviewOverdue) {

    public WatchList {
        pastDeletionDate = List.copyOf(pastDeletionDate);
        unapprovedReEntrustment = List.copyOf(unapprovedReEntrustment);
        noIncidentClause = List.copyOf(noIncidentClause);
        reviewOverdue = List.copyOf(reviewOverdue);
    }

    public enum Kind {
        PAST_DELETION_DATE, UNAPPROVED_RE_ENTRUSTMENT, NO_INCIDENT_CLAUSE, REVIEW_OVERDUE
    }

    /**
     * One finding: what it is about, where to fix it, and the date and head-count the pages and the API put into
     * their reader's words ({@code on} is null for a contract never reviewed): {@link #detailCode()} with
     * {@link #detailArgs()} in the entrustment bundle.
     */
    public record Item(Kind kind, String subject, String link, java.time.LocalDate on, Long persons) {

        /** The bundle key of the finding's detail: {@code watch.detail.<kind>}, or NEVER_REVIEWED. */
        public String detailCode() {
            return kind == Kind.REVIEW_OVERDUE && on == null ? "watch.detail.NEVER_REVIEWED" : "watch.detail." + kind.name();
        }

        public Object[] detailArgs() {
            return new Object[] {on, persons};
        }
    }

    public int size() {
        return pastDeletionDate.size() + unapprovedReEntrustment.size() + noIncidentClause.size() + reviewOverdue.size();
    }
}
