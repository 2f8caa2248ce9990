package org.itaku;

import java.time.Clock;

import org.itaku.vocabulary.JapanTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application clock. It runs in Japan's zone whatever the server's default zone is, so "today" means the same
 * day on every machine; instants taken from it are stored in UTC. Tests replace it with a clock they can move.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return JapanTime.systemClock();
    }
}
