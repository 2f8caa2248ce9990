package org.itaku.incident.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.Duty;
import org.itaku.incident.IllegalTransitionException;
import org.itaku.incident.Incident;
import org.itaku.incident.IncidentReport;
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

    /** The case with every operator's own decision in the wire format of POST /api/obligations/evaluate. */
    @GetMapping("/{id}")
    ObjectNode show(@PathVariable long id) {
        var view = incidents.view(me().workspaceId(), id);
        ObjectNode out = ObligationJson.newObject();
        Incident incident = view.incident();
        out.put("id", incident.id());
        out.put("title", incident.facts().title());
        out.put("status", incident.status().name());
        out.put("kind", incident.facts().kindCode());
        out.put("operator_id", incident.facts().operatorId());
        out.put("operator", view.operatorName());
        out.put("discovered_on", incident.facts().discoveredOn().toString());
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

    @PutMapping("/{id}/facts")
    ObjectNode updateFacts(@PathVariable long id, @RequestBody IncidentForm form) {
        WorkspaceMember me = me();
        incidents.updateFacts(me.workspaceId(), id, form.toFacts(), me.email());
        return show(id);
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

    @PostMapping("/{id}/parties/{operatorId}/notify-principals")
    ObjectNode notifyPrincipals(@PathVariable long id, @PathVariable long operatorId) {
        WorkspaceMember me = me();
        incidents.notifyPrincipals(me.workspaceId(), id, operatorId, me.userId(), me.email());
        return show(id);
    }

    @GetMapping("/{id}/obligations")
    List<Duty> obligations(@PathVariable long id) {
        return incidents.duties(me().workspaceId(), id);
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

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail conflict(IllegalTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not allowed now");
        return problem;
    }

    @ExceptionHandler({IllegalArgumentException.class, InvalidFactsException.class})
    ProblemDetail badInput(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
        problem.setTitle("Invalid input");
        return problem;
    }
}
