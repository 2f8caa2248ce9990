package org.itaku.incident.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.itaku.incident.IncidentFixtures.entrust;
import static org.itaku.incident.IncidentFixtures.holding;
import static org.itaku.incident.IncidentFixtures.operator;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.UUID;

import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.incident.IncidentFixtures;
import org.itaku.incident.Incidents;
import org.itaku.obligation.IncidentType;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The warm-up renders the real incident page of the newest unfinished case, as a visitor would see it: every message
 * resolved, the decisions and holdings there, none of a writer's forms; and on its own thread as an officer, the
 * documents page after it.
 */
@ItakuTest
@RecordApplicationEvents
class IncidentPageWarmupTest {

    @Autowired
    IncidentPageWarmup warmup;
    @Autowired
    Incidents incidents;
    @Autowired
    Register register;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationEvents events;

    @Test
    void rendersTheNewestUnfinishedCasesPageForAVisitor() {
        long ws = accounts.createWorkspace("温め " + UUID.randomUUID());
        long vendor = register.createOperator(ws, operator("架空クラウド株式会社"));
        long client = register.createOperator(ws, operator("架空商事株式会社"));
        register.createEntrustment(ws, entrust(client, vendor, "顧客名簿の管理"));
        register.createHolding(ws, holding(vendor, client, "架空の顧客名簿", "NAME,EMAIL", 1500));
        long id = incidents.create(ws, IncidentFixtures.facts(vendor, LocalDate.of(2025, 5, 12),
                IncidentType.MISCONFIGURATION), 7L, "テスト");

        Incidents.CaseRef newest = incidents.newestUnfinishedCase().orElseThrow();
        assertThat(newest).isEqualTo(new Incidents.CaseRef(ws, id));
        // The opening is announced, for a start with no case open: the warm-up renders the first case opened.
        assertThat(events.stream(Incidents.CaseRef.class)).containsExactly(newest);

        StringWriter out = new StringWriter();
        warmup.render(newest, out);
        String html = out.toString();
        assertThat(html).doesNotContain("??")
                .contains("設定不備による閲覧可能状態", "架空クラウド株式会社", "架空商事株式会社", "架空の顧客名簿",
                        "class=\"decision\"", "href=\"/incidents/" + id + "/parties/" + client + "\"")
                .doesNotContain("name=\"status\"", "name=\"entry\"", "/logout");

        // As the warm-up thread renders it: with the writer's forms, no CSRF token, and the sign-in gone after. That
        // thread has no request; the test's thread has a mock one, where the visitor's render left its navigation.
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        StringWriter asWriter = new StringWriter();
        warmup.renderAsWriter(newest, asWriter);
        // The documents page follows, as an officer sees it (the date-style form is the officers').
        assertThat(asWriter.toString()).contains("name=\"entry\"", "action=\"/incidents/" + id + "/timeline\"",
                        "action=\"/incidents/" + id + "/documents/date-style\"",
                        "href=\"/incidents/" + id + "/documents/" + client + "/summary.pdf\"")
                .doesNotContain("_csrf", "??");
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .isNull();
    }
}
