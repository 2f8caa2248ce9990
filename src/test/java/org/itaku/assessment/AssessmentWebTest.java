package org.itaku.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.itaku.vocabulary.OperatorKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The respondent pages without an account, and the officer's pages, over HTTP: what each caller gets. */
@ItakuTest
class AssessmentWebTest {

    static final String VENDOR = "株式会社ひみつ計算センター";

    @Autowired
    MockMvc mvc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    Assessments assessments;
    @Autowired
    JdbcClient jdbc;

    long ws;
    long vendor;
    String contact;
    Assessments.Sent sent;

    @BeforeEach
    void sent() {
        ws = accounts.createWorkspace("評価ウェブ " + UUID.randomUUID());
        contact = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@vendor.example";
        vendor = register.createOperator(ws, new Operator(0, VENDOR, null, null, OperatorKind.PRIVATE, null, null, null, contact,
                null, false));
        sent = assessments.send(ws, new Assessments.SendRequest(vendor, null, null, assessments.today().plusDays(10), false, false,
                false, null, null), "officer@example.jp");
    }

    static RequestPostProcessor as(Role role, long workspaceId, String email) {
        return user(email).authorities(new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(7, email, workspaceId, "ws", role));
    }

    int evidenceCount() {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_evidence WHERE workspace_id = ?").param(ws).query(Integer.class).single();
    }

