package org.itaku;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Optional;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invented example a newcomer sees first: a workspace run by a SaaS vendor for social-insurance
 * offices. Names are invented. Loading twice does nothing the second time.
 */
@Component
class DemoLoader {

    static final String WORKSPACE = "デモ：クラウド労務株式会社";
    static final String OFFICER_EMAIL = "officer@demo.itaku.example";

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final org.itaku.entrustment.DemoRegister demoRegister;

    DemoLoader(Accounts accounts, JdbcClient jdbc, org.itaku.entrustment.DemoRegister demoRegister) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.demoRegister = demoRegister;
    }

    @Transactional
    public void load(PrintStream out) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM workspace WHERE name = ?").param(WORKSPACE)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            out.println("Demo workspace already loaded: " + WORKSPACE + " (sign in as " + OFFICER_EMAIL + ")");
            return;
        }
        String password = generatedPassword();
        long workspaceId = accounts.createWorkspace(WORKSPACE);
        demoRegister.load(workspaceId);
        accounts.createMember(workspaceId, OFFICER_EMAIL, "デモ 管理者", password.toCharArray(), Role.ADMIN);
        out.println();
        out.println("Demo loaded / デモデータを読み込みました: " + WORKSPACE);
        out.println("  Sign in / ログイン:  " + OFFICER_EMAIL);
        out.println("  Password / パスワード (shown once / この一度だけ表示):  " + password);
        out.println();
    }

    /** A fresh random password every time: the demo has no default password either. */
    static String generatedPassword() {
        String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        String lower = "abcdefghijkmnpqrstuvwxyz";
        String digits = "23456789";
        String symbols = "#%+=?@";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        String[] groups = {upper, lower, digits, symbols};
        for (int i = 0; i < 16; i++) {
            String group = groups[i % groups.length];
            sb.append(group.charAt(random.nextInt(group.length())));
        }
        return sb.toString();
    }
}
