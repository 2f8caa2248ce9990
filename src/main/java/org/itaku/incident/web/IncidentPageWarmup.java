package org.itaku.incident.web;

import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.itaku.incident.CasePageWarmup;
import org.itaku.incident.Incidents;
import org.itaku.incident.PartyFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one incident page once per start on a background thread, into nothing, as no one: the newest unfinished
 * case's when the server is ready, or else the first case opened after. Its templates are parsed, their expressions
 * compiled and the case's rows read before the first officer opens a page: at mk scale (a vendor case of 173,401
 * parties) the first load after a start otherwise took about twice the request CPU of the loads after it. The page is
 * rendered with the writer's forms (as an officer's first view shows them): the warm-up thread alone carries a
 * sign-in of no one's with the staff role, which no service sees (the page's rows are read before, for the case's own
 * workspace) and which ends with the render; nothing leaves the process, and the forms carry no CSRF token (the
 * request is no one's). The other modules' pages of a case ({@link CasePageWarmup}: the documents page) are rendered
 * after it the same way. Off with {@code itaku.web.warm-up=false}, as {@code TemplateWarmup} is.
 */
@Component
class IncidentPageWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentPageWarmup.class);

    private final Incidents incidents;
    private final IncidentPages pages;
    private final SpringTemplateEngine engine;
    private final ApplicationContext application;
    private final ObjectProvider<ServletContext> servletContext;
    private final ObjectProvider<CasePageWarmup> otherPages;
    private final boolean enabled;
    private final AtomicBoolean started = new AtomicBoolean();

    IncidentPageWarmup(Incidents incidents, IncidentPages pages, SpringTemplateEngine engine,
            ApplicationContext application, ObjectProvider<ServletContext> servletContext,
            ObjectProvider<CasePageWarmup> otherPages, @Value("${itaku.web.warm-up:true}") boolean enabled) {
        this.incidents = incidents;
        this.pages = pages;
        this.engine = engine;
        this.application = application;
        this.servletContext = servletContext;
        this.otherPages = otherPages;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            incidents.newestUnfinishedCase().ifPresent(this::warmOnce);
        }
    }

    /** A case opened when none was open at the start: its page is the first one to warm. */
    @TransactionalEventListener
    void opened(Incidents.CaseRef c) {
        warmOnce(c);
    }

    private void warmOnce(Incidents.CaseRef c) {
        if (!enabled || servletContext.getIfAvailable() == null || !started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                long begun = System.nanoTime();
                renderAsWriter(c, Writer.nullWriter());
                LOG.debug("incident pages warmed in {} ms", (System.nanoTime() - begun) / 1_000_000);
            } catch (RuntimeException e) {
                // Only an optimisation: the first real request does the same work itself.
                LOG.warn("could not warm the incident page: {}", e.toString());
            }
        }, "incident-page-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * {@link #render} as a member with the officer's role would see it, the writer's forms too, followed by the other
     * modules' pages of the case.
     */
    void renderAsWriter(Incidents.CaseRef c, Writer out) {
        // Every page's model is filled, for the case's own workspace, before the sign-in exists: no service runs under it.
        List<Map.Entry<String, Map<String, Object>>> pagesToDraw = new ArrayList<>();
        ExtendedModelMap incidentModel = new ExtendedModelMap();
        pagesToDraw.add(Map.entry(incidentPage(c, incidentModel), incidentModel));
        otherPages.orderedStream().forEach(page -> page.warm(c.workspaceId(), c.incidentId(),
                (template, model) -> pagesToDraw.add(Map.entry(template, model))));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("incident-page-warm-up", null,
                AuthorityUtils.createAuthorityList("ROLE_OFFICER")));
        SecurityContextHolder.setContext(context);
        try {
            pagesToDraw.forEach(page -> process(page.getKey(), page.getValue(), out));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The first page of the case as {@code GET /incidents/{id}} renders it in Japanese, for whoever this thread is. */
    void render(Incidents.CaseRef c, Writer out) {
        ExtendedModelMap model = new ExtendedModelMap();
        process(incidentPage(c, model), model, out);
    }

    /** Fills the model of the case's first page; answers its template. */
    private String incidentPage(Incidents.CaseRef c, ExtendedModelMap model) {
        pages.vocabularies(model);
        return pages.show(incidents.page(c.workspaceId(), c.incidentId(), PartyFilter.ALL, 0,
                IncidentPages.PARTIES_PER_PAGE, 0), model, Locale.JAPANESE);
    }

    private void process(String template, Map<String, Object> model, Writer out) {
        Locale locale = Locale.JAPANESE;
        WebContext context = new WebContext(exchange(locale), locale, model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        LocaleContextHolder.setLocale(locale);
        try {
            engine.process(template, context, out);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /**
     * A request of no one's for the template engine's links: the servlet API's request and response as interfaces
     * whose methods answer what an empty GET at the root would (no parameters, headers, cookies or session).
     */
    private IWebExchange exchange(Locale locale) {
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method.getName()) {
            case "getContextPath", "getServletPath" -> "";
            case "getRequestURI", "getPathInfo" -> "/";
            case "getMethod" -> "GET";
            case "getScheme" -> "http";
            case "getServerName" -> "localhost";
            case "getServerPort" -> 80;
            case "getCharacterEncoding" -> "UTF-8";
            case "getLocale" -> locale;
            case "getLocales" -> Collections.enumeration(java.util.List.of(locale));
            case "getAttribute" -> attributes.get((String) args[0]);
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "removeAttribute" -> attributes.remove((String) args[0]);
            case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
            case "getParameterMap" -> Map.of();
            case "getParameterNames", "getHeaderNames", "getHeaders" -> Collections.emptyEnumeration();
            case "getServletContext" -> servletContext.getObject();
            default -> null;
        });
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> switch (method.getName()) {
            case "encodeURL", "encodeRedirectURL" -> args[0];
            case "getCharacterEncoding" -> "UTF-8";
            case "getLocale" -> locale;
            default -> null;
        });
        return JakartaServletWebApplication.buildApplication(servletContext.getObject()).buildExchange(request, response);
    }

    private interface Answer {
        Object of(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> type.getSimpleName() + " of the incident page warm-up";
                };
            }
            Object value = answer.of(method, args);
            Class<?> returns = method.getReturnType();
            if (value != null || !returns.isPrimitive() || returns == void.class) {
                return value;
            }
            return returns == boolean.class ? false : returns == long.class ? 0L : 0; // the servlet API's other primitives are ints
        }));
    }
}
