package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.itaku.testsupport.ItakuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On a database of its own: a setup link works only while no user exists (issue 10, finding 6), and the shared
 * test database has users.
 */
@ItakuTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:itaku-setup-flow;DB_CLOSE_DELAY=-1;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class SetupFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SetupTokens tokens;

    @Autowired
    Accounts accounts;

    @Test
    void aSetupLinkCreatesTheAdministratorOnceAndOnlyWithAStrongPassword() throws Exception {
        String token = tokens.issue();
        String email = "setup-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";

        mvc.perform(get("/setup").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"token\"")));

        mvc.perform(post("/setup").with(csrf()).param("token", token).param("workspaceName", "設定試験法人")
                        .param("email", email).param("displayName", "設定 花子")
                        .param("password", "password1").param("passwordConfirm", "password1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("パスワードが短すぎます")));
        assertThat(accounts.findUserId(email)).as("a refused password creates nothing").isEmpty();
        assertThat(tokens.isUsable(token)).as("and does not use up the link").isTrue();

        mvc.perform(post("/setup").with(csrf()).param("token", token).param("workspaceName", "設定試験法人")
                        .param("email", email).param("displayName", "設定 花子")
                        .param("password", "Kx7#mQ2!vW9z").param("passwordConfirm", "Kx7#mQ2!vW9z"))
                .andExpect(redirectedUrl("/login?setup"));
        assertThat(accounts.findUserId(email)).isPresent();

        mvc.perform(post("/setup").with(csrf()).param("token", token).param("workspaceName", "二回目")
                        .param("email", "again-" + email).param("displayName", "二回目")
                        .param("password", "Kx7#mQ2!vW9z").param("passwordConfirm", "Kx7#mQ2!vW9z"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("このリンクは無効です")));
        assertThat(accounts.findUserId("again-" + email)).isEmpty();
    }

    @Test
    void anUnknownTokenShowsNoForm() throws Exception {
        mvc.perform(get("/setup").param("token", "made-up"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"password\""))));
    }

    @Test
    void firstStartPrintsAWorkingLinkOnlyWhenThereIsNoUser(@Autowired FirstStart firstStart) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        firstStart.printInstructionsIfEmpty(new PrintStream(buffer, true, StandardCharsets.UTF_8), "http://localhost:8080");
        String printed = buffer.toString(StandardCharsets.UTF_8);
        if (accounts.userCount() > 0) {
            assertThat(printed).isEmpty();
            return;
        }
        Matcher link = Pattern.compile("/setup\\?token=([A-Za-z0-9_-]{43})").matcher(printed);
        assertThat(link.find()).isTrue();
        assertThat(tokens.isUsable(link.group(1))).isTrue();
        assertThat(printed).contains("admin create --email");
    }
}
