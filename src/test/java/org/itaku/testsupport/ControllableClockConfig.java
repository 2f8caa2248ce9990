package org.itaku.testsupport;

import java.time.Instant;

import org.itaku.vocabulary.JapanTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Import into an {@link ItakuTest} to replace the system clock with a {@link MutableClock}. */
@TestConfiguration(proxyBeanMethods = false)
public class ControllableClockConfig {

    @Bean
    @Primary
    public MutableClock mutableClock() {
        return new MutableClock(Instant.now(), JapanTime.ZONE);
    }
}
