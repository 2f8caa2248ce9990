package org.itaku.incident;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;

/**
 * What is known about an incident as a whole: where it happened (an operator of the register), what happened and
 * when. The head-counts and items of each operator it reaches live in its {@link Party}; ad-hoc items and a count
 * are for incidents the register does not cover (a mis-sent e-mail, a lost paper file).
 *
 * @param certainty           CONFIRMED or POSSIBLE (Rules Art. 7 "発生し、又は発生したおそれがある"), or RULED_OUT
 *                            when forensics showed it did not happen (nothing is owed then, but a 速報 already
 *                            filed is completed by a 確報 stating so)
 * @param unauthorizedPurpose an explicit answer on 不正の目的 (Rules Art. 7(iii)); null derives it from the types
 * @param strongEncryption    encryption proven to meet the PPC test (Rules Art. 7(i) parenthetical) for all data
 */
public record IncidentFacts(String title, long operatorId, BreachEvent event, Certainty certainty, Discoverer discoverer,
        LocalDate occurredOn, LocalDate discoveredOn, LocalDate containedOn, Set<IncidentType> incidentTypes,
        String cause, Set<LeakIndicator> indicators, Boolean unauthorizedPurpose, boolean strongEncryption,
        boolean publiclyViewable, boolean acquiring, Set<DataItem> adhocItems, Long adhocPersons) {

    public IncidentFacts {
        title = Texts.required(title, "incident.field.title", 300);
        if (operatorId <= 0) {
            throw new IncidentRuleException("incident.rule.facts.operator");
        }
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(discoverer, "discoverer");
        if (discoveredOn == null) {
            throw new IncidentRuleException("incident.rule.facts.discoveredOn");
        }
        if (occurredOn != null && occurredOn.isAfter(discoveredOn)) {
            throw new IncidentRuleException("incident.rule.facts.occurredAfterDiscovery");
        }
        if (containedOn != null && occurredOn != null && containedOn.isBefore(occurredOn)) {
            throw new IncidentRuleException("incident.rule.facts.containedBeforeOccurrence");
        }
        incidentTypes = copy(incidentTypes, IncidentType.class);
        cause = Texts.optional(cause, 4000);
        indicators = copy(indicators, LeakIndicator.class);
        adhocItems = copy(adhocItems, DataItem.class);
        if (adhocPersons != null && adhocPersons < 0) {
            throw new IncidentRuleException("incident.rule.persons");
        }
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(type))
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** The PPC form's 発生事案: 漏えい, 漏えいのおそれ, and so on; "_ruled_out" when forensics ruled it out. */
    public String kindCode() {
        return event.code() + switch (certainty) {
            case POSSIBLE -> "_possible";
            case RULED_OUT -> "_ruled_out";
            case CONFIRMED -> "";
        };
    }

    IncidentFacts withCertainty(Certainty next) {
        return new IncidentFacts(title, operatorId, event, next, discoverer, occurredOn, discoveredOn, containedOn,
                incidentTypes, cause, indicators, unauthorizedPurpose, strongEncryption, publiclyViewable, acquiring,
                adhocItems, adhocPersons);
    }
}
