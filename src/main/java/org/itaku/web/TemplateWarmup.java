package org.itaku.web;

import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders the synthetic template {@code warmup/engine} a few times on a background daemon thread once the server is
 * ready (its minimum priority is only a hint; Linux JVMs ignore it). The first large page after a start (an incident
 * with 170,000 parties) otherwise spends most of its time in the template engine and the expression language running
 * interpreted: 0.69–0.75 s of request-thread CPU at mk scale without this, 0.39–0.45 s with it; the warm-up costs about
 * 5 s of one core. The template has no data of anyone's and is served by no controller. {@code itaku.web.warm-up=false}
 * turns it off.
 */
@Component
class TemplateWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateWarmup.class);

    private static final String TEMPLATE = "warmup/engine";
    private static final int ROWS = 2_000;
    private static final int PASSES = 8;

    private final SpringTemplateEngine engine;
    private final ApplicationContext application;
    private final boolean enabled;

    TemplateWarmup(SpringTemplateEngine engine, ApplicationContext application,
            @Value("${itaku.web.warm-up:true}") boolean enabled) {
        this.engine = engine;
        this.application = application;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = 0; i < PASSES; i++) {
                    render(Writer.nullWriter());
                }
                LOG.debug("template engine warmed in {} ms ({} ms of CPU)", (System.nanoTime() - started) / 1_000_000,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
            } catch (RuntimeException e) {
                // Only an optimisation: the first real page compiles what it needs itself.
                LOG.warn("could not warm the template engine: {}", e.toString());
            }
        }, "template-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** One rendering of the warm-up template, in Japanese, as the pages are by default ({@link Labels} too). */
    void render(Writer out) {
        Context context = new Context(Locale.JAPANESE);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null)); // the template converts no values
        context.setVariables(Map.of("rows", rows(), "names", new Names(), "distances", List.of(0, 1, 2, 3)));
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        try {
            engine.process(TEMPLATE, context, out);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>(ROWS);
        LocalDate day = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(i, "架空事業者" + i, i % 4, i % 3 == 0 ? "principal" : "entrustee", 10L * i, i % 5 == 0 ? 20L * i : 10L * i,
                    i % 2 == 0 ? List.of("NAME", "ADDRESS") : List.of("NAME"), List.of((long) i, i + 1L, i + 2L),
                    i % 3 == 0 ? Optional.of(day.plusDays(i % 60)) : Optional.empty(), i % 2 == 0));
        }
        return rows;
    }

    record Row(long id, String name, int distance, String role, long persons, long personsMax, List<String> items,
            List<Long> path, Optional<LocalDate> due, boolean reportable) {}

    static final class Names {
        public String nameOf(long id) {
            return "架空事業者" + id;
        }
    }
}
