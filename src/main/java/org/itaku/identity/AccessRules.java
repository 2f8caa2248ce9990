package org.itaku.identity;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's declaration of which roles may use its paths. Each module contributes one bean, so the
 * rules sit beside the controllers they protect while the filter chain stays in one place.
 */
@FunctionalInterface
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth);
}
