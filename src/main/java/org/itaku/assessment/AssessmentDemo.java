package org.itaku.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.itaku.entrustment.EndOfContract;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's vendor oversight: the data centre the demo vendor entrusts its servers to has answered last month's
 * questionnaire weakly (patched by hand over three weeks, no firewall between its maintenance network and the
 * customer's environment) and has a finding; a printing company, newly entrusted with mailing notices, has an open
 * questionnaire whose link the demo prints. Invented names.
 */
@Component
public class AssessmentDemo {

    static final String ACTOR = "demo";
    /** A minimal PDF standing in for the data centre's audit report. */
    static final byte[] REPORT = "%PDF-1.4\n% Itaku demo: third-party audit report (invented)\n%%EOF\n".getBytes();

    private final Assessments assessments;
    private final Register register;

    AssessmentDemo(Assessments assessments, Register register) {
        this.assessments = assessments;
        this.register = register;
    }

    /** Loads the example; returns the link to the open questionnaire. */
    @Transactional
    public String load(long workspaceId, long vendorId) {
        LocalDate today = assessments.today();
        Optional<Long> dataCentre = register.entrustmentsOf(workspaceId, vendorId).stream()
                .filter(e -> e.principalId() == vendorId).map(Entrustment::entrusteeId).findFirst();
        dataCentre.ifPresent(dc -> weakAssessment(workspaceId, dc, today));
        long printer = register.createOperator(workspaceId, new Operator(0, "東都印刷株式会社", "トウトインサツ", null,
                OperatorKind.PRIVATE, "印刷・封入封緘", "東京都架空区3-3", "業務部 田中 花子", "privacy@toto-print.example",
                "03-0000-3000", false));
        register.createEntrustment(workspaceId, new Entrustment(0, vendorId, printer, "お知らせの印刷・封入・発送",
                today.minusDays(10), today.plusYears(1), false, null, 48, EndOfContract.DELETE, true, null));
        return assessments.send(workspaceId, new Assessments.SendRequest(printer, null, null, today.plusDays(21), false, false,
                false, null, AssessmentReason.INITIAL), ACTOR).url();
    }

    private void weakAssessment(long workspaceId, long dataCentre, LocalDate today) {
        Assessments.Sent sent = assessments.send(workspaceId, new Assessments.SendRequest(dataCentre, null, null,
                today.plusDays(14), true, true, true, null, AssessmentReason.INITIAL), ACTOR);
        Map<String, String> answers = new HashMap<>();
        for (String id : List.of("GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-07", "HR-01", "HR-02", "PHY-01",
                "PHY-02", "PHY-03", "PHY-04", "TEC-01", "TEC-05", "TEC-09", "TEC-10", "TEC-15", "TEC-16", "SUP-04", "SUP-05")) {
            answers.put(id, "yes");
        }
        answers.put("GOV-06", "48");
        answers.put("GOV-08", "isms");
        answers.put("TEC-02", "8");
        answers.put("TEC-03", "2");
        answers.put("TEC-04", "partial");
        answers.put("TEC-06", "180");
        answers.put("TEC-07", "21");
        answers.put("TEC-08", "manual");
        answers.put("TEC-11", "partial");
        answers.put("TEC-12", "monthly");
        answers.put("TEC-13", "partial");
        answers.put("TEC-14", "no");
        answers.put("TEC-17", "na");
        answers.put("SUP-01", "no");
        Map<String, String> comments = Map.of("TEC-07", "物理37台・仮想278台を担当者が順次手作業で適用（2〜3週間）",
                "TEC-14", "保守用ネットワークから顧客環境へ直接接続できる構成");
        assessments.attach(sent.token(), "SUP-07", "第三者監査報告書.pdf", REPORT);
        assessments.saveAnswers(sent.token(), answers, comments, true);
        assessments.accept(workspaceId, sent.assessmentId(), ACTOR);
        assessments.raiseFinding(workspaceId, sent.assessmentId(), "TEC-14", Finding.Severity.HIGH,
                "保守用ネットワークと顧客環境の間にファイアウォールを設け、保守接続は多要素認証付きの踏み台に限定すること",
                today.plusMonths(2), ACTOR);
    }
}
