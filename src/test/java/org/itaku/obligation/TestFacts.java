package org.itaku.obligation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/** A readable way to write facts in tests: defaults are a confirmed leak at a private principal, nothing special. */
final class TestFacts {

    private OperatorKind operatorKind = OperatorKind.PRIVATE;
    private EntrustmentRole role = EntrustmentRole.PRINCIPAL;
    private LocalDate knownOn;
    private BreachEvent event = BreachEvent.LEAK;
    private Certainty certainty = Certainty.CONFIRMED;
    private Set<DataItem> dataItems = EnumSet.of(DataItem.NAME);
    private int persons;
    private Integer personsMax;
    private Set<IncidentType> incidentTypes = EnumSet.noneOf(IncidentType.class);
    private Boolean unauthorizedPurpose;
    private boolean strongEncryption;
    private boolean publiclyViewable;
    private boolean acquiring;
    private LocalDate notifiedPrincipalOn;
    private Integer myNumberPersons;
    private Set<MyNumberMisuse> myNumberMisuse = EnumSet.noneOf(MyNumberMisuse.class);
    private boolean myNumberSystem;
    private boolean ordinanceSpecialCare;
    private boolean credentialsMoveMoney;

    static TestFacts known(String date) {
        TestFacts facts = new TestFacts();
        facts.knownOn = LocalDate.parse(date);
        return facts;
    }

    TestFacts operator(OperatorKind kind) {
        operatorKind = kind;
        return this;
    }

    TestFacts entrustee() {
        role = EntrustmentRole.ENTRUSTEE;
        return this;
    }

    TestFacts event(BreachEvent e) {
        event = e;
        return this;
    }

    TestFacts certainty(Certainty c) {
        certainty = c;
        return this;
    }

    TestFacts items(DataItem... items) {
        dataItems = EnumSet.noneOf(DataItem.class);
        dataItems.addAll(Set.of(items));
        return this;
    }

    TestFacts persons(int n) {
        persons = n;
        return this;
    }

    TestFacts personsMax(int n) {
        personsMax = n;
        return this;
    }

    TestFacts types(IncidentType... types) {
        incidentTypes = EnumSet.noneOf(IncidentType.class);
        incidentTypes.addAll(Set.of(types));
        return this;
    }

    TestFacts unauthorizedPurpose(Boolean value) {
        unauthorizedPurpose = value;
        return this;
    }

    TestFacts encrypted() {
        strongEncryption = true;
        return this;
    }

    TestFacts publiclyViewable() {
        publiclyViewable = true;
        return this;
    }

    TestFacts acquiring() {
        acquiring = true;
        return this;
    }

    TestFacts notifiedPrincipalOn(String date) {
        notifiedPrincipalOn = LocalDate.parse(date);
        return this;
    }

    TestFacts myNumberPersons(int n) {
        myNumberPersons = n;
        return this;
    }

    TestFacts misuse(MyNumberMisuse... acts) {
        myNumberMisuse = EnumSet.noneOf(MyNumberMisuse.class);
        myNumberMisuse.addAll(Set.of(acts));
        return this;
    }

    TestFacts myNumberSystem() {
        myNumberSystem = true;
        return this;
    }

    TestFacts ordinanceSpecialCare() {
        ordinanceSpecialCare = true;
        return this;
    }

    TestFacts credentialsMoveMoney() {
        credentialsMoveMoney = true;
        return this;
    }

    Facts build() {
        return new Facts(operatorKind, role, knownOn, event, certainty, dataItems, persons, personsMax, incidentTypes,
                unauthorizedPurpose, strongEncryption, publiclyViewable, acquiring, notifiedPrincipalOn, myNumberPersons,
                myNumberMisuse, myNumberSystem, ordinanceSpecialCare, credentialsMoveMoney);
    }
}
