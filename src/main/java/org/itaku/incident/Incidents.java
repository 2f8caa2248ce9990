package org.itaku.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Impact;
import org.itaku.entrustment.OperatorRef;
import org.itaku.entrustment.Register;
import org.itaku.obligation.Decision;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Facts;
import org.itaku.obligation.IncidentType;
import org.itaku.obligation.InvalidFactsException;
import org.itaku.obligation.Obligation;
import org.itaku.obligation.ObligationEngine;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents: the public face of this module. Every method takes the workspace id first and every query filters on
 * it; another workspace's incident is "not found". Facts change → every affected operator is evaluated again by the
 * obligation engine and the obligations register follows, keeping history.
 */
@Service
public class Incidents {

    private static final int SEARCH_LIMIT = 200;

    private final Cases cases;
    private final Parties parties;
    private final Duties duties;
    private final CaseEntries entries;
    private final Register register;
    private final Clock clock;
    private final ObligationEngine engine = new ObligationEngine();
    private final AuditTrail audit;

    Incidents(Cases cases, Parties parties, Duties duties, CaseEntries entries, Register register, Clock clock,
            AuditTrail audit) {
        this.audit = audit;
        this.cases = cases;
        this.parties = parties;
        this.duties = duties;
        this.entries = entries;
        this.register = register;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** Today in Japan, by the application clock. */
    public LocalDate today() {
        return now().atZone(Party.JAPAN).toLocalDate();
    }

    // ---- cases

    /**
     * Opens a case at an operator of the register. The register's impact() proposes the affected holdings and every
     * principal upstream; each becomes a party with its own persons and items, then all are evaluated.
     */
    @Transactional
    public long create(long workspaceId, IncidentFacts facts, Long userId, String actor) {
        Impact impact = register.impact(workspaceId, facts.operatorId());
        Instant now = now();
        long id = cases.insert(workspaceId, facts, userId, now);
        audit.record(AuditEvent.of("incident.create").inWorkspace(workspaceId).target("incident", id));
        for (Impact.AffectedHolding h : impact.holdings()) {
            entries.addHolding(workspaceId, id, new AffectedHolding(h.holdingId(), h.principal().id(), h.description(),
                    DataItem.format(h.items()), h.persons().value(), h.persons().upperBound(),
                    h.strongEncryption()));
        }
        for (Party p : cascade(workspaceId, facts, impact)) {
            parties.insert(workspaceId, id, p);
        }
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now, "事案を登録しました（発覚日 " + facts.discoveredOn()
                + "）/ incident recorded", actor));
        evaluate(workspaceId, id, "登録 / created");
        return id;
    }

    /** The parties an impact answer gives: the operator where it happened, then every principal upstream. */
    private List<Party> cascade(long workspaceId, IncidentFacts facts, Impact impact) {
        long siteId = facts.operatorId();
        Map<Long, Impact.AffectedHolding> holdingsById = new HashMap<>();
        impact.holdings().forEach(h -> holdingsById.put(h.holdingId(), h));

        Set<DataItem> siteItems = EnumSet.noneOf(DataItem.class);
        long persons = 0;
        long upper = 0;
        boolean ownData = impact.holdings().isEmpty();
        for (Impact.AffectedHolding h : impact.holdings()) {
            siteItems.addAll(items(h.items()));
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
        List<Party> result = new ArrayList<>();
        // Holding someone else's data at the site makes it an entrustee (APPI Art. 26(1) proviso applies to it).
        result.add(new Party(siteId, impact.operator().name(), kindOf(workspaceId, siteId),
                ownData ? EntrustmentRole.PRINCIPAL : EntrustmentRole.ENTRUSTEE, 0, List.of(siteId), siteItems, persons,
                upper > persons ? upper : null, siteStrong, null, null, null, null));

        for (Impact.AffectedPrincipal p : impact.principals()) {
            long pid = p.operator().id();
            if (pid == siteId) {
                continue;
            }
            boolean hasUpstream = impact.principals().stream()
                    .anyMatch(q -> q.operator().id() != pid && q.path().stream().skip(1).anyMatch(r -> r.id() == pid));
            long own = p.persons();
            long ownUpper = p.personsUpperBound();
            Set<DataItem> ownItems = items(p.items());
            if (p.distance() >= 2) {
                // Impact sums the whole holding for every principal above it (an upper bound). What this principal
                // entrusted to the next operator down is its own share: GL 3-5-3-1 (4) counts its own persons.
                long middle = p.path().get(1).id();
                List<Holding> entrusted = register.holdingsFor(workspaceId, pid).stream()
                        .filter(h -> h.operatorId() == middle).toList();
                if (!entrusted.isEmpty()) {
                    own = Math.min(own, entrusted.stream().mapToLong(h -> h.persons().value()).sum());
                    ownUpper = Math.min(ownUpper, entrusted.stream().mapToLong(h -> h.persons().upperBound()).sum());
                    Set<DataItem> theirs = EnumSet.noneOf(DataItem.class);
                    entrusted.forEach(h -> theirs.addAll(items(h.items())));
                    theirs.retainAll(ownItems);
                    if (!theirs.isEmpty()) {
                        ownItems = theirs;
                    }
                }
            }
            boolean strong = !p.holdingIds().isEmpty() && p.holdingIds().stream()
                    .allMatch(h -> holdingsById.containsKey(h) && holdingsById.get(h).strongEncryption());
            result.add(new Party(pid, p.operator().name(), kindOf(workspaceId, pid),
                    hasUpstream ? EntrustmentRole.ENTRUSTEE : EntrustmentRole.PRINCIPAL, p.distance(),
                    p.path().stream().map(OperatorRef::id).toList(), ownItems, own, ownUpper > own ? ownUpper : null,
                    strong, null, null, null, null));
        }
        return result;
    }

    private static Set<DataItem> items(Set<DataItem> items) {
        return items.isEmpty() ? EnumSet.noneOf(DataItem.class) : EnumSet.copyOf(items);
    }

    /** The register's operator kind as the engine knows it; OTHER is judged as a private operator. */
    private OperatorKind kindOf(long workspaceId, long operatorId) {
        return register.operator(workspaceId, operatorId).kind().forDuties();
    }

    public Incident incident(long workspaceId, long id) {
        return cases.find(workspaceId, id).orElseThrow(() -> new IncidentNotFoundException("incident", id));
    }

    public List<Incident> search(long workspaceId, String query, IncidentStatus status) {
        return cases.search(workspaceId, query, status, SEARCH_LIMIT);
    }

    public IncidentView view(long workspaceId, long id) {
        Incident incident = incident(workspaceId, id);
        List<PartyView> views = parties.of(workspaceId, id).stream().map(p -> judge(incident, p)).toList();
        String site = views.stream().filter(v -> v.party().isSite()).map(v -> v.party().operatorName()).findFirst()
                .orElse("#" + incident.facts().operatorId());
        return new IncidentView(incident, site, views, entries.holdings(workspaceId, id), duties.of(workspaceId, id),
                entries.timeline(workspaceId, id), entries.tasks(workspaceId, id), entries.notices(workspaceId, id),
                entries.evaluations(workspaceId, id));
    }

    private PartyView judge(Incident incident, Party party) {
        try {
            return party.facts(incident.facts()).map(f -> new PartyView(party, engine.evaluate(f), null))
                    .orElseGet(() -> new PartyView(party, null, null));
        } catch (InvalidFactsException e) {
            return new PartyView(party, null, e.getMessage());
        }
    }

    /** New facts for the whole case (e.g. unauthorized purpose found, encryption proven): everyone is re-evaluated. */
    @Transactional
    public void updateFacts(long workspaceId, long id, IncidentFacts facts, String actor) {
        audit.record(AuditEvent.of("incident.update-facts").inWorkspace(workspaceId).target("incident", id));
        Incident old = incident(workspaceId, id);
        if (facts.operatorId() != old.facts().operatorId()) {
            throw new IllegalArgumentException("発生場所は変更できません。新しい事案として登録してください / the operator where it"
                    + " happened cannot change; open a new incident");
        }
        Incident changed = old.withFacts(facts);
        cases.update(workspaceId, changed, now());
        String what = describeChange(old.facts(), facts);
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), "事実を更新しました: " + what, actor));
        if (!old.facts().adhocItems().equals(facts.adhocItems())
                || !java.util.Objects.equals(old.facts().adhocPersons(), facts.adhocPersons())) {
            refigure(workspaceId, id, what); // the operator where it happened counts the ad-hoc figures
        } else {
            evaluate(workspaceId, id, what);
        }
    }

    private static String describeChange(IncidentFacts a, IncidentFacts b) {
        List<String> changes = new ArrayList<>();
        if (a.event() != b.event() || a.certainty() != b.certainty()) {
            changes.add("区分 " + a.kindCode() + " → " + b.kindCode());
        }
        if (!a.incidentTypes().equals(b.incidentTypes())) {
            changes.add("事案の種類 / types");
        }
        if (!java.util.Objects.equals(a.unauthorizedPurpose(), b.unauthorizedPurpose())) {
            changes.add("不正の目的 " + a.unauthorizedPurpose() + " → " + b.unauthorizedPurpose());
        }
        if (a.strongEncryption() != b.strongEncryption()) {
            changes.add("高度な暗号化 " + a.strongEncryption() + " → " + b.strongEncryption());
        }
        if (!a.adhocItems().equals(b.adhocItems()) || !java.util.Objects.equals(a.adhocPersons(), b.adhocPersons())) {
            changes.add("項目・人数 / items, persons");
        }
        if (!a.discoveredOn().equals(b.discoveredOn())) {
            changes.add("発覚日 " + a.discoveredOn() + " → " + b.discoveredOn());
        }
        return changes.isEmpty() ? "事実の更新 / facts updated" : String.join("; ", changes);
    }

    /**
     * One operator's own facts changed: its count (e.g. past 1,000, Rules Art. 7(iv)), its items (special-care data
     * found, Art. 7(i)), encryption proven for its data, its role, or the day it knew.
     */
    @Transactional
    public void updateParty(long workspaceId, long id, long operatorId, EntrustmentRole role, Set<DataItem> items,
            long persons, Long personsMax, boolean strongEncryption, LocalDate knownOn, String actor) {
        audit.record(AuditEvent.of("incident.update-party").inWorkspace(workspaceId).target("incident", id));
        Incident incident = incident(workspaceId, id);
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("完了した事案は編集できません / a closed incident cannot be edited");
        }
        Party old = party(workspaceId, id, operatorId);
        Party changed = old.withFacts(role, items, persons, personsMax, strongEncryption, knownOn);
        parties.update(workspaceId, id, changed);
        List<String> what = new ArrayList<>();
        if (old.persons() != persons || !java.util.Objects.equals(old.personsMax(), personsMax)) {
            what.add("人数 " + old.persons() + " → " + persons);
        }
        if (!old.items().equals(changed.items())) {
            what.add("項目 " + EnumLists.join(old.items()) + " → " + EnumLists.join(changed.items()));
        }
        if (old.strongEncryption() != strongEncryption) {
            what.add("高度な暗号化 " + strongEncryption);
        }
        if (old.role() != role) {
            what.add("立場 " + old.role() + " → " + role);
        }
        if (!java.util.Objects.equals(old.knownOn(), knownOn)) {
            what.add("知った日 " + knownOn);
        }
        String trigger = old.operatorName() + ": " + (what.isEmpty() ? "変更なし / unchanged" : String.join("; ", what));
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), trigger, actor));
        evaluate(workspaceId, id, trigger);
    }

    Party party(long workspaceId, long id, long operatorId) {
        return parties.find(workspaceId, id, operatorId)
                .orElseThrow(() -> new IncidentNotFoundException("party", operatorId));
    }

    /**
     * The entrustee's notice to every principal above it in this incident, each timestamped. It relieves the entrustee
     * of the PPC report and the notice to individuals (APPI Art. 26(1) proviso, Rules Art. 9, GL 3-5-4-1) and starts
     * each principal's clock at the latest on receipt (GL 3-5-3-5).
     *
     * @return how many principals were notified
     */
    @Transactional
    public int notifyPrincipals(long workspaceId, long id, long fromOperatorId, Long userId, String actor) {
        return notifyPrincipals(workspaceId, id, fromOperatorId, null, userId, actor);
    }

    /** As above, for a notice sent at {@code sentAt} (recorded afterwards); null means now. Never in the future. */
    @Transactional
    public int notifyPrincipals(long workspaceId, long id, long fromOperatorId, Instant sentAt, Long userId,
            String actor) {
        audit.record(AuditEvent.of("incident.notify-principals").inWorkspace(workspaceId).target("incident", id));
        if (sentAt != null && sentAt.isAfter(now())) {
            throw new IllegalArgumentException("通知日時が未来です / the notice cannot be sent in the future");
        }
        Incident incident = incident(workspaceId, id);
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("完了した事案です / the incident is closed");
        }
        List<Party> all = parties.of(workspaceId, id);
        Party from = all.stream().filter(p -> p.operatorId() == fromOperatorId).findFirst()
                .orElseThrow(() -> new IncidentNotFoundException("party", fromOperatorId));
        List<Party> principals = all.stream()
                .filter(p -> p.operatorId() != fromOperatorId && p.path().indexOf(fromOperatorId) > 0).toList();
        if (principals.isEmpty()) {
            throw new IllegalArgumentException(from.operatorName() + " には通知すべき委託元がありません / has no principal to notify");
        }
        Instant at = sentAt == null ? now() : sentAt;
        for (Party p : principals) {
            entries.addNotice(workspaceId, id, fromOperatorId, p.operatorId(), at, userId);
            if (p.noticeReceivedAt() == null || at.isBefore(p.noticeReceivedAt())) {
                parties.update(workspaceId, id, new Party(p.operatorId(), p.operatorName(), p.kind(), p.role(),
                        p.distance(), p.path(), p.items(), p.persons(), p.personsMax(), p.strongEncryption(),
                        p.knownOn(), at, fromOperatorId, p.notifiedPrincipalsAt()));
            }
        }
        if (from.notifiedPrincipalsAt() == null) {
            parties.update(workspaceId, id, new Party(from.operatorId(), from.operatorName(), from.kind(), from.role(),
                    from.distance(), from.path(), from.items(), from.persons(), from.personsMax(),
                    from.strongEncryption(), from.knownOn(), from.noticeReceivedAt(), from.noticeReceivedFrom(), at));
        }
        String trigger = from.operatorName() + " が委託元へ通知: " + someNames(principals);
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, at, trigger + " / notified its principals", actor));
        evaluate(workspaceId, id, trigger);
        return principals.size();
    }

    /** The first ten names and how many more: a vendor may notify thousands of principals in one go. */
    static String someNames(List<Party> parties) {
        String first = String.join("、", parties.stream().limit(10).map(Party::operatorName).toList());
        return parties.size() <= 10 ? first : first + " ほか " + (parties.size() - 10) + " 者 / and " + (parties.size() - 10) + " more";
    }

    // ---- evaluation and the obligations register

    /** Evaluates every party and brings the register in line; settled rows stay as they are (frozen). */
    void evaluate(long workspaceId, long id, String trigger) {
        Incident incident = incident(workspaceId, id);
        Instant now = now();
        Map<Long, Map<String, Duty>> existing = new LinkedHashMap<>();
        for (Duty d : duties.of(workspaceId, id)) {
            existing.computeIfAbsent(d.operatorId(), k -> new LinkedHashMap<>()).put(d.duty(), d);
        }
        for (Party party : parties.of(workspaceId, id)) {
            PartyView view = judge(incident, party);
            Map<String, Duty> rows = existing.getOrDefault(party.operatorId(), new LinkedHashMap<>());
            if (view.decision() == null) {
                continue; // does not know yet: no clock runs (GL 3-5-3-5), nothing to register
            }
            Decision decision = view.decision();
            entries.addEvaluation(workspaceId, id, party.operatorId(), decision, trigger, now);
            for (Obligation o : decision.obligations()) {
                Duty row = rows.remove(Duty.key(o));
                if (row == null) {
                    Duty fresh = Duty.open(id, party.operatorId(), o, decision.ruleSet());
                    long dutyId = duties.insert(workspaceId, fresh, now);
                    if (o.doneOn() != null) {
                        Duty inserted = duties.find(workspaceId, dutyId).orElseThrow();
                        duties.replace(workspaceId, inserted, inserted.fulfil(o.doneOn()), trigger, now);
                    }
                } else if (row.status() == DutyStatus.OPEN || row.status() == DutyStatus.WITHDRAWN) {
                    Duty next = row;
                    if (row.status() == DutyStatus.WITHDRAWN || !row.sameSchedule(o, decision.ruleSet())) {
                        next = row.rescheduled(o, decision.ruleSet());
                    }
                    if (o.doneOn() != null) {
                        next = next.fulfil(o.doneOn());
                    }
                    if (next != row) {
                        duties.replace(workspaceId, row, next, trigger, now);
                    }
                }
                // FULFILLED and NOT_REQUIRED are final: later facts do not rewrite whether it was on time.
            }
            for (Duty gone : rows.values()) {
                if (gone.isOpen()) {
                    duties.replace(workspaceId, gone, gone.withdrawn(), trigger, now);
                }
            }
        }
    }

    public List<Duty> duties(long workspaceId, long id) {
        incident(workspaceId, id);
        return duties.of(workspaceId, id);
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
        Duty after = before.fulfil(on);
        duties.replace(workspaceId, before, after, "履行 / fulfilled by " + actor, now());
        entries.addTimeline(workspaceId, before.incidentId(), new TimelineEntry(0, now(),
                before.duty() + " を " + on + " に履行（" + (after.onTime() ? "期限内" : "期限後") + "）", actor));
        return after;
    }

    @Transactional
    public Duty waive(long workspaceId, long dutyId, Waiver waiver) {
        audit.record(AuditEvent.of("duty.not-required").inWorkspace(workspaceId).target("duty", dutyId));
        Duty before = duty(workspaceId, dutyId);
        Duty after = before.waive(waiver);
        duties.replace(workspaceId, before, after, "不要と判断 / not required, approved by " + waiver.approvedBy(), now());
        entries.addTimeline(workspaceId, before.incidentId(), new TimelineEntry(0, now(),
                before.duty() + " を不要と判断（承認 " + waiver.approvedBy() + "）: " + waiver.reason(), waiver.approvedBy()));
        return after;
    }

    // ---- status

    @Transactional
    public Incident contain(long workspaceId, long id, LocalDate on, String actor) {
        audit.record(AuditEvent.of("incident.contain").inWorkspace(workspaceId).target("incident", id));
        Incident next = incident(workspaceId, id).contain(on);
        cases.update(workspaceId, next, now());
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), "封じ込め済み（" + on + "）/ contained", actor));
        return next;
    }

    @Transactional
    public Incident close(long workspaceId, long id, String actor) {
        audit.record(AuditEvent.of("incident.close").inWorkspace(workspaceId).target("incident", id));
        Incident next = incident(workspaceId, id).close(duties.countOpen(workspaceId, id));
        cases.update(workspaceId, next, now());
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), "完了 / closed", actor));
        return next;
    }

    @Transactional
    public Incident reopen(long workspaceId, long id, String actor) {
        audit.record(AuditEvent.of("incident.reopen").inWorkspace(workspaceId).target("incident", id));
        Incident next = incident(workspaceId, id).reopen();
        cases.update(workspaceId, next, now());
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), "対応再開 / reopened", actor));
        return next;
    }

    // ---- timeline, tasks, holdings

    @Transactional
    public void addTimeline(long workspaceId, long id, Instant at, String entry, String actor) {
        audit.record(AuditEvent.of("incident.timeline-add").inWorkspace(workspaceId).target("incident", id));
        incident(workspaceId, id);
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, at == null ? now() : at, entry, actor));
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
            throw new IncidentNotFoundException("open task", taskId);
        }
    }

    /** Takes a proposed holding off the case; the parties' figures are then corrected on their own forms. */
    @Transactional
    public void removeHolding(long workspaceId, long id, long holdingId, String actor) {
        audit.record(AuditEvent.of("incident.holding-remove").inWorkspace(workspaceId).target("incident", id));
        incident(workspaceId, id);
        if (!entries.removeHolding(workspaceId, id, holdingId)) {
            throw new IncidentNotFoundException("holding", holdingId);
        }
        String trigger = "保有データ #" + holdingId + " を対象外にしました / holding removed from the case";
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), trigger, actor));
        refigure(workspaceId, id, trigger);
    }

    /** Proposes the affected holdings afresh from the register (after the register was corrected, or to undo). */
    @Transactional
    public void reproposeHoldings(long workspaceId, long id, String actor) {
        audit.record(AuditEvent.of("incident.holdings-repropose").inWorkspace(workspaceId).target("incident", id));
        Incident incident = incident(workspaceId, id);
        if (incident.status() == IncidentStatus.CLOSED) {
            throw new IllegalTransitionException("完了した事案は編集できません / a closed incident cannot be edited");
        }
        entries.removeHoldings(workspaceId, id);
        for (Impact.AffectedHolding h : register.impact(workspaceId, incident.facts().operatorId()).holdings()) {
            entries.addHolding(workspaceId, id, new AffectedHolding(h.holdingId(), h.principal().id(), h.description(),
                    DataItem.format(h.items()), h.persons().value(), h.persons().upperBound(),
                    h.strongEncryption()));
        }
        String trigger = "登録簿から保有データを再提案しました / holdings proposed again from the register";
        entries.addTimeline(workspaceId, id, new TimelineEntry(0, now(), trigger, actor));
        refigure(workspaceId, id, trigger);
    }

    /**
     * Recomputes every party's persons, items and encryption from the holdings kept on the case (and the ad-hoc
     * figures), keeping roles, awareness dates and notices, then re-evaluates. New principals are added.
     */
    private void refigure(long workspaceId, long id, String trigger) {
        Incident incident = incident(workspaceId, id);
        Set<Long> kept = new java.util.HashSet<>();
        entries.holdings(workspaceId, id).forEach(h -> kept.add(h.holdingId()));
        Impact impact = keepOnly(register.impact(workspaceId, incident.facts().operatorId()), kept);
        Map<Long, Party> existing = new LinkedHashMap<>();
        parties.of(workspaceId, id).forEach(p -> existing.put(p.operatorId(), p));
        for (Party fresh : cascade(workspaceId, incident.facts(), impact)) {
            Party old = existing.remove(fresh.operatorId());
            if (old == null) {
                parties.insert(workspaceId, id, fresh);
            } else {
                parties.update(workspaceId, id, old.withFacts(old.role(), fresh.items(), fresh.persons(),
                        fresh.personsMax(), fresh.strongEncryption(), old.knownOn()));
            }
        }
        // Principals no kept holding reaches any more: nothing of theirs is affected.
        for (Party gone : existing.values()) {
            parties.update(workspaceId, id, gone.withFacts(gone.role(), Set.of(), 0, null, false, gone.knownOn()));
        }
        evaluate(workspaceId, id, trigger);
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
                    DataItem.flagsOf(items), encryption, past, p.path()));
        }
        return new Impact(impact.operator(), holdings, principals);
    }

    // ---- for the document module

    /** One operator's facts for a report draft (Rules Art. 8(1)); see {@link IncidentReport}. */
    public IncidentReport report(long workspaceId, long id, long operatorId) {
        IncidentView view = view(workspaceId, id);
        PartyView pv = view.parties().stream().filter(p -> p.party().operatorId() == operatorId).findFirst()
                .orElseThrow(() -> new IncidentNotFoundException("party", operatorId));
        Party party = pv.party();
        IncidentFacts f = view.incident().facts();
        Decision d = pv.decision();
        List<IncidentReport.PartyRef> principals = view.parties().stream().map(PartyView::party)
                .filter(p -> p.path().size() > 1 && p.path().get(1) == operatorId)
                .map(p -> new IncidentReport.PartyRef(p.operatorId(), p.operatorName())).toList();
        List<IncidentReport.PartyRef> entrustees = party.path().size() > 1
                ? List.of(new IncidentReport.PartyRef(party.path().get(1), view.nameOf(party.path().get(1))))
                : List.of();
        return new IncidentReport(id, f.title(), operatorId, party.operatorName(), party.role().code(), f.occurredOn(),
                f.discoveredOn(), party.awarenessDate(f.discoveredOn()).orElse(null), f.containedOn(), f.kindCode(),
                f.discoverer(), d == null ? List.of() : d.appiCategories(), d == null ? List.of() : d.myNumberCategories(),
                d != null && d.reportable(), party.items().stream().map(DataItem::code).toList(), party.persons(),
                party.personsMax(), f.incidentTypes().stream().map(IncidentType::code).toList(), f.cause(), principals,
                entrustees, view.timeline());
    }

    /** The report facts of every operator the incident reaches, the operator where it happened first. */
    public List<IncidentReport> reports(long workspaceId, long id) {
        return parties.of(workspaceId, incident(workspaceId, id).id()).stream()
                .map(p -> report(workspaceId, id, p.operatorId())).toList();
    }

    /** For reminders: open obligations due by {@code until}. */
    List<Duty> openDuties(long workspaceId, LocalDate until) {
        return duties.openWithDeadline(workspaceId, until, Integer.MAX_VALUE);
    }

    /** One open obligation with the names a person needs to recognise it. */
    public record AgendaItem(Duty duty, String incidentTitle, String operatorName) {
    }

    /**
     * Open obligations with a deadline on or before {@code until} (overdue ones first), at most {@code limit}, for
     * the dashboard and the calendar feed. A vendor-scale incident owes duties to thousands of operators, so callers
     * that show a page pass a limit and {@link #openDutyCount} says how many there are in all.
     */
    public List<AgendaItem> agenda(long workspaceId, LocalDate until, int limit) {
        Map<Long, String> titles = new HashMap<>();
        return duties.openWithDeadline(workspaceId, until, limit).stream().map(d -> new AgendaItem(d,
                titles.computeIfAbsent(d.incidentId(), id -> incident(workspaceId, id).facts().title()),
                party(workspaceId, d.incidentId(), d.operatorId()).operatorName())).toList();
    }

    public int openDutyCount(long workspaceId, LocalDate until) {
        return duties.countOpenWithDeadline(workspaceId, until);
    }

    List<Long> workspacesWithOpenDuties() {
        return duties.workspacesWithOpenDuties();
    }

    /** Decides a misdelivery at once, without recording anything (the fast path). */
    public Decision decide(Misdelivery misdelivery) {
        return engine.evaluate(misdelivery.facts());
    }

    Facts factsOf(long workspaceId, long id, long operatorId) {
        Incident incident = incident(workspaceId, id);
        return party(workspaceId, id, operatorId).facts(incident.facts()).orElse(null);
    }
}
