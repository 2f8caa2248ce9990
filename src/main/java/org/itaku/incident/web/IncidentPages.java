package org.itaku.incident.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.itaku.casebook.CaseRecord;
import org.itaku.casebook.NoticeReader;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.DeadlineCalendar;
import org.itaku.incident.DutyStatus;
import org.itaku.incident.ForensicResult;
import org.itaku.incident.IncidentPage;
import org.itaku.incident.IncidentRuleException;
import org.itaku.incident.NoticeImport;
import org.itaku.incident.PartyFilter;
import org.itaku.incident.TimelineText;
import org.itaku.incident.IncidentStatus;
import org.itaku.incident.IncidentTask;
import org.itaku.incident.Incidents;
import org.itaku.incident.LeakIndicator;
import org.itaku.incident.Misdelivery;
import org.itaku.incident.Waiver;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.JapanTime;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.Refusals;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The incident pages: plain HTML forms that work without JavaScript and post with the CSRF token th:action adds. */
@Controller
@RequestMapping("/incidents")
class IncidentPages {

    /** Parties on one page of the incident page unless the request asks for another number. */
    static final int PARTIES_PER_PAGE = 20;

    private final Incidents incidents;
    private final Register register;
    private final DeadlineCalendar calendar;
    private final MessageSource messages;
    private final TimelineText timelineText;
    private final Refusals refusals;

    IncidentPages(Incidents incidents, Register register, DeadlineCalendar calendar, MessageSource messages,
            TimelineText timelineText, Refusals refusals) {
        this.refusals = refusals;
        this.incidents = incidents;
        this.register = register;
        this.calendar = calendar;
        this.messages = messages;
        this.timelineText = timelineText;
    }

    private static WorkspaceMember me() {
        return CurrentWorkspace.require();
    }

    @ModelAttribute
    void vocabularies(Model model) {
        model.addAttribute("events", codes(BreachEvent.values()));
        model.addAttribute("discoverers", Arrays.stream(Discoverer.values()).map(Enum::name).toList());
        model.addAttribute("incidentTypes", Arrays.stream(IncidentType.values()).map(IncidentType::code).toList());
        model.addAttribute("indicatorCodes", Arrays.stream(LeakIndicator.values()).map(Enum::name).toList());
        model.addAttribute("dataItems", Arrays.stream(DataItem.values()).map(DataItem::code).toList());
        model.addAttribute("statuses", Arrays.stream(IncidentStatus.values()).map(Enum::name).toList());
        model.addAttribute("roles", codes(EntrustmentRole.values()));
        model.addAttribute("operatorKinds", codes(OperatorKind.dutyKinds().toArray(OperatorKind[]::new)));
        model.addAttribute("channels", Arrays.stream(Misdelivery.Channel.values()).map(Enum::name).toList());
        model.addAttribute("forensicOutcomes", Arrays.stream(ForensicResult.Outcome.values()).map(Enum::name).toList());
        model.addAttribute("decisionStates", Arrays.stream(PartyFilter.DecisionState.values()).map(Enum::name).toList());
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status, Model model) {
        IncidentStatus s = status.isBlank() ? null : IncidentForm.constant(IncidentStatus.class, status, "status");
        model.addAttribute("incidents", incidents.search(me().workspaceId(), q, s));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        return "incident/list";
    }

    @GetMapping("/new")
    String createForm(@ModelAttribute("form") IncidentForm form, Model model) {
        // Query parameters pre-fill the defaults (the case library links here from a vendor's notice).
        if (form.discoveredOn == null) {
            form.discoveredOn = incidents.today();
        }
        return form(model, form, null, null);
    }

