package org.itaku.identity;

import java.util.List;

/**
 * Something that changed in accounts, policies, second factors, tokens or device certificates. Published as an
 * application event inside the transaction that made the change, so the audit module can record it (and the
 * change fails with it) without identity depending on audit.
 *
 * @param action        lower-case dotted name, e.g. {@code member.role-change}
 * @param changedFields names only, never values
 * @param workspaceId   the workspace concerned, or null for installation-wide events
 */
public record IdentityEvent(String action, String targetType, String targetId, List<String> changedFields,
        Long workspaceId) {

    public IdentityEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    static IdentityEvent of(String action, String targetType, Object targetId, Long workspaceId, String... changed) {
        return new IdentityEvent(action, targetType, targetId == null ? null : String.valueOf(targetId), List.of(changed),
                workspaceId);
    }
}
