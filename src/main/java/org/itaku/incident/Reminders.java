package org.itaku.incident;

import java.time.LocalDate;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * E-mails the workspace's officers (個人情報保護管理者) about obligations coming due: 3 days before, 1 day before, and
 * once overdue. The ShedLock lock keeps two nodes from running at the same moment, and the sent-reminder key keeps
 * any run from repeating a mail even if the lock expires.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    enum Kind {
        DAYS_3, DAYS_1, OVERDUE
    }

    private final Incidents incidents;
    private final SentReminders sent;
    private final Accounts accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final String baseUrl;

    Reminders(Incidents incidents, SentReminders sent, Accounts accounts, ObjectProvider<JavaMailSender> mail,
            @Value("${itaku.mail.from:itaku@localhost}") String from,
            @Value("${itaku.base-url:http://localhost:8080}") String baseUrl) {
        this.incidents = incidents;
        this.sent = sent;
        this.accounts = accounts;
        this.mail = mail;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${itaku.incident.reminder-cron:0 */15 * * * *}")
    @SchedulerLock(name = "incident-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void scheduled() {
        send();
    }

    /** Which reminder is due on {@code today} for a deadline, if any. */
    static Kind due(LocalDate deadline, LocalDate today) {
        if (today.isAfter(deadline)) {
            return Kind.OVERDUE;
        }
        if (!today.isBefore(deadline.minusDays(1))) {
            return Kind.DAYS_1;
        }
        if (!today.isBefore(deadline.minusDays(3))) {
            return Kind.DAYS_3;
        }
        return null;
    }

    /** Sends what is due now; returns the number of mails sent. */
    int send() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.debug("no mail server configured (spring.mail.host); reminders wait");
            return 0;
        }
        LocalDate today = incidents.today();
        int count = 0;
        for (long workspaceId : incidents.workspacesWithOpenDuties()) {
            List<String> officers = accounts.inventory(workspaceId).stream()
                    .filter(r -> r.role() == Role.OFFICER && r.enabled()).map(Accounts.InventoryRow::email).toList();
            if (officers.isEmpty()) {
                continue;
            }
            for (Duty duty : incidents.openDuties(workspaceId, today.plusDays(3))) {
                Kind kind = due(duty.deadline(), today);
                if (kind == null) {
                    continue;
                }
                Incident incident = incidents.incident(workspaceId, duty.incidentId());
                String operator = incidents.party(workspaceId, duty.incidentId(), duty.operatorId()).operatorName();
                for (String to : officers) {
                    if (!sent.claim(workspaceId, duty.id(), kind.name(), duty.deadline(), to, incidents.now())) {
                        continue;
                    }
                    try {
                        sender.send(message(to, kind, duty, incident, operator));
                        count++;
                    } catch (MailException e) {
                        sent.release(workspaceId, duty.id(), kind.name(), duty.deadline(), to);
                        log.warn("reminder for obligation {} to {} failed: {}", duty.id(), to, e.getMessage());
                    }
                }
            }
        }
        return count;
    }

    private SimpleMailMessage message(String to, Kind kind, Duty duty, Incident incident, String operator) {
        String what = switch (duty.kind()) {
            case PPC_PRELIMINARY -> "個人情報保護委員会への速報（目安）";
            case PPC_FINAL -> "個人情報保護委員会への確報";
            case NOTIFY_INDIVIDUALS -> "本人への通知";
            case NOTIFY_PRINCIPAL -> "委託元への通知（目安）";
            case SECTOR_REPORT -> "監督当局への報告（目安）";
        };
        // The 速報 window is an indication of "速やかに", not a legal deadline (GL 3-5-3-3): say so in the subject.
        String limit = Boolean.TRUE.equals(duty.binding()) ? "期限" : "目安";
        String when = switch (kind) {
            case DAYS_3 -> limit + "の3日前です";
            case DAYS_1 -> limit + "は明日です";
            case OVERDUE -> limit + "を過ぎています";
        };
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject("【Itaku】" + when + "：" + what + "（" + duty.deadline() + "）");
        m.setText(String.join("\n",
                "事案: " + incident.facts().title(),
                "事業者: " + operator,
                "義務: " + what + " / " + duty.kind().code(),
                "期限: " + duty.deadline() + (Boolean.TRUE.equals(duty.binding()) ? "" : "（目安）"),
                "根拠: " + String.join("; ", duty.basis()),
                "",
                baseUrl + "/incidents/" + incident.id(),
                "",
                "This is a reminder from Itaku: " + duty.kind().code() + " due " + duty.deadline() + "."));
        return m;
    }
}
