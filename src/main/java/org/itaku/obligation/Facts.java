package org.itaku.obligation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * What the operator knows about one breach event, as of {@code knownOn}. Invalid combinations never get past the
 * constructor; every error names the JSON field it comes from.
 *
 * @param knownOn             知った日: the day any department knew (day 1 of the clock, GL 3-5-3-3)
 * @param persons             本人の数 as counted now
 * @param personsMax          the maximum possible count when the count cannot be fixed (GL 3-5-3-1 (4)), or null
 * @param unauthorizedPurpose an explicit answer on 不正の目的; null to derive it from the incident types
 * @param publiclyViewable    viewable by an unspecified number of people (My Number Rule Art. 2(iii))
 * @param acquiring           the data were being acquired, not yet held as personal data (e.g. web skimming)
 * @param notifiedPrincipalOn for an entrustee, the day it notified its principal (APPI Art. 26(1) proviso); for a
 *                            principal, the day its entrustee's notice arrived (GL 3-5-3-5); or null
 */
public record Facts(
        OperatorKind operatorKind,
        EntrustmentRole role,
        LocalDate knownOn,
        BreachEvent event,
        Certainty certainty,
        Set<DataItem> dataItems,
        int persons,
        Integer personsMax,
        Set<IncidentType> incidentTypes,
        Boolean unauthorizedPurpose,
        boolean strongEncryption,
        boolean publiclyViewable,
        boolean acquiring,
        LocalDate notifiedPrincipalOn) {

    /** The earliest and latest awareness dates the rule sets and the calendar can answer for. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 10, 31);

    public Facts {
        required("operator_kind", operatorKind);
        required("role", role);
        required("known_on", knownOn);
        required("event", event);
        required("certainty", certainty);
        required("data_items", dataItems);
        required("incident_types", incidentTypes);
        if (knownOn.isBefore(EARLIEST) || knownOn.isAfter(LATEST)) {
            throw new InvalidFactsException("known_on", "must lie between " + EARLIEST + " and " + LATEST);
        }
        if (persons < 0) {
            throw new InvalidFactsException("persons", "must not be negative");
        }
        if (personsMax != null && personsMax < persons) {
            throw new InvalidFactsException("persons_max", "must not be less than persons (" + persons + ")");
        }
        if (notifiedPrincipalOn != null) {
            if (role == EntrustmentRole.ENTRUSTEE && notifiedPrincipalOn.isBefore(knownOn)) {
                throw new InvalidFactsException("notified_principal_on",
                        "an entrustee cannot notify its principal before it knew (known_on)");
            }
            if (notifiedPrincipalOn.isBefore(EARLIEST)) {
                throw new InvalidFactsException("notified_principal_on", "must not be before " + EARLIEST);
            }
        }
        dataItems = dataItems.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(dataItems));
        incidentTypes = incidentTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(incidentTypes));
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidFactsException(field, "is required");
        }
    }

    /**
     * 知った日, day 1 of the clocks. A principal knows at the latest when its entrustee's notice arrives
     * (GL 3-5-3-5), so for a principal the earlier of known_on and notified_principal_on counts.
     */
    public LocalDate awarenessDate() {
        if (role == EntrustmentRole.PRINCIPAL && notifiedPrincipalOn != null && notifiedPrincipalOn.isBefore(knownOn)) {
            return notifiedPrincipalOn;
        }
        return knownOn;
    }

    /** The head-count that decides the threshold items: the maximum possible count when one is given. */
    int countForThreshold() {
        return personsMax != null ? personsMax : persons;
    }

    boolean hasAny(java.util.function.Predicate<DataItem> flag) {
        return dataItems.stream().anyMatch(flag);
    }
}
