package org.itaku.obligation.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may evaluate obligations: everyone in a workspace except vendor respondents, who see only their assessments. */
@Configuration
class ObligationAccess {

    static final String[] ROLES = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"};

    @Bean
    AccessRules obligationAccessRules() {
        return auth -> auth.requestMatchers("/api/obligations/**", "/obligations/**").hasAnyRole(ROLES);
    }
}
