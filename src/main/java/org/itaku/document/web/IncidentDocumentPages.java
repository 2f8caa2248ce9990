package org.itaku.document.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.itaku.document.DateStyle;
import org.itaku.document.WorkspaceDocumentSettings;
import org.itaku.document.DocumentNotAvailableException;
import org.itaku.document.Format;
import org.itaku.document.IncidentDocumentKind;
import org.itaku.document.IncidentDocuments;
import org.itaku.document.IncidentDocuments.OperatorDocuments;
import org.itaku.document.InvalidDraftEditException;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.itaku.vocabulary.Refusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents of an incident: a page listing them per operator, and downloads. Every download is generated
 * afresh, kept as a version with the incident and recorded in the audit trail.
 */
@Controller
@RequestMapping("/incidents/{id:\\d+}/documents")
class IncidentDocumentPages {

    static final String FIELDS_SUFFIX = ".fields";

    private final IncidentDocuments documents;
    private final WorkspaceDocumentSettings settings;
    private final Refusals refusals;

    IncidentDocumentPages(IncidentDocuments documents, WorkspaceDocumentSettings settings, Refusals refusals) {
        this.refusals = refusals;
        this.documents = documents;
        this.settings = settings;
    }

    /** One page of operators (50 by default), searchable by name: a vendor's incident reaches 170,000. */
    @GetMapping
    String list(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer distance, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(CurrentWorkspace.require().workspaceId(), id, q, distance, page, model);
    }

    /** The list for a member of workspace {@code ws}: its model filled, its template named. */
    String list(long ws, long id, String q, Integer distance, int page, Model model) {
        model.addAttribute("incidentId", id);
        IncidentDocuments.OverviewPage overview = documents.overview(ws, id,
                new org.itaku.incident.PartyFilter(distance, null, null, q, null), page, 50);
        List<OperatorDocuments> operators = overview.operators();
        model.addAttribute("operators", operators);
        model.addAttribute("overview", overview);
        model.addAttribute("q", q);
        model.addAttribute("distance", distance);
        // The history names each operator; one no longer part of the incident shows as its number.
        model.addAttribute("names", operators.stream().collect(Collectors.toMap(OperatorDocuments::operatorId,
                OperatorDocuments::name, (a, b) -> a)));
        model.addAttribute("history", documents.history(ws, id));
        model.addAttribute("formats", List.of("html", "docx", "pdf", "json"));
        model.addAttribute("dateStyle", settings.dateStyle(ws).name().toLowerCase(Locale.ROOT));
        return "document/incident-documents";
    }

    /** The workspace's default for dates in documents (和暦 or 西暦); officers and administrators. */
    @PostMapping("/date-style")
    String dateStyle(@PathVariable long id, @RequestParam String dates, RedirectAttributes flash) {
        WorkspaceMember me = CurrentWorkspace.require();
        settings.setDateStyle(me.workspaceId(), style(dates, me.workspaceId()), me.email());
        flash.addFlashAttribute("saved", true);
        return "redirect:/incidents/" + id + "/documents";
    }

