package org.itaku.identity.web;

import java.util.List;

import org.itaku.identity.Accounts;
import org.itaku.identity.CurrentWorkspace;
import org.itaku.identity.WorkspaceMember;
import org.springframework.stereotype.Component;

/** What the page layout shows about the workspace; called from the template only when a page is rendered. */
@Component("workspaceMenu")
public class WorkspaceMenu {

    private final Accounts accounts;

    WorkspaceMenu(Accounts accounts) {
        this.accounts = accounts;
    }

    public WorkspaceMember current() {
        return CurrentWorkspace.find().orElse(null);
    }

    public List<WorkspaceMember> others() {
        return CurrentWorkspace.find()
                .map(current -> accounts.memberships(current.userId()).stream()
                        .filter(m -> m.workspaceId() != current.workspaceId()).toList())
                .orElse(List.of());
    }
}
