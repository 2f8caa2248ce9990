package org.itaku.identity.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the identity pages. */
@Configuration
class IdentityAccess {

    @Bean
    AccessRules identityRules() {
        return auth -> {
            auth.requestMatchers(HttpMethod.GET, "/admin/accounts").hasAnyRole("ADMIN", "AUDITOR");
            auth.requestMatchers("/admin/**").hasRole("ADMIN");
            auth.requestMatchers("/account/**", "/workspace/switch")
                    .hasAnyRole("ADMIN", "OFFICER", "STAFF", "AUDITOR");
        };
    }
}
