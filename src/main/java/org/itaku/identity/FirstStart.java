package org.itaku.identity;

import java.io.PrintStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * There is no default password. When the server starts with no user at all it prints a one-time
 * setup link and the command-line alternative.
 */
@Component
class FirstStart {

    private final Accounts accounts;
    private final SetupTokens tokens;
    private final String baseUrl;

    FirstStart(Accounts accounts, SetupTokens tokens, @Value("${itaku.base-url:}") String baseUrl) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        printInstructionsIfEmpty(System.out, baseUrl.isBlank() ? "http://localhost:" + port : baseUrl);
    }

    void printInstructionsIfEmpty(PrintStream out, String baseUrl) {
        if (accounts.userCount() > 0) {
            return;
        }
        String token = tokens.issue();
        out.println();
        out.println("==================================================================================");
        out.println(" Itaku has no administrator yet. / 管理者がまだ登録されていません。");
        out.println(" Open this one-time link within 24 hours to create the first administrator:");
        out.println(" 24時間以内に次のリンクを開き、最初の管理者を作成してください（1回限り有効）:");
        out.println();
        out.println("   " + baseUrl + "/setup?token=" + token);
        out.println();
        out.println(" Or from a terminal / またはコマンドで:  java -jar target/itaku.jar admin create --email you@example.jp");
        out.println("==================================================================================");
        out.println();
    }
}