    /**
     * Drafts the new-incident form from a vendor's notice pasted here, read by the casebook's notice reader. Nothing
     * is stored until the user saves the form.
     */
    @PostMapping("/new/from-notice")
    String draftFromNotice(@RequestParam(defaultValue = "") String notice, Model model, HttpServletResponse response,
            Locale locale) {
        IncidentForm blank = new IncidentForm();
        blank.discoveredOn = incidents.today();
        model.addAttribute("notice", notice);
        if (notice.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, blank, null, messages.getMessage("incident.prefill.empty", null, locale));
        }
        CaseRecord read;
        try {
            read = NoticeReader.read(notice);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, blank, null, messages.getMessage("incident.prefill.tooLarge", null, locale));
        }
        List<Operator> operators = register.searchOperators(me().workspaceId(), "", 0, 500).items();
        model.addAttribute("prefilled", true);
        return form(model, NoticePrefill.draft(read, operators, incidents.today()), null, null);
    }

    private String form(Model model, IncidentForm form, Long id, String error) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("error", error);
        model.addAttribute("operators", register.searchOperators(me().workspaceId(), "", 0, 500).items());
        return "incident/form";
    }

    @PostMapping
    String create(@ModelAttribute("form") IncidentForm form, Model model) {
        WorkspaceMember me = me();
        try {
            long id = incidents.create(me.workspaceId(), form.toFacts(), me.userId(), me.email());
            return "redirect:/incidents/" + id;
        } catch (IllegalArgumentException e) {
            return form(model, form, null, refusals.text(e));
        }
    }

    /**
     * The incident page: counts first, then one page of parties (20 by default) matching the filter, so that an
     * incident reaching 170,000 operators renders as quickly as one reaching 16.
     */
    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer distance, @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PARTIES_PER_PAGE) int size, @RequestParam(defaultValue = "0") int holdings,
            Model model, Locale locale) {
        PartyFilter filter = new PartyFilter(distance,
                role.isBlank() ? null : IncidentForm.constant(EntrustmentRole.class, role, "role"),
                decision.isBlank() ? null : IncidentForm.constant(PartyFilter.DecisionState.class, decision, "decision"),
                q, null);
        return show(incidents.page(me().workspaceId(), id, filter, page, size, holdings), model, locale);
    }

    /** The incident page's model for one page of the case (also what {@link IncidentPageWarmup} renders). */
    String show(IncidentPage view, Model model, Locale locale) {
        model.addAttribute("view", view);
        model.addAttribute("timelineTexts", view.timeline().stream().map(e -> timelineText.render(e, locale)).toList());
        model.addAttribute("today", incidents.today());
        model.addAttribute("lang", locale.getLanguage());
        return "incident/show";
    }

    /** One party: its decision with reasons, its obligations, and (for writers) the form that changes its facts. */
    @GetMapping("/{id:\\d+}/parties/{operatorId:\\d+}")
    String party(@PathVariable long id, @PathVariable long operatorId, Model model, Locale locale) {
        model.addAttribute("view", incidents.partyDetail(me().workspaceId(), id, operatorId));
        model.addAttribute("today", incidents.today());
        model.addAttribute("lang", locale.getLanguage());
        return "incident/party";
    }

    /** The obligations of one incident, a page at a time, optionally of one kind and status. */
    @GetMapping("/{id:\\d+}/obligations")
    String obligations(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page, Model model) {
        long ws = me().workspaceId();
        org.itaku.obligation.Obligation.Kind k = kind.isBlank() ? null
                : IncidentForm.constant(org.itaku.obligation.Obligation.Kind.class, kind, "kind");
        DutyStatus st = status.isBlank() ? null : IncidentForm.constant(DutyStatus.class, status, "status");
        model.addAttribute("incident", incidents.incident(ws, id));
        model.addAttribute("duties", incidents.duties(ws, id, k, st, page, 100));
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        return "incident/obligations";
    }

    @PostMapping("/{id:\\d+}/forensic-results")
    String forensicResult(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(required = false) List<String> items,
            @RequestParam(required = false) Long persons, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.recordForensicResult(me.workspaceId(), id, new ForensicResult(on,
                IncidentForm.constant(ForensicResult.Outcome.class, outcome, "outcome"),
                IncidentForm.set(DataItem.class, items, "items"), persons, note), me.email()));
    }

    /** Every operator at one level relayed the notice to its own principals (one step for 3,400 offices). */
    @PostMapping("/{id:\\d+}/notices/relay")
    String relay(@PathVariable long id, @RequestParam int distance,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes flash, Locale locale) {
        WorkspaceMember me = me();
        return act(id, flash, () -> flash.addFlashAttribute("message", messages.getMessage("incident.notices.recorded",
                new Object[] {incidents.relayNotices(me.workspaceId(), id, distance, japan(at), me.userId(), me.email())},
                locale)));
    }

    @PostMapping("/{id:\\d+}/notices/import")
    String importNotices(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash,
            Locale locale) {
        WorkspaceMember me = me();
        return act(id, flash, () -> {
            byte[] content;
            try {
                content = file.getBytes();
            } catch (java.io.IOException e) {
                throw new IncidentRuleException("incident.rule.upload");
            }
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
            int n = incidents.importNotices(me.workspaceId(), id, NoticeImport.read(content, name.endsWith(".xlsx")),
                    me.userId(), me.email());
            flash.addFlashAttribute("message", messages.getMessage("incident.notices.recorded", new Object[] {n}, locale));
        });
    }

    private static java.time.Instant japan(LocalDateTime at) {
        return at == null ? null : JapanTime.instantOf(at);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, IncidentForm.of(incidents.incident(me().workspaceId(), id).facts()), id, null);
    }

    @PostMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") IncidentForm form, Model model) {
        WorkspaceMember me = me();
        try {
            form.operatorId = incidents.incident(me.workspaceId(), id).facts().operatorId();
            incidents.updateFacts(me.workspaceId(), id, form.toFacts(), me.email());
            return "redirect:/incidents/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return form(model, form, id, refusals.text(e));
        }
    }

    /** Runs a change and comes back to the case, with the refusal shown when the records refuse it. */
    private String act(long id, RedirectAttributes flash, Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            flash.addFlashAttribute("error", refusals.text(e));
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/{id:\\d+}/parties/{operatorId}")
    String updateParty(@PathVariable long id, @PathVariable long operatorId, @RequestParam String role,
            @RequestParam(required = false) List<String> items, @RequestParam long persons,
            @RequestParam(required = false) Long personsMax, @RequestParam(defaultValue = "false") boolean strongEncryption,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate knownOn,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        act(id, flash, () -> {
            Set<DataItem> set = IncidentForm.set(DataItem.class, items, "items");
            incidents.updateParty(me.workspaceId(), id, operatorId, IncidentForm.constant(EntrustmentRole.class, role, "role"),
                    set, persons, personsMax, strongEncryption, knownOn, me.email());
        });
        return "redirect:/incidents/" + id + "/parties/" + operatorId;
    }

    @PostMapping("/{id:\\d+}/parties/{operatorId}/notify-principals")
    String notifyPrincipals(@PathVariable long id, @PathVariable long operatorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.notifyPrincipals(me.workspaceId(), id, operatorId,
                at == null ? null : JapanTime.instantOf(at), me.userId(), me.email()));
    }

    @PostMapping("/{id:\\d+}/obligations/{dutyId}/fulfil")
    String fulfil(@PathVariable long id, @PathVariable long dutyId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes flash) {
        WorkspaceMember me = me();
        requireOf(id, dutyId);
        return act(id, flash, () -> incidents.fulfil(me.workspaceId(), dutyId, on, me.email()));
    }

    @PostMapping("/{id:\\d+}/obligations/{dutyId}/not-required")
    String notRequired(@PathVariable long id, @PathVariable long dutyId,
            @RequestParam(required = false) String requestedBy, @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        requireOf(id, dutyId);
        return act(id, flash, () -> incidents.waive(me.workspaceId(), dutyId,
                new Waiver(requestedBy, me.email(), me.role(), reason)));
    }

    private void requireOf(long id, long dutyId) {
        if (incidents.duty(me().workspaceId(), dutyId).incidentId() != id) {
            throw new org.itaku.incident.IncidentNotFoundException("obligation", dutyId);
        }
    }

    @PostMapping("/{id:\\d+}/status")
    String status(@PathVariable long id, @RequestParam String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate containedOn,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> {
            switch (IncidentForm.constant(IncidentStatus.class, status, "status")) {
                case CONTAINED -> incidents.contain(me.workspaceId(), id,
                        containedOn == null ? incidents.today() : containedOn, me.email());
                case CLOSED -> incidents.close(me.workspaceId(), id, me.email());
                case OPEN -> incidents.reopen(me.workspaceId(), id, me.email());
            }
        });
    }

    @PostMapping("/{id:\\d+}/timeline")
    String addTimeline(@PathVariable long id, @RequestParam String entry,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.addTimeline(me.workspaceId(), id,
                at == null ? null : JapanTime.instantOf(at), entry, me.email()));
    }

    @PostMapping("/{id:\\d+}/tasks")
    String addTask(@PathVariable long id, @RequestParam String title, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.addTask(me.workspaceId(), id, new IncidentTask(0, title, assignee, dueOn, null)));
    }

    @PostMapping("/{id:\\d+}/tasks/{taskId}/done")
    String completeTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.completeTask(me.workspaceId(), id, taskId));
    }

    @PostMapping("/{id:\\d+}/holdings/{holdingId}/remove")
    String removeHolding(@PathVariable long id, @PathVariable long holdingId, RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.removeHolding(me.workspaceId(), id, holdingId, me.email()));
    }

    @PostMapping("/{id:\\d+}/holdings/repropose")
    String reproposeHoldings(@PathVariable long id, RedirectAttributes flash) {
        WorkspaceMember me = me();
        return act(id, flash, () -> incidents.reproposeHoldings(me.workspaceId(), id, me.email()));
    }

    // ---- misdelivery fast path

    @GetMapping("/misdelivery")
    String misdeliveryForm(Model model) {
        model.addAttribute("form", new MisdeliveryForm(incidents.today()));
        return "incident/misdelivery";
    }

    @PostMapping("/misdelivery")
    String misdelivery(@ModelAttribute("form") MisdeliveryForm form, Model model) {
        try {
            model.addAttribute("decision", incidents.decide(form.toMisdelivery()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", refusals.text(e));
        }
        model.addAttribute("lang", org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
        return "incident/misdelivery";
    }

    // ---- calendar feed

    /** RFC 5545 feed of the workspace's deadlines; a calendar app can subscribe with a personal access token. */
    @GetMapping(value = "/calendar.ics")
    ResponseEntity<String> calendar() {
        return CalendarFeedController.ics(calendar.feed(me().workspaceId(),
                org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
    }
}
