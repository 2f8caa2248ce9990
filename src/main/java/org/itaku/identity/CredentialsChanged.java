package org.itaku.identity;

/**
 * A user's standing changed (disabled, second factor reset, role or password changed): every session of the user
 * ends at once and its access tokens are revoked, in {@code workspaceId} only or, when null, everywhere.
 */
public record CredentialsChanged(long userId, Long workspaceId) {
}
