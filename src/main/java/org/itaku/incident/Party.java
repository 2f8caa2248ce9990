package org.itaku.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Facts;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.JapanTime;

/**
 * One operator an incident reaches, with its own facts: the operator where it happened, or a principal upstream in
 * the entrustment chain. Each counts its own persons and items (GL 3-5-3-1 (4): "当該個人情報取扱事業者が取り扱う").
 *
 * @param path             operator ids from this operator down to the one where it happened
 * @param knownOn          the day it knew, when entered; otherwise derived (see {@link #awarenessDate})
 * @param noticeReceivedAt when the first entrustee's notice arrived (starts a principal's clock at the latest,
 *                         GL 3-5-3-5)
 * @param notifiedPrincipalsAt when this operator, as entrustee, notified its principals (APPI Art. 26(1) proviso)
 * @param stateId          the stored row its items, notices and verdict were read from, which parties alike in them
 *                         share (0 for a party not stored yet; see {@link Parties})
 */
public record Party(long operatorId, String operatorName, OperatorKind kind, EntrustmentRole role, int distance,
        List<Long> path, Set<DataItem> items, long persons, Long personsMax, boolean strongEncryption, LocalDate knownOn,
        Instant noticeReceivedAt, Long noticeReceivedFrom, Instant notifiedPrincipalsAt, Verdict verdict, long stateId) {

    /**
     * The outcome of the party's latest evaluation, kept on its (shared) state row so that pages count and filter by
     * decision without judging every party again.
     */
    public record Verdict(boolean reportable, List<Integer> appiCategories, List<Integer> myNumberCategories,
            String exemption) {

        public Verdict {
            appiCategories = List.copyOf(appiCategories);
            myNumberCategories = List.copyOf(myNumberCategories);
        }

        static Verdict of(org.itaku.obligation.Decision d) {
            return new Verdict(d.reportable(), d.appiCategories(), d.myNumberCategories(), d.exemption());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Verdict v && reportable == v.reportable && appiCategories.equals(v.appiCategories)
                    && myNumberCategories.equals(v.myNumberCategories) && Objects.equals(exemption, v.exemption);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportable, appiCategories, myNumberCategories, exemption);
        }
    }

    public Party {
        operatorName = Texts.required(operatorName, "incident.field.operatorName", 300);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        path = List.copyOf(path);
        items = items == null || items.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(items));
        if (persons < 0) {
            throw new IncidentRuleException("incident.rule.persons");
        }
        if (personsMax != null && personsMax < persons) {
            throw new IncidentRuleException("incident.rule.party.maximum");
        }
    }

    /** Glossary codes of the items, for forms. */
    public Set<String> itemCodes() {
        return items.stream().map(DataItem::code).collect(java.util.stream.Collectors.toSet());
    }

    /** The operator where the incident happened. */
    public boolean isSite() {
        return distance == 0;
    }

    /** Dates of notices and awareness are counted in Japan (行政機関の休日に関する法律 counts Japanese days). */
    public Optional<LocalDate> noticeReceivedOn() {
        return Optional.ofNullable(noticeReceivedAt).map(JapanTime::dateOf);
    }

    public Optional<LocalDate> notifiedPrincipalsOn() {
        return Optional.ofNullable(notifiedPrincipalsAt).map(JapanTime::dateOf);
    }

    /**
     * 知った日 as far as the record shows: the date entered; for the operator where it happened, the discovery date;
     * for an operator up the chain, the day an entrustee's notice arrived. Empty while it has not learned of it.
     */
    public Optional<LocalDate> awarenessDate(LocalDate discoveredOn) {
        if (knownOn != null) {
            return Optional.of(knownOn);
        }
        if (isSite()) {
            return Optional.of(discoveredOn);
        }
        return noticeReceivedOn();
    }

    /** This operator's facts for the engine, or empty while it does not know. */
    public Optional<Facts> facts(IncidentFacts incident) {
        return factKey(incident.discoveredOn()).map(k -> k.facts(incident));
    }

    /**
     * What this operator's facts take from the party itself, or empty while it does not know: parties with equal keys
     * have equal facts in the same incident, so a case judges each key once (170,000 clients at a vendor share a few
     * hundred).
     */
    Optional<FactKey> factKey(LocalDate discoveredOn) {
        Optional<LocalDate> known = awarenessDate(discoveredOn);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day1 = known.get();
        LocalDate notified;
        if (role == EntrustmentRole.PRINCIPAL) {
            // For a principal the engine's notified_principal_on is the day the entrustee's notice arrived.
            notified = noticeReceivedOn().orElse(null);
        } else {
            // An entrustee cannot have notified before it knew; a notice logged that day counts from day 1.
            notified = notifiedPrincipalsOn().map(d -> d.isBefore(day1) ? day1 : d).orElse(null);
        }
        return Optional.of(new FactKey(kind, role, day1, items, persons, personsMax, strongEncryption, notified));
    }

    /** The party's part of its facts (see {@link #factKey}). */
    record FactKey(OperatorKind kind, EntrustmentRole role, LocalDate day1, Set<DataItem> items, long persons,
            Long personsMax, boolean strongEncryption, LocalDate notified) {

        @Override
        public boolean equals(Object o) {
            return o instanceof FactKey k && kind == k.kind && role == k.role && persons == k.persons
                    && strongEncryption == k.strongEncryption && Objects.equals(day1, k.day1) && items.equals(k.items)
                    && Objects.equals(personsMax, k.personsMax) && Objects.equals(notified, k.notified);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, role, day1, items, persons, personsMax, strongEncryption, notified);
        }

        Facts facts(IncidentFacts incident) {
            return new Facts(kind, role, day1, incident.event(), incident.certainty(), items, clamp(persons),
                    personsMax == null ? null : clamp(personsMax), incident.incidentTypes(),
                    incident.unauthorizedPurpose(), strongEncryption || incident.strongEncryption(),
                    incident.publiclyViewable(), incident.acquiring(), notified);
        }
    }

    private static int clamp(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }

    Party withFacts(EntrustmentRole newRole, Set<DataItem> newItems, long newPersons, Long newMax, boolean strong,
            LocalDate newKnownOn) {
        return new Party(operatorId, operatorName, kind, newRole, distance, path, newItems, newPersons, newMax, strong,
                newKnownOn, noticeReceivedAt, noticeReceivedFrom, notifiedPrincipalsAt, verdict, stateId);
    }

    /** The entrustee whose notice reaches this party: the next operator down its path (null at the site). */
    public Long entrusteeId() {
        return path.size() > 1 ? path.get(1) : null;
    }

    /** A notice from {@code from} arrived at {@code at}; the earliest notice starts the clock (GL 3-5-3-5). */
    Party noticeReceived(long from, Instant at) {
        if (noticeReceivedAt != null && !at.isBefore(noticeReceivedAt)) {
            return this;
        }
        return new Party(operatorId, operatorName, kind, role, distance, path, items, persons, personsMax,
                strongEncryption, knownOn, at, from, notifiedPrincipalsAt, verdict, stateId);
    }

    /** As entrustee, it notified its principals at {@code at}; the earliest notice is the one that relieves it. */
    Party notifiedPrincipals(Instant at) {
        if (notifiedPrincipalsAt != null && !at.isBefore(notifiedPrincipalsAt)) {
            return this;
        }
        return new Party(operatorId, operatorName, kind, role, distance, path, items, persons, personsMax,
                strongEncryption, knownOn, noticeReceivedAt, noticeReceivedFrom, at, verdict, stateId);
    }

    Party judged(Verdict newVerdict) {
        return new Party(operatorId, operatorName, kind, role, distance, path, items, persons, personsMax,
                strongEncryption, knownOn, noticeReceivedAt, noticeReceivedFrom, notifiedPrincipalsAt, newVerdict, stateId);
    }

    /** The same party, stored on another state row. */
    Party storedIn(long newStateId) {
        return new Party(operatorId, operatorName, kind, role, distance, path, items, persons, personsMax,
                strongEncryption, knownOn, noticeReceivedAt, noticeReceivedFrom, notifiedPrincipalsAt, verdict, newStateId);
    }
}
