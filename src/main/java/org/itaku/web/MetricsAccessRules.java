package org.itaku.web;

import org.itaku.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Prometheus endpoint describes the whole installation (request rates, pool use, JVM), so only an
 * administrator may read it: a monitoring system scrapes it with an administrator's read-only access token
 * ({@code Authorization: Bearer itk_...}). The health endpoint stays public for load balancers and says only UP or DOWN.
 */
@Configuration
class MetricsAccessRules {

    @Bean
    AccessRules prometheusAccessRules() {
        return auth -> auth.requestMatchers("/actuator/prometheus", "/actuator/prometheus/**").hasRole("ADMIN");
    }
}
