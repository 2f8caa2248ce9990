package org.itaku.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.itaku.entrustment.Register;
import org.itaku.identity.CurrentWorkspace;
import org.springframework.stereotype.Component;

/**
 * What the dashboard, the watch list and the register's operator page show about vendor oversight, for the
 * signed-in member's workspace. Templates call it as {@code @assessmentWatch}.
 */
@Component("assessmentWatch")
public class AssessmentWatch {

    /** At most this many items of each kind are listed; the counts say how many there are. */
    static final int SHOWN = 5;

    private final Assessments assessments;
    private final AssessmentStore store;
    private final Register register;

    AssessmentWatch(Assessments assessments, AssessmentStore store, Register register) {
        this.assessments = assessments;
        this.store = store;
        this.register = register;
    }

    public record Item(String kind, long operatorId, String operatorName, Long assessmentId, LocalDate date) {
    }

    public record Summary(List<Item> neverAssessed, int neverAssessedCount, List<Item> overdue, List<Item> failed,
            List<Item> openFindings, int proposals, long total) {
        public int size() {
            return neverAssessedCount + overdue.size() + failed.size() + openFindings.size() + proposals;
        }

        public List<List<Item>> sections() {
            return List.of(neverAssessed, overdue, failed, openFindings).stream().filter(l -> !l.isEmpty()).toList();
        }
    }

    public Summary summary() {
        return summary(CurrentWorkspace.id());
    }

    public Summary summary(long workspaceId) {
        LocalDate today = assessments.today();
        List<Assessment> latest = store.latestPerOperator(workspaceId);
        Set<Long> assessed = latest.stream().map(Assessment::operatorId).collect(Collectors.toSet());
        List<Item> overdue = new ArrayList<>();
        List<Item> failed = new ArrayList<>();
        for (Assessment a : latest) {
            if (a.status() == AssessmentStatus.LOCKED || a.overdue(today)) {
                overdue.add(new Item("overdue", a.operatorId(), a.operatorName(), a.id(), a.dueOn()));
            } else if (a.result() != null && a.result().nextDueOn() != null && a.result().nextDueOn().isBefore(today)) {
                overdue.add(new Item("cycle-due", a.operatorId(), a.operatorName(), a.id(), a.result().nextDueOn()));
            }
            if (a.result() != null && !a.result().passed()) {
                failed.add(new Item("failed", a.operatorId(), a.operatorName(), a.id(), null));
            }
        }
        List<Item> findings = new ArrayList<>();
        for (Finding f : store.openFindings(workspaceId, SHOWN)) {
            String name = latest.stream().filter(a -> a.operatorId() == f.operatorId()).map(Assessment::operatorName)
                    .findFirst().orElse("#" + f.operatorId());
            findings.add(new Item(f.overdue(today) ? "finding-overdue" : "finding", f.operatorId(), name, f.assessmentId(),
                    f.remediationDueOn()));
        }
        List<Item> never = new ArrayList<>();
        int neverCount = 0;
        for (Map.Entry<Long, String> vendor : vendors(workspaceId).entrySet()) {
            if (!assessed.contains(vendor.getKey())) {
                neverCount++;
                if (never.size() < SHOWN) {
                    never.add(new Item("never", vendor.getKey(), vendor.getValue(), null, null));
                }
            }
        }
        return new Summary(never, neverCount, first(overdue), first(failed), findings,
                Triggers.openProposals(store, workspaceId).size(), latest.size());
    }

    private static List<Item> first(List<Item> items) {
        return items.size() <= SHOWN ? items : items.subList(0, SHOWN);
    }

    /**
     * The workspace's vendors (id → name): the entrustees of its own operator when the register marks one as itself,
     * else every entrustee in the register. Two queries, however many vendors.
     */
    Map<Long, String> vendors(long workspaceId) {
        return register.entrusteeNames(workspaceId, register.selfOperator(workspaceId).orElse(null));
    }

    /** The operator page's box. */
    public Assessments.OperatorStatus operator(long operatorId) {
        return assessments.statusOf(CurrentWorkspace.id(), operatorId);
    }
}
