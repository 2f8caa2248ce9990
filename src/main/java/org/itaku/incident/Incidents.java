package org.itaku.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.entrustment.Impact;
import org.itaku.entrustment.Register;
import org.itaku.obligation.Decision;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Facts;
import org.itaku.obligation.InvalidFactsException;
import org.itaku.obligation.ObligationEngine;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.JapanTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: the public face of this module. Every method takes the workspace id first and every query filters on
 * it; another workspace's incident is "not found". A change loads the {@link IncidentCase} once, lets it decide in
 * memory, writes what it changed in batches and records one audit event; facts that change re-judge every party and
 * the obligations register follows, keeping history.
 */
@Service
public class Incidents {

    private static final int SEARCH_LIMIT = 200;
    /** Rows a page shows at most (parties, holdings, evaluations): an incident at a vendor has 170,000 parties. */
    public static final int PAGE_LIMIT = 200;
    /** Holdings on one page of the incident page. */
    public static final int HOLDINGS_PAGE = 50;

    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final Parties parties;
    private final Duties duties;
    private final CaseEntries entries;
    private final Register register;
    private final Clock clock;
    private final ObligationEngine engine = new ObligationEngine();
    private final AuditTrail audit;
    private final TimelineText texts;
    private final Tallies tallies;
    private final CaseStatistics statistics;

    Incidents(Cases cases, Parties parties, Duties duties, CaseEntries entries, Register register, Clock clock,
            AuditTrail audit, TimelineText texts, Tallies tallies, CaseStatistics statistics,
            ApplicationEventPublisher events) {
        this.events = events;
        this.tallies = tallies;
        this.statistics = statistics;
        this.audit = audit;
        this.cases = cases;
        this.parties = parties;
        this.duties = duties;
        this.entries = entries;
        this.register = register;
        this.clock = clock;
        this.texts = texts;
    }

    Instant now() {
        return clock.instant();
    }

    /** Today in Japan, by the application clock. */
    public LocalDate today() {
        return JapanTime.today(clock);
    }

    // ---- loading and saving the aggregate

    /** The whole case, for a change: the incident is locked until the transaction ends (see Cases#findForChange). */
    private IncidentCase load(long workspaceId, long id) {
        Incident incident = cases.findForChange(workspaceId, id)
                .orElseThrow(() -> new IncidentNotFoundException("incident", id));
        return new IncidentCase(incident, parties.of(workspaceId, id), duties.forCase(workspaceId, id));
    }

    /** Writes the events to the timeline (in Japanese words beside the code) and returns the first as the trigger. */
    private String record(long workspaceId, long id, List<IncidentCase.Event> events, Instant at, String actor) {
        String first = null;
        for (IncidentCase.Event e : events) {
            String words = texts.japanese(e);
            entries.addTimeline(workspaceId, id, new TimelineEntry(0, at, e.code(), e.params(), words, actor));
            first = first == null ? words : first;
        }
        return first == null ? "-" : first;
    }

    /** Re-judges every party of the case, writes parties, obligations and evaluations, and tells the timeline. */
    private IncidentCase.Judgement judgeAndSave(long workspaceId, IncidentCase c, String trigger, String actor) {
        return judgeAndSave(workspaceId, c, trigger, actor, Moved.NOTHING);
    }

    /** As above, after a change that added notices or changed the holdings ({@code moved} says which). */
    private IncidentCase.Judgement judgeAndSave(long workspaceId, IncidentCase c, String trigger, String actor,
            Moved moved) {
        Instant now = now();
        IncidentCase.Judgement j = c.reevaluate(engine::evaluate, trigger, now);
        long id = c.incident().id();
        c.stored(parties.updateAll(workspaceId, id, c.parties(), c.takeChanges()));
        parties.keepAfterCommit(workspaceId, id, c.parties());
        duties.insertAll(workspaceId, j.inserted(), now);
        duties.replaceAll(workspaceId, j.replaced(), trigger, now);
        entries.addEvaluations(workspaceId, id, j.evaluations());
        record(workspaceId, id, List.of(j.event()), now, actor);
        keepTally(workspaceId, c, now, moved);
        return j;
    }

    /**
     * How a change moved the holdings and notices a page counts: by a known number of notices, or so that they are
     * counted again (holdings removed or proposed afresh).
     */
    private record Moved(boolean recount, long notices) {
        static final Moved NOTHING = new Moved(false, 0);
        static final Moved RECOUNT = new Moved(true, 0);

        static Moved notices(long added) {
            return new Moved(false, added);
        }
    }

    /**
     * Writes the counts a page opens with, from the case as it now stands. Holdings and notices move from the kept
     * counts by what the change added; counting them in SQL walked 170,000 notices at a vendor with every change. A
     * case without kept counts, or a change of holdings, counts them.
     */
    private void keepTally(long workspaceId, IncidentCase c, Instant now, Moved moved) {
        long id = c.incident().id();
        Optional<Tallies.Counts> kept = moved.recount() ? Optional.empty() : tallies.counts(workspaceId, id);
        long holdings = kept.map(Tallies.Counts::holdings).orElseGet(() -> entries.countHoldings(workspaceId, id));
        long notices = kept.map(k -> k.notices() + moved.notices())
                .orElseGet(() -> entries.countNotices(workspaceId, id));
        tallies.write(workspaceId, id, c.tally(), holdings, notices, now);
    }

