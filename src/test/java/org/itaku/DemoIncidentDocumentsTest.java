package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.itaku.document.DocumentChecks;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.Incident;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.IncidentReport;
import org.itaku.incident.Incidents;
import org.itaku.obligation.Certainty;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when", end to end: from the demo incident an officer downloads the 速報 draft, the 確報 draft
 * with its differences, every principal notice (ZIP with its CSV index), the individual notice and the
 * announcement, in HTML, DOCX, PDF and JSON. Every file is opened as its format, and every generation is kept
 * with the hash of exactly the bytes handed out and recorded in the audit trail.
 *
 * <p>Runs on its own in-memory database: the demo workspace exists once per database, and {@code DemoLoaderTest}
 * needs to be the first to load it in the shared one.
 */
@ItakuTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-demo-documents;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class DemoIncidentDocumentsTest {

    private static final List<String> FORMATS = List.of("html", "docx", "pdf", "json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DemoLoader demo;
    @Autowired
    Incidents incidents;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long ws;
    long incident;
    int generations;

    @Test
    void anOfficerDownloadsEveryDocumentOfTheDemoIncidentInEveryFormat() throws Exception {
        demo.load(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        ws = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE).query(Long.class).single();
        Incident demoIncident = incidents.search(ws, null, null).get(0);
        incident = demoIncident.id();
        long vendor = demoIncident.facts().operatorId();
        IncidentReport vendorReport = incidents.report(ws, incident, vendor);
        assertThat(vendorReport.reporterName()).isEqualTo("クラウド労務株式会社");
        assertThat(vendorReport.principals()).as("the vendor's principals, the 社労士 offices").hasSizeGreaterThanOrEqualTo(3);

        String incidentPage = page("/incidents/" + incident);
        assertThat(incidentPage).contains("/incidents/" + incident + "/documents");
        String documentsPage = page("/incidents/" + incident + "/documents");
        assertThat(documentsPage).contains("クラウド労務株式会社",
                path(vendor, "preliminary.pdf"), path(vendor, "final.docx"), path(vendor, "individual-letter.json"),
                path(vendor, "announcement.html"), path(vendor, "preliminary.fields.html"),
                path(vendor, "principal-notices.zip?format=json"));

        // 速報 in every format, and the copy-friendly view of it.
        for (String format : FORMATS) {
            String text = text(download(vendor, "preliminary." + format), format);
            assertThat(text).as(format).contains("クラウド労務株式会社", "速報", "ランサムウェア")
                    .doesNotContain("リモートデスクトップ接続");
        }
        String fields = new String(download(vendor, "preliminary.fields.html"), StandardCharsets.UTF_8);
        assertThat(fields).contains("<textarea", "報告者の氏名又は名称", "(1) 概要", "(9) その他参考となる事項",
                "クラウド労務株式会社");

        // The investigation confirms the leak and finds the cause: the 確報 names what changed since the 速報.
        IncidentFacts f = demoIncident.facts();
        String confirmedCause = "調査の結果、窃取されたVPN機器の認証情報で侵入され、データベースから一部のファイルが外部に送信されたことを確認した。";
        incidents.updateFacts(ws, incident, new IncidentFacts(f.title(), f.operatorId(), f.event(), Certainty.CONFIRMED,
                f.discoverer(), f.occurredOn(), f.discoveredOn(), f.containedOn(), f.incidentTypes(), confirmedCause,
                f.indicators(), f.unauthorizedPurpose(), f.strongEncryption(), f.publiclyViewable(), f.acquiring(),
                f.adhocItems(), f.adhocPersons()), "テスト");
        for (String format : FORMATS) {
            String text = text(download(vendor, "final." + format), format);
            // The officer's own account of the cause is a working record; the letter is worded from the facts.
            assertThat(DocumentChecks.squeeze(text)).as(format)
                    .contains("確報", "からの変更点", "漏えいが発生しました")
                    .doesNotContain(DocumentChecks.squeeze(confirmedCause));
        }
        String finalFields = new String(download(vendor, "final.fields.html"), StandardCharsets.UTF_8);
        assertThat(finalFields).contains("［変更］").doesNotContain(confirmedCause);

        // The individual notice (letter and e-mail) and the announcement.
        for (String kind : List.of("individual-letter", "individual-email", "announcement")) {
            for (String format : FORMATS) {
                assertThat(text(download(vendor, kind + "." + format), format)).as(kind + "." + format)
                        .contains("クラウド労務株式会社");
            }
        }

        // Every principal notice, in every format: one file per office plus the CSV index.
        for (String format : FORMATS) {
            Map<String, byte[]> zip = principalNotices(vendor, format);
            assertThat(zip).as(format).hasSize(vendorReport.principals().size() + 1).containsKey("index.csv");
            String index = new String(zip.get("index.csv"), StandardCharsets.UTF_8);
            for (IncidentReport.PartyRef office : vendorReport.principals()) {
                assertThat(index).as(format).contains(office.name());
                byte[] notice = zip.entrySet().stream().filter(e -> e.getKey().contains(office.name().replace(' ', '_')))
                        .findFirst().orElseThrow(() -> new AssertionError(office.name() + " has no notice")).getValue();
                assertThat(text(notice, format)).as(format + " " + office.name()).contains(office.name(), "クラウド労務株式会社");
                assertThat(index).as("the index carries each file's hash").contains(sha256(notice));
            }
        }
        // Up the cascade, every office that has notified clients gets one notice per client too.
        for (IncidentReport r : incidents.reports(ws, incident)) {
            if (r.reporterId() != vendor && !r.principals().isEmpty()) {
                assertThat(principalNotices(r.reporterId(), "pdf")).as(r.reporterName())
                        .hasSize(r.principals().size() + 1);
            }
        }

        long kept = jdbc.sql("SELECT COUNT(*) FROM generated_document WHERE workspace_id = ? AND incident_id = ?")
                .params(ws, incident).query(Long.class).single();
        long audited = jdbc.sql("""
                SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'document.generate'
                AND target_type = 'incident' AND target_id = ?""").params(ws, String.valueOf(incident))
                .query(Long.class).single();
        assertThat(kept).isEqualTo(generations);
        assertThat(audited).isEqualTo(generations);
        List<Integer> preliminaryVersions = jdbc.sql("""
                SELECT version FROM generated_document WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?
                AND kind = 'preliminary' ORDER BY version""").params(ws, incident, vendor).query(Integer.class).list();
        assertThat(preliminaryVersions).containsExactly(1, 2, 3, 4, 5);
    }

    private RequestPostProcessor officer() {
        String email = "officer-" + ws + "@demo.itaku.example";
        return user(email).authorities(new SimpleGrantedAuthority(Role.OFFICER.authority()),
                new WorkspaceMember(1, email, ws, DemoLoader.WORKSPACE, Role.OFFICER));
    }

    private String path(long operatorId, String file) {
        return "/incidents/" + incident + "/documents/" + operatorId + "/" + file;
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(officer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Downloads one document and checks that the version kept with the incident has the hash of these bytes. */
    private byte[] download(long operatorId, String file) throws Exception {
        MvcResult r = mvc.perform(get(path(operatorId, file)).with(officer())).andExpect(status().isOk()).andReturn();
        byte[] bytes = r.getResponse().getContentAsByteArray();
        int version = Integer.parseInt(r.getResponse().getHeader("X-Document-Version"));
        String kind = file.substring(0, file.indexOf('.'));
        String kept = jdbc.sql("""
                SELECT sha256 FROM generated_document WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?
                AND kind = ? AND version = ?""").params(ws, incident, operatorId, kind, version).query(String.class).single();
        assertThat(kept).as(file + " v" + version).isEqualTo(sha256(bytes));
        generations++;
        return bytes;
    }

    private Map<String, byte[]> principalNotices(long operatorId, String format) throws Exception {
        MvcResult r = mvc.perform(get(path(operatorId, "principal-notices.zip")).param("format", format).with(officer()))
                .andExpect(status().isOk()).andReturn();
        byte[] bytes = r.getResponse().getContentAsByteArray();
        String kept = jdbc.sql("""
                SELECT sha256 FROM generated_document WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?
                AND kind = 'principal-notices' ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .params(ws, incident, operatorId).query(String.class).single();
        assertThat(kept).as("the ZIP's hash is kept").isEqualTo(sha256(bytes));
        generations++;
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** Opens a file as its format (POI for DOCX, PDFBox for PDF, a JSON parser for JSON) and returns its text. */
    private static String text(byte[] bytes, String format) throws IOException {
        return switch (format) {
            case "docx" -> DocumentChecks.docx(bytes);
            case "pdf" -> {
                DocumentChecks.PdfText pdf = DocumentChecks.pdf(bytes);
                assertThat(pdf.missingGlyphs()).as("characters without a glyph in the embedded font").isEmpty();
                yield DocumentChecks.squeeze(pdf.text());
            }
            case "json" -> JSON.readTree(bytes).toString();
            case "html" -> {
                String html = new String(bytes, StandardCharsets.UTF_8);
                assertThat(html).startsWith("<!DOCTYPE html>");
                yield html;
            }
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
