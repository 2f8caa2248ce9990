package org.itaku.incident.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may handle incidents. Everyone in the workspace but vendor respondents reads; auditors change nothing; only a
 * 個人情報保護管理者 (OFFICER) or an ADMIN may decide that a legal obligation is not required.
 */
@Configuration
class IncidentAccess {

    static final String[] READ = {"ADMIN", "OFFICER", "STAFF", "AUDITOR"};
    static final String[] WRITE = {"ADMIN", "OFFICER", "STAFF"};
    static final String[] APPROVE = {"ADMIN", "OFFICER"};

    @Bean
    AccessRules incidentAccessRules() {
        return auth -> {
            // A calendar app has no session: the secret in the address is the credential (CalendarFeeds checks it).
            auth.requestMatchers(HttpMethod.GET, "/calendar/feed/*").permitAll();
            // Every reader may keep the deadlines in a calendar; the feed is read-only.
            auth.requestMatchers("/incidents/calendar", "/incidents/calendar/feed", "/incidents/calendar/feed/revoke")
                    .hasAnyRole(READ);
            auth.requestMatchers("/incidents/*/obligations/*/not-required", "/api/incidents/*/obligations/*/not-required")
                    .hasAnyRole(APPROVE);
            // The misdelivery check records nothing: anyone who may read may ask it.
            auth.requestMatchers("/incidents/misdelivery", "/api/incidents/misdelivery").hasAnyRole(READ);
            auth.requestMatchers(HttpMethod.GET, "/incidents", "/incidents/**", "/api/incidents", "/api/incidents/**")
                    .hasAnyRole(READ);
            auth.requestMatchers(HttpMethod.HEAD, "/incidents", "/incidents/**", "/api/incidents", "/api/incidents/**")
                    .hasAnyRole(READ);
            auth.requestMatchers("/incidents", "/incidents/**", "/api/incidents", "/api/incidents/**").hasAnyRole(WRITE);
        };
    }
}