    // ---- cases

    /**
     * Opens a case at an operator of the register. The register's impact() proposes the affected holdings and every
     * principal upstream; each becomes a party with its own persons and items, then all are judged. Two reads of the
     * register (impact, then every operator's kind and shares), then batched writes.
     */
    @Transactional
    public long create(long workspaceId, IncidentFacts facts, Long userId, String actor) {
        Impact impact = register.impact(workspaceId, facts.operatorId());
        Instant now = now();
        long id = cases.insert(workspaceId, facts, userId, now);
        audit.record(AuditEvent.of("incident.create").inWorkspace(workspaceId).target("incident", id));
        List<AffectedHolding> holdings = affected(impact);
        entries.addHoldings(workspaceId, id, holdings);
        List<Party> all = IncidentCase.partiesFrom(facts, impact, register.facts(workspaceId, impact));
        String trigger = record(workspaceId, id, List.of(IncidentCase.Event.of("created", facts.discoveredOn(),
                all.size())), now, actor);
        IncidentCase c = new IncidentCase(incident(workspaceId, id), all, List.of());
        IncidentCase.Judgement j = c.reevaluate(engine::evaluate, trigger, now);
        c.takeChanges();
        c.stored(parties.insertAll(workspaceId, id, c.parties()));
        parties.keepAfterCommit(workspaceId, id, c.parties());
        statistics.afterPartiesWritten(all.size());
        duties.insertAll(workspaceId, j.inserted(), now);
        entries.addEvaluations(workspaceId, id, j.evaluations());
        record(workspaceId, id, List.of(j.event()), now, actor);
        tallies.write(workspaceId, id, c.tally(), holdings.size(), 0, now); // a new case: its holdings, no notice yet
        events.publishEvent(new CaseRef(workspaceId, id));
        return id;
    }

    private static List<AffectedHolding> affected(Impact impact) {
        return impact.holdings().stream().map(h -> new AffectedHolding(h.holdingId(), h.principal().id(),
                h.description(), DataItem.format(h.items()), h.persons().value(),
                h.persons().upperBound(), h.strongEncryption())).toList();
    }

    public Incident incident(long workspaceId, long id) {
        return cases.find(workspaceId, id).orElseThrow(() -> new IncidentNotFoundException("incident", id));
    }

    public List<Incident> search(long workspaceId, String query, IncidentStatus status) {
        return cases.search(workspaceId, query, status, SEARCH_LIMIT);
    }

    /** The newest incidents not yet closed (open or contained), at most {@code limit}, and how many there are. */
    public Unfinished unfinished(long workspaceId, int limit) {
        List<Incident> newest = cases.unfinished(workspaceId, limit);
        return new Unfinished(newest, newest.size() < limit ? newest.size() : cases.unfinishedCount(workspaceId));
    }

    public record Unfinished(List<Incident> newest, long total) {
    }

    /**
     * The newest unfinished case of any workspace, for warming its page once the server starts (no one's request:
     * nothing is shown or sent). Empty when there is none.
     */
    public Optional<CaseRef> newestUnfinishedCase() {
        return cases.newestUnfinished();
    }

    /** A case and the workspace it belongs to (also the event that a case was opened, after its commit). */
    public record CaseRef(long workspaceId, long incidentId) {
    }

    /**
     * Everything about a case, every party judged: for small cases, tests and the CLI. Pages use {@link #page}, which
     * reads a summary and one slice.
     */
    public IncidentView view(long workspaceId, long id) {
        Incident incident = incident(workspaceId, id);
        List<PartyView> views = parties.of(workspaceId, id).stream().map(p -> judge(incident, p)).toList();
        String site = views.stream().filter(v -> v.party().isSite()).map(v -> v.party().operatorName()).findFirst()
                .orElse("#" + incident.facts().operatorId());
        return new IncidentView(incident, site, views, entries.holdings(workspaceId, id), duties.of(workspaceId, id),
                entries.timeline(workspaceId, id), entries.tasks(workspaceId, id), entries.notices(workspaceId, id),
                oldestFirst(entries.evaluations(workspaceId, id, Integer.MAX_VALUE)));
    }

    /**
     * The incident page: counts by distance, role and decision first, then one page of parties (each judged again
     * to show its reasons), their obligations, the latest evaluations and the timeline. Nothing is proportional to
     * the number of parties but the SQL counts.
     */
    public IncidentPage page(long workspaceId, long id, PartyFilter filter, int page, int size) {
        return page(workspaceId, id, filter, page, size, 0);
    }

