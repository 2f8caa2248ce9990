package org.itaku.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.itaku.ItakuApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application test on an in-memory H2 database (PostgreSQL mode). Extend {@link OnPostgres} to run
 * the same test class against a real PostgreSQL server instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ItakuApplication.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface ItakuTest {
}
