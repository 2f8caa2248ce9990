package org.itaku.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records the time of every successful sign-in: the dormant-account rule is measured from it. */
@Component
class SignInListener {

    private final Accounts accounts;

    SignInListener(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        event.getAuthentication().getAuthorities().stream()
                .filter(WorkspaceMember.class::isInstance).map(WorkspaceMember.class::cast).findFirst()
                .ifPresentOrElse(member -> accounts.recordSignIn(member.userId()),
                        () -> accounts.findUserId(event.getAuthentication().getName()).ifPresent(accounts::recordSignIn));
    }
}
