package org.itaku.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.itaku.ItakuApplication;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A member changes their own password on the account page, over real HTTP with two browsers signed in. */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordChangeWebTest {

    static final String OLD = "Kx7#mQ2!vW9z";
    static final String NEW = "Rt5%nB8?yH3q";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens tokens;

    @Test
    void theNewPasswordWorksTheOldDoesNotAndTheOtherBrowserIsSignedOut() throws Exception {
        String email = newMember();
        HttpBrowser desk = new HttpBrowser(port);
        HttpBrowser laptop = new HttpBrowser(port);
        desk.signIn(email, OLD);
        laptop.signIn(email, OLD);
        assertThat(laptop.get("/account").statusCode()).isEqualTo(200);

        long userId = accounts.findUserId(email).orElseThrow();
        long workspaceId = jdbc.sql("SELECT workspace_id FROM membership WHERE user_id = ?").param(userId)
                .query(Long.class).single();
        tokens.issue(new WorkspaceMember(userId, email, workspaceId, "", Role.STAFF), "連携", ApiTokens.Scope.read,
                Duration.ofDays(30));

        String form = desk.get("/account/password").body();
        assertThat(form).contains("現在のパスワード", "10文字以上");
        HttpResponse<String> changed = desk.post("/account/password", form,
                Map.of("current", OLD, "password", NEW, "confirmation", NEW));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(desk.get("/account").body()).contains("パスワードを変更しました。ほかのログイン 1 件を終了し、アクセストークン 1 件を失効させました。");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE user_id = ? AND revoked_at IS NULL").param(userId)
                .query(Long.class).single()).as("tokens left after the password change").isZero();

        // The laptop's session ended; the desk's goes on.
        assertThat(laptop.get("/account").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
        assertThat(desk.get("/account").statusCode()).isEqualTo(200);
        assertThat(new HttpBrowser(port).signIn(email, OLD)).contains("/login?error");
        assertThat(new HttpBrowser(port).signIn(email, NEW)).doesNotContain("error");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'password.change' AND target_id = ?")
                .param(String.valueOf(userId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedInJapaneseAndChangesNothing() throws Exception {
        String email = newMember();
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(email, OLD);

        String form = browser.get("/account/password").body();
        HttpResponse<String> wrong = browser.post("/account/password", form,
                Map.of("current", "Wrong#Pass1", "password", NEW, "confirmation", NEW));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("現在のパスワードが正しくありません。");

        HttpResponse<String> weak = browser.post("/account/password", wrong.body(),
                Map.of("current", OLD, "password", "short", "confirmation", "short"));
        assertThat(weak.body()).contains("パスワードが短すぎます");

        HttpResponse<String> mismatch = browser.post("/account/password", weak.body(),
                Map.of("current", OLD, "password", NEW, "confirmation", NEW + "x"));
        assertThat(mismatch.body()).contains("確認用のパスワードが一致しません。");

        assertThat(new HttpBrowser(port).signIn(email, OLD)).doesNotContain("error");
    }

    private String newMember() {
        String email = "pw-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        long workspaceId = accounts.createWorkspace("パスワード変更試験 " + email);
        accounts.createMember(workspaceId, email, "変更 一郎", OLD.toCharArray(), Role.STAFF);
        return email;
    }
}
