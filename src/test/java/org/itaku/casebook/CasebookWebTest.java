package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.itaku.casebook.CasebookContract.fixture;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case library pages: import, search, a case with its controls, statistics, VERIS export, who may do what. */
@ItakuTest
class CasebookWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Casebook casebook;
    @Autowired
    Register register;

    long ws;

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @BeforeEach
    void workspace() {
        ws = accounts.createWorkspace("事例集ウェブ " + UUID.randomUUID());
    }

    static RequestPostProcessor as(Role role, long workspaceId) {
        return user("u" + workspaceId + role + "@example.jp").authorities(new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(7, "u" + role + "@example.jp", workspaceId, "ws", role));
    }

    /** Imports the bookshop notice pasted and the dental one as a Shift_JIS file; answers the bookshop case's id. */
    long importAsStaff() throws Exception {
        String location = mvc.perform(multipart("/casebook/import").with(as(Role.STAFF, ws)).with(csrf())
                        .param("text", fixture("bookshop-misdelivery.txt")).param("name", "みなと書房のお詫び"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/casebook/*"))
                .andReturn().getResponse().getRedirectedUrl();
        byte[] sjis = fixture("dental-usb-loss.txt").getBytes(Charset.forName("windows-31j"));
        mvc.perform(multipart("/casebook/import").file(new MockMultipartFile("files", "dental-sjis.txt", "text/plain", sjis))
                        .with(as(Role.STAFF, ws)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void staffImportsAndEveryMemberSearchesInJapanese() throws Exception {
        long id = importAsStaff();
        mvc.perform(get("/casebook").param("q", "誤送付").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("お客様宛て書類の誤送付に関するお詫び")))
                .andExpect(content().string(not(containsString("USBメモリの紛失について"))));
        mvc.perform(get("/casebook").param("q", "診療内容").with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("USBメモリの紛失について")));
        mvc.perform(get("/casebook").param("type", "loss_theft").with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("USBメモリの紛失について")))
                .andExpect(content().string(not(containsString("誤送付に関するお詫び"))));
        mvc.perform(get("/casebook").param("vendor", "yes").param("year", "2025").with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("誤送付に関するお詫び")))
                .andExpect(content().string(not(containsString("USBメモリの紛失について"))));
        mvc.perform(get("/casebook/{id}", id).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("株式会社ナギサ物流")))
                .andExpect(content().string(containsString("会員のお客様 約120名")))       // evidence sentence
                .andExpect(content().string(containsString("PPC-GL-")))                 // cause → control map
                .andExpect(content().string(not(containsString("/incidents/new?")))); // auditors record no incident
        mvc.perform(post("/casebook/rebuild").with(as(Role.OFFICER, ws)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(as(Role.AUDITOR, ws))).andExpect(content().string(containsString("href=\"/casebook\"")));
    }

    @Test
    void theIncidentFormReadsThePrefillFromTheCase() throws Exception {
        long id = importAsStaff();
        String page = mvc.perform(get("/casebook/{id}", id).with(as(Role.STAFF, ws)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/incidents/new\\?[^\"]+)\"").matcher(page);
        assertThat(link.find()).as("the case page links to the pre-filled incident form").isTrue();
        String prefill = link.group(1).replace("&amp;", "&");
        assertThat(prefill).contains("incidentTypes=misdelivery").contains("adhocPersons=120").contains("occurredOn=2025-03-03");
        mvc.perform(get(java.net.URI.create(prefill)).with(as(Role.STAFF, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"お客様宛て書類の誤送付に関するお詫び\"")))
                .andExpect(content().string(containsString("value=\"2025-03-05\"")))
                .andExpect(content().string(containsString("value=\"120\"")));
    }

    @Test
    void aVendorNoticePastedIntoTheIncidentFormDraftsItWithoutStoringAnything() throws Exception {
        long vendor = register.createOperator(ws, new Operator(0, "株式会社 みなと書房", null, null, OperatorKind.PRIVATE,
                null, null, null, null, null, false));
        String html = mvc.perform(post("/incidents/new/from-notice").with(as(Role.STAFF, ws)).with(csrf())
                        .param("notice", fixture("bookshop-misdelivery.txt")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"お客様宛て書類の誤送付に関するお詫び\"")
                .contains("value=\"2025-03-03\"").contains("value=\"2025-03-05\"").contains("value=\"120\"")
                .containsPattern("value=\"misdelivery\"\\s+checked")
                .containsPattern("value=\"NAME\"\\s+checked")
                .containsPattern("value=\"ENTRUSTEE\"\\s+selected")
                .containsPattern("value=\"" + vendor + "\"\\s+selected")
                .contains("株式会社ナギサ物流");
        assertThat(casebook.count(ws)).as("a draft stores nothing in the library").isZero();

        mvc.perform(post("/incidents/new/from-notice").with(as(Role.STAFF, ws)).with(csrf()).param("notice", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("公表文が空です")));
        mvc.perform(post("/incidents/new/from-notice").with(as(Role.AUDITOR, ws)).with(csrf())
                        .param("notice", fixture("bookshop-misdelivery.txt")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/incidents/new").with(as(Role.STAFF, ws)))
                .andExpect(content().string(containsString("action=\"/incidents/new/from-notice\"")));
    }

    @Test
    void theJsonApiImportsSearchesAndRefusesBadInputWithA400() throws Exception {
        String body = "{\"sector\":\"小売\",\"notices\":[{\"name\":\"bookshop.txt\",\"text\":"
                + JSON.writeValueAsString(fixture("bookshop-misdelivery.txt")) + "}]}";
        String created = mvc.perform(post("/api/casebook").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ids.length()").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = JSON.readTree(created).get("ids").get(0).asLong();
        mvc.perform(get("/api/casebook").param("q", "誤送付").param("vendor", "true").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].sector").value("小売"));
        mvc.perform(get("/api/casebook/{id}", id).with(as(Role.AUDITOR, ws)))
                .andExpect(jsonPath("$.record.persons_affected").value(120));
        mvc.perform(get("/api/casebook/{id}/veris", id).with(as(Role.AUDITOR, ws)))
                .andExpect(jsonPath("$.attribute.confidentiality.data_total").value(120));

        mvc.perform(get("/api/casebook").param("type", "DROP TABLE").with(as(Role.STAFF, ws)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("事案の種類のコードではありません: DROP TABLE"))
                .andExpect(jsonPath("$.code").value("casebook.rule.incidentType"));
        mvc.perform(get("/api/casebook").param("type", "DROP TABLE").cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en"))
                        .with(as(Role.STAFF, ws)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Not an incident type code: DROP TABLE"));
        mvc.perform(post("/api/casebook").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notices\":[{\"name\":\"a.txt\",\"text\":\"本文\"},{\"name\":\"b.txt\",\"text\":\" \"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("b.txt: 公表文が空です。"))
                .andExpect(jsonPath("$.code").value("casebook.error.empty")).andExpect(jsonPath("$.args[0]").value("b.txt"));
        mvc.perform(post("/api/casebook").with(as(Role.STAFF, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"notices\":[]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/casebook").with(as(Role.AUDITOR, ws)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        assertThat(casebook.count(ws)).isEqualTo(1);

        long other = accounts.createWorkspace("よそ " + UUID.randomUUID());
        mvc.perform(get("/api/casebook/{id}", id).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/casebook").param("q", "誤送付").with(as(Role.ADMIN, other)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theSectorFilterNarrowsTheList() throws Exception {
        casebook.importNotices(ws, java.util.List.of(new NoticeSource("a.txt", fixture("bookshop-misdelivery.txt"))), "小売", null);
        casebook.importNotices(ws, java.util.List.of(new NoticeSource("b.txt", fixture("dental-usb-loss.txt"))), "医療", null);
        mvc.perform(get("/casebook").param("sector", "医療").with(as(Role.STAFF, ws)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("USBメモリの紛失について")))
                .andExpect(content().string(not(containsString("誤送付に関するお詫び"))))
                .andExpect(content().string(containsString("<option value=\"小売\">小売</option>")));
    }

    @Test
    void statisticsAreServerRenderedSvgWithoutInlineStyle() throws Exception {
        importAsStaff();
        String html = mvc.perform(get("/casebook/stats").with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<svg").contains("<rect").contains("misdelivery: 1").contains("2025")
                .doesNotContain("style=").doesNotContain("<style");
        assertThat(html.split("<svg", -1)).hasSize(5);
        // The vendor share's labels are words from the bundle, in the reader's language, never a message key.
        assertThat(html).contains(">委託先の関与あり<", ">委託先の関与の記載なし<").doesNotContain("casebook.stats.");
        String english = mvc.perform(get("/casebook/stats").with(as(Role.AUDITOR, ws))
                        .cookie(new jakarta.servlet.http.Cookie("itaku-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains(">Vendor involved<", ">No vendor stated<").doesNotContain("casebook.stats.");
    }

    @Test
    void aCaseExportsAsVerisJson() throws Exception {
        long id = importAsStaff();
        mvc.perform(get("/casebook/{id}/veris.json", id).with(as(Role.AUDITOR, ws)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incident_id").value("itaku-casebook-" + id))
                .andExpect(jsonPath("$.victim.victim_id").value("株式会社みなと書房"))
                .andExpect(jsonPath("$.action.error.variety", hasItem("Misdelivery")))
                .andExpect(jsonPath("$.actor.partner.notes").value("株式会社ナギサ物流"))
                .andExpect(jsonPath("$.attribute.confidentiality.data_total").value(120))
                .andExpect(jsonPath("$.attribute.confidentiality.data[0].variety").value("Personal"))
                .andExpect(jsonPath("$.timeline.incident.year").value(2025))
                .andExpect(jsonPath("$.timeline.discovery.day").value(5))
                .andExpect(jsonPath("$.plus.itaku.ppc_reported").value(true));
    }

    @Test
    void anotherWorkspaceGetsNotFound() throws Exception {
        long id = importAsStaff();
        long other = accounts.createWorkspace("よその事例集 " + UUID.randomUUID());
        mvc.perform(get("/casebook/{id}", id).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/casebook/{id}/veris.json", id).with(as(Role.ADMIN, other))).andExpect(status().isNotFound());
        mvc.perform(get("/casebook").param("q", "誤送付").with(as(Role.ADMIN, other)))
                .andExpect(content().string(not(containsString("誤送付に関するお詫び"))));
    }

    @Test
    void auditorsCannotImportOrRebuild() throws Exception {
        mvc.perform(multipart("/casebook/import").with(as(Role.AUDITOR, ws)).with(csrf())
                        .param("text", fixture("bookshop-misdelivery.txt")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/casebook/rebuild").with(as(Role.AUDITOR, ws)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/casebook/import").with(as(Role.AUDITOR, ws))).andExpect(status().isOk());
        assertThat(casebook.count(ws)).isZero();
    }

    @Test
    void textThatIsNotANoticeGetsAMessageOnThePageAndA400ProblemFromTheApi() throws Exception {
        mvc.perform(multipart("/casebook/import").with(as(Role.STAFF, ws)).with(csrf()).param("text", "hello world")
                        .param("name", "greeting"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("greeting: 事案の公表文として読めません")));
        byte[] mojibake = new String(fixture("dental-usb-loss.txt").getBytes(StandardCharsets.UTF_8), Charset.forName("windows-31j"))
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/casebook/import").file(new MockMultipartFile("files", "scan.txt", "text/plain", mojibake))
                        .with(as(Role.STAFF, ws)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("scan.txt: 文字化けしています")));
        mvc.perform(post("/api/casebook").with(as(Role.STAFF, ws)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"notices\":[{\"name\":\"x.txt\",\"text\":\"hello world\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("x.txt: 事案の公表文として読めません")));
        assertThat(casebook.count(ws)).isZero();
    }

    @Test
    void anOfficerCorrectsACaseOnThePageAndThroughTheApiStaffMayNot() throws Exception {
        long id = importAsStaff();
        mvc.perform(get("/casebook/{id}/edit", id).with(as(Role.OFFICER, ws)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("読み取り結果を訂正する")));
        mvc.perform(get("/casebook/{id}/edit", id).with(as(Role.STAFF, ws))).andExpect(status().isForbidden());

        mvc.perform(post("/casebook/{id}/edit", id).with(as(Role.OFFICER, ws)).with(csrf())
                        .param("organization", "みなと書房").param("persons_affected", "121").param("published", "2025-06-02")
                        .param("incident_types", "misdelivery").param("sensitive_data", "").param("vendor_involved", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(casebook.find(ws, id).record().personsAffected()).isEqualTo(121);
        assertThat(casebook.find(ws, id).record().organization()).isEqualTo("みなと書房");

        mvc.perform(post("/casebook/{id}/edit", id).with(as(Role.OFFICER, ws)).with(csrf()).param("persons_affected", "多数"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("persons_affected（人数）は0以上の整数で入力してください: 多数")));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/casebook/{id}", id)
                        .with(as(Role.ADMIN, ws)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"persons_affected\": 120, \"data_items\": [\"NAME\", \"ADDRESS\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.record.persons_affected").value(120))
                .andExpect(jsonPath("$.record.data_items.length()").value(2));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/casebook/{id}", id)
                        .with(as(Role.STAFF, ws)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/casebook/{id}", id)
                        .with(as(Role.ADMIN, ws)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"published\": \"昨日\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("published は YYYY-MM-DD の形の日付で入力してください: 昨日"));
        long other = accounts.createWorkspace("よそ " + UUID.randomUUID());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch("/api/casebook/{id}", id)
                        .with(as(Role.ADMIN, other)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOfficerDeletesACaseStaffAndOtherWorkspacesCannot() throws Exception {
        long id = importAsStaff();
        long other = accounts.createWorkspace("よそ " + UUID.randomUUID());
        mvc.perform(post("/casebook/{id}/delete", id).with(as(Role.STAFF, ws)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/casebook/{id}", id)
                .with(as(Role.OFFICER, other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(casebook.count(ws)).isEqualTo(2);

        mvc.perform(post("/casebook/{id}/delete", id).with(as(Role.OFFICER, ws)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/casebook/{id}", id).with(as(Role.OFFICER, ws))).andExpect(status().isNotFound());
        long dental = casebook.search(ws, "", null, 10).get(0).id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/casebook/{id}", dental)
                .with(as(Role.ADMIN, ws)).with(csrf())).andExpect(status().isNoContent());
        assertThat(casebook.count(ws)).isZero();
    }

    @Test
    void badInputGivesAClearMessageAndStoresNothing() throws Exception {
        mvc.perform(multipart("/casebook/import").file(new MockMultipartFile("files", "ok.txt", "text/plain",
                                fixture("dental-usb-loss.txt").getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10}))
                        .with(as(Role.STAFF, ws)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("photo.jpg: テキストファイルではないようです")));
        mvc.perform(multipart("/casebook/import").file(new MockMultipartFile("files", "huge.txt", "text/plain",
                                new byte[NoticeSource.MAX_BYTES + 10]))
                        .with(as(Role.STAFF, ws)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("huge.txt: 1 MB を超えています")));
        mvc.perform(multipart("/casebook/import").with(as(Role.STAFF, ws)).with(csrf()).param("text", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("取り込むものがありません")));
        assertThat(casebook.count(ws)).isZero();
    }
}