    /** As {@link #page}, with page {@code holdingsPage} of the case's holdings ({@value #HOLDINGS_PAGE} a page). */
    public IncidentPage page(long workspaceId, long id, PartyFilter filter, int page, int size, int holdingsPage) {
        Incident incident = incident(workspaceId, id);
        int s = Math.max(1, Math.min(size <= 0 ? 50 : size, PAGE_LIMIT));
        int p = Math.max(0, page);
        Tallies.Kept kept = kept(workspaceId, id);
        long matching = matching(workspaceId, id, kept, filter);
        List<Party> rows = slice(workspaceId, id, filter, p, s, matching);
        List<PartyView> views = rows.stream().map(party -> judge(incident, party)).toList();
        Set<Long> named = new HashSet<>();
        rows.forEach(r -> named.addAll(r.path()));
        named.add(incident.facts().operatorId());
        int hp = Math.max(0, Math.min(holdingsPage, Integer.MAX_VALUE / HOLDINGS_PAGE));
        List<AffectedHolding> holdings = entries.holdings(workspaceId, id, hp * HOLDINGS_PAGE, HOLDINGS_PAGE);
        holdings.forEach(h -> named.add(h.principalId()));
        List<Evaluation> evaluations = entries.evaluations(workspaceId, id, 50);
        evaluations.forEach(e -> named.add(e.operatorId()));
        rows.forEach(r -> named.remove(r.operatorId()));
        Map<Long, String> names = new HashMap<>(parties.names(workspaceId, id, named));
        rows.forEach(r -> names.put(r.operatorId(), r.operatorName()));
        return new IncidentPage(incident, names.getOrDefault(incident.facts().operatorId(),
                "#" + incident.facts().operatorId()), new PartySummary(kept.tally().parties()), filter, p, s,
                matching, views,
                duties.ofOperators(workspaceId, id, rows.stream().map(Party::operatorId).toList()), names, holdings,
                kept.holdings(), hp, kept.tally().duties().stream()
                        .map(t -> new IncidentPage.DutyCount(t.kind(), t.status(), t.deadline(), t.count())).toList(),
                entries.timeline(workspaceId, id), entries.tasks(workspaceId, id), evaluations, kept.notices());
    }

    /**
     * One party's page: its decision with reasons, its obligations and the names on its path, read for that party
     * alone (the form that changes its facts lives there, not on the incident page of 170,000 parties).
     */
    public PartyDetail partyDetail(long workspaceId, long id, long operatorId) {
        Incident incident = incident(workspaceId, id);
        Party party = party(workspaceId, id, operatorId);
        Map<Long, String> names = new HashMap<>(parties.names(workspaceId, id, party.path()));
        names.put(operatorId, party.operatorName());
        return new PartyDetail(incident, judge(incident, party),
                duties.ofOperators(workspaceId, id, List.of(operatorId)), names);
    }

    /** One party of an incident, judged, with its obligations and the names its path mentions. */
    public record PartyDetail(Incident incident, PartyView party, List<Duty> duties, Map<Long, String> names) {

        public String nameOf(long operatorId) {
            return names.getOrDefault(operatorId, "#" + operatorId);
        }

        /** The same question the incident page answers per party, so both render the party with one fragment. */
        public List<Duty> dutiesOf(long operatorId) {
            return duties.stream().filter(d -> d.operatorId() == operatorId).toList();
        }
    }

    /**
     * The counts kept with the case's last change; for a case opened before they were kept, counted in SQL (its next
     * change keeps them).
     */
    private Tallies.Kept kept(long workspaceId, long id) {
        return tallies.read(workspaceId, id).orElseGet(() -> new Tallies.Kept(new CaseTally(
                parties.summary(workspaceId, id), duties.tally(workspaceId, id)), entries.countHoldings(workspaceId, id),
                entries.countNotices(workspaceId, id)));
    }

