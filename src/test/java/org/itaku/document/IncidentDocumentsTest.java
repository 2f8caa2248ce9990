package org.itaku.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.StorageLocation;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.ForensicResult;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.ItakuTest;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.PersonCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * From an incident of a three-level chain (vendor → 社労士 office → client), an officer downloads every document
 * in every format; each download is kept as a version and recorded in the audit trail.
 */
@ItakuTest
class IncidentDocumentsTest {

    private static final LocalDate DISCOVERED = LocalDate.of(2025, 5, 12);

    @Autowired
    MockMvc mvc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    Incidents incidents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncidentDocuments documents;

    long ws;
    long vendor;
    long office;
    long client;
    long incident;

    @BeforeEach
    void chain() {
        ws = accounts.createWorkspace("文書 " + UUID.randomUUID());
        vendor = register.createOperator(ws, operator("クラウド労務株式会社", "03-5555-0001"));
        office = register.createOperator(ws, operator("みどり社会保険労務士事務所", "03-5555-0002"));
        client = register.createOperator(ws, operator("株式会社さくら製作所", null));
        register.createEntrustment(ws, entrust(client, office, "社会保険手続"));
        register.createEntrustment(ws, entrust(office, vendor, "手続システムの提供"));
        register.createHolding(ws, holding(office, client, "さくら製作所 従業員台帳", "NAME,ADDRESS,SALARY", 600));
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,ADDRESS,SALARY,HEALTH_CHECK", 1100));
        incident = incidents.create(ws, facts("ストレージの公開設定の誤り"), 7L, "テスト");
    }

    static Operator operator(String name, String phone) {
        return new Operator(0, name, null, null, OperatorKind.PRIVATE, null, "東京都港区芝浦一丁目2番3号", null, null, phone,
                false);
    }

    static Entrustment entrust(long principal, long entrustee, String purpose) {
        return new Entrustment(0, principal, entrustee, purpose, LocalDate.of(2024, 4, 1), null, true, "書面承認済み", 72,
                EndOfContract.DELETE, true, LocalDate.of(2025, 1, 10));
    }

    static Holding holding(long at, long principal, String description, String items, long persons) {
        return new Holding(0, at, principal, description, DataItem.parseList(items), null,
                PersonCount.exact(persons), "従業員", "給与クラウド", "JP", StorageLocation.CLOUD,
                Encryption.AT_REST, "AES-256", false, null, null, null, null, null);
    }

    IncidentFacts facts(String cause) {
        return new IncidentFacts("設定不備による閲覧可能状態", vendor, BreachEvent.LEAK, Certainty.CONFIRMED, Discoverer.SELF,
                DISCOVERED.minusDays(2), DISCOVERED, null, Set.of(IncidentType.MISCONFIGURATION), cause, Set.of(),
                null, false, false, false, Set.of(), null);
    }

    static RequestPostProcessor as(Role role, long workspaceId) {
        return user("d" + workspaceId + role + "@example.jp").authorities(new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(7, "d" + workspaceId + role + "@example.jp", workspaceId, "ws", role));
    }

    RequestPostProcessor officer() {
        return as(Role.OFFICER, ws);
    }

    String url(long operatorId, String file) {
        return "/incidents/" + incident + "/documents/" + operatorId + "/" + file;
    }

    byte[] download(long operatorId, String file, String mediaType) throws Exception {
        return download(operatorId, file, mediaType, "seireki");
    }

    /** {@code dates} null: the workspace's default date style. */
    byte[] download(long operatorId, String file, String mediaType, String dates) throws Exception {
        var request = get(url(operatorId, file)).with(officer());
        MvcResult r = mvc.perform(dates == null ? request : request.param("dates", dates))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(mediaType)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn();
        return r.getResponse().getContentAsByteArray();
    }

