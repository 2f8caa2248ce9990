package org.itaku.casebook.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.itaku.casebook.CaseImportException;
import org.itaku.casebook.CaseRecord;
import org.itaku.casebook.Casebook;
import org.itaku.casebook.Controls;
import org.itaku.casebook.NoticeCommand;
import org.itaku.casebook.NoticeSource;
import org.itaku.casebook.StoredCase;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.vocabulary.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/** The case library pages: list and search, import, one case with its controls, statistics, VERIS export. */
@Controller
@RequestMapping("/casebook")
class CasebookPages {

    private final Casebook casebook;
    private final Refusals refusals;

    CasebookPages(Casebook casebook, Refusals refusals) {
        this.casebook = casebook;
        this.refusals = refusals;
    }

    private static WorkspaceMember me() {
        return CurrentWorkspace.require();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String vendor,
            @RequestParam(defaultValue = "") String sector, Model model) {
        long ws = me().workspaceId();
        String t = Casebook.INCIDENT_TYPES.contains(type) ? type : null;
        Boolean v = "yes".equals(vendor) ? Boolean.TRUE : "no".equals(vendor) ? Boolean.FALSE : null;
        Integer y = year != null && year >= 1900 && year <= 2200 ? year : null;
        String sec = sector.isBlank() || sector.length() > 100 ? null : sector.strip();
        model.addAttribute("cases", casebook.search(ws, q, new Casebook.Filter(t, y, v, sec), 200));
        model.addAttribute("sectors", casebook.sectors(ws));
        model.addAttribute("sector", sec == null ? "" : sec);
        model.addAttribute("total", casebook.count(ws));
        model.addAttribute("years", casebook.years(ws));
        model.addAttribute("types", Casebook.INCIDENT_TYPES);
        model.addAttribute("q", q);
        model.addAttribute("type", t == null ? "" : t);
        model.addAttribute("year", y);
        model.addAttribute("vendor", v == null ? "" : vendor);
        return "casebook/list";
    }

    @PostMapping("/rebuild")
    String rebuild(RedirectAttributes flash) {
        flash.addFlashAttribute("rebuilt", casebook.rebuild(me().workspaceId()));
        return "redirect:/casebook";
    }

    @GetMapping("/import")
    String importForm(Model model) {
        model.addAttribute("maxFiles", Casebook.MAX_FILES);
        return "casebook/import";
    }

    @PostMapping("/import")
    String importNotices(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String sector, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes flash) {
        WorkspaceMember me = me();
        try {
            List<NoticeSource> sources = new ArrayList<>();
            if (!text.isBlank()) {
                sources.add(new NoticeSource(name.isBlank() ? "貼り付けたテキスト" : name, text));
            }
            // Files are optional: pasted text may come as a plain urlencoded form.
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            if (multipart != null) {
                for (MultipartFile f : multipart.getFiles("files")) {
                    if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                        continue; // the empty file input of a form posted without files
                    }
                    if (f.getSize() > NoticeSource.MAX_BYTES) {
                        throw NoticeSource.tooLarge(f.getOriginalFilename());
                    }
                    sources.add(NoticeSource.decode(f.getOriginalFilename(), f.getBytes()));
                }
            }
            List<Long> ids = casebook.importNotices(me.workspaceId(), sources, sector, me.userId());
            if (ids.size() == 1) {
                return "redirect:/casebook/" + ids.get(0);
            }
            flash.addFlashAttribute("imported", ids.size());
            return "redirect:/casebook";
        } catch (CaseImportException e) {
            // The form comes back with what the user entered and says what to fix; nothing was stored.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", refusals.text(e));
            model.addAttribute("text", text);
            model.addAttribute("name", name);
            model.addAttribute("sector", sector);
            model.addAttribute("maxFiles", Casebook.MAX_FILES);
            return "casebook/import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/stats")
    String stats(Model model) {
        model.addAttribute("stats", casebook.stats(me().workspaceId()));
        return "casebook/stats";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        StoredCase c = casebook.find(me().workspaceId(), id);
        model.addAttribute("c", c);
        model.addAttribute("r", c.record());
        model.addAttribute("controls", Controls.catalogue().forCauses(c.record().causes()));
        model.addAttribute("prefill", prefill(c));
        return "casebook/show";
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        StoredCase c = casebook.find(me().workspaceId(), id);
        model.addAttribute("c", c);
        model.addAttribute("values", NoticeCommand.toMap(c.sourceName(), null, c.record()));
        model.addAttribute("types", Casebook.INCIDENT_TYPES);
        return "casebook/edit";
    }

    /** An officer's correction: every field of the form is sent; the ones that differ are changed and audited. */
    @PostMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(name = "incident_types", required = false) List<String> types, HttpServletResponse response,
            Model model, RedirectAttributes flash) {
        WorkspaceMember me = me();
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : Casebook.CORRECTABLE_FIELDS) {
            if (form.containsKey(field)) {
                changes.put(field, form.get(field));
            }
        }
        // Unticked boxes are not sent: the form always carries the full list of types.
        changes.put("incident_types", types == null ? List.of() : types);
        try {
            StoredCase c = casebook.correct(me.workspaceId(), id, changes, me.userId());
            flash.addFlashAttribute("corrected", true);
            return "redirect:/casebook/" + c.id();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            StoredCase c = casebook.find(me.workspaceId(), id);
            Map<String, Object> values = new LinkedHashMap<>(NoticeCommand.toMap(c.sourceName(), null, c.record()));
            values.putAll(changes);
            model.addAttribute("c", c);
            model.addAttribute("values", values);
            model.addAttribute("types", Casebook.INCIDENT_TYPES);
            model.addAttribute("error", refusals.text(e));
            return "casebook/edit";
        }
    }

    @PostMapping("/{id:\\d+}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        casebook.delete(me().workspaceId(), id);
        flash.addFlashAttribute("deleted", id);
        return "redirect:/casebook";
    }

    @GetMapping(value = "/{id:\\d+}/veris.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    ResponseEntity<Map<String, Object>> veris(@PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"case-" + id + "-veris.json\"")
                .body(casebook.veris(me().workspaceId(), id));
    }

    /**
     * The new-incident form pre-filled from a vendor's notice: title, incident types, dates, persons, data items and a
     * cause text, as query parameters the incident form binds into its defaults. The user still checks and saves.
     */
    static String prefill(StoredCase c) {
        CaseRecord r = c.record();
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/incidents/new");
        String title = r.title() != null ? r.title() : c.sourceName();
        b.queryParam("title", title.length() > 300 ? title.substring(0, 300) : title);
        r.incidentTypes().forEach(t -> b.queryParam("incidentTypes", t));
        if (r.occurred() != null) {
            b.queryParam("occurredOn", r.occurred());
        }
        if (r.discovered() != null) {
            b.queryParam("discoveredOn", r.discovered());
        }
        if (r.personsAffected() != null) {
            b.queryParam("adhocPersons", r.personsAffected());
        }
        r.dataItems().forEach(i -> b.queryParam("adhocItems", i));
        StringBuilder cause = new StringBuilder("事例集 #" + c.id());
        if (r.organization() != null) {
            cause.append("（").append(r.organization()).append("の公表）");
        }
        for (String id : r.causes()) {
            cause.append("\n").append(id).append(' ').append(Controls.catalogue().label(id));
        }
        String evidence = r.evidence().get("incident_types");
        if (evidence != null) {
            cause.append("\n").append(evidence);
        }
        b.queryParam("cause", cause.length() > 3900 ? cause.substring(0, 3900) : cause.toString());
        return b.encode().build().toUriString();
    }
}
