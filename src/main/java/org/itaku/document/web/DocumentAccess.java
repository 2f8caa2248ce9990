package org.itaku.document.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may download the documents of an incident: every member of the workspace, auditors included. The workspace's
 * default date style is set, and reviewed drafts are kept, by officers and administrators.
 */
@Configuration
class DocumentAccess {

    static final String[] READ = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"};

    @Bean
    AccessRules documentAccessRules() {
        return auth -> auth
                .requestMatchers(HttpMethod.POST, "/incidents/*/documents/date-style").hasAnyRole("ADMIN", "OFFICER")
                // Keeping a reviewed draft is the officer's act; anyone who may read may see the preview.
                .requestMatchers(HttpMethod.POST, "/incidents/*/documents/*/*/edit").hasAnyRole("ADMIN", "OFFICER")
                .requestMatchers(HttpMethod.GET, "/incidents/*/documents", "/incidents/*/documents/**").hasAnyRole(READ);
    }
}
