package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaku.casebook.Casebook;
import org.itaku.casebook.NoticeSource;
import org.itaku.vocabulary.DataItem;
import org.itaku.entrustment.Encryption;
import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.StorageLocation;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.vocabulary.Discoverer;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.ControllableClockConfig;
import org.itaku.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * The vendor-oversight loop against a real database and a real SMTP server: a principal (a 社労士 office) sends its
 * payroll vendor a questionnaire; the vendor drafts, attaches evidence and submits through the link; the officer
 * reviews, raises a finding and gets score, blockers and tier; the next cycle starts from the previous answers.
 * Run on H2 and on PostgreSQL.
 */
@Import(ControllableClockConfig.class)
abstract class AssessmentContract {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
        registry.add("spring.mail.default-encoding", () -> "UTF-8");
        registry.add("itaku.assessment.job-cron", () -> "-");
    }

    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentJobs jobs;
    @Autowired
    AssessmentWatch watch;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    Incidents incidents;
    @Autowired
    Casebook casebook;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    long ws;
    long office;
    long vendor;
    long subVendor;
    long entrustment;
    String contact;
    String officer;

    @BeforeEach
    void register() {
        clock.set(Instant.parse("2026-04-06T01:00:00Z")); // Monday 10:00 in Tokyo
        ws = accounts.createWorkspace("委託先評価 " + UUID.randomUUID());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        contact = "security-" + tag + "@payroll.example";
        officer = "officer-" + tag + "@office.example";
        accounts.createMember(ws, officer, "担当 一郎", "Kx7#mQ2!vW9z-long".toCharArray(), Role.OFFICER);
        office = register.createOperator(ws, new Operator(0, "みどり社会保険労務士事務所", null, null, OperatorKind.PRIVATE, null, null,
                null, null, null, true));
        vendor = register.createOperator(ws, new Operator(0, "給与計算クラウド株式会社", null, null, OperatorKind.PRIVATE, null, null,
                "情報セキュリティ室 佐藤", contact, null, false));
        subVendor = register.createOperator(ws, new Operator(0, "北関東データセンター株式会社", null, null, OperatorKind.PRIVATE, null,
                null, null, null, null, false));
        entrustment = register.createEntrustment(ws, new Entrustment(0, office, vendor, "給与計算システムの提供", LocalDate.of(2025, 4, 1),
                LocalDate.of(2027, 3, 31), true, "書面承認済み", 24, EndOfContract.DELETE, true, null));
        register.createEntrustment(ws, new Entrustment(0, vendor, subVendor, "サーバーの運用", LocalDate.of(2025, 4, 1), null, false,
                null, 24, EndOfContract.DELETE, true, null));
        register.createHolding(ws, new Holding(0, vendor, office, "顧問先従業員の給与データ",
                DataItem.parseList("NAME,ADDRESS,MY_NUMBER,SALARY"), null, PersonCount.exact(12_000), "従業員", "給与クラウド", "JP",
                StorageLocation.CLOUD, Encryption.AT_REST, "AES-256", false, null, null, null, null, null));
    }

    Assessments.Sent send() {
        return assessments.send(ws, new Assessments.SendRequest(vendor, null, null, LocalDate.of(2026, 4, 27), false, false,
                true, null, null), officer);
    }

    /** The seeds' vendor: patched by hand over three weeks, no firewall between it and its customers. */
    static Map<String, String> weakAnswers() {
        Map<String, String> a = new HashMap<>();
        for (String id : List.of("GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-07", "HR-01", "HR-02", "PHY-01", "PHY-02",
                "PHY-03", "PHY-04", "TEC-01", "TEC-04", "TEC-05", "TEC-09", "TEC-10", "TEC-11", "TEC-13", "TEC-15", "TEC-16",
                "TEC-17", "SUP-04", "SUP-05")) {
            a.put(id, "はい");
        }
        a.put("GOV-06", "24");
        a.put("GOV-08", "isms");
        a.put("TEC-02", "12");
        a.put("TEC-03", "3");
        a.put("TEC-06", "30");
        a.put("TEC-07", "21");
        a.put("TEC-08", "manual");
        a.put("TEC-12", "weekly");
        a.put("TEC-14", "いいえ");
        a.put("SUP-01", "no");
        return a;
    }

    String mailTo(String address) throws Exception {
        StringBuilder all = new StringBuilder();
        for (MimeMessage m : greenMail.getReceivedMessagesForDomain(address)) {
            all.append(m.getSubject()).append('\n').append(m.getContent()).append('\n');
        }
        return all.toString();
    }

    @Test
    void theWholeLoopFromSendingToTheNextCyclesPrefilledDraft() throws Exception {
        Assessments.Sent sent = send();
        assertThat(sent.mailed()).isTrue();
        assertThat(mailTo(contact)).contains("/respond/" + sent.token()).contains("給与計算クラウド株式会社");
        // Only the hash of the token is kept.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_link WHERE token_hash = ?").param(sent.token()).query(Integer.class).single()).isZero();

        Map<String, String> answers = weakAnswers();
        answers.remove("TEC-14");
        assessments.saveAnswers(sent.token(), answers, Map.of("TEC-07", "手作業で順次適用"), false);
        Assessments.Respondent resumed = assessments.respondent(sent.token());
        assertThat(resumed.assessment().status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(resumed.answers().get("TEC-07").value()).isEqualTo("21");
        assertThat(resumed.answers().get("TEC-07").comment()).isEqualTo("手作業で順次適用");
        assertThat(resumed.answers().get("GOV-01").value()).isEqualTo("yes");

        assertThatThrownBy(() -> assessments.saveAnswers(sent.token(), answers, Map.of(), true))
                .isInstanceOf(AnswersRejectedException.class)
                .satisfies(e -> assertThat(((AnswersRejectedException) e).problems()).containsKeys("TEC-14", "SUP-07"));
        assessments.attach(sent.token(), "SUP-07", "監査報告書.pdf", PDF);
        assessments.attach(sent.token(), "SUP-04", "削除証明書の様式.pdf", PDF);
        answers.put("TEC-14", "いいえ");
        assertThat(assessments.saveAnswers(sent.token(), answers, Map.of(), true).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(mailTo(officer)).contains("質問票が提出されました");

        // Submitting locks: no more answers, no more files.
        assertThatThrownBy(() -> assessments.saveAnswers(sent.token(), answers, Map.of(), false))
                .isInstanceOf(AssessmentStateException.class).hasMessage("提出済みのため、回答は変更できません。")
                .extracting(e -> ((AssessmentStateException) e).code()).isEqualTo("assessment.state.submitted");
        assertThatThrownBy(() -> assessments.attach(sent.token(), "SUP-07", "more.pdf", PDF)).isInstanceOf(AssessmentStateException.class);

        Assessments.Review review = assessments.review(ws, sent.assessmentId());
        assertThat(review.evidence()).extracting(Evidence::fileName).containsExactly("監査報告書.pdf", "削除証明書の様式.pdf");
        assertThat(review.contradictions()).extracting(Assessments.Contradiction::questionId).containsExactly("SUP-01");
        Assessment.Result result = assessments.accept(ws, sent.assessmentId(), officer);
        assertThat(result.blockers()).containsExactly("TEC-14");
        assertThat(result.passed()).isFalse();
        assertThat(result.weak()).contains("TEC-07", "TEC-08", "TEC-14");
        assertThat(result.level()).isEqualTo(MetiLevel.STAR_4);
        assertThat(result.tier()).isEqualTo(Tier.HIGH);
        assertThat(result.tierReasons()).contains("meti-star4", "my-number");
        assertThat(result.nextDueOn()).isEqualTo(LocalDate.of(2026, 10, 6)); // failed: again within six months

        Finding finding = assessments.raiseFinding(ws, sent.assessmentId(), "TEC-14", Finding.Severity.HIGH,
                "保守用ネットワークと顧客環境の間にファイアウォールを設置すること", LocalDate.of(2026, 6, 30), officer);
        assessments.commentOnFinding(sent.token(), finding.id(), "6月末までに設置します");
        assertThat(assessments.review(ws, sent.assessmentId()).findings()).singleElement()
                .satisfies(f -> assertThat(f.vendorComment()).isEqualTo("6月末までに設置します"));
        assertThat(assessments.statusOf(ws, vendor).openFindings()).isEqualTo(1);
        assertThat(watch.summary(ws).failed()).extracting(AssessmentWatch.Item::operatorId).containsExactly(vendor);
        assertThat(watch.summary(ws).neverAssessed()).extracting(AssessmentWatch.Item::operatorId).doesNotContain(vendor);

        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE workspace_id = ? ORDER BY seq").param(ws).query(String.class).list())
                .contains("assessment.send", "assessment.draft", "assessment.evidence.attach", "assessment.submit",
                        "assessment.review", "assessment.finding.raise", "assessment.finding.comment");

        // The next cycle: the vendor starts from its previous answers.
        Assessments.Sent next = assessments.reassess(ws, sent.assessmentId(), LocalDate.of(2026, 5, 29), AssessmentReason.CYCLE, officer);
        Assessments.Respondent again = assessments.respondent(next.token());
        assertThat(again.assessment().previousId()).isEqualTo(sent.assessmentId());
        assertThat(again.answers().get("TEC-07").value()).isEqualTo("21");
        assertThat(again.answers().get("TEC-14").value()).isEqualTo("no");
        assertThat(again.evidence()).isEmpty();
    }

    @Test
    void aLinkThatIsAlteredExpiredRevokedOrOfAnotherWorkspaceOpensNothing() {
        Assessments.Sent sent = send();
        String t = sent.token();
        String altered = (t.charAt(0) == 'A' ? "B" : "A") + t.substring(1);
        assertThatThrownBy(() -> assessments.respondent(altered)).isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.respondent("../" + t)).isInstanceOf(AssessmentNotFoundException.class);
        assertThat(assessments.respondent(t).assessment().id()).isEqualTo(sent.assessmentId());

        long other = accounts.createWorkspace("別の事業者 " + UUID.randomUUID());
        assertThatThrownBy(() -> assessments.review(other, sent.assessmentId())).isInstanceOf(AssessmentNotFoundException.class);
        assertThatThrownBy(() -> assessments.revokeLinks(other, sent.assessmentId(), officer)).isInstanceOf(AssessmentNotFoundException.class);

        assertThat(assessments.revokeLinks(ws, sent.assessmentId(), officer)).isEqualTo(1);
        assertThatThrownBy(() -> assessments.respondent(t)).isInstanceOf(AssessmentNotFoundException.class);

        Assessments.Sent fresh = assessments.newLink(ws, sent.assessmentId(), officer);
        assertThat(assessments.respondent(fresh.token()).assessment().id()).isEqualTo(sent.assessmentId());
        clock.set(LocalDate.of(2026, 4, 28).atStartOfDay(Assessments.JAPAN).toInstant()); // the day after the due date
        assertThatThrownBy(() -> assessments.respondent(fresh.token())).isInstanceOf(AssessmentNotFoundException.class);
    }

    @Test
    void evidenceThatIsTooLargeOfAnotherKindOrDisguisedIsRefusedAndNothingIsStored() {
        Assessments.Sent sent = send();
        byte[] big = new byte[Evidence.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> assessments.attach(sent.token(), "SUP-07", "big.pdf", big)).hasMessage("ファイルは5MB以内にしてください。");
        assertThatThrownBy(() -> assessments.attach(sent.token(), "SUP-07", "tool.exe", "MZ\u0090".getBytes()))
                .hasMessage("添付できるのは PDF, PNG, JPEG, XLSX, DOCX, TXT, CSV です: tool.exe");
        assertThatThrownBy(() -> assessments.attach(sent.token(), "SUP-07", "report.pdf", "MZ\u0090 not a pdf".getBytes()))
                .hasMessage("ファイルの内容が拡張子と一致しません（.pdf）: report.pdf");
        assertThatThrownBy(() -> assessments.attach(sent.token(), "SUP-07", "empty.pdf", new byte[0])).hasMessage("ファイルが空です。");
        assertThatThrownBy(() -> assessments.attach(sent.token(), "NOPE", "report.pdf", PDF)).hasMessage("該当する質問がありません: NOPE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment_evidence WHERE workspace_id = ?").param(ws).query(Integer.class).single()).isZero();
        assertThat(assessments.respondent(sent.token()).assessment().status()).isEqualTo(AssessmentStatus.SENT);
    }

    @Test
    void theCheckSheetGoesOutAsXlsxAndComesBackAsADraft() throws Exception {
        Assessments.Sent sent = send();
        byte[] xlsx = assessments.checksheet(sent.token(), Locale.JAPANESE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("チェックシート");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("ID");
            assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("回答");
            Map<String, String> fill = Map.of("TEC-07", "14", "TEC-04", "はい", "TEC-12", "毎日（自動監視を含む）");
            for (Row row : sheet) {
                if (row.getRowNum() > 4 && fill.containsKey(row.getCell(0).getStringCellValue())) {
                    row.createCell(5).setCellValue(fill.get(row.getCell(0).getStringCellValue()));
                    row.createCell(6).setCellValue("チェックシートから");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assessments.importChecksheet(sent.token(), out.toByteArray());
        }
        Assessments.Respondent r = assessments.respondent(sent.token());
        assertThat(r.answers().get("TEC-07").value()).isEqualTo("14");
        assertThat(r.answers().get("TEC-04").value()).isEqualTo("yes");
        assertThat(r.answers().get("TEC-12").value()).isEqualTo("daily");
        assertThat(r.answers().get("TEC-12").comment()).isEqualTo("チェックシートから");
        assertThat(r.assessment().status()).isEqualTo(AssessmentStatus.IN_PROGRESS);

        // A wrong cell names its row; random bytes and a zip that is no workbook are refused; nothing changes.
        byte[] filled = assessments.checksheet(sent.token(), Locale.JAPANESE);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            wb.getSheet("チェックシート").getRow(5).createCell(5).setCellValue("たぶん");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThatThrownBy(() -> assessments.importChecksheet(sent.token(), out.toByteArray()))
                    .isInstanceOf(AnswersRejectedException.class).hasMessageStartingWith("6 行目: ")
                    .satisfies(e -> assertThat(((AnswersRejectedException) e).problems().get("GOV-01"))
                            .isInstanceOfSatisfying(AssessmentRuleException.class, p -> {
                                assertThat(p.code()).isEqualTo("assessment.rule.checksheet.row");
                                assertThat(p.args().get(0)).isEqualTo(6);
                            }));
        }
        assertThatThrownBy(() -> assessments.importChecksheet(sent.token(), "not a workbook".getBytes())).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> assessments.importChecksheet(sent.token(), new byte[] {'P', 'K', 3, 4, 0, 0, 0}))
                .hasMessageContaining("XLSX");
        assertThat(assessments.respondent(sent.token()).answers().get("TEC-07").value()).isEqualTo("14");
    }

    @Test
    void remindersGoToTheVendorBeforeTheDueDateAndAnOverdueQuestionnaireLocks() throws Exception {
        Assessments.Sent sent = send(); // due 2026-04-27
        // Other tests' questionnaires share the database: count this vendor's mail, not the job's total.
        clock.set(LocalDate.of(2026, 4, 21).atTime(9, 0).atZone(Assessments.JAPAN).toInstant());
        jobs.run();
        jobs.run();
        assertThat(greenMail.getReceivedMessagesForDomain(contact)).hasSize(2);
        clock.set(LocalDate.of(2026, 4, 26).atTime(9, 0).atZone(Assessments.JAPAN).toInstant());
        jobs.run();
        assertThat(greenMail.getReceivedMessagesForDomain(contact)).hasSize(3);
        String mails = mailTo(contact);
        assertThat(mails).contains("回答期限まで1週間です", "明日が回答期限です");
        assertThat(mails.split("/respond/", -1)).hasSize(4); // the first mail and two reminders, each with a link

        clock.set(LocalDate.of(2026, 4, 28).atTime(0, 30).atZone(Assessments.JAPAN).toInstant());
        assertThat(jobs.run().locked()).isPositive();
        assertThat(assessments.assessment(ws, sent.assessmentId()).status()).isEqualTo(AssessmentStatus.LOCKED);
        assertThat(mailTo(officer)).contains("回答期限切れ");
        assertThat(watch.summary(ws).overdue()).extracting(AssessmentWatch.Item::kind).containsExactly("overdue");

        // The officer gives more time; only the new link works.
        Assessments.Sent reopened = assessments.reopen(ws, sent.assessmentId(), LocalDate.of(2026, 5, 8), officer);
        assertThatThrownBy(() -> assessments.respondent(sent.token())).isInstanceOf(AssessmentNotFoundException.class);
        assertThat(assessments.respondent(reopened.token()).acceptsAnswers()).isTrue();
    }

    @Test
    void renewalAnIncidentAtTheVendorAndAMatchingPublicCaseProposeAReassessment() {
        Assessments.Sent sent = send();
        Map<String, String> answers = weakAnswers();
        answers.put("TEC-10", "いいえ"); // RDP reachable from the internet
        answers.put("SUP-01", "yes");
        answers.put("SUP-02", "yes");
        answers.put("SUP-03", "yes");
        assessments.attach(sent.token(), "SUP-07", "audit.pdf", PDF);
        assessments.saveAnswers(sent.token(), answers, Map.of(), true);
        assessments.accept(ws, sent.assessmentId(), officer);
        clock.advance(Duration.ofDays(30));

        Entrustment e = register.entrustment(ws, entrustment);
        register.updateEntrustment(ws, new Entrustment(e.id(), e.principalId(), e.entrusteeId(), e.purpose(), e.startOn(),
                LocalDate.of(2029, 3, 31), e.reEntrustmentAllowed(), e.reEntrustmentApproval(), e.incidentReportHours(),
                e.endOfContract(), e.auditRights(), e.lastReviewOn()));
        incidents.create(ws, new IncidentFacts("給与計算クラウドでの不正アクセス", vendor, BreachEvent.LEAK, Certainty.POSSIBLE,
                Discoverer.ENTRUSTEE, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 5, 6), null, Set.of(IncidentType.UNAUTHORIZED_ACCESS),
                "外部からの不正なログイン", Set.of(), null, false, false, false, Set.of(), null), null, officer);
        casebook.importNotices(ws, List.of(new NoticeSource("notice.txt", """
                不正アクセスによる個人情報漏えいのおそれに関するお知らせ
                2026年3月2日、当社が運用するサーバーに対し、インターネットに公開されていたリモートデスクトップ（RDP）を経由した
                不正アクセスが確認されました。約1,200名のお客様の氏名及び住所が漏えいしたおそれがあります。
                """)), null, null);

        assertThat(assessments.scanTriggers(ws)).isGreaterThanOrEqualTo(3);
        List<Proposal> proposals = assessments.proposals(ws);
        assertThat(proposals).extracting(Proposal::reason)
                .contains(AssessmentReason.RENEWAL, AssessmentReason.INCIDENT, AssessmentReason.CASE);
        assertThat(proposals).filteredOn(p -> p.reason() == AssessmentReason.CASE).first()
                .satisfies(p -> assertThat(p.detail()).contains("RC-03", "TEC-10"));
        assertThat(assessments.scanTriggers(ws)).isZero(); // once per source
        assertThat(assessments.statusOf(ws, vendor).proposals()).hasSameSizeAs(proposals);

        assessments.reassess(ws, sent.assessmentId(), LocalDate.of(2026, 6, 30), AssessmentReason.INCIDENT, officer);
        assertThat(assessments.proposals(ws)).isEmpty();
    }

    @Test
    void scoringInBulkGivesWhatTheReviewGivesForEverySubmittedQuestionnaireOfTheWorkspaceOnly() {
        Assessments.Sent weak = send();
        assessments.attach(weak.token(), "SUP-07", "audit.pdf", PDF);
        assessments.saveAnswers(weak.token(), weakAnswers(), Map.of(), true);
        // A second vendor answers well except for one question, and has no evidence for SUP-07 (a file question).
        long second = register.createOperator(ws, new Operator(0, "南町文書保管株式会社", null, null, OperatorKind.PRIVATE, null, null,
                null, "docs@minami.example", null, false));
        Assessments.Sent strong = assessments.send(ws, new Assessments.SendRequest(second, null, null, LocalDate.of(2026, 4, 27),
                true, false, false, null, null), officer);
        Map<String, String> good = weakAnswers();
        good.put("TEC-14", "はい");
        good.put("TEC-07", "3");
        good.put("TEC-08", "automated");
        good.put("SUP-01", "yes");
        good.put("SUP-02", "yes");
        good.put("SUP-03", "yes");
        assessments.saveAnswers(strong.token(), good, Map.of(), false); // a draft until the file is attached
        assessments.attach(strong.token(), "SUP-07", "report.pdf", PDF);
        assessments.saveAnswers(strong.token(), good, Map.of(), true);
        // Neither an open questionnaire here nor a submitted one of another workspace is scored.
        long third = register.createOperator(ws, new Operator(0, "東口配送センター株式会社", null, null, OperatorKind.PRIVATE, null, null,
                null, "ops@higashi.example", null, false));
        assessments.send(ws, new Assessments.SendRequest(third, null, null, LocalDate.of(2026, 4, 27), false, false, false, null, null),
                officer);
        long otherWs = accounts.createWorkspace("別の事業者 " + UUID.randomUUID());
        long otherVendor = register.createOperator(otherWs, new Operator(0, "他社の委託先", null, null, OperatorKind.PRIVATE, null, null,
                null, "x@other.example", null, false));
        Assessments.Sent foreign = assessments.send(otherWs, new Assessments.SendRequest(otherVendor, null, null,
                LocalDate.of(2026, 4, 27), false, false, false, null, null), officer);
        assessments.attach(foreign.token(), "SUP-07", "audit.pdf", PDF);
        assessments.saveAnswers(foreign.token(), weakAnswers(), Map.of(), true);

        Map<Long, Assessment.Result> all = assessments.scoreAll(ws, AssessmentStatus.SUBMITTED, Map.of());
        assertThat(all).containsOnlyKeys(weak.assessmentId(), strong.assessmentId());
        for (long id : List.of(weak.assessmentId(), strong.assessmentId())) {
            Score review = assessments.review(ws, id).score();
            assertThat(all.get(id).percent()).as("assessment " + id).isEqualTo(review.percent());
            assertThat(all.get(id).blockers()).isEqualTo(review.blockers());
            assertThat(all.get(id).weak()).isEqualTo(review.weak());
            assertThat(all.get(id).passed()).isEqualTo(review.passed());
        }
        assertThat(all.get(weak.assessmentId()).blockers()).contains("TEC-14");
        assertThat(all.get(strong.assessmentId()).blockers()).doesNotContain("TEC-14");
        assertThat(all.get(strong.assessmentId()).percent()).isGreaterThan(all.get(weak.assessmentId()).percent());
        assertThat(all.get(weak.assessmentId()).level()).isEqualTo(MetiLevel.STAR_4); // reaches the principal's systems

        // Questionnaires submitted before answers were frozen on the row are scored from the answer rows, alike.
        jdbc.sql("UPDATE assessment SET submitted_answers = NULL, submitted_evidence = NULL WHERE id = ?").param(weak.assessmentId()).update();
        Map<Long, Assessment.Result> again = assessments.scoreAll(ws, AssessmentStatus.SUBMITTED, Map.of());
        assertThat(again.get(weak.assessmentId())).isEqualTo(all.get(weak.assessmentId()));
        assertThat(again.get(strong.assessmentId())).isEqualTo(all.get(strong.assessmentId()));
        // Reopened, the questionnaire is answerable again and its frozen answers are gone until it is submitted again.
        assessments.reopen(ws, strong.assessmentId(), LocalDate.of(2026, 5, 8), officer);
        assertThat(jdbc.sql("SELECT submitted_answers FROM assessment WHERE id = ?").param(strong.assessmentId())
                .query(String.class).optional()).isEmpty();
        assertThat(assessments.scoreAll(ws, AssessmentStatus.SUBMITTED, Map.of())).containsOnlyKeys(weak.assessmentId());
    }

    @Test
    void aVendorNeverAssessedIsOnTheWatchList() {
        assertThat(watch.summary(ws).neverAssessed()).extracting(AssessmentWatch.Item::operatorId).containsExactly(vendor);
        send();
        assertThat(watch.summary(ws).neverAssessedCount()).isZero();
        assertThat(assessments.overview(ws, null, 0, 50).items()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AssessmentStatus.SENT));
        assertThatThrownBy(this::send).hasMessage("この委託先には回答中の質問票があります。");
    }
}
