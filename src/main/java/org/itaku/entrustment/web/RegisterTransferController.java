package org.itaku.entrustment.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

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

/** Import, export and the template of the 個人情報管理台帳, as pages and as API calls. */
@Controller
class RegisterTransferController {

    private final RegisterTransfer transfer;
    private final Clock clock;

    RegisterTransferController(RegisterTransfer transfer, Clock clock) {
        this.clock = clock;
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

    @PostMapping("/register/import")
    String importPage(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String encoding, Model model)
            throws IOException {
        model.addAttribute("canWrite", true);
        try (InputStream in = file.getInputStream()) {
            ImportResult result = transfer.importRegister(CurrentWorkspace.id(), in, Format.of(file.getOriginalFilename()),
                    encoding.isBlank() ? null : charset(encoding));
            model.addAttribute("result", result);
        } catch (RegisterImportException e) {
            model.addAttribute("errors", e.errors());
        }
        return "entrustment/transfer";
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
                    "detail", e.getMessage(), "errors", e.errors()));
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
