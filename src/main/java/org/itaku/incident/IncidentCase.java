package org.itaku.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.itaku.entrustment.Impact;
import org.itaku.entrustment.OperatorRef;
import org.itaku.entrustment.RegisterFacts;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.Decision;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Facts;
import org.itaku.obligation.IncidentType;
import org.itaku.obligation.InvalidFactsException;
import org.itaku.obligation.Obligation;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * One incident with every operator it reaches and every obligation they owe, loaded once and changed in memory.
 * Its methods are pure: no database, no clock, no Spring. Each state change is guarded here (a closed case refuses
 * every change) and records what it changed, so that {@link Incidents} writes only that, in batches, and the
 * timeline gets one event per change (a code with parameters, worded by the message bundles).
 *
 * <p>Everything is linear in the number of parties: an incident at a SaaS vendor reaches 3,400 offices and 170,000
 * of their clients.
 */
final class IncidentCase {

    /** A timeline event as a message code and its parameters ("msg:" parameters are message keys themselves). */
    record Event(String code, List<String> params) {
        Event {
            Objects.requireNonNull(code, "code");
            params = List.copyOf(params);
        }

        static Event of(String code, Object... params) {
            List<String> list = new ArrayList<>(params.length);
            for (Object p : params) {
                list.add(String.valueOf(p));
            }
            return new Event(code, list);
        }
    }

    /** A settled-or-open row replaced by its next state; the old state goes to the history. */
    record DutyChange(Duty before, Duty after) {
    }

    /** What one re-evaluation changed, for the repository to write and the timeline to tell. */
    record Judgement(List<Evaluation> evaluations, List<Duty> inserted, List<DutyChange> replaced, int decided,
            int reportableBefore, int reportableAfter, int finalsKept) {

        Event event() {
            return finalsKept > 0
                    ? Event.of("decisions.changed.finalKept", reportableBefore, reportableAfter, decided, finalsKept)
                    : Event.of("decisions.changed", reportableBefore, reportableAfter, decided);
        }
    }

    /** Notices recorded by one step: who sent, to how many, and how many of those learnt of it only now. */
    record Notices(List<Notice> log, int senders, int firstReceived) {
    }

    private Incident incident;
    private final Map<Long, Party> parties;
    private final Map<Long, List<Duty>> duties;
    /** Each changed party as it was loaded (or as it was at the last {@link #takeChanges}). */
    private final Map<Long, Party> before = new HashMap<>();
    private Map<Long, List<Long>> principalsOf;

    IncidentCase(Incident incident, Collection<Party> parties, Collection<Duty> duties) {
        this.incident = Objects.requireNonNull(incident, "incident");
        this.parties = new LinkedHashMap<>(parties.size() * 2);
        parties.forEach(p -> this.parties.put(p.operatorId(), p));
        this.duties = new HashMap<>();
        duties.forEach(d -> this.duties.computeIfAbsent(d.operatorId(), k -> new ArrayList<>(4)).add(d));
    }

    Incident incident() {
        return incident;
    }

    Collection<Party> parties() {
        return parties.values();
    }

    Optional<Party> party(long operatorId) {
        return Optional.ofNullable(parties.get(operatorId));
    }

    /**
     * Parties changed since loading (or since the last call), each with what it was, for the repository to write, in
     * the order they were loaded (distance, then operator): the writes then walk the party key's index forwards
     * instead of jumping about it in hash order, 170,000 times at a vendor.
     */
    List<Parties.Change> takeChanges() {
        List<Parties.Change> out = new ArrayList<>(before.size());
        for (Party p : parties.values()) {
            Party was = before.get(p.operatorId());
            if (was != null) {
                out.add(new Parties.Change(was, p));
            }
        }
        before.clear();
        return out;
    }

    /** The state rows the repository put parties on (by operator); not a change of the case. */
    void stored(Map<Long, Long> stateIds) {
        stateIds.forEach((operator, state) -> parties.computeIfPresent(operator, (k, p) -> p.storedIn(state)));
    }