    @Test
    void theLinkOpensTheQuestionnaireInJapaneseWithoutAnAccount() throws Exception {
        mvc.perform(get("/respond/" + sent.token())).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(VENDOR)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("下書き保存")));
    }

    @Test
    void anAlteredExpiredRevokedOrUnknownLinkGetsTheSame404AndRevealsNothing() throws Exception {
        String t = sent.token();
        String altered = t.substring(0, t.length() - 1) + (t.endsWith("A") ? "B" : "A");
        String unknown = mvc.perform(get("/respond/" + altered)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(unknown).doesNotContain(VENDOR).contains("このリンクは無効です");
        mvc.perform(get("/respond/short")).andExpect(status().isNotFound());
        mvc.perform(post("/respond/" + altered).with(csrf()).param("a.GOV-01", "yes")).andExpect(status().isNotFound());

        assessments.revokeLinks(ws, sent.assessmentId(), "officer@example.jp");
        String revoked = mvc.perform(get("/respond/" + t)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(revoked).isEqualTo(unknown);
    }

    @Test
    void formsNeedTheirCsrfTokenAndBadAnswersAre400WithNothingSaved() throws Exception {
        mvc.perform(post("/respond/" + sent.token()).param("a.GOV-01", "yes")).andExpect(status().isForbidden());
        mvc.perform(post("/respond/" + sent.token()).with(csrf()).param("a.TEC-07", "three weeks").param("a.GOV-01", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "質問 TEC-07: 数値で回答してください（入力: three weeks）。")));
        // The same refusal for a vendor reading in English: the words come from the English bundle.
        mvc.perform(post("/respond/" + sent.token()).with(csrf()).cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en"))
                        .param("a.TEC-07", "three weeks").param("a.GOV-01", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Question TEC-07: a number is expected (given: three weeks).")));
        assertThat(assessments.respondent(sent.token()).answers()).isEmpty();
        mvc.perform(post("/respond/" + sent.token()).with(csrf()).param("a.GOV-01", "yes").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments.respondent(sent.token()).answers()).containsKey("GOV-01");
    }

    @Test
    void oversizedOrDisguisedEvidenceAndABrokenCheckSheetAre400AndNothingIsStored() throws Exception {
        byte[] big = new byte[Evidence.MAX_BYTES + 10];
        big[0] = '%';
        mvc.perform(multipart("/respond/" + sent.token() + "/evidence").file(new MockMultipartFile("file", "big.pdf",
                "application/pdf", big)).param("questionId", "SUP-07").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("5MB")));
        mvc.perform(multipart("/respond/" + sent.token() + "/evidence").file(new MockMultipartFile("file", "invoice.pdf.exe",
                "application/octet-stream", "MZ".getBytes())).param("questionId", "SUP-07").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/respond/" + sent.token() + "/checksheet").file(new MockMultipartFile("file", "sheet.xlsx",
                "application/octet-stream", "PK\u0003\u0004garbage".getBytes())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("XLSX")));
        assertThat(evidenceCount()).isZero();
        assertThat(assessments.respondent(sent.token()).answers()).isEmpty();

        mvc.perform(multipart("/respond/" + sent.token() + "/evidence").file(new MockMultipartFile("file", "report.pdf",
                "application/pdf", AssessmentContract.PDF)).param("questionId", "SUP-07").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(evidenceCount()).isEqualTo(1);
    }

    @Test
    void anOfficerOfAnotherWorkspaceFindsNothing() throws Exception {
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        mvc.perform(get("/assessments/" + sent.assessmentId()).with(as(Role.OFFICER, other, "o@other.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + sent.assessmentId()).with(as(Role.OFFICER, other, "o@other.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessments/" + sent.assessmentId() + "/revoke").with(csrf()).with(as(Role.OFFICER, other, "o@other.example")))
                .andExpect(status().isNotFound());
        Evidence e = assessments.attach(sent.token(), "SUP-07", "audit.pdf", AssessmentContract.PDF);
        mvc.perform(get("/assessments/" + sent.assessmentId() + "/evidence/" + e.id()).with(as(Role.OFFICER, other, "o@other.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + sent.assessmentId() + "/evidence/" + e.id()).with(as(Role.OFFICER, ws, "o@own.example")))
                .andExpect(status().isOk()).andExpect(content().bytes(AssessmentContract.PDF));
        mvc.perform(get("/assessments/" + sent.assessmentId()).with(as(Role.OFFICER, ws, "o@own.example")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(VENDOR)));
    }

    @Test
    void aSignedInVendorRespondentSeesItsOwnQuestionnairesAndNothingElse() throws Exception {
        mvc.perform(get("/vendor").with(as(Role.VENDOR_RESPONDENT, ws, contact)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(VENDOR)));
        mvc.perform(post("/vendor/assessments/" + sent.assessmentId() + "/open").with(csrf())
                .with(as(Role.VENDOR_RESPONDENT, ws, contact))).andExpect(redirectedUrlPattern("/respond/*"));
        mvc.perform(post("/vendor/assessments/" + sent.assessmentId() + "/open").with(csrf())
                .with(as(Role.VENDOR_RESPONDENT, ws, "someone-else@vendor.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/vendor").with(as(Role.VENDOR_RESPONDENT, ws, "someone-else@vendor.example")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(VENDOR))));
        mvc.perform(get("/assessments").with(as(Role.VENDOR_RESPONDENT, ws, contact))).andExpect(status().isForbidden());
    }

    @Test
    void aBrokenQuestionnaireEditIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/assessments/questionnaires").with(csrf()).with(as(Role.OFFICER, ws, "o@own.example"))
                .param("yaml", "code: mine\ntitle_ja: 自社版\nsections: [{id: A, title_ja: 章}]\nquestions:\n  - {id: Q1, section: B, ja: 質問, type: text, weight: 0}\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("unknown section B")));
        String yaml = new String(getClass().getResourceAsStream(
                "/assessment/questionnaires/itaku-vendor.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(post("/assessments/questionnaires").with(csrf()).with(as(Role.OFFICER, ws, "o@own.example"))
                .param("yaml", yaml.replace("pass_mark: 70", "pass_mark: 80")))
                .andExpect(redirectedUrlPattern("/assessments/questionnaires?show=workspace:itaku-vendor:1*"));
    }

    @Test
    void everyOfficerPageRendersAReviewedAssessmentAndTheDashboardAndOperatorPageShowIt() throws Exception {
        java.util.Map<String, String> answers = new java.util.HashMap<>(AssessmentContract.weakAnswers());
        assessments.attach(sent.token(), "SUP-07", "audit.pdf", AssessmentContract.PDF);
        assessments.saveAnswers(sent.token(), answers, java.util.Map.of(), true);
        assessments.accept(ws, sent.assessmentId(), "officer@example.jp");
        assessments.raiseFinding(ws, sent.assessmentId(), "TEC-14", Finding.Severity.HIGH, "ファイアウォールを設置すること",
                assessments.today().plusMonths(1), "officer@example.jp");
        RequestPostProcessor officer = as(Role.OFFICER, ws, "o@own.example");
        mvc.perform(get("/assessments/" + sent.assessmentId()).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不合格")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("TEC-14")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ファイアウォールを設置すること")));
        mvc.perform(get("/assessments").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(VENDOR)));
        mvc.perform(get("/assessments/new").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/assessments/new").param("operatorId", String.valueOf(vendor)).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("★4")));
        mvc.perform(get("/assessments/proposals").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/assessments/questionnaires").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("PPC-GL-10-6-3")));
        mvc.perform(get("/").with(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("委託先の監督")));
        mvc.perform(get("/register/operators/" + vendor).with(officer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未完了の指摘が 1 件あります")));
        mvc.perform(get("/respond/" + sent.token())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ファイアウォールを設置すること")));
        mvc.perform(get("/respond/" + sent.token()).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Submitted and reviewed")));
    }
}
