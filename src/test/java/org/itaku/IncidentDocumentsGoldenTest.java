package org.itaku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.itaku.document.DateStyle;
import org.itaku.document.DocumentChecks;
import org.itaku.document.Format;
import org.itaku.document.IncidentDocumentKind;
import org.itaku.document.IncidentDocuments;
import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.StorageLocation;
import org.itaku.identity.Accounts;
import org.itaku.incident.ForensicResult;
import org.itaku.incident.Incident;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.incident.LeakIndicator;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.ControllableClockConfig;
import org.itaku.testsupport.ItakuTest;
import org.itaku.testsupport.MutableClock;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The "golden tests": the text of every document an officer sends, pinned for two incidents, read back out of
 * the generated files (DOCX through POI, PDF through PDFBox; both must carry the same text). The demo incident
 * (ransomware at a SaaS vendor, My Numbers of client companies' employees) and a second scenario (a payroll bureau
 * whose storage was reached from outside, employees and their families as the people concerned) each give the 速報,
 * the My Number Act report, the notice to a principal, the notice to individuals and the announcement; then a
 * forensic finding is recorded (confirmed for the demo, ruled out for the second) and the 確報 states the outcome.
 *
 * <p>Golden files live in src/test/resources/document/golden-incident/. After a deliberate wording change,
 * regenerate with {@code -Ditaku.golden.update=true} and review the diff like any other change. A mismatch prints a
 * line diff of the document. Runs on its own database at a fixed date (the drafts are dated "today").
 */
