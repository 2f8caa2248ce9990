package org.itaku.identity;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Who may open which door. Every path needs a fully signed-in user (password and, where required, the second
 * factor) unless listed here as public; module-specific role rules come from the {@link AccessRules} beans
 * that each module declares beside its controllers.
 */
@Configuration
class SecurityConfig {

    /** The name of the session cookie, on every node and in every test. */
    static final String SESSION_COOKIE = "JSESSIONID";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; "
            + "frame-ancestors 'none'";

    /**
     * Requests that carry {@code Authorization: Bearer}: personal access tokens, for the REST API only. Stateless
     * (no session is read, created or saved, so a token can never turn into a cookie), no CSRF (there is no cookie
     * to ride on), and refused on every path outside {@code /api/} whatever the token's scope: pages, token,
     * account, policy, device and audit-export management and the OpenAPI description stay with signed-in sessions
     * (issue 10, findings 1 and 3); the one exception is the deadline calendar feed. Within the API the module rules apply to the token owner's role; a read token
     * may only GET (checked in {@link ApiTokens#filter()}).
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiTokenFilterChain(HttpSecurity http, List<AccessRules> moduleRules, ApiTokens apiTokens)
            throws Exception {
        http.securityMatcher(ApiTokens::hasBearerToken);
        // No session fixation either: a token request that also carries a session cookie would otherwise give that
        // session a new id (and write it) on every call.
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                .sessionFixation(fixation -> fixation.none()));
        http.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.requestCache(cache -> cache.disable());
        http.csrf(csrf -> csrf.disable());
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(request -> !isTokenEndpoint(request)).denyAll();
            for (AccessRules rules : moduleRules) {
                rules.configure(auth);
            }
            auth.anyRequest().access((authentication, context) ->
                    new AuthorizationDecision(isFullySignedIn(authentication.get()) && hasWorkingRole(authentication.get())));
        });
        http.exceptionHandling(ex -> ex
                .authenticationEntryPoint((request, response, e) -> ApiTokens.problem(response, HttpStatus.UNAUTHORIZED,
                        "Sign in with a valid access token."))
                .accessDeniedHandler((request, response, e) -> ApiTokens.problem(response, HttpStatus.FORBIDDEN,
                        isTokenEndpoint(request) ? "This access token's owner may not do this."
                                : "Access tokens are accepted only under /api/; pages and account management need a signed-in session.")));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny()));
        http.addFilterBefore(apiTokens.filter(), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * What a token may reach at all: the REST API, and the deadline calendar feed, which calendar apps can only
     * subscribe to with a token in a header (a feed, not a page: it has no forms and no links into the UI).
     */
    static boolean isTokenEndpoint(HttpServletRequest request) {
        // The metrics feed likewise: a monitoring system scrapes it with an administrator's token (MetricsAccessRules).
        return isApi(request) || ("GET".equals(request.getMethod())
                && (request.getRequestURI().equals(request.getContextPath() + "/incidents/calendar.ics")
                        || request.getRequestURI().equals(request.getContextPath() + "/actuator/prometheus")));
    }

