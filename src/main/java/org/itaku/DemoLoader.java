package org.itaku;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Optional;

import org.itaku.entrustment.DemoRegister;
import org.itaku.identity.Accounts;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.incident.LeakIndicator;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import java.time.LocalDate;
import java.util.Set;
import org.itaku.identity.Role;
import org.itaku.vocabulary.Discoverer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invented example a newcomer sees first: a workspace run by a SaaS vendor for social-insurance
 * offices. Names are invented. Loading twice does nothing the second time.
 */
@Component
public class DemoLoader {

    static final String WORKSPACE = "デモ：クラウド労務株式会社";
    static final String OFFICER_EMAIL = "officer@demo.itaku.example";

    private final Accounts accounts;
    private final DemoRegister demoRegister;
    private final Incidents incidents;

    private final org.itaku.assessment.AssessmentDemo assessmentDemo;

    DemoLoader(Accounts accounts, DemoRegister demoRegister, Incidents incidents,
            org.itaku.assessment.AssessmentDemo assessmentDemo) {
        this.assessmentDemo = assessmentDemo;
        this.accounts = accounts;
        this.demoRegister = demoRegister;
        this.incidents = incidents;
    }

    @Transactional
    public void load(PrintStream out) {
        Optional<Long> existing = accounts.workspaceNamed(WORKSPACE);
        if (existing.isPresent()) {
            out.println("Demo workspace already loaded: " + WORKSPACE + " (sign in as " + OFFICER_EMAIL + ")");
            return;
        }
        String password = generatedPassword();
        long workspaceId = accounts.createWorkspace(WORKSPACE);
        long vendor = demoRegister.load(workspaceId);
        accounts.createMember(workspaceId, OFFICER_EMAIL, "デモ 管理者", password.toCharArray(), Role.ADMIN);
        loadIncident(workspaceId, vendor);
        String questionnaire = assessmentDemo.load(workspaceId, vendor);
        out.println();
        out.println("Demo loaded / デモデータを読み込みました: " + WORKSPACE);
        out.println("  Sign in / ログイン:  " + OFFICER_EMAIL);
        out.println("  Password / パスワード (shown once / この一度だけ表示):  " + password);
        out.println("  Vendor questionnaire, no account needed / 委託先の回答リンク（アカウント不要）:  " + questionnaire);
        out.println();
    }

    /**
     * The scene Itaku exists for: ransomware at the vendor, found three days ago, possibly with data taken. The
     * vendor has already notified its principals, so every 社労士 office has its own decision and deadlines.
     */
    private void loadIncident(long workspaceId, long vendor) {
        LocalDate today = incidents.today();
        long incident = incidents.create(workspaceId, new IncidentFacts("労務手続SaaSサーバーへのランサムウェア攻撃", vendor,
                BreachEvent.LEAK, Certainty.POSSIBLE, Discoverer.SELF, today.minusDays(4), today.minusDays(3), null,
                Set.of(IncidentType.RANSOMWARE, IncidentType.UNAUTHORIZED_ACCESS),
                "公開されていたリモートデスクトップ接続に、窃取された認証情報でログインされ、仮想化基盤とデータベースサーバーが暗号化された。",
                Set.of(LeakIndicator.EXFILTRATION_TRACES), null, false, false, false, Set.of(), null), null, "demo");
        incidents.notifyPrincipals(workspaceId, incident, vendor, null, "demo");
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
