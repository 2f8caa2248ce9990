package org.itaku.audit.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail is for administrators and auditors only (issue 3: AUDITOR is read-only, including the trail). */
@Configuration
class AuditAccessRules {

    @Bean
    AccessRules auditAccessRules() {
        return auth -> auth.requestMatchers("/audit", "/audit/**").hasAnyRole("ADMIN", "AUDITOR");
    }
}
