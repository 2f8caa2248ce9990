package org.itaku.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may open which door. Every path needs a signed-in user unless listed here as public; the
 * module-specific role rules come from {@link AccessRules} beans that each module declares.
 */
@Configuration
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; "
            + "frame-ancestors 'none'";

    /** Only a web application has a filter chain; command-line runs share everything else. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/login", "/setup", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                    "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll();
            for (AccessRules rules : moduleRules) {
                rules.configure(auth);
            }
            auth.anyRequest().authenticated();
        });
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"));
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                .deleteCookies("JSESSIONID"));
        http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        http.sessionManagement(session -> session.sessionFixation(fix -> fix.newSession()));
        return http.build();
    }

    /** bcrypt with cost 12 by default (about a quarter of a second per check on the reference machine). */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${itaku.password.bcrypt-cost:12}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    UserDetailsService userDetailsService(JdbcClient jdbc, Accounts accounts) {
        return username -> {
            String email;
            try {
                email = Accounts.normalizeEmail(username);
            } catch (AccountException e) {
                throw new UsernameNotFoundException("unknown");
            }
            record Row(long id, String email, String hash, boolean enabled) {
            }
            Row row = jdbc.sql("SELECT id, email, password_hash, enabled FROM app_user WHERE email = ?")
                    .param(email)
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                    .optional().orElseThrow(() -> new UsernameNotFoundException("unknown"));
            List<GrantedAuthority> authorities = new ArrayList<>();
            accounts.memberships(row.id()).stream().findFirst().ifPresent(member -> {
                authorities.add(new SimpleGrantedAuthority(member.role().authority()));
                authorities.add(member);
            });
            return User.withUsername(row.email()).password(row.hash()).disabled(!row.enabled())
                    .authorities(authorities).build();
        };
    }
}
