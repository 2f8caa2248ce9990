package org.itaku.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.itaku.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The layout's and incident page's role checks answer as isAuthenticated() and hasAnyRole(...) did. */
class NavigationTest {

    @Test
    void eachRoleReachesWhatItsRolesAllow() {
        assertThat(Navigation.of(null)).isEqualTo(new Navigation.Shown(false, false, false, false, false, false, false));
        assertThat(Navigation.of(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).extracting(Navigation.Shown::signedIn).isEqualTo(false);
        assertThat(Navigation.of(as(Role.STAFF))).isEqualTo(new Navigation.Shown(true, true, true, false, false, false, false));
        assertThat(Navigation.of(as(Role.OFFICER))).isEqualTo(new Navigation.Shown(true, true, true, true, false, false, false));
        assertThat(Navigation.of(as(Role.AUDITOR))).isEqualTo(new Navigation.Shown(true, true, false, false, false, true, false));
        assertThat(Navigation.of(as(Role.ADMIN))).isEqualTo(new Navigation.Shown(true, true, true, true, false, true, true));
        assertThat(Navigation.of(as(Role.VENDOR_RESPONDENT)))
                .isEqualTo(new Navigation.Shown(true, false, false, false, true, false, false));
    }

    private static UsernamePasswordAuthenticationToken as(Role role) {
        return UsernamePasswordAuthenticationToken.authenticated("u@example.jp", null,
                List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
