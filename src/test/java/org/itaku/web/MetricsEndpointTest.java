package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The Prometheus endpoint answers administrators only; the health endpoint stays public and says only UP. */
@ItakuTest
class MetricsEndpointTest {

    @Autowired
    MockMvc mvc;

    MvcResult prometheusAs(Role role) throws Exception {
        var request = get("/actuator/prometheus");
        if (role != null) {
            WorkspaceMember member = new WorkspaceMember(1, "metrics@example.jp", 1, "監視", role);
            request = request.with(user(member.email()).authorities(new SimpleGrantedAuthority(role.authority()), member));
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void onlyAnAdministratorReadsTheMetrics() throws Exception {
        assertThat(prometheusAs(null).getResponse().getStatus()).isIn(302, 401, 403);
        assertThat(prometheusAs(Role.STAFF).getResponse().getStatus()).isEqualTo(403);
        assertThat(prometheusAs(Role.AUDITOR).getResponse().getStatus()).isEqualTo(403);
        MvcResult admin = prometheusAs(Role.ADMIN);
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.getResponse().getContentAsString()).contains("jvm_memory_used_bytes");

        MvcResult health = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(health.getResponse().getStatus()).isEqualTo(200);
        assertThat(health.getResponse().getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components");
    }
}
