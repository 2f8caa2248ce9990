package org.itaku.incident.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.Duty;
import org.itaku.incident.DutyStatus;
import org.itaku.incident.ForensicResult;
import org.itaku.incident.IncidentPage;
import org.itaku.incident.NoticeImport;
import org.itaku.incident.PartyFilter;
import org.itaku.incident.PartySummary;
import org.itaku.incident.TimelineEntry;
import org.itaku.incident.Incident;
import org.itaku.incident.IncidentReport;
import org.itaku.incident.IncidentRuleException;
import org.itaku.incident.IncidentStatus;
import org.itaku.incident.Incidents;
import org.itaku.incident.Misdelivery;
import org.itaku.incident.PartyView;
import org.itaku.incident.Waiver;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.InvalidFactsException;
import org.itaku.obligation.ObligationJson;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Incidents over HTTP/JSON. The workspace always comes from the signed-in member, never from the request. */
@RestController
@RequestMapping("/api/incidents")
class IncidentApi {

    private final Incidents incidents;

    IncidentApi(Incidents incidents) {
        this.incidents = incidents;
    }

    private static WorkspaceMember me() {
        return CurrentWorkspace.require();
    }

    @GetMapping
    List<Incident> list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) IncidentStatus status) {
        return incidents.search(me().workspaceId(), q, status);
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody IncidentForm form) {
        WorkspaceMember me = me();
        long id = incidents.create(me.workspaceId(), form.toFacts(), me.userId(), me.email());
        return ResponseEntity.created(URI.create("/api/incidents/" + id)).body(show(id));
    }

    /**
     * The case: its counts by distance and decision, then one page of parties (50 by default, at most 200) with each
     * operator's own decision in the wire format of POST /api/obligations/evaluate. {@code total_parties} and
     * {@code page} let a client walk the rest; {@code distance} and {@code decision} filter.
     */
    @GetMapping("/{id}")
    ObjectNode show(@PathVariable long id, @RequestParam(required = false) Integer distance,
            @RequestParam(required = false) String decision, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PartyFilter filter = new PartyFilter(distance, null, decision == null || decision.isBlank() ? null
                : IncidentForm.constant(PartyFilter.DecisionState.class, decision, "decision"), q, null);
        IncidentPage view = incidents.page(me().workspaceId(), id, filter, page, size);
        ObjectNode out = ObligationJson.newObject();
        Incident incident = view.incident();
        out.put("id", incident.id());
        out.put("title", incident.facts().title());
        out.put("status", incident.status().name());
        out.put("kind", incident.facts().kindCode());
        out.put("operator_id", incident.facts().operatorId());
        out.put("operator", view.operatorName());
        out.put("discovered_on", incident.facts().discoveredOn().toString());
        ObjectNode summary = out.putObject("summary");
        summary.put("parties", view.summary().parties());
        summary.put("decided", view.summary().decided());
        summary.put("reportable", view.summary().reportable());
        summary.put("awaiting_notice", view.summary().awaiting());
        summary.put("notices", view.notices());
        ArrayNode levels = summary.putArray("levels");
        for (PartySummary.Level l : view.summary().levels()) {
            ObjectNode level = levels.addObject();
            level.put("distance", l.distance());
            level.put("parties", l.parties());
            level.put("reportable", l.reportable());
            level.put("not_reportable", l.notReportable());
            level.put("awaiting_notice", l.awaiting());
            level.put("persons", l.persons());
        }
        out.put("total_parties", view.matching());
        out.put("page", view.page());
        out.put("size", view.size());
        ArrayNode parties = out.putArray("parties");
        for (PartyView pv : view.parties()) {
            ObjectNode p = parties.addObject();
            p.put("operator_id", pv.party().operatorId());
            p.put("operator", pv.party().operatorName());
            p.put("role", pv.party().role().code());
            p.put("distance", pv.party().distance());
            p.put("persons", pv.party().persons());
            ArrayNode items = p.putArray("data_items");
            pv.party().items().forEach(i -> items.add(i.code()));
            pv.party().awarenessDate(incident.facts().discoveredOn()).ifPresent(d -> p.put("known_on", d.toString()));
            if (pv.decision() != null) {
                p.set("decision", ObligationJson.write(pv.decision()));
            } else if (pv.problem() != null) {
                p.put("problem", pv.problem());
            } else {
                p.put("awaiting_notice", true);
            }
        }
        return out;
    }

    private ObjectNode show(long id) {
        return show(id, null, null, "", 0, 50);
    }

    @PutMapping("/{id}/facts")
    ObjectNode updateFacts(@PathVariable long id, @RequestBody IncidentForm form) {
        WorkspaceMember me = me();
        incidents.updateFacts(me.workspaceId(), id, form.toFacts(), me.email());
        return show(id);
    }

    /** A forensic finding: {"on": "2026-12-01", "outcome": "ruled_out"|"confirmed"|"narrowed", "data_items": [...], "persons": n}. */
    record ForensicForm(LocalDate on, String outcome, List<String> dataItems, Long persons, String note) {
    }

    @PostMapping("/{id}/forensic-results")
    ObjectNode forensicResult(@PathVariable long id, @RequestBody ForensicForm form) {
        WorkspaceMember me = me();
        incidents.recordForensicResult(me.workspaceId(), id, new ForensicResult(form.on(),
                IncidentForm.constant(ForensicResult.Outcome.class, form.outcome(), "outcome"),
                IncidentForm.set(DataItem.class, form.dataItems(), "data_items"), form.persons(), form.note()),
                me.email());
        return show(id);
    }

    /** The chronology as codes with parameters (message keys incident.event.*), oldest first. */
    @GetMapping("/{id}/events")
    List<TimelineEntry> events(@PathVariable long id) {
        return incidents.events(me().workspaceId(), id);
    }

    /** One operator's own figures. */
    record PartyForm(String role, List<String> dataItems, Long persons, Long personsMax, boolean strongEncryption,
            LocalDate knownOn) {
    }

    @PutMapping("/{id}/parties/{operatorId}")
    ObjectNode updateParty(@PathVariable long id, @PathVariable long operatorId, @RequestBody PartyForm form) {
        WorkspaceMember me = me();
        Set<DataItem> items = IncidentForm.set(DataItem.class, form.dataItems(), "data_items");
        incidents.updateParty(me.workspaceId(), id, operatorId,
                IncidentForm.constant(EntrustmentRole.class, form.role(), "role"), items,
                form.persons() == null ? 0 : form.persons(), form.personsMax(), form.strongEncryption(), form.knownOn(),
                me.email());
        return show(id);
    }

    record NoticeForm(java.time.OffsetDateTime at) {
    }

    /** The operator notified its own principals (now, or at {@code at}); answers the case's first page. */
    @PostMapping("/{id}/parties/{operatorId}/notify-principals")
    ObjectNode notifyPrincipals(@PathVariable long id, @PathVariable long operatorId,
            @RequestBody(required = false) NoticeForm form) {
        WorkspaceMember me = me();
        incidents.notifyPrincipals(me.workspaceId(), id, operatorId,
                form == null || form.at() == null ? null : form.at().toInstant(), me.userId(), me.email());
        return show(id);
    }

    record RelayForm(Integer distance, java.time.OffsetDateTime at) {
    }

    /** Every operator at {@code distance} that knows notified its own principals: {"notices": n}. */
    @PostMapping("/{id}/notices/relay")
    ObjectNode relay(@PathVariable long id, @RequestBody RelayForm form) {
        WorkspaceMember me = me();
        if (form.distance() == null) {
            throw new IncidentRuleException("incident.rule.fieldRequired", "distance");
        }
        int n = incidents.relayNotices(me.workspaceId(), id, form.distance(),
                form.at() == null ? null : form.at().toInstant(), me.userId(), me.email());
        ObjectNode out = ObligationJson.newObject();
        out.put("notices", n);
        return out;
    }

    /** Notice dates for many operators: the body is CSV (text/csv) or XLSX with operator_id, notified_on. */
    @PostMapping(value = "/{id}/notices/import", consumes = {"text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"})
    ObjectNode importNotices(@PathVariable long id, @RequestBody byte[] body,
            @org.springframework.web.bind.annotation.RequestHeader("Content-Type") String contentType) {
        WorkspaceMember me = me();
        int n = incidents.importNotices(me.workspaceId(), id, NoticeImport.read(body, contentType.contains("spreadsheetml")),
                me.userId(), me.email());
        ObjectNode out = ObligationJson.newObject();
        out.put("notices", n);
        return out;
    }

    /** One page of the incident's obligations (100 by default, at most 200), optionally of one kind and status. */
    @GetMapping("/{id}/obligations")
    Incidents.DutyPage obligations(@PathVariable long id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return incidents.duties(me().workspaceId(), id,
                kind == null ? null : IncidentForm.constant(org.itaku.obligation.Obligation.Kind.class, kind, "kind"),
                status == null ? null : IncidentForm.constant(DutyStatus.class, status, "status"), page, size);
    }

    record FulfilForm(LocalDate on) {
    }

    @PostMapping("/{id}/obligations/{dutyId}/fulfil")
    Duty fulfil(@PathVariable long id, @PathVariable long dutyId, @RequestBody FulfilForm form) {
        WorkspaceMember me = me();
        requireOf(id, dutyId);
        return incidents.fulfil(me.workspaceId(), dutyId, form.on(), me.email());
    }

    record WaiverForm(String requestedBy, String reason) {
    }

    /** The signed-in OFFICER or ADMIN is the approver (the access rules let nobody else reach this). */
    @PostMapping("/{id}/obligations/{dutyId}/not-required")
    Duty notRequired(@PathVariable long id, @PathVariable long dutyId, @RequestBody WaiverForm form) {
        WorkspaceMember me = me();
        requireOf(id, dutyId);
        return incidents.waive(me.workspaceId(), dutyId, new Waiver(form.requestedBy(), me.email(), me.role(),
                form.reason()));
    }

    private void requireOf(long id, long dutyId) {
        if (incidents.duty(me().workspaceId(), dutyId).incidentId() != id) {
            throw new org.itaku.incident.IncidentNotFoundException("obligation", dutyId);
        }
    }

    record StatusForm(String status, LocalDate containedOn) {
    }

    @PostMapping("/{id}/status")
    Incident status(@PathVariable long id, @RequestBody StatusForm form) {
        WorkspaceMember me = me();
        IncidentStatus next = IncidentForm.constant(IncidentStatus.class, form.status(), "status");
        return switch (next) {
            case CONTAINED -> incidents.contain(me.workspaceId(), id,
                    form.containedOn() == null ? incidents.today() : form.containedOn(), me.email());
            case CLOSED -> incidents.close(me.workspaceId(), id, me.email());
            case OPEN -> incidents.reopen(me.workspaceId(), id, me.email());
        };
    }

    @GetMapping("/{id}/report/{operatorId}")
    IncidentReport report(@PathVariable long id, @PathVariable long operatorId) {
        return incidents.report(me().workspaceId(), id, operatorId);
    }

    record MisdeliveryForm(String channel, String recipient, Long persons, List<String> dataItems,
            boolean retrievedUnread, String operatorKind, LocalDate knownOn) {
    }

    @PostMapping("/misdelivery")
    ObjectNode misdelivery(@RequestBody MisdeliveryForm form) {
        Misdelivery m = new Misdelivery(IncidentForm.constant(Misdelivery.Channel.class, form.channel(), "channel"),
                form.recipient(), form.persons() == null ? 0 : form.persons(),
                IncidentForm.set(DataItem.class, form.dataItems(), "data_items"), form.retrievedUnread(),
                form.operatorKind() == null ? null : IncidentForm.constant(OperatorKind.class, form.operatorKind(), "operator_kind"),
                form.knownOn());
        return ObligationJson.write(incidents.decide(m));
    }

    // A refused value (400) and a refused change (409, IllegalTransitionException) are answered by the shared
    // handlers in org.itaku.web with the code, its parameters and the text in the request's language.

    @ExceptionHandler(InvalidFactsException.class)
    ProblemDetail badInput(InvalidFactsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
        problem.setTitle("Invalid input");
        return problem;
    }
}