    // ---- building the parties from the register

    /**
     * The parties an impact answer gives: the operator where it happened, then every principal upstream. Linear: the
     * operators that are someone's entrustee are found in one pass over the paths, each principal's own share comes
     * with the impact, and the operators' kinds from one read ({@link RegisterFacts}).
     */
    static List<Party> partiesFrom(IncidentFacts facts, Impact impact, RegisterFacts register) {
        long siteId = facts.operatorId();
        Map<Long, Impact.AffectedHolding> holdingsById = new HashMap<>();
        impact.holdings().forEach(h -> holdingsById.put(h.holdingId(), h));

        Set<DataItem> siteItems = EnumSet.noneOf(DataItem.class);
        long persons = 0;
        long upper = 0;
        boolean ownData = impact.holdings().isEmpty();
        Map<Set<DataItem>, Set<DataItem>> itemsCache = new HashMap<>();
        for (Impact.AffectedHolding h : impact.holdings()) {
            siteItems.addAll(items(h.items(), itemsCache));
            persons += h.persons().value();
            upper += h.persons().upperBound();
            ownData |= h.principal().id() == siteId;
        }
        siteItems.addAll(facts.adhocItems());
        if (facts.adhocPersons() != null) {
            persons += facts.adhocPersons();
            upper += facts.adhocPersons();
        }
        boolean siteStrong = !impact.holdings().isEmpty()
                && impact.holdings().stream().allMatch(Impact.AffectedHolding::strongEncryption);
        // An operator that is the next link down from another principal holds that principal's data: an entrustee.
        Set<Long> entrustees = new HashSet<>();
        for (Impact.AffectedPrincipal p : impact.principals()) {
            if (p.path().size() > 1) {
                entrustees.add(p.path().get(1).id());
            }
        }
        List<Party> result = new ArrayList<>(impact.principals().size() + 1);
        // Holding someone else's data at the site makes it an entrustee (APPI Art. 26(1) proviso applies to it).
        result.add(new Party(siteId, impact.operator().name(), kindOf(register, siteId),
                ownData ? EntrustmentRole.PRINCIPAL : EntrustmentRole.ENTRUSTEE, 0, List.of(siteId), siteItems, persons,
                upper > persons ? upper : null, siteStrong, null, null, null, null, null, 0));

        for (Impact.AffectedPrincipal p : impact.principals()) {
            long pid = p.operator().id();
            if (pid == siteId) {
                continue;
            }
            long own = p.persons();
            long ownUpper = p.personsUpperBound();
            Set<DataItem> ownItems = items(p.items(), itemsCache);
            if (p.distance() >= 2) {
                // Impact sums the whole holding for every principal above it (an upper bound). What this principal
                // entrusted to the next operator down is its own share: GL 3-5-3-1 (4) counts its own persons.
                Impact.OwnShare share = p.ownShare();
                if (share != null) {
                    own = Math.min(own, share.persons());
                    ownUpper = Math.min(ownUpper, share.personsUpperBound());
                    Set<DataItem> theirs = EnumSet.copyOf(items(share.items(), itemsCache));
                    theirs.retainAll(ownItems);
                    if (!theirs.isEmpty() && !theirs.equals(ownItems)) {
                        ownItems = theirs;
                    }
                }
            }
            boolean strong = !p.holdingIds().isEmpty() && p.holdingIds().stream()
                    .allMatch(h -> holdingsById.containsKey(h) && holdingsById.get(h).strongEncryption());
            List<Long> ids = p.path().stream().map(OperatorRef::id).toList();
            result.add(new Party(pid, p.operator().name(), kindOf(register, pid),
                    entrustees.contains(pid) ? EntrustmentRole.ENTRUSTEE : EntrustmentRole.PRINCIPAL, p.distance(),
                    ids, ownItems, own, ownUpper > own ? ownUpper : null, strong, null, null, null, null, null, 0));
        }
        return result;
    }

