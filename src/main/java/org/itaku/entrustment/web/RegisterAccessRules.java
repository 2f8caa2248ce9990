package org.itaku.entrustment.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the register. Auditors read everything but change nothing; vendor respondents only ever see
 * their assessment link, never a client's register.
 */
@Configuration
class RegisterAccessRules {

    @Bean
    AccessRules entrustmentAccessRules() {
        return auth -> {
            auth.requestMatchers(HttpMethod.GET, "/register", "/register/**", "/api/register", "/api/register/**")
                    .hasAnyRole("ADMIN", "OFFICER", "STAFF", "AUDITOR");
            auth.requestMatchers(HttpMethod.HEAD, "/register", "/register/**", "/api/register", "/api/register/**")
                    .hasAnyRole("ADMIN", "OFFICER", "STAFF", "AUDITOR");
            auth.requestMatchers("/register", "/register/**", "/api/register", "/api/register/**")
                    .hasAnyRole("ADMIN", "OFFICER", "STAFF");
        };
    }
}
