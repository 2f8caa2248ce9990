package org.itaku.incident.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.IncidentRuleException;
import org.itaku.incident.LeakIndicator;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;

/**
 * The incident form, as bound from the page or read as JSON. Codes are the glossary's (lower case for kinds and
 * types, upper case for items); {@link #toFacts()} lets the records judge them.
 */
public class IncidentForm {

    public String title;
    public Long operatorId;
    public String event = "leak";
    public String certainty = "confirmed";
    public String discoverer = "SELF";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate occurredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate discoveredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate containedOn;
    public List<String> incidentTypes = List.of();
    public String cause;
    public List<String> indicators = List.of();
    /** "true", "false", or empty to derive it from the types. */
    public String unauthorizedPurpose;
    public boolean strongEncryption;
    public boolean publiclyViewable;
    public boolean acquiring;
    public List<String> adhocItems = List.of();
    public Long adhocPersons;

    // Getters and setters for form binding; the fields stay public for JSON.
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public Long getOperatorId() { return operatorId; }
    public void setOperatorId(Long v) { operatorId = v; }
    public String getEvent() { return event; }
    public void setEvent(String v) { event = v; }
    public String getCertainty() { return certainty; }
    public void setCertainty(String v) { certainty = v; }
    public String getDiscoverer() { return discoverer; }
    public void setDiscoverer(String v) { discoverer = v; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate v) { occurredOn = v; }
    public LocalDate getDiscoveredOn() { return discoveredOn; }
    public void setDiscoveredOn(LocalDate v) { discoveredOn = v; }
    public LocalDate getContainedOn() { return containedOn; }
    public void setContainedOn(LocalDate v) { containedOn = v; }
    public List<String> getIncidentTypes() { return incidentTypes; }
    public void setIncidentTypes(List<String> v) { incidentTypes = v; }
    public String getCause() { return cause; }
    public void setCause(String v) { cause = v; }
    public List<String> getIndicators() { return indicators; }
    public void setIndicators(List<String> v) { indicators = v; }
    public String getUnauthorizedPurpose() { return unauthorizedPurpose; }
    public void setUnauthorizedPurpose(String v) { unauthorizedPurpose = v; }
    public boolean isStrongEncryption() { return strongEncryption; }
    public void setStrongEncryption(boolean v) { strongEncryption = v; }
    public boolean isPubliclyViewable() { return publiclyViewable; }
    public void setPubliclyViewable(boolean v) { publiclyViewable = v; }
    public boolean isAcquiring() { return acquiring; }
    public void setAcquiring(boolean v) { acquiring = v; }
    public List<String> getAdhocItems() { return adhocItems; }
    public void setAdhocItems(List<String> v) { adhocItems = v; }
    public Long getAdhocPersons() { return adhocPersons; }
    public void setAdhocPersons(Long v) { adhocPersons = v; }

    public IncidentFacts toFacts() {
        return new IncidentFacts(title, operatorId == null ? 0 : operatorId, constant(BreachEvent.class, event, "event"),
                constant(Certainty.class, certainty, "certainty"), constant(Discoverer.class, discoverer, "discoverer"),
                occurredOn, discoveredOn, containedOn, set(IncidentType.class, incidentTypes, "incident_types"), cause,
                set(LeakIndicator.class, indicators, "indicators"),
                unauthorizedPurpose == null || unauthorizedPurpose.isBlank() ? null : Boolean.valueOf(unauthorizedPurpose),
                strongEncryption, publiclyViewable, acquiring, set(DataItem.class, adhocItems, "adhoc_items"),
                adhocPersons);
    }

    static IncidentForm of(IncidentFacts f) {
        IncidentForm form = new IncidentForm();
        form.title = f.title();
        form.operatorId = f.operatorId();
        form.event = f.event().code();
        form.certainty = f.certainty().code();
        form.discoverer = f.discoverer().name();
        form.occurredOn = f.occurredOn();
        form.discoveredOn = f.discoveredOn();
        form.containedOn = f.containedOn();
        form.incidentTypes = f.incidentTypes().stream().map(IncidentType::code).toList();
        form.cause = f.cause();
        form.indicators = f.indicators().stream().map(Enum::name).toList();
        form.unauthorizedPurpose = f.unauthorizedPurpose() == null ? "" : f.unauthorizedPurpose().toString();
        form.strongEncryption = f.strongEncryption();
        form.publiclyViewable = f.publiclyViewable();
        form.acquiring = f.acquiring();
        form.adhocItems = f.adhocItems().stream().map(DataItem::code).toList();
        form.adhocPersons = f.adhocPersons();
        return form;
    }

    static <E extends Enum<E>> E constant(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new IncidentRuleException("incident.rule.fieldRequired", field);
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IncidentRuleException("incident.rule.fieldUnknownCode", field, code);
        }
    }

    static <E extends Enum<E>> Set<E> set(Class<E> type, List<String> codes, String field) {
        Set<E> set = EnumSet.noneOf(type);
        if (codes != null) {
            codes.stream().filter(c -> c != null && !c.isBlank()).forEach(c -> set.add(constant(type, c, field)));
        }
        return set;
    }
}