    @GetMapping("/{operatorId:\\d+}/{kind}.{format}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long operatorId, @PathVariable String kind,
            @PathVariable String format, @RequestParam(required = false) String dates) {
        WorkspaceMember me = CurrentWorkspace.require();
        // preliminary.fields.html: the copy-friendly view of a report draft, one form field per block.
        boolean fields = kind.endsWith(FIELDS_SUFFIX);
        String slug = fields ? kind.substring(0, kind.length() - FIELDS_SUFFIX.length()) : kind;
        IncidentDocumentKind k = IncidentDocumentKind.ofSlug(slug)
                .orElseThrow(() -> new DocumentNotAvailableException("unknown document " + kind));
        Format f = format(format);
        if (fields) {
            if (f != Format.HTML) {
                throw new DocumentNotAvailableException("the copy-friendly view is HTML only");
            }
            f = Format.HTML_FIELDS;
        }
        IncidentDocuments.Download d = documents.generate(me.workspaceId(), id, operatorId, k, f,
                style(dates, me.workspaceId()), me.email());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, d.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition(f == Format.HTML || f == Format.HTML_FIELDS ? "inline" : "attachment",
                                d.fileName(), d.asciiFileName()))
                .header("X-Document-Version", String.valueOf(d.version()))
                .header("X-Content-Type-Options", "nosniff")
                .body(d.content());
    }

    /** The draft as generated now, each block in a text box: the officer reviews and edits before keeping it. */
    @GetMapping("/{operatorId:\\d+}/{kind}/edit")
    String edit(@PathVariable long id, @PathVariable long operatorId, @PathVariable String kind,
            @RequestParam(required = false) String dates, Model model) {
        long ws = CurrentWorkspace.require().workspaceId();
        IncidentDocumentKind k = kind(kind);
        model.addAttribute("incidentId", id);
        model.addAttribute("operatorId", operatorId);
        model.addAttribute("draft", documents.draft(ws, id, operatorId, k, style(dates, ws)));
        model.addAttribute("dates", dates == null ? "" : dates);
        return "document/edit";
    }

    /** Keeps the reviewed draft as a version: the generated text and the edited one side by side, audited. */
    @PostMapping("/{operatorId:\\d+}/{kind}/edit")
    String keep(@PathVariable long id, @PathVariable long operatorId, @PathVariable String kind,
            @RequestParam(required = false) String dates, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        WorkspaceMember me = CurrentWorkspace.require();
        IncidentDocumentKind k = kind(kind);
        Map<Integer, String> blocks = new TreeMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("block.") && name.substring(6).matches("\\d{1,4}")) {
                blocks.put(Integer.valueOf(name.substring(6)), value);
            }
        });
        try {
            int version = documents.keepEdited(me.workspaceId(), id, operatorId, k, style(dates, me.workspaceId()),
                    blocks, me.email());
            flash.addFlashAttribute("kept", version);
            return "redirect:/incidents/" + id + "/documents";
        } catch (InvalidDraftEditException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("incidentId", id);
            model.addAttribute("operatorId", operatorId);
            model.addAttribute("draft", documents.draft(me.workspaceId(), id, operatorId, k,
                    style(dates, me.workspaceId())));
            model.addAttribute("submitted", blocks);
            model.addAttribute("error", refusals.text(e));
            model.addAttribute("dates", dates == null ? "" : dates);
            return "document/edit";
        }
    }

    /** A reviewed version as it was kept, in any format. */
    @GetMapping("/versions/{versionId:\\d+}.{format}")
    ResponseEntity<byte[]> kept(@PathVariable long id, @PathVariable long versionId, @PathVariable String format) {
        WorkspaceMember me = CurrentWorkspace.require();
        Format f = format(format);
        IncidentDocuments.Download d = documents.keptVersion(me.workspaceId(), id, versionId, f);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, d.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(f == Format.HTML ? "inline" : "attachment",
                        d.fileName(), d.asciiFileName()))
                .header("X-Document-Version", String.valueOf(d.version()))
                .header("X-Content-Type-Options", "nosniff")
                .body(d.content());
    }

    private static IncidentDocumentKind kind(String slug) {
        IncidentDocumentKind k = IncidentDocumentKind.ofSlug(slug)
                .orElseThrow(() -> new DocumentNotAvailableException("unknown document " + slug));
        if (k == IncidentDocumentKind.PRINCIPAL_NOTICES) {
            throw new DocumentNotAvailableException("principal notices come as one ZIP");
        }
        return k;
    }

    @GetMapping("/{operatorId:\\d+}/principal-notices.zip")
    void principalNotices(@PathVariable long id, @PathVariable long operatorId,
            @RequestParam(defaultValue = "pdf") String format, @RequestParam(required = false) String dates,
            HttpServletResponse response) throws IOException {
        WorkspaceMember me = CurrentWorkspace.require();
        Format f = format(format);
        DateStyle style = style(dates, me.workspaceId());
        // Everything that can answer 404 is checked before the first byte is written.
        documents.principalsOf(me.workspaceId(), id, operatorId);
        String name = documents.zipFileName(me.workspaceId(), id, operatorId);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("attachment", name,
                IncidentDocuments.asciiName(id, operatorId, IncidentDocumentKind.PRINCIPAL_NOTICES, "zip")));
        documents.principalNoticesZip(me.workspaceId(), id, operatorId, f, style, me.email(),
                response.getOutputStream());
        response.flushBuffer();
    }

    private static Format format(String format) {
        Format f = switch (format.toLowerCase(Locale.ROOT)) {
            case "html" -> Format.HTML;
            case "docx" -> Format.DOCX;
            case "pdf" -> Format.PDF;
            case "json" -> Format.JSON;
            default -> null;
        };
        if (f == null) {
            throw new DocumentNotAvailableException("unknown format " + format);
        }
        return f;
    }

    /** The style a request asks for ({@code wareki} or {@code seireki}), else the workspace's default. */
    private DateStyle style(String dates, long workspaceId) {
        if (dates == null || dates.isBlank()) {
            return settings.dateStyle(workspaceId);
        }
        return switch (dates.toLowerCase(Locale.ROOT)) {
            case "wareki" -> DateStyle.WAREKI;
            case "seireki" -> DateStyle.SEIREKI;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "dates must be wareki (和暦) or seireki (西暦), not " + dates.substring(0, Math.min(dates.length(), 20)));
        };
    }

    /** RFC 6266: an ASCII {@code filename} for old clients and the Japanese name as {@code filename*} (RFC 8187). */
    static String disposition(String type, String fileName, String asciiFallback) {
        return type + "; filename=\"" + asciiFallback.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(fileName);
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
