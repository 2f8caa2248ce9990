package org.itaku.audit.web;

import org.itaku.identity.AccessRules;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail is for administrators and auditors only (issue 3: AUDITOR is read-only, including the trail). */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth.requestMatchers("/audit", "/audit/**").hasAnyRole("ADMIN", "AUDITOR");
    }
}
