package org.itaku.incident;

import java.time.LocalDate;
import java.util.List;

import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.obligation.Obligation;
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
 * once overdue. The obligations of one incident with the same kind and deadline are reminded in one mail that counts
 * them and names the first few. The ShedLock lock keeps two nodes from running at the same moment, and the
 * sent-reminder key keeps any run from repeating a mail even if the lock expires.
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
            for (Incidents.DueGroup g : incidents.dueGroups(workspaceId, today.plusDays(3), NAMED)) {
                Kind kind = due(g.deadline(), today);
                if (kind != null) {
                    count += send(sender, workspaceId, officers, new Group(g.incidentId(), g.kind(), g.deadline(), kind),
                            g.first(), g.names(), Math.max(g.count(), g.first().size()));
                }
            }
        }
        return count;
    }

    /**
     * The obligations one mail covers: of one incident, kind and deadline, and so due for the same reminder. An
     * incident at a vendor gives 170,000 clients the same 確報 deadline; their officers get one mail saying so, not
     * 170,000.
     */
    record Group(long incidentId, Obligation.Kind duty, LocalDate deadline, Kind reminder) {

        /**
         * The sent-reminder key of a mail about many obligations: the incident's id, negated so that it cannot be an
         * obligation's, and the reminder with the obligation kind's place.
         */
        String reminderKey() {
            return reminder.name() + ":" + duty.ordinal();
        }
    }

    /**
     * The mails of one group to every officer; an obligation alone is reminded as itself. {@code named} are the
     * group's first obligations, {@code names} their operators' names, {@code total} the group's size.
     */
    private int send(JavaMailSender sender, long workspaceId, List<String> officers, Group group, List<Duty> named,
            List<String> names, long total) {
        Incident incident = incidents.incident(workspaceId, group.incidentId());
        Duty first = named.get(0);
        boolean one = total == 1;
        long key = one ? first.id() : -group.incidentId();
        String reminder = one ? group.reminder().name() : group.reminderKey();
        int count = 0;
        for (String to : officers) {
            if (!sent.claim(workspaceId, key, reminder, group.deadline(), to, incidents.now())) {
                continue;
            }
            try {
                sender.send(message(to, group.reminder(), first, incident, names, total));
                count++;
            } catch (MailException e) {
                sent.release(workspaceId, key, reminder, group.deadline(), to);
                log.warn("reminder for obligation {} ({} in all) to {} failed: {}", first.id(), total, to,
                        e.getMessage());
            }
        }
        return count;
    }

    /** A mail about many operators names this many of them. */
    static final int NAMED = 10;

    private SimpleMailMessage message(String to, Kind kind, Duty duty, Incident incident, List<String> operators,
            long total) {
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
        String many = total == 1 ? "" : "　" + String.format("%,d", total) + "事業者";
        m.setSubject("【Itaku】" + when + "：" + what + "（" + duty.deadline() + "）" + many);
        String named = String.join("、", operators) + (total > operators.size()
                ? " ほか" + String.format("%,d", total - operators.size()) + "事業者（計" + String.format("%,d", total)
                        + "）" : "");
        String link = baseUrl + "/incidents/" + incident.id() + (total == 1 ? ""
                : "/obligations?kind=" + duty.kind().code() + "&status=open");
        m.setText(String.join("\n",
                "事案: " + incident.facts().title(),
                "事業者: " + named,
                "義務: " + what + " / " + duty.kind().code(),
                "期限: " + duty.deadline() + (Boolean.TRUE.equals(duty.binding()) ? "" : "（目安）"),
                "根拠: " + String.join("; ", duty.basis()),
                "",
                link,
                "",
                "This is a reminder from Itaku: " + duty.kind().code() + " due " + duty.deadline() + "."));
        return m;
    }
}
