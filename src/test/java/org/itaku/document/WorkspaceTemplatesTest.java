package org.itaku.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.ItakuTest;
import org.itaku.vocabulary.Discoverer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A workspace that replaced the document template gets its own wording; every other workspace keeps the default. */
@ItakuTest
class WorkspaceTemplatesTest {

    static Path templates;

    @DynamicPropertySource
    static void templateDir(DynamicPropertyRegistry registry) throws Exception {
        templates = Files.createTempDirectory("itaku-templates");
        registry.add("itaku.document.template-dir", templates::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    Incidents incidents;

    record Case(long workspace, long vendor, long incident) {
    }

    Case incidentIn(String name) {
        long ws = accounts.createWorkspace(name + " " + UUID.randomUUID());
        long vendor = register.createOperator(ws, IncidentDocumentsTest.operator("クラウド労務株式会社", "03-5555-0001"));
        long client = register.createOperator(ws, IncidentDocumentsTest.operator("株式会社さくら製作所", null));
        register.createEntrustment(ws, IncidentDocumentsTest.entrust(client, vendor, "給与計算"));
        register.createHolding(ws, IncidentDocumentsTest.holding(vendor, client, "従業員台帳", "NAME,ADDRESS", 300));
        long incident = incidents.create(ws, new IncidentFacts("誤送信", vendor, BreachEvent.LEAK, Certainty.CONFIRMED,
                Discoverer.SELF, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 12), null,
                Set.of(IncidentType.MISDELIVERY), "宛先の選択誤り", Set.of(), null, false, false, false, Set.of(), null),
                7L, "テスト");
        return new Case(ws, vendor, incident);
    }

    String announcement(Case c) throws Exception {
        return mvc.perform(get("/incidents/" + c.incident() + "/documents/" + c.vendor() + "/announcement.html")
                        .with(IncidentDocumentsTest.as(Role.OFFICER, c.workspace())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theWorkspacesOwnTemplateIsUsedForItsDocumentsOnly() throws Exception {
        Case own = incidentIn("独自書式");
        Case other = incidentIn("標準書式");
        Path dir = Files.createDirectories(templates.resolve(String.valueOf(own.workspace())).resolve("document"));
        Files.writeString(dir.resolve("document.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <h1 class="house-style" th:text="${title}">t</h1>
                <p th:each="b : ${blocks}" th:text="${b.text}">x</p>
                </body></html>""");

        String mine = announcement(own);
        assertThat(mine).contains("<h1 class=\"house-style\">").contains("クラウド労務株式会社");
        assertThat(announcement(other)).doesNotContain("house-style").contains("クラウド労務株式会社");
    }
}
