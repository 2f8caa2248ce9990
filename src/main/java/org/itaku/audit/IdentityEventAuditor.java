package org.itaku.audit;

import java.util.List;

import org.itaku.identity.Accounts;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.IdentityEvent;
import org.itaku.identity.WorkspaceMember;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what identity announces: account, role, policy, second-factor, token and device-certificate
 * changes. The event arrives inside the transaction that made the change, and the record joins it, so the
 * change and its record commit together or not at all.
 * <p>
 * An event that names no workspace lands in the acting member's workspace. When nobody is signed in (the
 * dormant-account job) and the target is a user, it is recorded in every workspace the user belongs to,
 * so that each administrator sees it; otherwise it goes to the system chain.
 */
@Component
class IdentityEventAuditor {

    private final AuditTrail trail;
    private final Accounts accounts;

    IdentityEventAuditor(AuditTrail trail, Accounts accounts) {
        this.trail = trail;
        this.accounts = accounts;
    }

    @EventListener
    void on(IdentityEvent event) {
        AuditEvent audit = AuditEvent.of(event.action()).target(event.targetType(), event.targetId())
                .changed(event.changedFields()).inWorkspace(event.workspaceId());
        if (event.workspaceId() == null && CurrentWorkspace.find().isEmpty()) {
            List<Long> workspaces = workspacesOfUser(event);
            if (!workspaces.isEmpty()) {
                workspaces.forEach(ws -> trail.record(audit.inWorkspace(ws)));
                return;
            }
        }
        trail.record(audit);
    }

    private List<Long> workspacesOfUser(IdentityEvent event) {
        if (!"user".equals(event.targetType()) || event.targetId() == null || !event.targetId().matches("\\d{1,18}")) {
            return List.of();
        }
        return accounts.memberships(Long.parseLong(event.targetId())).stream().map(WorkspaceMember::workspaceId)
                .distinct().toList();
    }
}
