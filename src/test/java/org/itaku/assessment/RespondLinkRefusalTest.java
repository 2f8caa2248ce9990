package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaku.ItakuApplication;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.testsupport.ControllableClockConfig;
import org.itaku.testsupport.MutableClock;
import org.itaku.vocabulary.OperatorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the account-less respondent pages give to a link that opens nothing, and to uploads that must not be kept,
 * over real HTTP against the running server (real multipart parsing, real cookies and CSRF tokens):
 * <ul>
 * <li>an altered, shortened, lengthened, expired, revoked or never-issued token, on every page and form of the
 * link, and a valid token used on another workspace's evidence or finding, all get the same 404 page, byte for
 * byte, naming no vendor and changing nothing;</li>
 * <li>evidence that is too large, empty, of a kind not accepted or disguised, a form without its file, and check
 * sheets that are too large, not workbooks, bombs, headerless or with a wrong cell get a 400 page saying why, and
 * nothing is stored: no evidence row, no answer, no status change, no audit record of an upload.</li>
 * </ul>
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "itaku.assessment.job-cron=-")
@ActiveProfiles("test")
@Import(ControllableClockConfig.class)
class RespondLinkRefusalTest {

    static final String VENDOR = "株式会社こもれび会計データ";
    static final String OTHER_VENDOR = "ゆうなぎ印刷株式会社";

    @LocalServerPort
    int port;
    @Autowired
    Assessments assessments;
    @Autowired
    Accounts accounts;
    @Autowired
    Register register;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    long ws;
    Assessments.Sent sent;

    @BeforeEach
    void sent() {
        clock.set(Instant.parse("2026-06-01T01:00:00Z"));
        ws = accounts.createWorkspace("リンク拒否試験 " + UUID.randomUUID());
        sent = send(ws, VENDOR, LocalDate.of(2026, 6, 20));
    }

    Assessments.Sent send(long workspace, String vendorName, LocalDate due) {
        String contact = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@vendor.example";
        long vendor = register.createOperator(workspace, new Operator(0, vendorName, null, null, OperatorKind.PRIVATE, null, null,
                null, contact, null, false));
        return assessments.send(workspace, new Assessments.SendRequest(vendor, null, null, due, false, false, false, null, null),
                "officer@example.jp");
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html")
                .header("Accept-Language", "ja").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of this client's session, taken from the form a valid link shows. */
    String csrf() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/respond/" + sent.token()).body());
        assertThat(m.find()).as("a CSRF token on the questionnaire").isTrue();
        return m.group(1);
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").header("Accept-Language", "ja")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form as a browser sends it: text fields, then at most one file. */
    HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----itaku" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n" + f.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").header("Accept-Language", "ja")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    int count(String sql) {
        return jdbc.sql(sql).param(ws).query(Integer.class).single();
    }

    // ------------------------------------------------------------------------------------------------ tokens

