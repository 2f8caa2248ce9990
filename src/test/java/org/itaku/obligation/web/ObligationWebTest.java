package org.itaku.obligation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ItakuTest
class ObligationWebTest {

    /** §11 row 8: web skimming, 2025-10-01, categories 2 + 3, final report due 2025-12-01. */
    static final String SKIMMING = "{\"operator_kind\":\"private\",\"role\":\"principal\",\"known_on\":\"2025-10-01\","
            + "\"event\":\"leak\",\"certainty\":\"confirmed\",\"data_items\":[\"NAME\",\"PAYMENT_CARD\"],\"persons\":800,"
            + "\"incident_types\":[\"web_skimming\"],\"strong_encryption\":false,\"acquiring\":true}";
    /** §11 row 9: 1,500 persons, 2025-08-25, item iv, due 2025-09-24. */
    static final String MISSENT = "{\"operator_kind\":\"private\",\"role\":\"principal\",\"known_on\":\"2025-08-25\","
            + "\"event\":\"leak\",\"certainty\":\"confirmed\",\"data_items\":[\"NAME\",\"EMAIL\"],\"persons\":1500,"
            + "\"incident_types\":[\"misdelivery\"],\"strong_encryption\":false}";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor member(Role role) {
        return user(role.name().toLowerCase() + "@example.org").authorities(
                new SimpleGrantedAuthority(role.authority()),
                new WorkspaceMember(1L, role.name().toLowerCase() + "@example.org", 1L, "テスト組織", role));
    }

    @Test
    void evaluatesOneObject() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(SKIMMING))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.reportable").value(true))
                // Card numbers being typed into a tampered page: Rules Art. 7(iii) alone (2024-04-01 amendment).
                .andExpect(jsonPath("$.appi_categories.length()").value(1))
                .andExpect(jsonPath("$.appi_categories[0]").value(3))
                .andExpect(jsonPath("$.my_number_categories").isEmpty())
                .andExpect(content().string(containsString("\"exemption\":null")))
                .andExpect(jsonPath("$.obligations[0].kind").value("ppc_preliminary"))
                .andExpect(jsonPath("$.obligations[0].from").value("2025-10-04"))
                .andExpect(jsonPath("$.obligations[0].to").value("2025-10-06"))
                .andExpect(jsonPath("$.obligations[0].binding").value(false))
                .andExpect(jsonPath("$.obligations[1].kind").value("ppc_final"))
                .andExpect(jsonPath("$.obligations[1].due").value("2025-12-01"))
                .andExpect(jsonPath("$.obligations[1].binding").value(true))
                .andExpect(jsonPath("$.obligations[2].kind").value("notify_individuals"))
                .andExpect(jsonPath("$.reasons[?(@.rule == 'Rules Art. 7(iii)')].ja").exists())
                .andExpect(jsonPath("$.reasons[?(@.rule == 'Rules Art. 7(iii)')].rule_ja").value(hasItem("規則第7条第3号")))
                .andExpect(jsonPath("$.obligations[2].basis_ja[0]").value("個人情報保護法第26条第2項"))
                .andExpect(jsonPath("$.rule_set").value("appi-2024-04"));
    }

    @Test
    void evaluatesAnArrayInOrder() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.STAFF)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + MISSENT + "," + SKIMMING + "]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].appi_categories[0]").value(4))
                .andExpect(jsonPath("$[0].obligations[1].due").value("2025-09-24"))
                .andExpect(jsonPath("$[1].obligations[1].due").value("2025-12-01"));
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(MISSENT.replace("1500", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("persons:")));
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(MISSENT.replace("2025-08-25", "2025-02-29")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("known_on:")));
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[" + MISSENT + "," + MISSENT.replace("\"leak\"", "\"spill\"") + "]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("[1].event:")));
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.OFFICER)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"operator_kind\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("malformed JSON")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"})
    void workspaceRolesMayEvaluate(Role role) throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(member(role)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(MISSENT))
                .andExpect(status().isOk());
    }

    @Test
    void vendorRespondentsAreForbidden() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.VENDOR_RESPONDENT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(MISSENT))
                .andExpect(status().isForbidden());
        mvc.perform(get("/obligations/check").with(member(Role.VENDOR_RESPONDENT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void signedOutCallersGet401FromTheApiAndTheLoginPageFromThePage() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(MISSENT))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/obligations/check").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void withoutCsrfTokenThePostIsRefused() throws Exception {
        mvc.perform(post("/api/obligations/evaluate").with(member(Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON).content(MISSENT))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsAFormWithTheCsrfTokenAndNoInlineScript() throws Exception {
        mvc.perform(get("/obligations/check").with(member(Role.OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("報告義務の判定")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("name=\"known_on\"")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void thePageShowsTheDecisionInJapaneseByDefault() throws Exception {
        mvc.perform(post("/obligations/check").with(member(Role.AUDITOR)).with(csrf())
                        .param("operator_kind", "private").param("role", "principal").param("known_on", "2025-08-25")
                        .param("event", "leak").param("certainty", "confirmed")
                        .param("data_items", "NAME", "EMAIL").param("persons", "1500")
                        .param("incident_types", "misdelivery").param("unauthorized_purpose", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当局への報告が必要です")))
                .andExpect(content().string(containsString("2025年9月24日 まで")))
                .andExpect(content().string(containsString("規則第7条第4号")))
                .andExpect(content().string(containsString("を超えます")))
                .andExpect(content().string(not(containsString("exceeds 1000"))));
    }

    @Test
    void thePageSpeaksEnglishWithLangEn() throws Exception {
        mvc.perform(post("/obligations/check").param("lang", "en").with(member(Role.OFFICER)).with(csrf())
                        .param("operator_kind", "private").param("role", "entrustee").param("known_on", "2025-05-12")
                        .param("event", "leak").param("certainty", "confirmed")
                        .param("data_items", "NAME", "SALARY").param("persons", "2000")
                        .param("incident_types", "misconfiguration").param("notified_principal_on", "2025-05-14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No report to an authority is owed")))
                .andExpect(content().string(containsString("Relieved by notifying the principal")))
                .andExpect(content().string(containsString("done on 14 May 2025")))
                .andExpect(content().string(containsString("relieved of the report to the PPC")));
    }

    @Test
    void thePageExplainsBadInput() throws Exception {
        mvc.perform(post("/obligations/check").with(member(Role.OFFICER)).with(csrf())
                        .param("operator_kind", "private").param("role", "principal").param("known_on", "2025-08-25")
                        .param("event", "leak").param("certainty", "confirmed").param("persons", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入力に誤りがあります")))
                .andExpect(content().string(containsString("persons: must not be negative")))
                .andExpect(content().string(containsString("value=\"-5\"")));
    }
}
