package org.itaku.incident.web;

import java.nio.charset.StandardCharsets;

import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.CalendarFeeds;
import org.itaku.incident.DeadlineCalendar;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The deadline calendar for calendar apps: a page where each member makes, replaces or revokes their private feed
 * address, and the feed itself, opened by that address alone.
 */
@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final DeadlineCalendar calendar;

    CalendarFeedController(CalendarFeeds feeds, DeadlineCalendar calendar) {
        this.feeds = feeds;
        this.calendar = calendar;
    }

    @GetMapping("/incidents/calendar")
    String page(Model model) {
        model.addAttribute("feed", feeds.current(CurrentWorkspace.require()).orElse(null));
        return "incident/calendar";
    }

    @PostMapping("/incidents/calendar/feed")
    String issue(RedirectAttributes redirect) {
        String token = feeds.issue(CurrentWorkspace.require());
        redirect.addFlashAttribute("feedUrl", base() + "/calendar/feed/" + token + ".ics");
        return "redirect:/incidents/calendar";
    }

    @PostMapping("/incidents/calendar/feed/revoke")
    String revoke(RedirectAttributes redirect) {
        redirect.addFlashAttribute("revoked", feeds.revoke(CurrentWorkspace.require()));
        return "redirect:/incidents/calendar";
    }

    /** Opened by the secret in the address; an unknown, revoked or orphaned address is simply not found. */
    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.open(token)
                .map(WorkspaceMember::workspaceId)
                .map(workspaceId -> ics(calendar.feed(workspaceId, base())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    static ResponseEntity<String> ics(String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"itaku-deadlines.ics\"")
                .header("Cache-Control", "private, no-store")
                .header("Referrer-Policy", "no-referrer")
                .body(body);
    }
}
