package org.itaku.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditFilter;
import org.itaku.audit.AuditRecord;
import org.itaku.audit.AuditRecords;
import org.itaku.audit.AuditTrail;
import org.itaku.audit.AuditVerifier;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.vocabulary.CsvWriter;
import org.itaku.identity.WorkspaceMember;
import org.itaku.vocabulary.JapanTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review page, the verification page and the exports of the current workspace's trail. Exporting
 * is itself audited, before the first byte leaves.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 50;
    static final String EXPORT = "audit.export";

    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final AuditRecords records;
    private final AuditVerifier verifier;
    private final AuditTrail trail;
    private final Clock clock;
    private final ZoneId zone;
    private final DateTimeFormatter displayTime;

    AuditController(AuditRecords records, AuditVerifier verifier, AuditTrail trail, Clock clock) {
        this.records = records;
        this.verifier = verifier;
        this.trail = trail;
        this.clock = clock;
        this.zone = JapanTime.ZONE;
        this.displayTime = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(this.zone);
    }

    /** The filter as the review form sends it; dates are whole days in Japan, both inclusive. */
    record FilterForm(String actor, String action, String targetType, String targetId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        AuditFilter toFilter(ZoneId zone) {
            Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
            Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
            return new AuditFilter(actor, action, targetType, targetId, start, end);
        }

        UriComponentsBuilder query(String path) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            add(b, "actor", actor);
            add(b, "action", action);
            add(b, "targetType", targetType);
            add(b, "targetId", targetId);
            add(b, "from", from == null ? null : from.toString());
            add(b, "to", to == null ? null : to.toString());
            return b;
        }

        private static void add(UriComponentsBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value.strip());
            }
        }
    }

    /** One line of the review table, with the time in the reader's zone. */
    record Row(AuditRecord record, String time) {
    }

    @GetMapping
    String review(@ModelAttribute("filter") FilterForm form, @RequestParam(defaultValue = "0") int page, Model model) {
        WorkspaceMember member = CurrentWorkspace.require();
        long workspaceId = member.workspaceId();
        model.addAttribute("member", member);
        model.addAttribute("actions", records.actions(workspaceId));
        model.addAttribute("targetTypes", records.targetTypes(workspaceId));
        model.addAttribute("zone", zone.getId());
        AuditFilter filter;
        try {
            filter = form.toFilter(zone);
        } catch (IllegalArgumentException e) {
            model.addAttribute("badRange", true);
            model.addAttribute("rows", List.of());
            model.addAttribute("total", 0L);
            return "audit/review";
        }
        long total = records.count(workspaceId, filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        List<Row> rows = records.search(workspaceId, filter, current, PAGE_SIZE).stream()
                .map(r -> new Row(r, displayTime.format(r.occurredAt()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", current + 1);
        model.addAttribute("pages", pages);
        model.addAttribute("previousLink", current > 0
                ? form.query("/audit").queryParam("page", current - 1).build().encode().toUriString() : null);
        model.addAttribute("nextLink", current + 1 < pages
                ? form.query("/audit").queryParam("page", current + 1).build().encode().toUriString() : null);
        model.addAttribute("csvLink", form.query("/audit/export.csv").build().encode().toUriString());
        model.addAttribute("jsonlLink", form.query("/audit/export.jsonl").build().encode().toUriString());
        return "audit/review";
    }

    @GetMapping("/verify")
    String verify(Model model) {
        WorkspaceMember member = CurrentWorkspace.require();
        model.addAttribute("member", member);
        model.addAttribute("verification", verifier.verify(member.workspaceId()));
        model.addAttribute("checkedAt", displayTime.format(Instant.now(clock)));
        model.addAttribute("zone", zone.getId());
        return "audit/verify";
    }

    @GetMapping("/export.csv")
    void exportCsv(@ModelAttribute("filter") FilterForm form, HttpServletResponse response) throws IOException {
        export(form, "csv", "text/csv", response, new CsvFormat());
    }

    @GetMapping("/export.jsonl")
    void exportJsonLines(@ModelAttribute("filter") FilterForm form, HttpServletResponse response) throws IOException {
        export(form, "jsonl", "application/x-ndjson", response, new JsonLinesFormat());
    }

    interface ExportFormat {
        void header(PrintWriter out);

        void write(PrintWriter out, AuditRecord r);
    }

    private void export(FilterForm form, String format, String contentType, HttpServletResponse response,
            ExportFormat writer) throws IOException {
        long workspaceId = CurrentWorkspace.id();
        AuditFilter filter;
        try {
            filter = form.toFilter(zone);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        trail.record(AuditEvent.of(EXPORT).target("audit-trail", format));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + workspaceId + "-"
                + STAMP.format(Instant.now(clock)) + "." + format + "\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        writer.header(out);
        records.forEach(workspaceId, filter, r -> writer.write(out, r));
        out.flush();
    }

    /** CSV with a header line, through the shared writer that defuses cells a spreadsheet would run as formulas. */
    static final class CsvFormat implements ExportFormat {

        @Override
        public void header(PrintWriter out) {
            out.print("id,workspace_id,seq,occurred_at,actor_user_id,actor_email,action,target_type,target_id,"
                    + "changed_fields,source_address,user_agent,prev_hash,hash\r\n");
        }

        @Override
        public void write(PrintWriter out, AuditRecord r) {
            String[] cells = {String.valueOf(r.id()), text(r.workspaceId()), String.valueOf(r.seq()),
                    UTC_MICROS.format(r.occurredAt()), text(r.actorUserId()), r.actorEmail(), r.action(), r.targetType(),
                    r.targetId(), String.join(",", r.changedFields()), r.sourceAddress(), r.userAgent(), r.prevHash(),
                    r.hash()};
            CsvWriter.on(out).row(cells);
        }
    }

    /** One JSON object per line, field names as in the database, for log collectors and SIEMs (written by Jackson). */
    static final class JsonLinesFormat implements ExportFormat {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        public void header(PrintWriter out) {
            // JSON Lines has no header
        }

        @Override
        public void write(PrintWriter out, AuditRecord r) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", r.id());
            line.put("workspace_id", r.workspaceId());
            line.put("seq", r.seq());
            line.put("occurred_at", UTC_MICROS.format(r.occurredAt()));
            line.put("actor_user_id", r.actorUserId());
            line.put("actor_email", r.actorEmail());
            line.put("action", r.action());
            line.put("target_type", r.targetType());
            line.put("target_id", r.targetId());
            line.put("changed_fields", r.changedFields());
            line.put("source_address", r.sourceAddress());
            line.put("user_agent", r.userAgent());
            line.put("prev_hash", r.prevHash());
            line.put("hash", r.hash());
            out.print(JSON.writeValueAsString(line));
            out.print('\n');
        }
    }

    private static String text(Long value) {
        return Optional.ofNullable(value).map(String::valueOf).orElse(null);
    }
}
