package org.itaku.assessment.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Rate limit for the account-less respondent pages: per source address, at most {@code requests} requests and at
 * most {@code misses} answers of 404 (guessed or stale tokens) in each ten-minute window. Past either, 429 until the
 * window ends. Guessing a 256-bit token is hopeless anyway; this keeps a scanner from costing us a database query
 * per try and keeps one vendor's script from flooding the evidence store.
 */
@Component
class RespondThrottle extends OncePerRequestFilter {

    static final long WINDOW_MILLIS = 10 * 60 * 1000L;

    private final int maxRequests;
    private final int maxMisses;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private final MessageSource messages;

    RespondThrottle(@Value("${itaku.assessment.respond-requests-per-10min:600}") int maxRequests,
            @Value("${itaku.assessment.respond-misses-per-10min:30}") int maxMisses, MessageSource messages) {
        this.messages = messages;
        this.maxRequests = maxRequests;
        this.maxMisses = maxMisses;
    }

    private static final class Window {
        final long start;
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger misses = new AtomicInteger();

        Window(long start) {
            this.start = start;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/respond/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> now - w.start > WINDOW_MILLIS);
        }
        Window w = windows.compute(request.getRemoteAddr(), (k, old) -> old == null || now - old.start > WINDOW_MILLIS ? new Window(now) : old);
        if (w.requests.incrementAndGet() > maxRequests || w.misses.get() >= maxMisses) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf((WINDOW_MILLIS - (now - w.start)) / 1000 + 1));
            response.setContentType("text/plain;charset=UTF-8");
            // Before the language is known (a filter, ahead of the pages): Japanese first, then English.
            response.getWriter().write(messages.getMessage("assessment.respond.tooMany", null, Locale.JAPANESE) + "\n"
                    + messages.getMessage("assessment.respond.tooMany", null, Locale.ENGLISH));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 404) {
            w.misses.incrementAndGet();
        }
    }
}