    @Test
    void thePageListsEachOperatorsDocumentsAndTheIncidentPageLinksToIt() throws Exception {
        mvc.perform(get("/incidents/" + incident + "/documents").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("クラウド労務株式会社")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(url(vendor, "preliminary.pdf"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        url(vendor, "principal-notices.zip?format=pdf"))));
        mvc.perform(get("/incidents/" + incident).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/incidents/" + incident + "/documents")));
    }

    @Test
    void theDocxDraftsNameTheReporterThePersonsAndTheDates() throws Exception {
        String sokuho = DocumentChecks.docx(download(vendor, "preliminary.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        // The cause is worded from the recorded facts (the incident type, where it happened), never the officer's text.
        assertThat(sokuho).contains("クラウド労務株式会社", "1,100人", "2025年5月12日", "2025年5月10日", "速報",
                "当社における設定不備によるものです。").doesNotContain("ストレージの公開設定の誤り");
        for (String kind : List.of("final", "joint", "individual-letter", "individual-email", "announcement", "summary")) {
            String text = DocumentChecks.docx(download(vendor, kind + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
            // The internal summary names the case, not the reporter.
            assertThat(text).as(kind).contains(kind.equals("summary") ? "設定不備による閲覧可能状態" : "クラウド労務株式会社");
        }
    }

    @Test
    void theWorkspaceChoosesWesternOrEraDatesAndARequestMayOverride() throws Exception {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertThat(DocumentChecks.docx(download(vendor, "preliminary.docx", docx, null))).contains("令和7年5月12日");

        mvc.perform(post("/incidents/" + incident + "/documents/date-style").param("dates", "seireki")
                .with(as(Role.STAFF, ws)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/incidents/" + incident + "/documents/date-style").param("dates", "seireki")
                .with(officer()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(DocumentChecks.docx(download(vendor, "preliminary.docx", docx, null))).contains("2025年5月12日")
                .doesNotContain("令和7年5月12日");
        assertThat(DocumentChecks.docx(download(vendor, "preliminary.docx", docx, "wareki"))).contains("令和7年5月12日");
        mvc.perform(get("/incidents/" + incident + "/documents").with(as(Role.AUDITOR, ws)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("西暦")));

        mvc.perform(get(url(vendor, "preliminary.docx")).param("dates", "heisei").with(officer()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/incidents/" + incident + "/documents/date-style").param("dates", "taisho")
                .with(officer()).with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'policy.update'")
                .param(ws).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePdfDraftHasTheFactsInAnEmbeddedJapaneseFont() throws Exception {
        DocumentChecks.PdfText pdf = DocumentChecks.pdf(download(vendor, "preliminary.pdf", "application/pdf"));
        String text = DocumentChecks.squeeze(pdf.text());
        assertThat(text).contains("クラウド労務株式会社", "1,100人", "2025年5月12日");
        assertThat(pdf.missingGlyphs()).isEmpty();
    }

    @Test
    void htmlAndJsonComeWithTheirMediaTypes() throws Exception {
        MvcResult html = mvc.perform(get(url(office, "preliminary.html")).with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/html")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")))
                .andReturn();
        assertThat(html.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("みどり社会保険労務士事務所")
                // item (1) 概要 is written from the facts: where, how, whose data
                .contains("当社の委託先であるクラウド労務株式会社において、設定不備により、当社が委託した個人データの漏えいが発生しました。");
        assertThat(DocumentChecks.docx(download(vendor, "preliminary.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")))
                .contains("当社において、設定不備により、当社が取り扱う個人データの漏えいが発生しました。");
        String json = new String(download(office, "preliminary.json", "application/json"), StandardCharsets.UTF_8);
        assertThat(json).contains("みどり社会保険労務士事務所");
        MvcResult pdfName = mvc.perform(get(url(office, "summary.json")).with(officer())).andReturn();
        assertThat(pdfName.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"incident-" + incident + "-" + office + "-summary.json\"; filename*=UTF-8''")
                .contains("%E3%81%BF%E3%81%A9%E3%82%8A"); // みどり
    }

    @Test
    void theZipHasOneNoticePerPrincipalAndAnIndex() throws Exception {
        MvcResult r = mvc.perform(get(url(vendor, "principal-notices.zip")).param("format", "docx").with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andReturn();
        List<String> names = new ArrayList<>();
        String notice = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()),
                StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = zip.readAllBytes();
                if (e.getName().endsWith(".docx")) {
                    notice = DocumentChecks.docx(bytes);
                }
            }
        }
        assertThat(names).hasSize(2).contains("index.csv");
        assertThat(notice).contains("みどり社会保険労務士事務所", "クラウド労務株式会社");
        // The client has no principal: nothing to notify.
        mvc.perform(get(url(client, "principal-notices.zip")).with(officer())).andExpect(status().isNotFound());
    }

    @Test
    void theCopyFriendlyViewHasOneBoxPerFormFieldAndIsKeptLikeAnyDownload() throws Exception {
        String html = new String(download(vendor, "preliminary.fields.html", "text/html"), StandardCharsets.UTF_8);
        assertThat(html).contains("data-field=\"reporter_name\"", "data-field=\"item9\"", "クラウド労務株式会社");
        // Each box holds one field's value and nothing else, so selecting it copies exactly that field.
        assertThat(html).containsPattern("<textarea[^>]*>クラウド労務株式会社</textarea>");
        assertThat(html.split("<textarea", -1)).hasSizeGreaterThan(15);
        String format = jdbc.sql("""
                SELECT format FROM generated_document WHERE workspace_id = ? AND incident_id = ? AND kind = 'preliminary'""")
                .params(ws, incident).query(String.class).single();
        assertThat(format).isEqualTo("fields");
        // Only the PPC report drafts are pasted into a form; the view exists only as HTML.
        mvc.perform(get(url(vendor, "announcement.fields.html")).with(officer())).andExpect(status().isNotFound());
        mvc.perform(get(url(vendor, "preliminary.fields.pdf")).with(officer())).andExpect(status().isNotFound());
    }

    @Test
    void theZipComesInEveryFormat() throws Exception {
        for (String format : List.of("html", "json", "pdf")) {
            MvcResult r = mvc.perform(get(url(vendor, "principal-notices.zip")).param("format", format).with(officer()))
                    .andExpect(status().isOk()).andReturn();
            List<String> names = new ArrayList<>();
            try (ZipInputStream zip = new ZipInputStream(
                    new ByteArrayInputStream(r.getResponse().getContentAsByteArray()), StandardCharsets.UTF_8)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    names.add(e.getName());
                }
            }
            assertThat(names).as(format).containsExactly("0001_みどり社会保険労務士事務所." + format, "index.csv");
        }
        mvc.perform(get(url(vendor, "principal-notices.zip")).param("format", "exe").with(officer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherWorkspacesMemberAndUnknownThingsGet404() throws Exception {
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        mvc.perform(get("/incidents/" + incident + "/documents").with(as(Role.OFFICER, other)))
                .andExpect(status().isNotFound());
        mvc.perform(get(url(vendor, "preliminary.pdf")).with(as(Role.OFFICER, other))).andExpect(status().isNotFound());
        mvc.perform(get(url(vendor, "principal-notices.zip")).with(as(Role.OFFICER, other)))
                .andExpect(status().isNotFound());
        mvc.perform(get(url(vendor, "nonsense.pdf")).with(officer())).andExpect(status().isNotFound());
        mvc.perform(get(url(vendor, "preliminary.exe")).with(officer())).andExpect(status().isNotFound());
        mvc.perform(get(url(999_999_999L, "preliminary.pdf")).with(officer())).andExpect(status().isNotFound());
        mvc.perform(get(url(client, "my-number.docx")).with(officer())).andExpect(status().isNotFound());
    }

    @Test
    void onlySignedInMembersDownload() throws Exception {
        // Signed out, a browser is sent to the login page; any other client is refused outright.
        mvc.perform(get(url(vendor, "preliminary.pdf")).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get(url(vendor, "principal-notices.zip"))).andExpect(status().isUnauthorized());
        mvc.perform(get(url(vendor, "preliminary.json"))).andExpect(status().isUnauthorized());
        mvc.perform(get(url(vendor, "preliminary.json")).with(as(Role.VENDOR_RESPONDENT, ws)))
                .andExpect(status().isForbidden());
        for (Role role : List.of(Role.ADMIN, Role.STAFF, Role.AUDITOR)) {
            mvc.perform(get(url(vendor, "preliminary.json")).with(as(role, ws))).andExpect(status().isOk());
        }
    }

    @Test
    void aDownloadIsKeptAsAVersionAndAudited() throws Exception {
        download(vendor, "preliminary.json", "application/json");
        download(vendor, "preliminary.docx", "application/vnd");
        List<Integer> versions = jdbc.sql("""
                SELECT version FROM generated_document WHERE workspace_id = ? AND incident_id = ? AND operator_id = ?
                AND kind = 'preliminary' ORDER BY version""").params(ws, incident, vendor).query(Integer.class).list();
        assertThat(versions).containsExactly(1, 2);
        String sha = jdbc.sql("SELECT sha256 FROM generated_document WHERE workspace_id = ? AND version = 2")
                .params(ws).query(String.class).single();
        assertThat(sha).matches("[0-9a-f]{64}");
        long audited = jdbc.sql("""
                SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'document.generate'
                AND target_type = 'incident' AND target_id = ?""").params(ws, String.valueOf(incident))
                .query(Long.class).single();
        assertThat(audited).isEqualTo(2);
        mvc.perform(get("/incidents/" + incident + "/documents").with(officer()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(sha.substring(0, 16))));
    }

    @Test
    void theFinalReportShowsWhatChangedSinceTheLastPreliminary() throws Exception {
        String before = DocumentChecks.docx(download(vendor, "final.docx", "application/vnd"));
        assertThat(before).doesNotContain("からの変更点");
        download(vendor, "preliminary.json", "application/json");
        incidents.updateFacts(ws, incident, facts("アクセス権限設定の誤り（調査により特定）"), "テスト");
        incidents.recordForensicResult(ws, incident, new ForensicResult(DISCOVERED.plusDays(3),
                ForensicResult.Outcome.RULED_OUT, Set.of(), null, "ログ解析の結果（社内メモ）"), "テスト");
        String kakuho = DocumentChecks.docx(download(vendor, "final.docx", "application/vnd"));
        // GL 3-5-3-4: the 確報 states what the investigation found, dated in the chronology.
        assertThat(kakuho).contains("確報", "からの変更点", "調査の結果、漏えいは発生していないことが判明しました。",
                "2025年5月15日　調査の結果").doesNotContain("アクセス権限設定の誤り", "社内メモ");
    }

    /**
     * The officer opens the letter to individuals as a draft, rewords its opening, keeps it: the version holds the
     * generated text beside the edited one, the edit is audited, and the kept version downloads with the new words.
     */
    @Test
    void anOfficerReviewsAndEditsADraftBeforeItIsKept() throws Exception {
        String page = mvc.perform(get(url(office, "individual-letter/edit")).with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The office's data are its clients' employees (the register's 本人の種類), so is the salutation.
        assertThat(page).contains("従業員の皆様", "name=\"block.");
        IncidentDocuments.Draft draft = documents.draft(ws, incident, office, IncidentDocumentKind.INDIVIDUAL_LETTER,
                DateStyle.SEIREKI);
        DraftBlock salutation = draft.blocks().stream().filter(b -> b.text().equals("従業員の皆様")).findFirst()
                .orElseThrow();

        mvc.perform(post(url(office, "individual-letter/edit")).param("block." + salutation.index(),
                        "株式会社さくら製作所 従業員の皆様").with(as(Role.STAFF, ws)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(url(office, "individual-letter/edit")).param("block." + salutation.index(), "  ")
                        .with(officer()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("空にはできません")));
        mvc.perform(post(url(office, "individual-letter/edit")).param("block." + salutation.index(),
                        "株式会社さくら製作所 従業員の皆様").with(officer()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var kept = jdbc.sql("""
                SELECT id, version, generated_text, edited_text FROM generated_document
                WHERE workspace_id = ? AND incident_id = ? AND format = 'edited'""").params(ws, incident)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).single();
        assertThat(kept.get(2)).contains("従業員の皆様").doesNotContain("株式会社さくら製作所 従業員の皆様");
        assertThat(kept.get(3)).contains("株式会社さくら製作所 従業員の皆様");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'document.edit'")
                .param(ws).query(Integer.class).single()).isEqualTo(1);

        byte[] pdf = mvc.perform(get("/incidents/" + incident + "/documents/versions/" + kept.get(0) + ".pdf")
                        .with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentChecks.squeeze(DocumentChecks.pdf(pdf).text())).contains("株式会社さくら製作所従業員の皆様");
        mvc.perform(get("/incidents/" + incident + "/documents").with(as(Role.AUDITOR, ws)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("確認・修正済み")));
        // Another workspace does not see the kept version.
        long other = accounts.createWorkspace("他 " + UUID.randomUUID());
        mvc.perform(get("/incidents/" + incident + "/documents/versions/" + kept.get(0) + ".pdf")
                .with(as(Role.AUDITOR, other))).andExpect(status().isNotFound());
    }
}
