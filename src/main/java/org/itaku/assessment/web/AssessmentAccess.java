package org.itaku.assessment.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use vendor oversight. Officers and administrators send, review and raise findings; every member reads.
 * {@code /respond/**} needs no account: the link's token is the key, checked by the controller (an unknown, altered,
 * expired or revoked token is a plain 404), rate-limited by {@link RespondThrottle}, and its forms carry the CSRF
 * token of the anonymous session. A signed-in vendor respondent gets only {@code /vendor}: its own questionnaires.
 */
@Configuration
class AssessmentAccess {

    static final String[] READ = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"};
    static final String[] WRITE = {"ADMIN", "OFFICER"};

    @Bean
    AccessRules assessmentAccessRules() {
        return auth -> {
            auth.requestMatchers("/respond/**").permitAll();
            auth.requestMatchers("/vendor", "/vendor/**").hasRole("VENDOR_RESPONDENT");
            auth.requestMatchers(HttpMethod.GET, "/assessments", "/assessments/**", "/api/assessments", "/api/assessments/**").hasAnyRole(READ);
            auth.requestMatchers(HttpMethod.HEAD, "/assessments", "/assessments/**", "/api/assessments", "/api/assessments/**").hasAnyRole(READ);
            auth.requestMatchers("/assessments", "/assessments/**", "/api/assessments", "/api/assessments/**").hasAnyRole(WRITE);
        };
    }
}
