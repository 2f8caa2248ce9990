package org.itaku.entrustment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.itaku.entrustment.RegisterFixtures.entrust;
import static org.itaku.entrustment.RegisterFixtures.holding;
import static org.itaku.entrustment.RegisterFixtures.operator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ItakuTest
class RegisterWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Register register;

    @Autowired
    Accounts accounts;

    long ws;
    long office;
    long vendor;
    long holdingId;

    @BeforeEach
    void register() {
        ws = accounts.createWorkspace("ウェブ " + UUID.randomUUID());
        office = register.createOperator(ws, operator("あおば社労士事務所"));
        vendor = register.createOperator(ws, operator("クラウド労務株式会社"));
        register.createEntrustment(ws, entrust(office, vendor, "手続システム"));
        holdingId = register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,MY_NUMBER", 250));
    }

    static RequestPostProcessor as(Role role, long workspaceId) {
        return user("u" + workspaceId + role + "@example.jp").authorities(new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(7, "u@example.jp", workspaceId, "ws", role));
    }

    @Test
    void pagesShowTheRegisterToStaff() throws Exception {
        mvc.perform(get("/register").with(as(Role.STAFF, ws))).andExpect(status().isOk())
                .andExpect(content().string(containsString("クラウド労務株式会社")));
        mvc.perform(get("/register/operators/{id}", vendor).with(as(Role.STAFF, ws))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("手続データ")));
        mvc.perform(get("/register/operators/{id}/impact", vendor).with(as(Role.AUDITOR, ws))).andExpect(status().isOk())
                .andExpect(content().string(containsString("あおば社労士事務所 → クラウド労務株式会社")));
        mvc.perform(get("/register/holdings/{id}", holdingId).with(as(Role.AUDITOR, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/watch").with(as(Role.OFFICER, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/operators/new").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/entrustments/new").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/holdings/new").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/entrustments").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/holdings").with(as(Role.STAFF, ws))).andExpect(status().isOk());
    }

    @Test
    void theWatchListApiRendersEachFindingInTheReadersLanguage() throws Exception {
        Entrustment noClause = entrust(office, vendor, "条項なし");
        register.createEntrustment(ws, new Entrustment(0, noClause.principalId(), noClause.entrusteeId(), noClause.purpose(),
                noClause.startOn(), null, false, null, null, EndOfContract.DELETE, true, noClause.lastReviewOn()));
        mvc.perform(get("/api/register/watch").with(as(Role.STAFF, ws))).andExpect(status().isOk())
                .andExpect(jsonPath("$.noIncidentClause[0].code").value("watch.detail.NO_INCIDENT_CLAUSE"))
                .andExpect(jsonPath("$.noIncidentClause[0].detail").value("事故報告期限の定めがありません"));
        mvc.perform(get("/api/register/watch").with(as(Role.STAFF, ws))
                        .cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.noIncidentClause[0].code").value("watch.detail.NO_INCIDENT_CLAUSE"))
                .andExpect(jsonPath("$.noIncidentClause[0].detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("事故"))));
    }

    @Test
    void aFormCreatesAnOperatorAndRejectsABadCorporateNumber() throws Exception {
        mvc.perform(post("/register/operators").with(as(Role.STAFF, ws)).with(csrf())
                        .param("name", "新規株式会社").param("kind", "PRIVATE").param("corporateNumber", "7000012050002"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/register/operators").with(as(Role.STAFF, ws)).with(csrf())
                        .param("name", "誤番号株式会社").param("kind", "PRIVATE").param("corporateNumber", "1234567890123"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("法人番号のチェックデジットが正しくありません")));
        mvc.perform(post("/register/entrustments").with(as(Role.STAFF, ws)).with(csrf())
                        .param("principalId", String.valueOf(vendor)).param("entrusteeId", String.valueOf(office))
                        .param("purpose", "逆"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("委託の連鎖が循環します")));
        mvc.perform(post("/register/entrustments").with(as(Role.STAFF, ws)).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en"))
                        .param("principalId", String.valueOf(vendor)).param("entrusteeId", String.valueOf(office))
                        .param("purpose", "逆"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("would form a cycle")));
        mvc.perform(post("/register/holdings").with(as(Role.STAFF, ws)).with(csrf())
                        .param("operatorId", String.valueOf(vendor)).param("principalId", String.valueOf(office))
                        .param("description", "追加").param("itemCodes", "NAME,SALARY").param("persons", "10")
                        .param("encryption", "NONE"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiCreatesReadsAndAnswersImpact() throws Exception {
        String body = """
                {"name":"北データセンター株式会社","kind":"PRIVATE","corporateNumber":"7000012050002"}""";
        mvc.perform(post("/api/register/operators").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.corporateNumber").value("7000012050002"))
                .andExpect(header().exists("Location"));
        mvc.perform(get("/api/register/operators/{id}/impact", vendor).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holdings.items[0].items[0]").value("MY_NUMBER"))
                .andExpect(jsonPath("$.principals.items[0].operator.name").value("あおば社労士事務所"))
                .andExpect(jsonPath("$.summary.principals").value(1))
                .andExpect(jsonPath("$.summary.levels[0].distance").value(1))
                .andExpect(jsonPath("$.principals.total").value(1));
        // A summary and pages, never the whole graph: a page past the end is empty, a size beyond 500 is refused.
        mvc.perform(get("/api/register/operators/{id}/impact", vendor).param("page", "3").param("size", "1")
                        .with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.principals.items").isEmpty())
                .andExpect(jsonPath("$.summary.holdings").value(1));
        mvc.perform(get("/api/register/operators/{id}/impact", vendor).param("size", "501").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("500")));
        mvc.perform(get("/api/register/operators/{id}/chain.svg", vendor).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("<title>クラウド労務株式会社 の委託関係</title>")))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/api/register/operators/{id}/chain.svg", vendor).with(as(Role.AUDITOR, ws))
                        .cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en")))
                .andExpect(content().string(containsString("<title>Entrustment chain of クラウド労務株式会社</title>")));
        mvc.perform(post("/api/register/holdings").with(as(Role.STAFF, ws)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"operatorId\":" + vendor + ",\"principalId\":" + office
                                + ",\"description\":\"x\",\"itemCodes\":\"NAME\",\"persons\":-5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("人数は0以上で入力してください（入力: -5）。"))
                .andExpect(jsonPath("$.code").value("vocabulary.persons.negative"))
                .andExpect(jsonPath("$.args[0]").value(-5));
        mvc.perform(put("/api/register/entrustments/{id}", register.entrustmentsOf(ws, vendor).get(0).id())
                        .with(as(Role.STAFF, ws)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"principalId\":" + office + ",\"entrusteeId\":" + vendor + ",\"purpose\":\"更新\","
                                + "\"incidentReportHours\":24}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.incidentReportHours").value(24));
        mvc.perform(get("/api/register/watch").with(as(Role.STAFF, ws))).andExpect(status().isOk());
    }

    @Test
    void auditorsReadButDoNotWriteAndVendorsSeeNothing() throws Exception {
        mvc.perform(post("/api/register/operators").with(as(Role.AUDITOR, ws)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/register/operators").with(as(Role.AUDITOR, ws)).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/register").with(as(Role.VENDOR_RESPONDENT, ws))).andExpect(status().isForbidden());
        mvc.perform(get("/api/register/operators").with(as(Role.VENDOR_RESPONDENT, ws))).andExpect(status().isForbidden());
        mvc.perform(post("/api/register/operators").with(as(Role.STAFF, ws))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
    }

    @Test
    void anotherWorkspaceGetsNotFound() throws Exception {
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        mvc.perform(get("/register/operators/{id}", vendor).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/register/operators/{id}", vendor).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/register/operators/{id}/impact", vendor).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/register/holdings/{id}", holdingId).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(put("/api/register/operators/{id}", vendor).with(as(Role.ADMIN, other)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"乗っ取り\",\"kind\":\"PRIVATE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/register/holdings/{id}", holdingId).with(as(Role.ADMIN, other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/register/holdings/{id}/delete", holdingId).with(as(Role.ADMIN, other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/register/operators").with(as(Role.ADMIN, other)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        // still there, unchanged
        org.assertj.core.api.Assertions.assertThat(register.operator(ws, vendor).name()).isEqualTo("クラウド労務株式会社");
        org.assertj.core.api.Assertions.assertThat(register.holding(ws, holdingId).description()).isEqualTo("手続データ");
    }

    /** page=N answers as it did (items, page, size, total) and adds next; after=next reads the following page. */
    @Test
    void theApiPagesOperatorsByNumberAndByCursor() throws Exception {
        register.createOperator(ws, operator("さくら商事株式会社"));
        String body = mvc.perform(get("/api/register/operators").param("size", "2").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.next").isString()).andReturn().getResponse().getContentAsString();
        String next = com.jayway.jsonpath.JsonPath.read(body, "$.next");
        mvc.perform(get("/api/register/operators").param("size", "2").param("after", next).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.page").value(1)).andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].name").value("クラウド労務株式会社")).andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/register/operators").param("size", "2").param("page", "1").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].name").value("クラウド労務株式会社"));
        mvc.perform(get("/api/register/operators").param("after", "%%%").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("register.badCursor"));
        mvc.perform(get("/api/register/operators").param("after", next).with(as(Role.VENDOR_RESPONDENT, ws)))
                .andExpect(status().isForbidden());
        // The register page's next link carries the cursor, and following it shows the second page.
        mvc.perform(get("/register").with(as(Role.AUDITOR, ws))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("after="))));
        for (int i = 0; i < 50; i++) {
            register.createOperator(ws, operator(String.format("わかば事業者%02d", i)));
        }
        String page = mvc.perform(get("/register").with(as(Role.AUDITOR, ws))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/register\\?q=&amp;after=([^\"]+)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(link.find()).as("a next link with a cursor").isTrue();
        mvc.perform(get("/register").param("after", link.group(1)).with(as(Role.AUDITOR, ws))).andExpect(status().isOk())
                .andExpect(content().string(containsString("わかば事業者49")))
                .andExpect(content().string(not(containsString("わかば事業者46"))));
    }

    @Test
    void registersAreExportedAndImportedOverHttp() throws Exception {
        byte[] csv = mvc.perform(get("/register/export").param("format", "csv").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        long other = accounts.createWorkspace("取込先 " + UUID.randomUUID());
        // Step 1 previews: counts, a commit button, nothing written yet.
        var previewed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/register/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "台帳.csv", "text/csv", csv))
                        .with(as(Role.STAFF, other)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("取込内容の確認")))
                .andExpect(content().string(containsString("この内容で取り込む"))).andReturn();
        org.assertj.core.api.Assertions.assertThat(register.searchOperators(other, "", 0, 10).total()).isZero();
        String page = previewed.getResponse().getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(page);
        org.assertj.core.api.Assertions.assertThat(token.find()).as("the preview carries its token").isTrue();
        // The file waits in the server-side session, which the response's cookie names.
        jakarta.servlet.http.Cookie[] session = previewed.getResponse().getCookies();
        org.assertj.core.api.Assertions.assertThat(session).as("a session cookie").isNotEmpty();
        // A token that is not this session's is refused with a Japanese message, and nothing is written.
        mvc.perform(post("/register/import/commit").param("token", "00000000-0000-0000-0000-000000000000").cookie(session)
                        .with(as(Role.STAFF, other)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("もう一度ファイルを選んで")));
        mvc.perform(post("/register/import/commit").param("token", token.group(1)).cookie(session)
                        .with(as(Role.AUDITOR, other)).with(csrf()))
                .andExpect(status().isForbidden());
        // Step 2 commits what was previewed.
        mvc.perform(post("/register/import/commit").param("token", token.group(1)).cookie(session)
                        .with(as(Role.STAFF, other)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2 件の事業者")));
        org.assertj.core.api.Assertions.assertThat(register.searchOperators(other, "", 0, 10).total()).isEqualTo(2);
        // The API previews the same file again: everything is now already there.
        mvc.perform(post("/api/register/import/preview").param("format", "csv").with(as(Role.STAFF, other)).with(csrf())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.unchanged.operators").value(2)).andExpect(jsonPath("$.added.operators").value(0));
        mvc.perform(post("/api/register/import/preview").param("format", "csv").with(as(Role.AUDITOR, other)).with(csrf())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(csv)).andExpect(status().isForbidden());

        String bad = String.join(",", RegisterColumn.headers()) + "\r\n事業者,A,名前,,123\r\n";
        mvc.perform(post("/api/register/import").param("format", "csv").with(as(Role.STAFF, other)).with(csrf())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("E列（法人番号）"))
                .andExpect(jsonPath("$.detail").value("台帳に 1 件の誤りがあるため取り込みませんでした"))
                .andExpect(jsonPath("$.errors[0].code").isString())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("法人番号")));
        // The same problem in the request's language: the codes stay, the text is English.
        mvc.perform(post("/api/register/import").param("format", "csv").with(as(Role.STAFF, other)).with(csrf())
                        .cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en"))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.detail").value("The register has 1 errors; nothing was imported"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("corporate number")));
        mvc.perform(post("/api/register/import").param("format", "csv").with(as(Role.AUDITOR, other)).with(csrf())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(csv)).andExpect(status().isForbidden());
        mvc.perform(get("/register/template").param("format", "xlsx").with(as(Role.STAFF, ws))).andExpect(status().isOk());
        mvc.perform(get("/register/transfer").with(as(Role.STAFF, ws))).andExpect(status().isOk());
    }
}