    /** Only a web application has a filter chain; command-line runs share everything else. */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules, SignInGuard guard,
            DeviceCertificates devices,
            @Value("${itaku.session.absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
        RequestMatcher api = SecurityConfig::isApi;
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/login", "/setup", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                    "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll();
            auth.requestMatchers("/mfa", "/mfa/**").authenticated();
            for (AccessRules rules : moduleRules) {
                rules.configure(auth);
            }
            // Anything not claimed by a module needs a fully signed-in member with a working role; a vendor
            // respondent only ever reaches what the assessment module opens to it explicitly.
            auth.anyRequest().access((authentication, context) ->
                    new AuthorizationDecision(isFullySignedIn(authentication.get()) && hasWorkingRole(authentication.get())));
        });
        SavedRequestAwareAuthenticationSuccessHandler toSavedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
        toSavedRequest.setDefaultTargetUrl("/");
        http.formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
                .successHandler((request, response, authentication) -> {
                    if (!devices.admits(request, targetWorkspace(authentication))) {
                        // Refused before any page opens: the password was right, but not the device.
                        request.getSession().invalidate();
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                        response.sendRedirect(request.getContextPath() + "/login?device");
                        return;
                    }
                    if (authentication.getAuthorities().stream().anyMatch(MfaPending.class::isInstance)) {
                        response.sendRedirect(request.getContextPath() + "/mfa");
                    } else if (isVendorRespondent(authentication)) {
                        // A vendor's contact has nothing but its questionnaires: land there, not on a refused dashboard.
                        response.sendRedirect(request.getContextPath() + "/vendor");
                    } else {
                        toSavedRequest.onAuthenticationSuccess(request, response, authentication);
                    }
                }));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                .deleteCookies(SESSION_COOKIE));
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        http.sessionManagement(session -> session.sessionFixation(fix -> fix.newSession()));
        http.addFilterBefore(throttle(guard), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(sessionEnds(absoluteTimeout), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** The workspace a sign-in will land in, whether or not a second factor is still to come. */
    static long targetWorkspace(Authentication authentication) {
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (authority instanceof WorkspaceMember member) {
                return member.workspaceId();
            }
            if (authority instanceof MfaPending pending) {
                return pending.target().workspaceId();
            }
        }
        return -1;
    }

    static boolean hasWorkingRole(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> a instanceof WorkspaceMember member
                && member.hasAnyRole(Role.ADMIN, Role.OFFICER, Role.STAFF, Role.AUDITOR));
    }

    static boolean isVendorRespondent(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(a -> a instanceof WorkspaceMember member
                && member.hasAnyRole(Role.VENDOR_RESPONDENT));
    }

    static boolean isFullySignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getAuthorities().stream().noneMatch(MfaPending.class::isInstance);
    }

    /** A source address that has used up its failed attempts is answered like any failed sign-in. */
    private static OncePerRequestFilter throttle(SignInGuard guard) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())
                        && guard.isAddressBlocked(request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + "/login?error");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * The attribute the shared session registry sets on a session it expires ("sign out everywhere", a disabled
     * account, a changed role or password). SecurityRegressionTest's expiry tests fail if Spring Session renames it.
     */
    static final String EXPIRED_BY_REGISTRY = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    /**
     * Where a session ends. Idle sessions end after 30 minutes (server.servlet.session.timeout); every session ends
     * after 12 hours; a session the registry expired ends at its next request, on whichever node, and is sent to the
     * sign-in page. Spring Security's own ConcurrentSessionFilter would check the last by loading the session from
     * the database a second time on every request (15 % of the dashboard's CPU in a profile); the flag is in the
     * session this request already loaded.
     */
    private static OncePerRequestFilter sessionEnds(Duration limit) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && session.getAttribute(EXPIRED_BY_REGISTRY) != null) {
                    session.invalidate();
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    response.sendRedirect(request.getContextPath() + "/login?expired");
                    return;
                }
                if (session != null && System.currentTimeMillis() - session.getCreationTime() > limit.toMillis()) {
                    session.invalidate();
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * The web application keeps its sessions in the database (Spring Session JDBC), so the registry asks the
     * database: ending a user's sessions then ends them on every node. Command-line runs have no sessions.
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        FindByIndexNameSessionRepository<? extends Session> shared = sessions.getIfAvailable();
        return shared == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(shared);
    }

    /**
     * The sessions as the web filter and the registry see them: the database's repository, wrapped so that a session
     * that is only read is written again at most once per {@code itaku.session.touch-interval} (see
     * {@link SessionTouches}). Wrapped after it is made, so Spring Boot still configures the repository itself.
     */
    @Bean
    static BeanPostProcessor sessionTouches(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new SessionTouches(sessions,
                        environment.getProperty("itaku.session.touch-interval", Duration.class,
                                Duration.ofSeconds(60))) : bean;
            }
        };
    }

    /**
     * The session cookie, stated here rather than left to {@code server.servlet.session.cookie.*}: Spring Session
     * writes its own cookie, and without a web server (tests, other embeddings) it would fall back to a cookie
     * named SESSION without HttpOnly or SameSite. {@code Secure} follows the request (set over HTTPS) unless
     * {@code server.servlet.session.cookie.secure} says otherwise (behind a proxy that ends TLS, set it to true).
     */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        if (secure != null) {
            cookie.setUseSecureCookie(secure);
        }
        return cookie;
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt with cost 12 by default (about a quarter of a second per check on the reference machine). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${itaku.password.bcrypt-cost:12}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    /**
     * Loads a user for the password check. A user who must pass a second factor gets only an {@link MfaPending}
     * authority until the code is checked; a locked or disabled account fails like a wrong password.
     */
    @Bean
    UserDetailsService userDetailsService(JdbcClient jdbc, Accounts accounts, MultiFactor multiFactor, SignInGuard guard) {
        return username -> {
            String email;
            try {
                email = Accounts.normalizeEmail(username);
            } catch (AccountException e) {
                throw new UsernameNotFoundException("unknown");
            }
            record Row(long id, String email, String hash, boolean enabled, Timestamp lockedUntil, boolean enrolled) {
            }
            Row row = jdbc.sql("""
                    SELECT id, email, password_hash, enabled, locked_until, totp_enrolled_at IS NOT NULL
                    FROM app_user WHERE email = ?""")
                    .param(email)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                            rs.getTimestamp(5), rs.getBoolean(6)))
                    .optional().orElseThrow(() -> new UsernameNotFoundException("unknown"));
            List<GrantedAuthority> authorities = accounts.memberships(row.id()).stream().findFirst()
                    .<List<GrantedAuthority>>map(member -> {
                        if (row.enrolled()) {
                            return List.of(new MfaPending(MfaPending.Step.VERIFY, member));
                        }
                        if (multiFactor.isRequired(member)) {
                            return List.of(new MfaPending(MfaPending.Step.ENROL, member));
                        }
                        return SignedInSessions.authoritiesFor(member);
                    }).orElse(List.of());
            return User.withUsername(row.email()).password(row.hash()).disabled(!row.enabled())
                    .accountLocked(guard.isLocked(row.lockedUntil())).authorities(authorities).build();
        };
    }
}
