package org.itaku.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itaku.vocabulary.JapanTime;
import org.itaku.vocabulary.Discoverer;

/**
 * The facts of one incident as seen by one operator, for the document module to fill a PPC report draft
 * (Rules Art. 8(1) items (1)–(9); the form's 発生日, 発覚日, 発生事案, 発見者, 委託元・委託先). Codes are those of
 * docs/glossary.md; {@code decision} fields are empty while the operator does not know of the incident.
 *
 * @param kind           漏えい等の区分 as the form lists it: leak, leak_possible, loss, loss_possible, damage, damage_possible
 * @param knownOn        this operator's 知った日 (day 1), or null while it does not know
 * @param noticeReceivedOn    the day its entrustee's notice arrived (GL 3-5-3-5), or null
 * @param notifiedPrincipalsOn the day it notified its principals as entrustee (APPI Art. 26(1) proviso), or null
 */
public record IncidentReport(long incidentId, String title, long reporterId, String reporterName, String role,
        LocalDate occurredOn, LocalDate discoveredOn, LocalDate knownOn, LocalDate containedOn, String kind,
        Discoverer discoverer, List<Integer> appiCategories, List<Integer> myNumberCategories, boolean reportable,
        List<String> dataItems, long persons, Long personsMax, List<String> incidentTypes, String cause,
        List<PartyRef> principals, List<PartyRef> entrustees, List<TimelineEntry> timeline, LocalDate noticeReceivedOn,
        LocalDate notifiedPrincipalsOn) {

    public IncidentReport {
        appiCategories = List.copyOf(appiCategories);
        myNumberCategories = List.copyOf(myNumberCategories);
        dataItems = List.copyOf(dataItems);
        incidentTypes = List.copyOf(incidentTypes);
        principals = List.copyOf(principals);
        entrustees = List.copyOf(entrustees);
        timeline = List.copyOf(timeline);
    }

    /** Without the notice dates (the chronology then leaves the notices out). */
    public IncidentReport(long incidentId, String title, long reporterId, String reporterName, String role,
            LocalDate occurredOn, LocalDate discoveredOn, LocalDate knownOn, LocalDate containedOn, String kind,
            Discoverer discoverer, List<Integer> appiCategories, List<Integer> myNumberCategories, boolean reportable,
            List<String> dataItems, long persons, Long personsMax, List<String> incidentTypes, String cause,
            List<PartyRef> principals, List<PartyRef> entrustees, List<TimelineEntry> timeline) {
        this(incidentId, title, reporterId, reporterName, role, occurredOn, discoveredOn, knownOn, containedOn, kind,
                discoverer, appiCategories, myNumberCategories, reportable, dataItems, persons, personsMax,
                incidentTypes, cause, principals, entrustees, timeline, null, null);
    }

    /**
     * The forensic findings recorded for the incident (ruled out, confirmed, narrowed), oldest first, with the day
     * each was found: read from the timeline's coded events, whose first parameter is that day.
     */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (TimelineEntry e : timeline) {
            if (!e.code().startsWith(FINDING_PREFIX)) {
                continue;
            }
            ForensicResult.Outcome outcome;
            try {
                outcome = ForensicResult.Outcome.valueOf(e.code().substring(FINDING_PREFIX.length())
                        .toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notAnOutcome) {
                continue;
            }
            LocalDate on;
            try {
                on = e.params().isEmpty() ? null : LocalDate.parse(e.params().get(0));
            } catch (DateTimeParseException notADate) {
                on = null;
            }
            out.add(new Finding(on == null ? JapanTime.dateOf(e.occurredAt()) : on, outcome));
        }
        out.sort(Comparator.comparing(Finding::on));
        return out;
    }

    private static final String FINDING_PREFIX = "forensic.";

    /** One forensic finding: what the investigation found and on which day. */
    public record Finding(LocalDate on, ForensicResult.Outcome outcome) {
    }

    /** An operator named in the report, by its register id. */
    public record PartyRef(long operatorId, String name) {
    }
}