    private long matching(long workspaceId, long id, Tallies.Kept kept, PartyFilter filter) {
        return kept.tally().matching(filter).orElseGet(() -> parties.count(workspaceId, id, filter));
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> copy = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private PartyView judge(Incident incident, Party party) {
        try {
            return party.facts(incident.facts()).map(f -> new PartyView(party, engine.evaluate(f), null))
                    .orElseGet(() -> new PartyView(party, null, null));
        } catch (InvalidFactsException e) {
            return new PartyView(party, null, e.getMessage());
        }
    }

    /** New facts for the whole case (e.g. unauthorized purpose found, encryption proven): everyone is re-judged. */
    @Transactional
    public void updateFacts(long workspaceId, long id, IncidentFacts facts, String actor) {
        audit.record(AuditEvent.of("incident.update-facts").inWorkspace(workspaceId).target("incident", id));
        IncidentCase c = load(workspaceId, id);
        IncidentFacts old = c.incident().facts();
        List<IncidentCase.Event> events = c.changeFacts(facts);
        cases.update(workspaceId, c.incident(), now());
        String trigger = record(workspaceId, id, events, now(), actor);
        if (!old.adhocItems().equals(facts.adhocItems())
                || !java.util.Objects.equals(old.adhocPersons(), facts.adhocPersons())) {
            refigure(workspaceId, c, trigger, actor); // the operator where it happened counts the ad-hoc figures
        } else {
            judgeAndSave(workspaceId, c, trigger, actor);
        }
    }

    /**
     * A forensic finding with its date: the event ruled out or confirmed, or the items and persons narrowed. Every
     * party is re-judged; the timeline says what was found and what it means for the decisions.
     */
    @Transactional
    public void recordForensicResult(long workspaceId, long id, ForensicResult result, String actor) {
        audit.record(AuditEvent.of("incident.forensic-result").inWorkspace(workspaceId).target("incident", id)
                .changed("forensic." + result.outcome().code()));
        if (result.on().isAfter(today())) {
            throw new IncidentRuleException("incident.rule.forensic.future");
        }
        IncidentCase c = load(workspaceId, id);
        List<IncidentCase.Event> events = c.recordForensicResult(result);
        cases.update(workspaceId, c.incident(), now());
        Instant at = result.on().equals(today()) ? now() : result.on().atStartOfDay(JapanTime.ZONE).toInstant();
        String trigger = record(workspaceId, id, events, at, actor);
        judgeAndSave(workspaceId, c, trigger, actor);
    }

    /**
     * One operator's own facts changed: its count (e.g. past 1,000, Rules Art. 7(iv)), its items (special-care data
     * found, Art. 7(i)), encryption proven for its data, its role, or the day it knew.
     */
    @Transactional
    public void updateParty(long workspaceId, long id, long operatorId, EntrustmentRole role, Set<DataItem> items,
            long persons, Long personsMax, boolean strongEncryption, LocalDate knownOn, String actor) {
        audit.record(AuditEvent.of("incident.update-party").inWorkspace(workspaceId).target("incident", id));
        IncidentCase c = load(workspaceId, id);
        List<IncidentCase.Event> events = c.changeParty(operatorId, role, items, persons, personsMax, strongEncryption,
                knownOn);
        judgeAndSave(workspaceId, c, record(workspaceId, id, events, now(), actor), actor);
    }

    Party party(long workspaceId, long id, long operatorId) {
        return parties.find(workspaceId, id, operatorId)
                .orElseThrow(() -> new IncidentNotFoundException("party", operatorId));
    }

    /**
     * The entrustee's notice to its own principals, now. It relieves the entrustee of the PPC report and the notice
     * to individuals (APPI Art. 26(1) proviso, Rules Art. 9, GL 3-5-4-1) and starts each principal's clock at the
     * latest on receipt (GL 3-5-3-5).
     *
     * @return how many principals were notified
     */
    @Transactional
    public int notifyPrincipals(long workspaceId, long id, long fromOperatorId, Long userId, String actor) {
        return notifyPrincipals(workspaceId, id, fromOperatorId, null, userId, actor);
    }

    /**
     * As above, for a notice sent at {@code sentAt} (recorded afterwards); null means now. Never in the future. Only
     * the direct principals receive it; each principal further up is notified by its own entrustee. A vendor records
     * "notified every principal on D" with this once.
     */
    @Transactional
    public int notifyPrincipals(long workspaceId, long id, long fromOperatorId, Instant sentAt, Long userId,
            String actor) {
        Instant at = sentAt(sentAt);
        IncidentCase c = load(workspaceId, id);
        IncidentCase.Notices n = c.notifyPrincipals(fromOperatorId, at);
        saveNotices(workspaceId, c, n, userId, actor, "incident.notify-principals",
                IncidentCase.Event.of("notice.sent", c.nameOf(fromOperatorId), n.log().size(), n.firstReceived()), at);
        return n.log().size();
    }

    /**
     * Every party at {@code distance} that knows of the incident notified its own principals at {@code sentAt}: "every
     * office told its clients on D", one step instead of one call per office.
     *
     * @return how many notices were recorded
     */
    @Transactional
    public int relayNotices(long workspaceId, long id, int distance, Instant sentAt, Long userId, String actor) {
        Instant at = sentAt(sentAt);
        IncidentCase c = load(workspaceId, id);
        IncidentCase.Notices n = c.relay(distance, at);
        saveNotices(workspaceId, c, n, userId, actor, "incident.relay-notices",
                IncidentCase.Event.of("notice.relayed", n.senders(), n.log().size(), n.firstReceived()), at);
        return n.log().size();
    }

    /**
     * Notice dates for many operators at once (an import of "operator, notified on"): each notified its principals at
     * its own moment. All or nothing: an unknown operator or one without principals refuses the whole import.
     *
     * @return how many notices were recorded
     */
    @Transactional
    public int importNotices(long workspaceId, long id, Map<Long, Instant> sentAt, Long userId, String actor) {
        if (sentAt.isEmpty()) {
            throw new IncidentRuleException("incident.rule.notices.none");
        }
        sentAt.values().forEach(this::sentAt);
        IncidentCase c = load(workspaceId, id);
        IncidentCase.Notices n = c.recordNotices(sentAt);
        Instant latest = sentAt.values().stream().max(Instant::compareTo).orElseThrow();
        saveNotices(workspaceId, c, n, userId, actor, "incident.import-notices",
                IncidentCase.Event.of("notice.imported", n.senders(), n.log().size(), n.firstReceived()), latest);
        return n.log().size();
    }

    private Instant sentAt(Instant sentAt) {
        if (sentAt != null && sentAt.isAfter(now())) {
            throw new IncidentRuleException("incident.rule.notices.future");
        }
        return sentAt == null ? now() : sentAt;
    }

    private void saveNotices(long workspaceId, IncidentCase c, IncidentCase.Notices n, Long userId, String actor,
            String action, IncidentCase.Event event, Instant at) {
        long id = c.incident().id();
        audit.record(AuditEvent.of(action).inWorkspace(workspaceId).target("incident", id)
                .changed("notices.count_" + n.log().size()));
        entries.addNotices(workspaceId, id, n.log(), userId);
        String trigger = record(workspaceId, id, List.of(event), at, actor);
        judgeAndSave(workspaceId, c, trigger, actor, Moved.notices(n.log().size()));
    }

    // ---- the obligations register

    public List<Duty> duties(long workspaceId, long id) {
        incident(workspaceId, id);
        return duties.of(workspaceId, id);
    }

    /** One page of an incident's obligations, optionally of one kind and status. */
    public DutyPage duties(long workspaceId, long id, org.itaku.obligation.Obligation.Kind kind, DutyStatus status,
            int page, int size) {
        incident(workspaceId, id);
        int s = Math.max(1, Math.min(size <= 0 ? 50 : size, PAGE_LIMIT));
        int p = Math.max(0, page);
        List<Duty> rows = duties.page(workspaceId, id, kind, status, p * s, s);
        long total = tallies.read(workspaceId, id).map(k -> k.tally().duties(kind, status))
                .orElseGet(() -> duties.count(workspaceId, id, kind, status));
        return new DutyPage(rows, p, s, total,
                parties.names(workspaceId, id, rows.stream().map(Duty::operatorId).toList()));
    }

    /** A page of obligations with the names of their operators. */
    public record DutyPage(List<Duty> items, int page, int size, long total, Map<Long, String> names) {
    }

    public Duty duty(long workspaceId, long dutyId) {
        return duties.find(workspaceId, dutyId).orElseThrow(() -> new IncidentNotFoundException("obligation", dutyId));
    }

    /** How many earlier states of one operator's obligations are kept. */
    public int dutyHistoryCount(long workspaceId, long id, long operatorId) {
        incident(workspaceId, id);
        return duties.historyCount(workspaceId, id, operatorId);
    }

    @Transactional
    public Duty fulfil(long workspaceId, long dutyId, LocalDate on, String actor) {
        audit.record(AuditEvent.of("duty.fulfil").inWorkspace(workspaceId).target("duty", dutyId));
        Duty before = duty(workspaceId, dutyId);
        requireOpenCase(workspaceId, before.incidentId());
        Duty after = before.fulfil(on);
        // The history's reason is the timeline's Japanese words, as for a re-evaluation's trigger.
        String words = record(workspaceId, before.incidentId(), List.of(IncidentCase.Event.of("duty.fulfilled",
                "msg:obligation.kind." + before.kind().code(), party(workspaceId, before.incidentId(),
                        before.operatorId()).operatorName(), on,
                after.onTime() ? "msg:incident.obligation.onTime" : "msg:incident.obligation.late")), now(), actor);
        duties.replace(workspaceId, before, after, words, now());
        keepDutyTally(workspaceId, before, after);
        return after;
    }

    @Transactional
    public Duty waive(long workspaceId, long dutyId, Waiver waiver) {
        audit.record(AuditEvent.of("duty.not-required").inWorkspace(workspaceId).target("duty", dutyId));
        Duty before = duty(workspaceId, dutyId);
        requireOpenCase(workspaceId, before.incidentId());
        Duty after = before.waive(waiver);
        String words = record(workspaceId, before.incidentId(), List.of(IncidentCase.Event.of("duty.waived",
                "msg:obligation.kind." + before.kind().code(), party(workspaceId, before.incidentId(),
                        before.operatorId()).operatorName(), waiver.approvedBy(), waiver.reason())), now(),
                waiver.approvedBy());
        duties.replace(workspaceId, before, after, words, now());
        keepDutyTally(workspaceId, before, after);
        return after;
    }

    /** One obligation moved: its case's kept counts move with it. */
    private void keepDutyTally(long workspaceId, Duty before, Duty after) {
        tallies.read(workspaceId, before.incidentId()).ifPresent(k -> tallies.writeDuties(workspaceId,
                before.incidentId(), k.tally().withDutyChanged(before, after)));
    }

    private void requireOpenCase(long workspaceId, long id) {
        if (incident(workspaceId, id).status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("incident.transition.closed");
        }
    }

    // ---- status

    @Transactional
    public Incident contain(long workspaceId, long id, LocalDate on, String actor) {
        audit.record(AuditEvent.of("incident.contain").inWorkspace(workspaceId).target("incident", id));
        Incident next = incident(workspaceId, id).contain(on);
        cases.update(workspaceId, next, now());
        record(workspaceId, id, List.of(IncidentCase.Event.of("status.contained", on)), now(), actor);
        return next;
    }

    @Transactional
    public Incident close(long workspaceId, long id, String actor) {
        audit.record(AuditEvent.of("incident.close").inWorkspace(workspaceId).target("incident", id));
        Incident next = incident(workspaceId, id).close(duties.countOpen(workspaceId, id));
        cases.update(workspaceId, next, now());
        record(workspaceId, id, List.of(IncidentCase.Event.of("status.closed")), now(), actor);
        return next;
    }

    @Transactional
    public Incident reopen(long workspaceId, long id, String actor) {
        audit.record(AuditEvent.of("incident.reopen").inWorkspace(workspaceId).target("incident", id));
        Incident next = incident(workspaceId, id).reopen();
        cases.update(workspaceId, next, now());
        record(workspaceId, id, List.of(IncidentCase.Event.of("status.reopened")), now(), actor);
        return next;
    }

    // ---- timeline, tasks, holdings

    /** A step a person writes into the chronology in their own words. */
    @Transactional
    public void addTimeline(long workspaceId, long id, Instant at, String entry, String actor) {
        audit.record(AuditEvent.of("incident.timeline-add").inWorkspace(workspaceId).target("incident", id));
        incident(workspaceId, id);
        String text = Texts.required(entry, "incident.field.entry", 2000);
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, at == null ? now() : at, TimelineEntry.NOTE,
                List.of(text), text, actor));
    }

    /**
     * The dated events of an incident as codes with parameters, oldest first, for readers that word them themselves
     * (the document module writes 事実経過 from them). Codes are those of {@code incident.event.*} in the bundles.
     */
    public List<TimelineEntry> events(long workspaceId, long id) {
        incident(workspaceId, id);
        return entries.timeline(workspaceId, id);
    }

    @Transactional
    public void addTask(long workspaceId, long id, IncidentTask task) {
        audit.record(AuditEvent.of("incident.task-add").inWorkspace(workspaceId).target("incident", id));
        incident(workspaceId, id);
        entries.addTask(workspaceId, id, task);
    }

    @Transactional
    public void completeTask(long workspaceId, long id, long taskId) {
        audit.record(AuditEvent.of("incident.task-done").inWorkspace(workspaceId).target("incident", id));
        incident(workspaceId, id);
        if (!entries.completeTask(workspaceId, id, taskId, today())) {
            throw new IncidentNotFoundException("task", taskId);
        }
    }

    /** Takes a proposed holding off the case; the parties' figures are then corrected on their own forms. */
    @Transactional
    public void removeHolding(long workspaceId, long id, long holdingId, String actor) {
        audit.record(AuditEvent.of("incident.holding-remove").inWorkspace(workspaceId).target("incident", id));
        IncidentCase c = load(workspaceId, id);
        if (c.incident().status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("incident.transition.closedEdit");
        }
        if (!entries.removeHolding(workspaceId, id, holdingId)) {
            throw new IncidentNotFoundException("holding", holdingId);
        }
        String trigger = record(workspaceId, id, List.of(IncidentCase.Event.of("holding.removed", holdingId)), now(),
                actor);
        refigure(workspaceId, c, trigger, actor);
    }

    /** Proposes the affected holdings afresh from the register (after the register was corrected, or to undo). */
    @Transactional
    public void reproposeHoldings(long workspaceId, long id, String actor) {
        audit.record(AuditEvent.of("incident.holdings-repropose").inWorkspace(workspaceId).target("incident", id));
        IncidentCase c = load(workspaceId, id);
        if (c.incident().status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("incident.transition.closedEdit");
        }
        entries.removeHoldings(workspaceId, id);
        entries.addHoldings(workspaceId, id, affected(register.impact(workspaceId, c.incident().facts().operatorId())));
        String trigger = record(workspaceId, id, List.of(IncidentCase.Event.of("holdings.reproposed")), now(), actor);
        refigure(workspaceId, c, trigger, actor);
    }

    /**
     * Recomputes every party's persons, items and encryption from the holdings kept on the case (and the ad-hoc
     * figures), keeping roles, awareness dates and notices, then re-judges. New principals are added.
     */
    private void refigure(long workspaceId, IncidentCase c, String trigger, String actor) {
        long id = c.incident().id();
        Set<Long> kept = new HashSet<>();
        entries.holdings(workspaceId, id).forEach(h -> kept.add(h.holdingId()));
        Impact impact = keepOnly(register.impact(workspaceId, c.incident().facts().operatorId()), kept);
        Map<Long, Party> existing = new HashMap<>();
        c.parties().forEach(p -> existing.put(p.operatorId(), p));
        List<Party> added = new ArrayList<>();
        List<Parties.Change> changed = new ArrayList<>();
        for (Party fresh : IncidentCase.partiesFrom(c.incident().facts(), impact, register.facts(workspaceId, impact))) {
            Party old = existing.remove(fresh.operatorId());
            if (old == null) {
                added.add(fresh);
            } else {
                changed.add(new Parties.Change(old, old.withFacts(old.role(), fresh.items(), fresh.persons(),
                        fresh.personsMax(), fresh.strongEncryption(), old.knownOn())));
            }
        }
        // Principals no kept holding reaches any more: nothing of theirs is affected.
        for (Party gone : existing.values()) {
            changed.add(new Parties.Change(gone, gone.withFacts(gone.role(), Set.of(), 0, null, false, gone.knownOn())));
        }
        parties.insertAll(workspaceId, id, added);
        statistics.afterPartiesWritten(added.size());
        parties.updateAll(workspaceId, id, c.parties(), changed);
        judgeAndSave(workspaceId, load(workspaceId, id), trigger, actor, Moved.RECOUNT);
    }

    /** The impact answer restricted to the holdings kept on the case, with each principal's figures summed again. */
    private static Impact keepOnly(Impact impact, Set<Long> kept) {
        Map<Long, Impact.AffectedHolding> byId = new HashMap<>();
        List<Impact.AffectedHolding> holdings = impact.holdings().stream().filter(h -> kept.contains(h.holdingId()))
                .toList();
        holdings.forEach(h -> byId.put(h.holdingId(), h));
        List<Impact.AffectedPrincipal> principals = new ArrayList<>();
        for (Impact.AffectedPrincipal p : impact.principals()) {
            List<Long> ids = p.holdingIds().stream().filter(byId::containsKey).toList();
            if (ids.isEmpty()) {
                continue;
            }
            long persons = 0;
            long upper = 0;
            Set<DataItem> items = DataItem.sortedByCode(Set.of());
            Set<org.itaku.entrustment.Encryption> encryption = EnumSet.noneOf(org.itaku.entrustment.Encryption.class);
            boolean past = false;
            for (long hid : ids) {
                Impact.AffectedHolding h = byId.get(hid);
                persons += h.persons().value();
                upper += h.persons().upperBound();
                items.addAll(h.items());
                encryption.add(h.encryption());
                past |= h.pastDeletionDate();
            }
            principals.add(new Impact.AffectedPrincipal(p.operator(), p.distance(), ids, persons, upper, items,
                    DataItem.flagsOf(items), encryption, past, p.path(), p.ownShare()));
        }
        return new Impact(impact.operator(), holdings, principals);
    }

    // ---- for the document module

    /** One operator's facts for a report draft (Rules Art. 8(1)); see {@link IncidentReport}. */
    public IncidentReport report(long workspaceId, long id, long operatorId) {
        return reports(workspaceId, id, List.of(operatorId)).get(0);
    }

    /**
     * The report facts of every operator the incident reaches, the operator where it happened first: one load of the
     * case, one pass over its parties.
     */
    public List<IncidentReport> reports(long workspaceId, long id) {
        return reports(workspaceId, id, null);
    }

    /**
     * The report facts of the given operators (or all, for null), from one snapshot of the case. For given operators
     * only they, their direct principals and their entrustees are read (a page of the documents overview at a vendor).
     */
    public List<IncidentReport> reports(long workspaceId, long id, Collection<Long> operatorIds) {
        Incident incident = incident(workspaceId, id);
        IncidentCase c = new IncidentCase(incident, operatorIds == null ? parties.of(workspaceId, id)
                : parties.around(workspaceId, id, operatorIds), List.of());
        return c.reports(operatorIds, entries.timeline(workspaceId, id));
    }

    /** The parties of one page (for the documents page), with the filter and counts of {@link #page}. */
    public PartyPage parties(long workspaceId, long id, PartyFilter filter, int page, int size) {
        incident(workspaceId, id);
        int s = Math.max(1, Math.min(size <= 0 ? 50 : size, PAGE_LIMIT));
        int p = Math.max(0, page);
        long matching = matching(workspaceId, id, kept(workspaceId, id), filter);
        return new PartyPage(slice(workspaceId, id, filter, p, s, matching), p, s, matching);
    }

    /**
     * Page {@code p} of the parties matching the filter, read only when the count says it has any: a filter that
     * matches none of a vendor's 170,000 parties would otherwise walk them all, each with its state.
     */
    private List<Party> slice(long workspaceId, long id, PartyFilter filter, int p, int s, long matching) {
        return matching > (long) p * s ? parties.page(workspaceId, id, filter, p * s, s) : List.of();
    }

    /** A page of parties. */
    public record PartyPage(List<Party> items, int page, int size, long total) {
    }

    /** One open obligation with the names a person needs to recognise it. */
    public record AgendaItem(Duty duty, String incidentTitle, String operatorName) {
    }

    /**
     * Open obligations with a deadline on or before {@code until} (overdue ones first), at most {@code limit}, for
     * the dashboard. A vendor-scale incident owes duties to thousands of operators, so callers pass a limit and
     * {@link #openDutyCount} says how many there are in all.
     */
    public List<AgendaItem> agenda(long workspaceId, LocalDate until, int limit) {
        List<Duty> open = duties.openWithDeadline(workspaceId, until, limit);
        Map<Long, String> titles = new HashMap<>();
        Map<Long, Map<Long, String>> names = operatorNames(workspaceId, open, Duty::incidentId, Duty::operatorId);
        return open.stream().map(d -> new AgendaItem(d,
                titles.computeIfAbsent(d.incidentId(), id -> incident(workspaceId, id).facts().title()),
                names.get(d.incidentId()).get(d.operatorId()))).toList();
    }

    /** The names of the operators that rows refer to, per incident: one read per incident, not one per row. */
    private <T> Map<Long, Map<Long, String>> operatorNames(long workspaceId, List<T> rows,
            java.util.function.ToLongFunction<T> incident, java.util.function.ToLongFunction<T> operator) {
        Map<Long, List<Long>> ids = new HashMap<>();
        rows.forEach(r -> ids.computeIfAbsent(incident.applyAsLong(r), k -> new ArrayList<>()).add(operator.applyAsLong(r)));
        Map<Long, Map<Long, String>> out = new HashMap<>();
        ids.forEach((incidentId, operators) -> out.put(incidentId, parties.names(workspaceId, incidentId, operators)));
        return out;
    }

    /** Open deadlines grouped by incident, kind and day (the calendar feed: one event per group, not per operator). */
    public record DeadlineGroup(long incidentId, String incidentTitle, org.itaku.obligation.Obligation.Kind kind,
            LocalDate deadline, boolean binding, long operators, String anyOperatorName, long anyDutyId) {
    }

    public List<DeadlineGroup> deadlineGroups(long workspaceId, LocalDate until) {
        // The groups and their sizes come from the kept counts, and one obligation of each names it: grouping the
        // obligations themselves walked every open one of the workspace (700,000 with a vendor case, 2.7 s). Whether a
        // deadline binds follows the kind (only the 確報 has a due date), so any obligation of the group answers it.
        Map<Long, String> titles = new HashMap<>();
        return dueGroups(workspaceId, until, 1).stream().map(g -> {
            Duty any = g.first().get(0);
            return new DeadlineGroup(g.incidentId(),
                    titles.computeIfAbsent(g.incidentId(), id -> incident(workspaceId, id).facts().title()), g.kind(),
                    g.deadline(), Boolean.TRUE.equals(any.binding()), g.count(), g.names().get(0), any.id());
        }).toList();
    }

    /**
     * Open obligations due on or before {@code until}, grouped by incident, kind and deadline, each group with its
     * size (from the kept counts) and its first {@code named} obligations with their operators' names (one read per
     * incident): what a calendar event or a reminder mail says, without loading the 340,000 open obligations a vendor
     * case leaves in a workspace.
     */
    List<DueGroup> dueGroups(long workspaceId, LocalDate until, int named) {
        List<Tallies.OpenGroup> groups = new ArrayList<>();
        List<List<Duty>> firsts = new ArrayList<>();
        for (Tallies.OpenGroup g : tallies.openGroups(workspaceId, until)) {
            List<Duty> first = duties.firstOpen(workspaceId, g.incidentId(), g.kind(), g.deadline(), named);
            if (!first.isEmpty()) {
                groups.add(g);
                firsts.add(first);
            }
        }
        Map<Long, Map<Long, String>> names = operatorNames(workspaceId,
                firsts.stream().flatMap(List::stream).toList(), Duty::incidentId, Duty::operatorId);
        List<DueGroup> out = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Tallies.OpenGroup g = groups.get(i);
            Map<Long, String> ofIncident = names.get(g.incidentId());
            out.add(new DueGroup(g.incidentId(), g.kind(), g.deadline(), g.count(), firsts.get(i),
                    firsts.get(i).stream().map(d -> ofIncident.get(d.operatorId())).toList()));
        }
        return out;
    }

    /** One group of {@link #dueGroups}: {@code names} are those of the operators of {@code first}, in its order. */
    record DueGroup(long incidentId, org.itaku.obligation.Obligation.Kind kind, LocalDate deadline, long count,
            List<Duty> first, List<String> names) {
    }

    /** Every case keeps its counts (V21 counted those opened before), so this reads them. */
    public int openDutyCount(long workspaceId, LocalDate until) {
        return tallies.openWithDeadline(workspaceId, until);
    }

    List<Long> workspacesWithOpenDuties() {
        return duties.workspacesWithOpenDuties();
    }

    /** Decides a misdelivery at once, without recording anything (the fast path). */
    public Decision decide(Misdelivery misdelivery) {
        return engine.evaluate(misdelivery.facts());
    }
}