@ItakuTest
@Import(ControllableClockConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-golden-documents;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class IncidentDocumentsGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/document/golden-incident");
    /** Monday 16 November 2026, 10:00 in Japan. */
    private static final Instant NOW = Instant.parse("2026-11-16T01:00:00Z");

    @Autowired
    DemoLoader demo;
    @Autowired
    Incidents incidents;
    @Autowired
    IncidentDocuments documents;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final List<String> mismatches = new ArrayList<>();

    @BeforeEach
    void fixedDay() {
        clock.set(NOW);
    }

    // The order fixes the incident numbers printed as 管理番号.
    @Test
    @Order(2)
    void theDemoIncidentsDocumentsReadAsPinned() throws IOException {
        demo.load(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        long ws = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(DemoLoader.WORKSPACE).query(Long.class)
                .single();
        Incident incident = incidents.search(ws, null, null).get(0);
        long vendor = incident.facts().operatorId();
        String office = incidents.report(ws, incident.id(), vendor).principals().get(0).name();

        pinBeforeAndAfter("demo", ws, incident.id(), vendor, office, vendor,
                new ForensicResult(LocalDate.of(2026, 11, 15), ForensicResult.Outcome.CONFIRMED, Set.of(), null,
                        "社内メモ：ベンダー報告書 第2版を受領"));
        assertThat(mismatches).as(String.join("\n\n", mismatches)).isEmpty();
    }

    @Test
    @Order(1)
    void aMyNumberCaseAboutEmployeesReadsAsPinned() throws IOException {
        long ws = accounts.createWorkspace("ゴールデン：給与計算");
        long bureau = register.createOperator(ws, new Operator(0, "株式会社みなと給与計算センター", null, null,
                OperatorKind.PRIVATE, null, "神奈川県横浜市中区海岸通九丁目8番7号", "個人情報相談窓口", "privacy@minato-payroll.example",
                "045-000-1234", true));
        long maker = register.createOperator(ws, new Operator(0, "あおば精機株式会社", null, null, OperatorKind.PRIVATE, null,
                "静岡県浜松市中央区寺島町六丁目5番4号", "総務部", null, "053-000-5678", false));
        register.createEntrustment(ws, new Entrustment(0, maker, bureau, "給与計算及び年末調整", LocalDate.of(2022, 4, 1),
                null, false, null, 24, EndOfContract.DELETE, true, LocalDate.of(2026, 4, 1)));
        register.createHolding(ws, new Holding(0, bureau, maker, "あおば精機 給与・年末調整データ",
                DataItem.parseList("NAME,ADDRESS,BIRTH_DATE,MY_NUMBER,SALARY,FAMILY"), null, PersonCount.exact(1240),
                "従業員、扶養家族", "給与計算システム", "JP", StorageLocation.ON_PREMISES, Encryption.NONE, null, false, null,
                null, null, null, null));
        long incident = incidents.create(ws, new IncidentFacts("給与計算システムのファイルサーバーへの不正アクセス", bureau,
                BreachEvent.LEAK, Certainty.POSSIBLE, Discoverer.SELF, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 11), Set.of(IncidentType.UNAUTHORIZED_ACCESS),
                "フォレンジック調査中。VPN 機器のログは○○社が解析中（社内限り）。", Set.of(LeakIndicator.C2_TRAFFIC), null, false,
                false, false, Set.of(), null), null, "テスト");
        incidents.notifyPrincipals(ws, incident, bureau, null, "テスト");

        pinBeforeAndAfter("payroll", ws, incident, bureau, "あおば精機株式会社", maker,
                new ForensicResult(LocalDate.of(2026, 11, 16), ForensicResult.Outcome.RULED_OUT, Set.of(), null,
                        "外部委託先の最終報告書による"));
        assertThat(mismatches).as(String.join("\n\n", mismatches)).isEmpty();
    }

    /**
     * The reporter's 速報, My Number report, notice to {@code principalName}, the notice to individuals and the
     * announcement of {@code noticeFrom}; then the finding and the reporter's 確報.
     */
    private void pinBeforeAndAfter(String scenario, long ws, long incident, long reporter, String principalName,
            long noticeFrom, ForensicResult finding) throws IOException {
        pin(scenario + "-preliminary", generated(ws, incident, reporter, IncidentDocumentKind.PRELIMINARY));
        pin(scenario + "-my-number", generated(ws, incident, reporter, IncidentDocumentKind.MY_NUMBER));
        pin(scenario + "-principal-notice", principalNotice(ws, incident, reporter, principalName));
        pin(scenario + "-individual-letter", generated(ws, incident, noticeFrom, IncidentDocumentKind.INDIVIDUAL_LETTER));
        pin(scenario + "-announcement", generated(ws, incident, noticeFrom, IncidentDocumentKind.ANNOUNCEMENT));
        incidents.recordForensicResult(ws, incident, finding, "テスト");
        pin(scenario + "-final", generated(ws, incident, reporter, IncidentDocumentKind.FINAL));
    }

    /** The DOCX text of one document, after checking that its PDF carries the same text with every glyph. */
    private String generated(long ws, long incident, long operator, IncidentDocumentKind kind) {
        String docx = DocumentChecks.docx(documents.generate(ws, incident, operator, kind, Format.DOCX,
                DateStyle.WAREKI, "テスト").content());
        DocumentChecks.PdfText pdf = DocumentChecks.pdf(documents.generate(ws, incident, operator, kind, Format.PDF,
                DateStyle.WAREKI, "テスト").content());
        assertThat(pdf.missingGlyphs()).as(kind + ": characters without a glyph").isEmpty();
        assertThat(DocumentChecks.squeeze(DocumentChecks.withoutPageNumbers(pdf.text())))
                .as(kind + ": the PDF carries the DOCX's text").isEqualTo(DocumentChecks.squeeze(docx));
        return docx;
    }

    /** One principal's notice out of the ZIP of all of them, as DOCX. */
    private String principalNotice(long ws, long incident, long operator, String principalName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.principalNoticesZip(ws, incident, operator, Format.DOCX, DateStyle.WAREKI, "テスト", out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] notice = entries.entrySet().stream().filter(e -> e.getKey().contains(principalName))
                .findFirst().orElseThrow(() -> new AssertionError("no notice to " + principalName + " in "
                        + entries.keySet())).getValue();
        return DocumentChecks.docx(notice);
    }

    private void pin(String name, String actual) throws IOException {
        // Nothing the officer typed as a working note may reach a letter.
        assertThat(actual).as(name).doesNotContain("フォレンジック調査中", "社内", "○○社", "最終報告書", "第2版");
        Path file = GOLDEN.resolve(name + ".txt");
        String text = actual.replace("\r\n", "\n").strip() + "\n";
        if (Boolean.getBoolean("itaku.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file " + file + " (run with -Ditaku.golden.update=true to create)").exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(text)) {
            mismatches.add(name + ".txt differs (- golden, + generated):\n" + diff(expected, text));
        }
    }

    /** A line diff (longest common subsequence) showing only changed lines with one line of context. */
    static String diff(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        List<Boolean> changed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add("  " + a[i]);
                changed.add(false);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] > lcs[i + 1][j])) {
                lines.add("+ " + b[j++]);
                changed.add(true);
            } else {
                lines.add("- " + a[i++]);
                changed.add(true);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            boolean near = changed.get(k) || (k > 0 && changed.get(k - 1)) || (k + 1 < lines.size() && changed.get(k + 1));
            if (near) {
                out.append(lines.get(k)).append('\n');
            } else if (!out.toString().endsWith("…\n")) {
                out.append("…\n");
            }
        }
        return out.toString();
    }
}
