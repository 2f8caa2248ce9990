package org.itaku.casebook.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may use the case library: everyone in the workspace but vendor respondents reads; auditors import nothing. */
@Configuration
class CasebookAccess {

    static final String[] READ = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"};
    static final String[] WRITE = {"ADMIN", "OFFICER", "STAFF"};

    @Bean
    AccessRules casebookAccessRules() {
        return auth -> {
            auth.requestMatchers(HttpMethod.GET, "/casebook", "/casebook/**", "/api/casebook", "/api/casebook/**").hasAnyRole(READ);
            auth.requestMatchers(HttpMethod.HEAD, "/casebook", "/casebook/**", "/api/casebook", "/api/casebook/**").hasAnyRole(READ);
            auth.requestMatchers("/casebook", "/casebook/**", "/api/casebook", "/api/casebook/**").hasAnyRole(WRITE);
        };
    }
}
