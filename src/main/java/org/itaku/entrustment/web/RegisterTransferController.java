package org.itaku.entrustment.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.io.Serializable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Map;
import java.util.UUID;

import org.itaku.entrustment.ImportResult;
import org.itaku.entrustment.RegisterImportException;
import org.itaku.entrustment.RegisterTransfer;
import org.itaku.entrustment.RegisterTransfer.Format;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.Role;
import org.itaku.vocabulary.JapanTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Import, export and the template of the 個人情報管理台帳, as pages and as API calls. */
@Controller
class RegisterTransferController {

    private final RegisterTransfer transfer;
    private final Clock clock;
    private final RegisterMessages messages;

    RegisterTransferController(RegisterTransfer transfer, Clock clock, RegisterMessages messages) {
        this.clock = clock;
        this.messages = messages;
        this.transfer = transfer;
    }

    @GetMapping("/register/transfer")
    String page(Model model) {
        model.addAttribute("canWrite", CurrentWorkspace.require().hasAnyRole(Role.ADMIN, Role.OFFICER, Role.STAFF));
        return "entrustment/transfer";
    }

    @GetMapping({"/register/export", "/api/register/export"})
    void export(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(defaultValue = "UTF-8") String encoding,
            HttpServletResponse response) throws IOException {
        long ws = CurrentWorkspace.id();
        Format f = format(format);
        Charset charset = charset(encoding);
        download(response, f, charset, "register-" + JapanTime.today(clock));
        transfer.exportRegister(ws, response.getOutputStream(), f, charset);
    }

    @GetMapping({"/register/template", "/api/register/template"})
    void template(@RequestParam(defaultValue = "xlsx") String format, @RequestParam(defaultValue = "UTF-8") String encoding,
            HttpServletResponse response) throws IOException {
        Format f = format(format);
        Charset charset = charset(encoding);
        download(response, f, charset, "register-template");
        transfer.template(response.getOutputStream(), f, charset);
    }

    /**
     * A file read and previewed, waiting for the officer to commit it: kept compressed in the session, which lives in
     * the database, so the commit works on whichever node it reaches and nothing is left behind when the session ends.
     */
    record PendingImport(String token, long workspaceId, byte[] gzipped, String fileName, Format format, String encoding)
            implements Serializable {
    }

    private static final String PENDING = "register.import.pending";
    /** Compressed, a register of 50,000 rows takes about 0.5 MB; far beyond that the API or the command line fits. */
    private static final int MAX_PENDING_BYTES = 16 << 20;

    /**
     * Step 1 of the page import: the file is checked and the page shows what it would add, change and leave unchanged,
     * and every error; nothing is written. The file waits (in this session) for step 2.
     */
    @PostMapping("/register/import")
    String importPage(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String encoding, Model model,
            HttpSession session) throws IOException {
        model.addAttribute("canWrite", true);
        Charset charset = encoding.isBlank() ? null : charset(encoding);
        session.removeAttribute(PENDING);
        Format format = Format.of(file.getOriginalFilename());
        RegisterTransfer.Preview preview;
        try (InputStream in = file.getInputStream()) {
            preview = transfer.preview(CurrentWorkspace.id(), in, format, charset);
        }
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", file.getOriginalFilename());
        if (!preview.ok()) {
            model.addAttribute("errors", messages.errors(preview.errors()));
            return "entrustment/transfer";
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (InputStream in = file.getInputStream(); OutputStream zip = new GZIPOutputStream(packed)) {
            in.transferTo(zip);
        }
        if (packed.size() > MAX_PENDING_BYTES) {
            throw new IllegalArgumentException(messages.text("import.tooLarge"));
        }
        PendingImport pending = new PendingImport(UUID.randomUUID().toString(), CurrentWorkspace.id(), packed.toByteArray(),
                file.getOriginalFilename(), format, encoding);
        session.setAttribute(PENDING, pending);
        model.addAttribute("token", pending.token());
        return "entrustment/transfer";
    }

    /** Step 2: the previewed file is imported (checked again: the register may have changed since). */
    @PostMapping("/register/import/commit")
    String commitPage(@RequestParam String token, Model model, HttpSession session) throws IOException {
        model.addAttribute("canWrite", true);
        PendingImport pending = session.getAttribute(PENDING) instanceof PendingImport p && p.token().equals(token)
                && p.workspaceId() == CurrentWorkspace.id() ? p : null;
        if (pending == null) {
            throw new IllegalArgumentException(messages.text("import.noPending"));
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(pending.gzipped()))) {
            ImportResult result = transfer.importRegister(pending.workspaceId(), in, pending.format(),
                    pending.encoding().isBlank() ? null : charset(pending.encoding()));
            model.addAttribute("result", result);
        } catch (RegisterImportException e) {
            model.addAttribute("errors", messages.errors(e.errors()));
        } finally {
            session.removeAttribute(PENDING);
        }
        return "entrustment/transfer";
    }

    /**
     * The API's preview: what importing this body would add, change and leave unchanged, and every error, without
     * writing anything. Answers 200 with {@code ok: false} and the errors when the file has some: the preview itself
     * succeeded; committing the same file answers 400.
     */
    @PostMapping("/api/register/import/preview")
    @ResponseBody
    Map<String, Object> previewApi(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "") String encoding, HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            RegisterTransfer.Preview p = transfer.preview(CurrentWorkspace.id(), in, format(format),
                    encoding.isBlank() ? null : charset(encoding));
            return Map.of("ok", p.ok(), "added", p.result().added(), "changed", p.result().changed(), "unchanged",
                    p.result().unchanged(), "samples", p.result().samples(), "errors", messages.errors(p.errors()));
        }
    }

    /**
     * The API takes the file as the raw request body (no multipart size limit, streamed straight into the
     * import); {@code format} says csv or xlsx.
     */
    @PostMapping("/api/register/import")
    @ResponseBody
    ResponseEntity<Object> importApi(@RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "") String encoding, HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            ImportResult result = transfer.importRegister(CurrentWorkspace.id(), in, format(format),
                    encoding.isBlank() ? null : charset(encoding));
            return ResponseEntity.ok(result);
        } catch (RegisterImportException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("title", "Invalid register", "status", 400,
                    "detail", messages.text("import.refusedAll", e.errors().size()), "errors", messages.errors(e.errors())));
        }
    }

    private static void download(HttpServletResponse response, Format format, Charset charset, String name) {
        String file = name + (format == Format.XLSX ? ".xlsx" : ".csv");
        response.setContentType(format == Format.XLSX
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=" + charset.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file, StandardCharsets.UTF_8));
    }

    private static Format format(String format) {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            default -> throw new IllegalArgumentException("format must be csv or xlsx: " + format);
        };
    }

    private static Charset charset(String encoding) {
        return switch (encoding.toUpperCase(java.util.Locale.ROOT).replace("_", "-")) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "SHIFT-JIS", "SJIS", "WINDOWS-31J", "MS932", "CP932" -> Charset.forName("windows-31j");
            default -> throw new IllegalArgumentException("encoding must be UTF-8 or Windows-31J: " + encoding);
        };
    }
}
