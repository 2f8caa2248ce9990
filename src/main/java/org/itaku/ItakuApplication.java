package org.itaku;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ItakuApplication {

    public static void main(String[] args) {
        SpringApplication.run(ItakuApplication.class, args);
    }
}