    @Test
    void everyKindOfWrongTokenOnEveryPageGetsTheSame404AndChangesNothing() throws Exception {
        String t = sent.token();
        String csrf = csrf();
        HttpResponse<String> never = get("/respond/" + "Q".repeat(43));
        assertThat(never.statusCode()).isEqualTo(404);
        assertThat(never.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(never.body()).contains("このリンクは無効です").doesNotContain(VENDOR).doesNotContain("Exception");
        String page = never.body();

        // Another workspace's questionnaire, submitted and reviewed, with evidence and a finding.
        long otherWs = accounts.createWorkspace("他の事業者 " + UUID.randomUUID());
        Assessments.Sent other = send(otherWs, OTHER_VENDOR, LocalDate.of(2026, 6, 20));
        Evidence otherEvidence = assessments.attach(other.token(), "SUP-07", "監査報告書.pdf", AssessmentContract.PDF);
        assessments.saveAnswers(other.token(), AssessmentContract.weakAnswers(), Map.of(), true);
        assessments.accept(otherWs, other.assessmentId(), "officer@other.example");
        Finding otherFinding = assessments.raiseFinding(otherWs, other.assessmentId(), "TEC-14", Finding.Severity.HIGH,
                "境界にファイアウォールを置くこと", null, "officer@other.example");
        // And one more questionnaire of this workspace, whose evidence this link must not reach either.
        Evidence ownEvidence = assessments.attach(t, "SUP-07", "自社の証跡.pdf", AssessmentContract.PDF);

        List<String> wrong = new ArrayList<>(List.of(
                (t.charAt(0) == 'A' ? "B" : "A") + t.substring(1), // one character changed
                t.substring(0, 42), // shortened
                t + "A", // lengthened
                t.toUpperCase(Locale.ROOT).equals(t) ? t.toLowerCase(Locale.ROOT) : t.toUpperCase(Locale.ROOT), // case changed
                RespondentLinks.hash(t).substring(0, 43))); // what a leaked database row would offer
        assessments.revokeLinks(otherWs, other.assessmentId(), "officer@other.example");
        wrong.add(other.token()); // revoked

        for (String bad : wrong) {
            assertThat(get("/respond/" + bad)).satisfies(r -> sameRefusal(r, page, bad));
            assertThat(get("/respond/" + bad + "/checksheet.xlsx")).satisfies(r -> sameRefusal(r, page, bad));
            assertThat(postForm("/respond/" + bad, Map.of("_csrf", csrf, "a.GOV-01", "yes", "action", "submit")))
                    .satisfies(r -> sameRefusal(r, page, bad));
            assertThat(postFile("/respond/" + bad + "/evidence", Map.of("_csrf", csrf, "questionId", "SUP-07"), "x.pdf",
                    AssessmentContract.PDF)).satisfies(r -> sameRefusal(r, page, bad));
            assertThat(postFile("/respond/" + bad + "/checksheet", Map.of("_csrf", csrf), "x.xlsx",
                    assessments.checksheet(t, Locale.JAPANESE))).satisfies(r -> sameRefusal(r, page, bad));
            assertThat(postForm("/respond/" + bad + "/evidence/" + ownEvidence.id() + "/delete", Map.of("_csrf", csrf)))
                    .satisfies(r -> sameRefusal(r, page, bad));
            assertThat(postForm("/respond/" + bad + "/findings/" + otherFinding.id() + "/comment",
                    Map.of("_csrf", csrf, "comment", "書き換え"))).satisfies(r -> sameRefusal(r, page, bad));
        }

        // A valid link reaches nothing outside its own questionnaire.
        assertThat(postForm("/respond/" + t + "/evidence/" + otherEvidence.id() + "/delete", Map.of("_csrf", csrf)))
                .satisfies(r -> sameRefusal(r, page, t));
        assertThat(postForm("/respond/" + t + "/findings/" + otherFinding.id() + "/comment", Map.of("_csrf", csrf, "comment", "書き換え")))
                .satisfies(r -> sameRefusal(r, page, t));

        // Expired: the day after the due date, the link is like one never issued.
        clock.set(LocalDate.of(2026, 6, 21).atStartOfDay(Assessments.JAPAN).toInstant());
        assertThat(get("/respond/" + t)).satisfies(r -> sameRefusal(r, page, t));
        assertThat(postForm("/respond/" + t, Map.of("_csrf", csrf, "a.GOV-01", "yes"))).satisfies(r -> sameRefusal(r, page, t));
        assertThat(postFile("/respond/" + t + "/evidence", Map.of("_csrf", csrf, "questionId", "SUP-07"), "x.pdf",
                AssessmentContract.PDF)).satisfies(r -> sameRefusal(r, page, t));

        // Nothing changed anywhere.
        assertThat(count("SELECT COUNT(*) FROM assessment_answer WHERE workspace_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM assessment_evidence WHERE workspace_id = ?")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_evidence WHERE id = ?").param(otherEvidence.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT vendor_comment FROM assessment_finding WHERE id = ?").param(otherFinding.id())
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("SELECT status FROM assessment WHERE id = ?").param(sent.assessmentId()).query(String.class).single())
                .isEqualTo("IN_PROGRESS"); // from the one valid attachment above, nothing since
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action IN ('assessment.draft', "
                + "'assessment.submit', 'assessment.evidence.remove', 'assessment.finding.comment')").param(otherWs)
                .query(Integer.class).single()).isEqualTo(1); // the other vendor's own submission only
    }

    private static void sameRefusal(HttpResponse<String> r, String page, String token) {
        assertThat(r.statusCode()).as(r.request().method() + " " + r.uri()).isEqualTo(404);
        assertThat(r.body()).as("the same page whatever the reason: " + r.uri()).isEqualTo(page);
        assertThat(r.body()).doesNotContain(VENDOR).doesNotContain(OTHER_VENDOR).doesNotContain(token);
    }

    // ------------------------------------------------------------------------------------------------ uploads

    @Test
    void oversizedEmptyDisguisedOrMissingEvidenceIs400AndNothingIsStored() throws Exception {
        String t = "/respond/" + sent.token();
        String csrf = csrf();
        byte[] big = new byte[Evidence.MAX_BYTES + 1];
        System.arraycopy(AssessmentContract.PDF, 0, big, 0, AssessmentContract.PDF.length);
        Map<String, String> form = Map.of("_csrf", csrf, "questionId", "SUP-07");

        refused(postFile(t + "/evidence", form, "big.pdf", big), "ファイルは5MB以内にしてください。");
        refused(postFile(t + "/evidence", form, "empty.pdf", new byte[0]), "ファイルが空です");
        refused(postFile(t + "/evidence", form, "tool.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), "添付できるのは");
        refused(postFile(t + "/evidence", form, "請求書.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)),
                "拡張子と一致しません");
        refused(postFile(t + "/evidence", form, "photo.png", AssessmentContract.PDF), "拡張子と一致しません");
        refused(postFile(t + "/evidence", form, "notes.txt", new byte[] {'a', 0, 'b'}), "拡張子と一致しません");
        refused(postFile(t + "/evidence", Map.of("_csrf", csrf, "questionId", "NO-SUCH"), "report.pdf", AssessmentContract.PDF),
                "該当する質問がありません");
        refused(postFile(t + "/evidence", form, null, null), "ファイル");
        refused(postFile(t + "/evidence", Map.of("_csrf", csrf), "report.pdf", AssessmentContract.PDF), "質問");
        refused(postForm(t + "/evidence", form), "ファイル");

        assertThat(count("SELECT COUNT(*) FROM assessment_evidence WHERE workspace_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action LIKE 'assessment.evidence.%'")).isZero();
        assertThat(jdbc.sql("SELECT status FROM assessment WHERE id = ?").param(sent.assessmentId()).query(String.class).single())
                .isEqualTo("SENT");

        // The same file, well formed, is kept.
        HttpResponse<String> ok = postFile(t + "/evidence", form, "report.pdf", AssessmentContract.PDF);
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM assessment_evidence WHERE workspace_id = ?")).isEqualTo(1);

        // At most forty files per questionnaire: the forty-first is refused and not kept.
        for (int i = 2; i <= Evidence.MAX_PER_ASSESSMENT; i++) {
            assessments.attach(sent.token(), "SUP-07", "report-" + i + ".pdf", AssessmentContract.PDF);
        }
        refused(postFile(t + "/evidence", form, "one-more.pdf", AssessmentContract.PDF), "添付は40件までです");
        assertThat(count("SELECT COUNT(*) FROM assessment_evidence WHERE workspace_id = ?")).isEqualTo(Evidence.MAX_PER_ASSESSMENT);
    }

    @Test
    void checkSheetsThatAreTooLargeNotWorkbooksBombsOrWronglyFilledAre400AndNothingIsStored() throws Exception {
        String t = "/respond/" + sent.token();
        Map<String, String> form = Map.of("_csrf", csrf());
        byte[] sheet = assessments.checksheet(sent.token(), Locale.JAPANESE);

        byte[] big = new byte[Checksheet.MAX_BYTES + 1];
        System.arraycopy(sheet, 0, big, 0, sheet.length);
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", big), "2MB以内");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", new byte[0]), "ファイルが空です");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", "ID,回答\nTEC-07,14\n".getBytes(StandardCharsets.UTF_8)),
                "XLSX形式のファイルではありません");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", zipOf("readme.txt", "not a workbook".getBytes())), "XLSXとして読み取れません");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", Arrays.copyOf(sheet, sheet.length / 2)), "XLSXとして読み取れません");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", bomb(sheet)), "XLSXとして読み取れません");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", workbookWithoutHeader()), "見出し行がありません");
        refused(postFile(t + "/checksheet", form, "sheet.xlsx", filled(sheet, Map.of("TEC-07", "14", "TEC-04", "たぶん"))),
                "保存されていません");
        refused(postFile(t + "/checksheet", form, null, null), "ファイル");

        assertThat(count("SELECT COUNT(*) FROM assessment_answer WHERE workspace_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'assessment.draft'")).isZero();
        assertThat(jdbc.sql("SELECT status FROM assessment WHERE id = ?").param(sent.assessmentId()).query(String.class).single())
                .isEqualTo("SENT");

        // Filled in properly, the same sheet becomes the draft.
        assertThat(postFile(t + "/checksheet", form, "sheet.xlsx", filled(sheet, Map.of("TEC-07", "14", "TEC-04", "はい")))
                .statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM assessment_answer WHERE workspace_id = ?")).isEqualTo(2);
    }

    private static void refused(HttpResponse<String> r, String reason) {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains(reason).contains("lang=\"ja\"").doesNotContain("Exception").doesNotContain("at org.");
    }

    static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The real check sheet whose worksheet inflates to 60 MB of blanks: small to send, ruinous to open. */
    static byte[] bomb(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(out.size()).isLessThan(Checksheet.MAX_BYTES);
        return out.toByteArray();
    }

    static byte[] workbookWithoutHeader() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("回答一覧");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] filled(byte[] xlsx, Map<String, String> answers) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(Checksheet.SHEET)) {
                org.apache.poi.ss.usermodel.Cell id = row.getCell(0);
                if (row.getRowNum() > 4 && id != null && answers.containsKey(id.getStringCellValue())) {
                    row.createCell(5).setCellValue(answers.get(id.getStringCellValue()));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }
}
