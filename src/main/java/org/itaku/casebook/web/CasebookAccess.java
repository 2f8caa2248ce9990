package org.itaku.casebook.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the case library: everyone in the workspace but vendor respondents reads; auditors import nothing; only
 * administrators and privacy officers correct or delete a case (it changes what everyone's statistics count).
 */
@Configuration
class CasebookAccess {

    static final String[] READ = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"};
    static final String[] WRITE = {"ADMIN", "OFFICER", "STAFF"};
    static final String[] CURATE = {"ADMIN", "OFFICER"};

    @Bean
    AccessRules casebookAccessRules() {
        return auth -> {
            auth.requestMatchers(HttpMethod.PATCH, "/api/casebook/*").hasAnyRole(CURATE);
            auth.requestMatchers(HttpMethod.DELETE, "/api/casebook/*").hasAnyRole(CURATE);
            auth.requestMatchers(HttpMethod.GET, "/casebook/*/edit").hasAnyRole(CURATE);
            auth.requestMatchers(HttpMethod.POST, "/casebook/*/edit", "/casebook/*/delete").hasAnyRole(CURATE);
            auth.requestMatchers(HttpMethod.GET, "/casebook", "/casebook/**", "/api/casebook", "/api/casebook/**").hasAnyRole(READ);
            auth.requestMatchers(HttpMethod.HEAD, "/casebook", "/casebook/**", "/api/casebook", "/api/casebook/**").hasAnyRole(READ);
            auth.requestMatchers("/casebook", "/casebook/**", "/api/casebook", "/api/casebook/**").hasAnyRole(WRITE);
        };
    }
}
