package org.itaku.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.itaku.entrustment.Register;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.Incidents;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: where a signed-in user lands. It answers "what needs me now": the obligations due within
 * {@value #AGENDA_DAYS} days or overdue (the first {@value #AGENDA_ROWS} and how many more), the newest
 * {@value #INCIDENT_ROWS} incidents not yet closed (and how many more), and the register's findings (the first few
 * of each kind).
 */
@Controller
class HomeController {

    static final int AGENDA_DAYS = 14;
    static final int AGENDA_ROWS = 50;
    static final int INCIDENT_ROWS = 20;

    private final Incidents incidents;
    private final Register register;

    HomeController(Incidents incidents, Register register) {
        this.incidents = incidents;
        this.register = register;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<WorkspaceMember> member = CurrentWorkspace.find();
        model.addAttribute("member", member.orElse(null));
        member.ifPresent(m -> {
            LocalDate today = incidents.today();
            model.addAttribute("today", today);
            model.addAttribute("agendaDays", AGENDA_DAYS);
            LocalDate until = today.plusDays(AGENDA_DAYS);
            List<Incidents.AgendaItem> agenda = incidents.agenda(m.workspaceId(), until, AGENDA_ROWS);
            model.addAttribute("agenda", agenda);
            model.addAttribute("agendaMore", agenda.size() < AGENDA_ROWS ? 0
                    : incidents.openDutyCount(m.workspaceId(), until) - agenda.size());
            // Asked by status, so closed incidents never crowd out an old one still in progress.
            Incidents.Unfinished unfinished = incidents.unfinished(m.workspaceId(), INCIDENT_ROWS);
            model.addAttribute("openIncidents", unfinished.newest());
            model.addAttribute("openIncidentsMore", unfinished.total() - unfinished.newest().size());
            model.addAttribute("watch", register.watchList(m.workspaceId()));
        });
        return "home";
    }
}
