package org.itaku.assessment;

import java.util.List;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mail to the vendor's contact (the link, reminders) and to the workspace's officers (submitted, overdue). Without
 * a mail server nothing is sent and the officer hands the link over. Links are never written to the log.
 */
@Component
class AssessmentMail {

    private static final Logger log = LoggerFactory.getLogger(AssessmentMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final Accounts accounts;
    private final String from;
    private final String baseUrl;

    AssessmentMail(ObjectProvider<JavaMailSender> mail, Accounts accounts, @Value("${itaku.mail.from:itaku@localhost}") String from,
            @Value("${itaku.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.accounts = accounts;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    boolean sendLink(Assessment a, String url) {
        return send(a.contactEmail(), "【Itaku】委託先評価の質問票への回答のお願い（回答期限 " + a.dueOn() + "）",
                String.join("\n",
                        (a.contactName() == null ? "ご担当者" : a.contactName()) + " 様",
                        "",
                        a.operatorName() + " における個人データの取扱いについて、質問票へのご回答をお願いします。",
                        "アカウントは不要です。次のリンクから回答し、途中保存もできます（リンクは回答期限の終わりまで有効です）。",
                        "",
                        url,
                        "",
                        "回答期限: " + a.dueOn(),
                        "",
                        "Please answer our vendor questionnaire through the link above by " + a.dueOn() + ". No account is needed."));
    }

    /** {@code kind} is DAYS_7 or DAYS_1. */
    boolean remind(Assessment a, String url, String kind) {
        String when = "DAYS_1".equals(kind) ? "明日が回答期限です" : "回答期限まで1週間です";
        return send(a.contactEmail(), "【Itaku】" + when + "：委託先評価の質問票（" + a.dueOn() + "）",
                String.join("\n",
                        a.operatorName() + " 様の質問票は、まだ提出されていません。回答期限: " + a.dueOn(),
                        "保存済みの回答は残っています。次のリンクから続きを回答できます。",
                        "",
                        url,
                        "",
                        "A reminder: the vendor questionnaire is due on " + a.dueOn() + "."));
    }

    int overdue(Assessment a) {
        int sent = 0;
        for (String to : officers(a.workspaceId())) {
            if (send(to, "【Itaku】回答期限切れ：" + a.operatorName() + " の質問票（期限 " + a.dueOn() + "）",
                    String.join("\n",
                            a.operatorName() + " の質問票が回答期限までに提出されず、回答リンクを停止しました。",
                            "再開する場合は新しい回答期限を決めて「再開」してください。",
                            "",
                            baseUrl + "/assessments/" + a.id(),
                            "",
                            "The questionnaire of " + a.operatorName() + " was not submitted by " + a.dueOn() + " and is locked."))) {
                sent++;
            }
        }
        return sent;
    }

    void submitted(Assessment a) {
        for (String to : officers(a.workspaceId())) {
            send(to, "【Itaku】質問票が提出されました：" + a.operatorName(),
                    String.join("\n", a.operatorName() + " から質問票の回答が提出されました。レビューしてください。", "",
                            baseUrl + "/assessments/" + a.id()));
        }
    }

    List<String> officers(long workspaceId) {
        return accounts.inventory(workspaceId).stream()
                .filter(r -> (r.role() == Role.OFFICER || r.role() == Role.ADMIN) && r.enabled())
                .map(Accounts.InventoryRow::email).toList();
    }

    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    private boolean send(String to, String subject, String text) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(text);
        try {
            sender.send(m);
            return true;
        } catch (MailException e) {
            log.warn("assessment mail to {} failed: {}", to, e.getMessage());
            return false;
        }
    }
}
