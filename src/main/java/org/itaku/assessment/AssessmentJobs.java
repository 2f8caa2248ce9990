package org.itaku.assessment;

import java.time.Instant;
import java.time.LocalDate;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The cycle's clockwork: reminds the vendor's contact a week and a day before the due date (each reminder carries
 * a fresh link; earlier links stay valid), locks questionnaires not submitted by the due date and tells the
 * officers, and looks for reasons to assess again. A reminder is recorded before it is sent, so no run repeats it.
 */
@Component
public class AssessmentJobs {

    private static final Logger log = LoggerFactory.getLogger(AssessmentJobs.class);

    private final AssessmentStore store;
    private final RespondentLinks links;
    private final Assessments assessments;
    private final AssessmentMail mail;
    private final Triggers triggers;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    AssessmentJobs(AssessmentStore store, RespondentLinks links, Assessments assessments, AssessmentMail mail, Triggers triggers,
            AuditTrail audit, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.links = links;
        this.assessments = assessments;
        this.mail = mail;
        this.triggers = triggers;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${itaku.assessment.job-cron:0 5 * * * *}")
    @SchedulerLock(name = "assessment-jobs", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void scheduled() {
        run();
    }

    /** What one run did. */
    public record Run(int reminded, int locked, int proposed) {
    }

    public Run run() {
        int locked = lockOverdue();
        int reminded = remind();
        int proposed = 0;
        for (long ws : store.workspaces()) {
            try {
                proposed += triggers.scan(ws);
            } catch (RuntimeException e) {
                log.warn("re-assessment scan of workspace {} failed: {}", ws, e.getMessage());
            }
        }
        return new Run(reminded, locked, proposed);
    }

    /** Locks every open questionnaire past its due date, revokes its links and mails the officers. */
    int lockOverdue() {
        LocalDate today = assessments.today();
        int count = 0;
        for (Assessment a : store.openDueBefore(today)) {
            Instant now = assessments.now();
            Assessment locked = transactions.execute(status -> {
                Assessment current = store.findForUpdate(a.workspaceId(), a.id()).orElseThrow();
                if (!current.overdue(today)) {
                    return null;
                }
                Assessment l = current.locked(today);
                store.update(l);
                links.revokeAll(a.workspaceId(), a.id(), now);
                audit.record(AuditEvent.of("assessment.lock").inWorkspace(a.workspaceId()).by(null, "system")
                        .target("assessment", a.id()).changed("status"));
                return l;
            });
            if (locked != null) {
                count++;
                if (store.claimReminder(a.workspaceId(), a.id(), "OVERDUE", now) && mail.overdue(locked) == 0 && mail.configured()) {
                    store.releaseReminder(a.workspaceId(), a.id(), "OVERDUE");
                }
            }
        }
        return count;
    }

    int remind() {
        if (!mail.configured()) {
            return 0;
        }
        LocalDate today = assessments.today();
        int count = 0;
        for (Assessment a : store.openDueBy(today.plusDays(7))) {
            String kind = a.dueOn().isAfter(today) && !a.dueOn().isAfter(today.plusDays(1)) ? "DAYS_1"
                    : a.dueOn().isAfter(today.plusDays(1)) ? "DAYS_7" : null;
            if (kind == null) {
                continue;
            }
            Instant now = assessments.now();
            if (!store.claimReminder(a.workspaceId(), a.id(), kind, now)) {
                continue;
            }
            String token = transactions.execute(status -> links.issue(a.workspaceId(), a.id(), now, assessments.linkExpiry(a.dueOn())));
            if (mail.remind(a, assessments.respondUrl(token), kind)) {
                count++;
            } else {
                store.releaseReminder(a.workspaceId(), a.id(), kind);
                links.revoke(token, now); // never delivered: no one should hold it
            }
        }
        return count;
    }
}
