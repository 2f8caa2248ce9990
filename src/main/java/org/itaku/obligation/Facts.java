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
 * @param event               漏えい・滅失・毀損; null only where the event is a My Number misuse alone
 * @param knownOn             知った日: the day any department knew (day 1 of the clock, GL 3-5-3-3)
 * @param persons             本人の数 as counted now
 * @param personsMax          the maximum possible count when the count cannot be fixed (GL 3-5-3-1 (4)), or null
 * @param unauthorizedPurpose an explicit answer on 不正の目的; null to derive it from the incident types
 * @param publiclyViewable    viewable by an unspecified number of people (My Number Rule Art. 2(iii))
 * @param acquiring           the data were being acquired, not yet held as personal data (e.g. web skimming)
 * @param notifiedPrincipalOn for an entrustee, the day it notified its principal (APPI Art. 26(1) proviso); for a
 *                            principal, the day its entrustee's notice arrived (GL 3-5-3-5); or null
 * @param myNumberPersons     本人の数 of the persons whose My Number is involved (My Number Rule Art. 2(iv) counts
 *                            特定個人情報に係る本人の数, not the whole data set); null when not counted separately
 * @param myNumberMisuse      use contrary to My Number Act Art. 9 or provision contrary to Art. 19 (or their
 *                            possibility), reportable under My Number Rule Art. 2(ii) and (iv) beside 漏えい等
 * @param myNumberSystem      the My Numbers are recorded in a system of My Number Rule Art. 2(i) (the information
 *                            provision network, or the systems used for 個人番号利用事務 / a public body's
 *                            個人番号関係事務); item 1 applies only then
 * @param ordinanceSpecialCare the data include 条例要配慮個人情報 of a local public body (Rules Art. 43(v));
 *                            only for public bodies
 * @param credentialsMoveMoney the leaked ID and password open a service with remittance or payment functions
 *                            (GL 3-5-3-1 (2) 事例2), which makes them Rules Art. 7(ii) data
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
        LocalDate notifiedPrincipalOn,
        Integer myNumberPersons,
        Set<MyNumberMisuse> myNumberMisuse,
        boolean myNumberSystem,
        boolean ordinanceSpecialCare,
        boolean credentialsMoveMoney) {

    /** The earliest and latest awareness dates the rule sets and the calendar can answer for. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 10, 31);

    public Facts {
        required("operator_kind", operatorKind);
        required("role", role);
        required("known_on", knownOn);
        if (event == null && (myNumberMisuse == null || myNumberMisuse.isEmpty())) {
            // My Number Rule Art. 2(ii)(iv): a use or provision contrary to Arts. 9/19 is reportable without 漏えい等.
            throw new InvalidFactsException("event", "is required (unless my_number_misuse names the event)");
        }
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
        myNumberMisuse = myNumberMisuse == null || myNumberMisuse.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(myNumberMisuse));
        boolean myNumbers = dataItems.contains(DataItem.MY_NUMBER);
        if (myNumberPersons != null) {
            if (!myNumbers) {
                throw new InvalidFactsException("my_number_persons", "needs MY_NUMBER among data_items");
            }
            if (myNumberPersons < 0) {
                throw new InvalidFactsException("my_number_persons", "must not be negative");
            }
            int all = personsMax != null ? personsMax : persons;
            if (myNumberPersons > all) {
                throw new InvalidFactsException("my_number_persons", "must not exceed the persons affected (" + all + ")");
            }
        }
        if (!myNumbers && (!myNumberMisuse.isEmpty() || myNumberSystem)) {
            throw new InvalidFactsException(myNumberSystem ? "my_number_system" : "my_number_misuse",
                    "needs MY_NUMBER among data_items");
        }
        if (ordinanceSpecialCare && operatorKind != OperatorKind.PUBLIC_BODY) {
            // Rules Art. 43(v) is an item of the public-sector rules; ordinances bind local public bodies only.
            throw new InvalidFactsException("ordinance_special_care", "applies only to public bodies (operator_kind public_body)");
        }
        if (credentialsMoveMoney && !dataItems.contains(DataItem.CREDENTIALS)) {
            throw new InvalidFactsException("credentials_move_money", "needs CREDENTIALS among data_items");
        }
        dataItems = dataItems.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(dataItems));
        incidentTypes = incidentTypes.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(incidentTypes));
    }

    /** The facts as first defined, without the My Number details, ordinance data or payment credentials. */
    public Facts(OperatorKind operatorKind, EntrustmentRole role, LocalDate knownOn, BreachEvent event,
            Certainty certainty, Set<DataItem> dataItems, int persons, Integer personsMax,
            Set<IncidentType> incidentTypes, Boolean unauthorizedPurpose, boolean strongEncryption,
            boolean publiclyViewable, boolean acquiring, LocalDate notifiedPrincipalOn) {
        this(operatorKind, role, knownOn, event, certainty, dataItems, persons, personsMax, incidentTypes,
                unauthorizedPurpose, strongEncryption, publiclyViewable, acquiring, notifiedPrincipalOn, null, Set.of(),
                false, false, false);
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

    /**
     * The head-count of My Number Rule Art. 2(iv): the persons whose My Number is involved when they were counted,
     * else the count of the whole data set (the larger, so a missing count never hides a report).
     */
    int myNumberCountForThreshold() {
        return myNumberPersons != null ? myNumberPersons : countForThreshold();
    }

    boolean hasAny(java.util.function.Predicate<DataItem> flag) {
        return dataItems.stream().anyMatch(flag);
    }
}