    /** One unmodifiable copy per distinct item set: at a vendor 170,000 parties share a handful. */
    private static Set<DataItem> items(Set<DataItem> items, Map<Set<DataItem>, Set<DataItem>> cache) {
        return cache.computeIfAbsent(items, c -> java.util.Collections.unmodifiableSet(
                c.isEmpty() ? EnumSet.noneOf(DataItem.class) : EnumSet.copyOf(c)));
    }

    /** The register's operator kind as the duties distinguish it (OTHER is judged as a private operator). */
    private static OperatorKind kindOf(RegisterFacts register, long operatorId) {
        return register.kindOf(operatorId).forDuties();
    }

    // ---- guards

    private void requireChangeable() {
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("incident.transition.closed");
        }
    }

    private Party require(long operatorId) {
        Party p = parties.get(operatorId);
        if (p == null) {
            throw new IncidentNotFoundException("party", operatorId);
        }
        return p;
    }

    private void put(Party p) {
        Party was = parties.put(p.operatorId(), p);
        if (was != null) {
            before.putIfAbsent(p.operatorId(), was);
        }
    }

    // ---- facts

    /**
     * New facts for the whole case. The events say what changed in words a reader of the history understands; the
     * caller re-evaluates every party afterwards.
     */
    List<Event> changeFacts(IncidentFacts next) {
        requireChangeable();
        IncidentFacts old = incident.facts();
        if (next.operatorId() != old.operatorId()) {
            throw new IncidentRuleException("incident.rule.operatorFixed");
        }
        incident = incident.withFacts(next);
        List<Event> events = new ArrayList<>();
        if (old.event() != next.event() || old.certainty() != next.certainty()) {
            events.add(Event.of("facts.kind", "msg:incident.kind." + old.kindCode(), "msg:incident.kind." + next.kindCode()));
        }
        if (!old.incidentTypes().equals(next.incidentTypes())) {
            events.add(Event.of("facts.types", typeKeys(old.incidentTypes()), typeKeys(next.incidentTypes())));
        }
        if (!Objects.equals(old.unauthorizedPurpose(), next.unauthorizedPurpose())) {
            events.add(Event.of("facts.purpose", purposeKey(old.unauthorizedPurpose()), purposeKey(next.unauthorizedPurpose())));
        }
        if (old.strongEncryption() != next.strongEncryption()) {
            events.add(Event.of(next.strongEncryption() ? "facts.encryption.proven" : "facts.encryption.withdrawn"));
        }
        if (!old.adhocItems().equals(next.adhocItems()) || !Objects.equals(old.adhocPersons(), next.adhocPersons())) {
            events.add(Event.of("facts.adhoc", next.adhocItems().size(), next.adhocPersons() == null ? 0 : next.adhocPersons()));
        }
        if (!old.discoveredOn().equals(next.discoveredOn())) {
            events.add(Event.of("facts.discoveredOn", old.discoveredOn(), next.discoveredOn()));
        }
        if (!Objects.equals(old.containedOn(), next.containedOn())) {
            events.add(Event.of("facts.containedOn", next.containedOn() == null ? "-" : next.containedOn()));
        }
        if (!Objects.equals(old.cause(), next.cause()) || !old.title().equals(next.title())
                || old.discoverer() != next.discoverer() || !Objects.equals(old.occurredOn(), next.occurredOn())
                || !old.indicators().equals(next.indicators()) || old.publiclyViewable() != next.publiclyViewable()
                || old.acquiring() != next.acquiring()) {
            events.add(Event.of("facts.details"));
        }
        return events.isEmpty() ? List.of(Event.of("facts.unchanged")) : events;
    }

    private static String typeKeys(Set<IncidentType> types) {
        return types.isEmpty() ? "msg:incident.event.none"
                : String.join("、", types.stream().map(t -> "msg:obligation.type." + t.code()).toList());
    }

    private static String purposeKey(Boolean purpose) {
        return purpose == null ? "msg:incident.field.purpose.derive"
                : purpose ? "msg:incident.field.purpose.yes" : "msg:incident.field.purpose.no";
    }

    /**
     * A forensic finding dated {@code on}: the event ruled out or confirmed, or the data narrowed to fewer items (and,
     * at the operator where it happened, fewer persons). Every party is re-judged afterwards by the caller.
     */
    List<Event> recordForensicResult(ForensicResult result) {
        requireChangeable();
        IncidentFacts f = incident.facts();
        List<Event> events = new ArrayList<>();
        switch (result.outcome()) {
            case RULED_OUT, CONFIRMED -> {
                Certainty certainty = result.outcome() == ForensicResult.Outcome.RULED_OUT ? Certainty.RULED_OUT
                        : Certainty.CONFIRMED;
                incident = incident.withFacts(f.withCertainty(certainty));
                events.add(Event.of("forensic." + result.outcome().code(), result.on(),
                        "msg:incident.kind." + f.kindCode(), "msg:incident.kind." + incident.facts().kindCode()));
            }
            case NARROWED -> {
                int changed = 0;
                for (Party p : List.copyOf(parties.values())) {
                    Set<DataItem> items = p.items();
                    if (!result.items().isEmpty()) {
                        Set<DataItem> kept = items.isEmpty() ? EnumSet.noneOf(DataItem.class) : EnumSet.copyOf(items);
                        kept.retainAll(result.items());
                        items = kept;
                    }
                    long persons = p.persons();
                    Long max = p.personsMax();
                    if (result.persons() != null && result.persons() < persons) {
                        persons = result.persons();
                        max = max == null ? null : Math.max(persons, Math.min(max, result.persons()));
                    }
                    if (!items.equals(p.items()) || persons != p.persons() || !Objects.equals(max, p.personsMax())) {
                        put(p.withFacts(p.role(), items, persons, max, p.strongEncryption(), p.knownOn()));
                        changed++;
                    }
                }
                events.add(Event.of("forensic.narrowed", result.on(), changed,
                        result.items().isEmpty() ? "msg:incident.event.none"
                                : String.join("、", result.items().stream().map(i -> "msg:obligation.item." + i.code()).toList()),
                        result.persons() == null ? "-" : result.persons()));
            }
        }
        if (result.note() != null) {
            events.add(Event.of("note", result.note()));
        }
        return events;
    }

    /** One operator's own facts changed: persons, items, encryption, role, or the day it knew. */
    List<Event> changeParty(long operatorId, EntrustmentRole role, Set<DataItem> items, long persons, Long personsMax,
            boolean strongEncryption, LocalDate knownOn) {
        requireChangeable();
        Party old = require(operatorId);
        Party changed = old.withFacts(role, items, persons, personsMax, strongEncryption, knownOn);
        put(changed);
        String name = old.operatorName();
        List<Event> events = new ArrayList<>();
        if (old.persons() != persons || !Objects.equals(old.personsMax(), personsMax)) {
            events.add(Event.of("party.persons", name, old.persons(), persons));
        }
        if (!old.items().equals(changed.items())) {
            events.add(Event.of("party.items", name, old.items().size(), changed.items().size()));
        }
        if (old.strongEncryption() != strongEncryption) {
            events.add(Event.of(strongEncryption ? "party.encryption.proven" : "party.encryption.withdrawn", name));
        }
        if (old.role() != role) {
            events.add(Event.of("party.role", name, "msg:obligation.role." + old.role().code(),
                    "msg:obligation.role." + role.code()));
        }
        if (!Objects.equals(old.knownOn(), knownOn)) {
            events.add(Event.of("party.knownOn", name, knownOn == null ? "-" : knownOn));
        }
        return events.isEmpty() ? List.of(Event.of("party.unchanged", name)) : events;
    }

    // ---- notices down the chain

    /** The parties whose next operator down is {@code operatorId}: the principals it notifies itself. */
    List<Party> directPrincipals(long operatorId) {
        if (principalsOf == null) {
            principalsOf = new HashMap<>();
            for (Party p : parties.values()) {
                Long next = p.entrusteeId();
                if (next != null) {
                    principalsOf.computeIfAbsent(next, k -> new ArrayList<>()).add(p.operatorId());
                }
            }
        }
        return principalsOf.getOrDefault(operatorId, List.of()).stream().map(parties::get).toList();
    }

    /**
     * {@code fromOperatorId} notified its own principals at {@code at} (APPI Art. 26(1) proviso, Rules Art. 9). Only
     * its direct principals receive it: a principal further up learns from its own entrustee, at its own moment
     * (GL 3-5-3-5). Every notice is kept in the log, a later one the same day too; a party's clock starts at the
     * earliest notice it received, and the entrustee's relief rests on its earliest notice.
     */
    Notices notifyPrincipals(long fromOperatorId, Instant at) {
        requireChangeable();
        Party from = require(fromOperatorId);
        List<Party> principals = directPrincipals(fromOperatorId);
        if (principals.isEmpty()) {
            throw new IncidentRuleException("incident.rule.noPrincipal", from.operatorName());
        }
        return send(List.of(from), at);
    }

    /**
     * Every party at {@code distance} that knows of the incident relays it to its own principals at {@code at}: "every
     * office told its clients on D". Parties that do not know yet send nothing.
     */
    Notices relay(int distance, Instant at) {
        requireChangeable();
        List<Party> senders = parties.values().stream()
                .filter(p -> p.distance() == distance && knows(p) && !directPrincipals(p.operatorId()).isEmpty())
                .toList();
        if (senders.isEmpty()) {
            throw new IncidentRuleException("incident.rule.nobodyToRelay", distance);
        }
        return send(senders, at);
    }

    /** Notices from an import: each operator notified its principals at its own moment. */
    Notices recordNotices(Map<Long, Instant> sentAt) {
        requireChangeable();
        List<Notice> log = new ArrayList<>();
        int senders = 0;
        int first = 0;
        for (Map.Entry<Long, Instant> e : sentAt.entrySet()) {
            Party from = require(e.getKey());
            if (directPrincipals(from.operatorId()).isEmpty()) {
                throw new IncidentRuleException("incident.rule.noPrincipal", from.operatorName());
            }
            Notices n = send(List.of(from), e.getValue());
            log.addAll(n.log());
            senders += n.senders();
            first += n.firstReceived();
        }
        return new Notices(log, senders, first);
    }

    private Notices send(List<Party> senders, Instant at) {
        List<Notice> log = new ArrayList<>();
        int first = 0;
        for (Party from : senders) {
            put(from.notifiedPrincipals(at));
            for (Party p : directPrincipals(from.operatorId())) {
                log.add(new Notice(from.operatorId(), p.operatorId(), at));
                Party received = p.noticeReceived(from.operatorId(), at);
                if (received != p) {
                    if (p.noticeReceivedAt() == null) {
                        first++;
                    }
                    put(received);
                }
            }
        }
        return new Notices(log, senders.size(), first);
    }

    private boolean knows(Party p) {
        return p.awarenessDate(incident.facts().discoveredOn()).isPresent();
    }

    // ---- evaluation and the obligations register

    /**
     * Judges every party that knows of the incident and brings its obligations in line: new ones are opened, open
     * ones move with the facts, vanished ones are withdrawn; fulfilled and waived ones are final. Parties with equal
     * facts get the same decision, so the engine runs once per distinct set of facts (a few hundred at a vendor), and
     * what parties take from a decision (verdict, stored categories, obligations) is made once per decision too.
     * An evaluation is kept only where a party's verdict changed.
     *
     * <p>A 速報 already filed keeps its 確報 open even when the event is then ruled out: the final report states the
     * outcome (GL 3-5-3-4; the PPC's Q&A on reports asks for a 確報 after every 速報).
     */
    Judgement reevaluate(Function<Facts, Decision> engine, String trigger, Instant now) {
        Map<Party.FactKey, Object> judged = new HashMap<>();
        List<Evaluation> evaluations = new ArrayList<>();
        List<Duty> inserted = new ArrayList<>();
        List<DutyChange> replaced = new ArrayList<>();
        int decided = 0;
        int before = 0;
        int after = 0;
        int finalsKept = 0;
        IncidentFacts incidentFacts = incident.facts();
        for (Party party : List.copyOf(parties.values())) {
            boolean wasReportable = party.verdict() != null && party.verdict().reportable();
            if (wasReportable) {
                before++;
            }
            Party.FactKey key = party.factKey(incidentFacts.discoveredOn()).orElse(null);
            Object outcome = key == null ? NOT_KNOWN : judged.computeIfAbsent(key, k -> judge(k, incidentFacts, engine));
            if (outcome == NOT_KNOWN || outcome == INVALID_FACTS) {
                if (wasReportable) {
                    after++;
                }
                continue; // does not know yet (GL 3-5-3-5: no clock runs) or cannot be judged: nothing to register
            }
            if (outcome == INVALID_DECISION) {
                continue;
            }
            Judged j = (Judged) outcome;
            Decision decision = j.decision();
            decided++;
            Party.Verdict verdict = j.verdict();
            if (verdict.reportable()) {
                after++;
            }
            if (!verdict.equals(party.verdict())) {
                put(party.judged(verdict));
                evaluations.add(new Evaluation(party.operatorId(), decision.reportable(), j.appiCategories(),
                        j.myNumberCategories(), decision.exemption(), decision.ruleSet(), trigger, now));
            }
            // A party owes a handful of obligations: matched by key in its list, without a map per party.
            List<Duty> rows = duties.getOrDefault(party.operatorId(), List.of());
            boolean[] matched = new boolean[rows.size()];
            List<Duty> next = new ArrayList<>(rows.size() + 4);
            for (int k = 0; k < decision.obligations().size(); k++) {
                Obligation o = decision.obligations().get(k);
                Duty shape = j.shapes().get(k);
                Duty row = null;
                for (int r = 0; r < rows.size() && row == null; r++) {
                    if (!matched[r] && rows.get(r).duty().equals(shape.duty())) {
                        matched[r] = true;
                        row = rows.get(r);
                    }
                }
                if (row == null) {
                    Duty fresh = shape.as(0, party.operatorId());
                    if (o.doneOn() != null) {
                        fresh = fresh.fulfil(o.doneOn());
                    }
                    inserted.add(fresh);
                    next.add(fresh);
                } else if (row.status() == DutyStatus.OPEN || row.status() == DutyStatus.WITHDRAWN) {
                    Duty moved = row;
                    if (row.status() == DutyStatus.WITHDRAWN || !row.sameSchedule(o, decision.ruleSet())) {
                        moved = row.rescheduled(o, decision.ruleSet());
                    }
                    if (o.doneOn() != null) {
                        moved = moved.fulfil(o.doneOn());
                    }
                    if (moved != row) {
                        replaced.add(new DutyChange(row, moved));
                    }
                    next.add(moved);
                } else {
                    next.add(row); // FULFILLED and NOT_REQUIRED are final: later facts do not rewrite history
                }
            }
            boolean preliminaryFiled = false;
            for (Duty d : rows) {
                preliminaryFiled |= d.kind() == Obligation.Kind.PPC_PRELIMINARY && d.status() == DutyStatus.FULFILLED;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (matched[r]) {
                    continue;
                }
                Duty gone = rows.get(r);
                if (gone.isOpen() && gone.kind() == Obligation.Kind.PPC_FINAL && preliminaryFiled) {
                    finalsKept++;
                    next.add(gone);
                } else if (gone.isOpen()) {
                    Duty withdrawn = gone.withdrawn();
                    replaced.add(new DutyChange(gone, withdrawn));
                    next.add(withdrawn);
                } else {
                    next.add(gone);
                }
            }
            duties.put(party.operatorId(), next);
        }
        return new Judgement(evaluations, inserted, replaced, decided, before, after, finalsKept);
    }

    /** Outcomes of judging a fact key that register nothing. */
    private static final Object NOT_KNOWN = new Object();
    private static final Object INVALID_FACTS = new Object();
    private static final Object INVALID_DECISION = new Object();

    /**
     * A decision with what every party judged by it takes from it, worked out once: its verdict, its categories as
     * stored, and each obligation as an open obligation of no operator yet (in the decision's order).
     */
    private record Judged(Decision decision, Party.Verdict verdict, String appiCategories, String myNumberCategories,
            List<Duty> shapes) {
    }

    private Object judge(Party.FactKey key, IncidentFacts incidentFacts, Function<Facts, Decision> engine) {
        Facts facts;
        try {
            facts = key.facts(incidentFacts);
        } catch (InvalidFactsException e) {
            return INVALID_FACTS;
        }
        Decision d;
        try {
            d = engine.apply(facts);
        } catch (InvalidFactsException e) {
            return INVALID_DECISION;
        }
        List<Duty> shapes = d.obligations().stream().map(o -> Duty.open(incident.id(), 0, o, d.ruleSet())).toList();
        return new Judged(d, Party.Verdict.of(d), join(d.appiCategories()), join(d.myNumberCategories()), shapes);
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    /** The counts a page opens with, from every party and obligation in memory (kept by {@link Tallies}). */
    CaseTally tally() {
        List<Duty> all = new ArrayList<>(duties.size() * 4);
        duties.values().forEach(all::addAll);
        return CaseTally.of(parties.values(), all);
    }

    // ---- reports

    /**
     * Every party's report facts in one pass, the operator where it happened first (or only {@code only}, when
     * given): principals and entrustees come from one index of the paths, decisions from the kept verdicts.
     */
    List<IncidentReport> reports(Collection<Long> only, List<TimelineEntry> timeline) {
        Collection<Party> selected = only == null ? parties.values()
                : only.stream().map(this::require).toList();
        List<IncidentReport> out = new ArrayList<>(selected.size());
        IncidentFacts f = incident.facts();
        for (Party party : selected) {
            List<IncidentReport.PartyRef> principals = directPrincipals(party.operatorId()).stream()
                    .map(p -> new IncidentReport.PartyRef(p.operatorId(), p.operatorName())).toList();
            Long next = party.entrusteeId();
            List<IncidentReport.PartyRef> entrustees = next == null ? List.of()
                    : List.of(new IncidentReport.PartyRef(next, nameOf(next)));
            Party.Verdict v = party.verdict();
            out.add(new IncidentReport(incident.id(), f.title(), party.operatorId(), party.operatorName(),
                    party.role().code(), f.occurredOn(), f.discoveredOn(),
                    party.awarenessDate(f.discoveredOn()).orElse(null), f.containedOn(), f.kindCode(), f.discoverer(),
                    v == null ? List.of() : v.appiCategories(), v == null ? List.of() : v.myNumberCategories(),
                    v != null && v.reportable(), party.items().stream().map(DataItem::code).toList(), party.persons(),
                    party.personsMax(), f.incidentTypes().stream().map(IncidentType::code).toList(), f.cause(),
                    principals, entrustees, timeline, party.noticeReceivedOn().orElse(null),
                    party.notifiedPrincipalsOn().orElse(null)));
        }
        return out;
    }

    String nameOf(long operatorId) {
        Party p = parties.get(operatorId);
        return p == null ? "#" + operatorId : p.operatorName();
    }
}
