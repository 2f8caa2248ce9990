package org.itaku.cli;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.itaku.ItakuApplication;
import org.itaku.document.DateStyle;
import org.itaku.document.Format;
import org.itaku.document.IncidentDocuments;
import org.itaku.entrustment.BenchRegister;
import org.itaku.entrustment.Entrustment;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.incident.ForensicResult;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.incident.PartyFilter;
import org.itaku.incident.PartySummary;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code itaku bench incident}: the vendor incident at real scale, timed in one process. It generates the invented
 * register ({@code bench-data}), starts the web application, then times: the incident at the vendor; the vendor's
 * notice to every office and every office's notice to its clients (after which every party is decided); a forensic
 * finding that narrows the data (every party re-judged); the pages a person opens first, over HTTP as a signed-in
 * member; the principal notices of every office as one PDF ZIP; the calendar feed. The last line is one JSON object.
 */
@Command(name = "bench", description = "Benchmarks at the scale of the 2023 vendor incident.", subcommands = {
        BenchCommand.IncidentBench.class})
class BenchCommand {

    @Command(name = "incident", description = "Time the vendor incident end to end; prints one JSON line last.")
    static class IncidentBench implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Option(names = "--scale", defaultValue = "mk", description = "mk (3,400 offices, 170,000 clients), tenth or small.")
        String scale;

        @Option(names = "--db", defaultValue = "h2", description = "h2 (a new file database in a temporary directory) "
                + "or postgres (with --url, --user, --password).")
        String db;

        @Option(names = "--url", description = "JDBC URL of an empty PostgreSQL database (with --db postgres).")
        String url;

        @Option(names = "--user", defaultValue = "postgres")
        String user;

        @Option(names = "--password", defaultValue = "", description = "Read from ITAKU_BENCH_PASSWORD when empty.")
        String password;

        @Option(names = "--bench-port", defaultValue = "0", description = "HTTP port (default: any free port).")
        int port;

        @Option(names = "--skip-zip", description = "Do not time the principal-notice ZIP (it renders one PDF per office).")
        boolean skipZip;

        @Option(names = "--keep-data", description = "With --db h2: keep the database in this directory (instead of a "
                + "temporary one) so that --pages-only can time the pages again on the same register and incident.")
        Path keepData;

        @Option(names = "--pages-only", description = "With --keep-data: generate nothing; time impact(vendor) and the pages "
                + "on the last benchmark workspace and incident kept there (to compare builds on the same data).")
        boolean pagesOnly;

        private static final String WORKSPACE = "ベンチマーク 事案 ";

        private final Map<String, Object> figures = new LinkedHashMap<>();

        @Override
        public Integer call() throws Exception {
            BenchRegister.Scale s = BenchRegister.Scale.valueOf(scale.toUpperCase(Locale.ROOT));
            if (pagesOnly && keepData == null) {
                System.err.println("--pages-only needs --keep-data DIR of an earlier run");
                return 2;
            }
            Path data = keepData != null ? Files.createDirectories(keepData) : Files.createTempDirectory("itaku-bench-");
            if ("postgres".equalsIgnoreCase(db)) {
                if (url == null) {
                    System.err.println("--db postgres needs --url jdbc:postgresql://host:port/database");
                    return 2;
                }
                String secret = password.isEmpty() ? System.getenv().getOrDefault("ITAKU_BENCH_PASSWORD", "") : password;
                System.setProperty("spring.datasource.url", url);
                System.setProperty("spring.datasource.username", user);
                System.setProperty("spring.datasource.password", secret);
            } else {
                System.setProperty("itaku.data", data.toAbsolutePath().toString());
            }
            System.setProperty("server.port", String.valueOf(port));
            System.setProperty("itaku.incident.reminder-cron", "-");
            figures.put("scale", s.name().toLowerCase(Locale.ROOT));
            figures.put("db", db.toLowerCase(Locale.ROOT));
            try (LiveHeap live = new LiveHeap();
                    ConfigurableApplicationContext context = SpringApplication.run(ItakuApplication.class)) {
                if (pagesOnly) {
                    pagesOnly(context);
                } else {
                    run(context, s);
                }
                figures.put("peak_live_heap_mb", live.peakMb());
            } finally {
                if (keepData == null) {
                    // The temporary database of an mk run weighs over 1 GB; without --keep-data nothing needs it after.
                    FileSystemUtils.deleteRecursively(data);
                }
            }
            StringBuilder json = new StringBuilder("{");
            figures.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append('"').append(k).append("\": ")
                    .append(v instanceof String text ? "\"" + text + "\"" : v));
            System.out.println(json.append('}'));
            return 0;
        }

        private void run(ConfigurableApplicationContext context, BenchRegister.Scale s) throws Exception {
            Accounts accounts = context.getBean(Accounts.class);
            Incidents incidents = context.getBean(Incidents.class);
            Register register = context.getBean(Register.class);
            IncidentDocuments documents = context.getBean(IncidentDocuments.class);
            long started = System.nanoTime();

            long ws = accounts.createWorkspace(WORKSPACE + System.currentTimeMillis());
            BenchRegister.Generated g = time("generate_register_ms",
                    () -> context.getBean(BenchRegister.class).generate(ws, s));
            long pipeline = System.nanoTime();
            String email = "bench-" + System.nanoTime() + "@bench.invalid";
            char[] secret = ("Bench-" + Long.toHexString(Double.doubleToLongBits(Math.random())) + "-Xy9").toCharArray();
            accounts.createMember(ws, email, "ベンチ 担当", secret, Role.STAFF);

            impact(register, ws, g.vendorId());

            LocalDate today = incidents.today();
            IncidentFacts facts = new IncidentFacts("労務手続SaaSへのランサムウェア攻撃（ベンチマーク）", g.vendorId(), BreachEvent.LEAK,
                    Certainty.POSSIBLE, Discoverer.SELF, today.minusDays(3), today.minusDays(2), null,
                    Set.of(IncidentType.RANSOMWARE), "サーバーのファイルが暗号化された", Set.of(), null, false, false, false,
                    Set.of(), null);
            long id = timeWrite("create_ms", () -> incidents.create(ws, facts, null, "bench"));
            java.time.Instant vendorNotice = today.minusDays(1).atTime(10, 0).atZone(org.itaku.vocabulary.JapanTime.ZONE)
                    .toInstant();
            timeWrite("notify_offices_ms", () -> incidents.notifyPrincipals(ws, id, g.vendorId(), vendorNotice, null, "bench"));
            timeWrite("relay_to_clients_ms", () -> incidents.relayNotices(ws, id, 1, vendorNotice.plusSeconds(5 * 3600), null,
                    "bench"));
            figures.put("create_with_every_decision_ms", (long) figures.get("create_ms")
                    + (long) figures.get("notify_offices_ms") + (long) figures.get("relay_to_clients_ms"));
            PartySummary summary = incidents.page(ws, id, PartyFilter.ALL, 0, 1).summary();
            figures.put("parties", summary.parties());
            figures.put("decisions", summary.decided());
            figures.put("reportable", summary.reportable());

            timeWrite("reevaluate_ms", () -> {
                incidents.recordForensicResult(ws, id, new ForensicResult(today, ForensicResult.Outcome.NARROWED,
                        Set.of(DataItem.NAME, DataItem.ADDRESS, DataItem.BIRTH_DATE, DataItem.SALARY, DataItem.FAMILY,
                                DataItem.EMPLOYMENT_INSURANCE_NO), null, null), "bench");
                return null;
            });
            figures.put("reportable_after_reevaluation", incidents.page(ws, id, PartyFilter.ALL, 0, 1).summary()
                    .reportable());

            pages(context, email, secret, id, g.vendorId());
            impactAfterChange(register, ws, g.vendorId());

            if (!skipZip) {
                time("principal_notices_zip_ms", () -> documents.principalNoticesZip(ws, id, g.vendorId(), Format.PDF,
                        DateStyle.WAREKI, "bench", OutputStream.nullOutputStream()));
            }
            figures.put("pipeline_ms", (System.nanoTime() - pipeline) / 1_000_000);
            figures.put("total_with_generation_ms", (System.nanoTime() - started) / 1_000_000);
            figures.put("peak_heap_mb", peakHeapMb());
            figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }

        /**
         * The last benchmark workspace kept in the database: impact(vendor) and the pages again; nothing is written but a
         * member, and the holding and the client changed for the impact after a change.
         */
        private void pagesOnly(ConfigurableApplicationContext context) throws Exception {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Register register = context.getBean(Register.class);
            long ws = jdbc.sql("SELECT id FROM workspace WHERE name LIKE ? ORDER BY id DESC LIMIT 1").param(WORKSPACE + "%")
                    .query(Long.class).optional().orElseThrow(() -> new IllegalStateException("no benchmark workspace kept"));
            long vendor = register.selfOperator(ws).orElseThrow();
            long id = jdbc.sql("SELECT id FROM incident WHERE workspace_id = ? ORDER BY id DESC LIMIT 1").param(ws)
                    .query(Long.class).single();
            figures.put("parties", jdbc.sql("SELECT COUNT(*) FROM incident_party WHERE workspace_id = ? AND incident_id = ?")
                    .params(ws, id).query(Long.class).single());
            String email = "bench-" + System.nanoTime() + "@bench.invalid";
            char[] secret = ("Bench-" + Long.toHexString(Double.doubleToLongBits(Math.random())) + "-Xy9").toCharArray();
            context.getBean(Accounts.class).createMember(ws, email, "ベンチ 担当", secret, Role.STAFF);
            impact(register, ws, vendor);
            pages(context, email, secret, id, vendor);
            impactAfterChange(register, ws, vendor);
            figures.put("peak_heap_mb", peakHeapMb());
            figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }

        private void pages(ConfigurableApplicationContext context, String email, char[] secret, long id, long vendorId)
                throws Exception {
            int httpPort = ((WebServerApplicationContext) context).getWebServer().getPort();
            Web web = new Web(httpPort);
            web.signIn(email, new String(secret));
            page(web, "page_incident_ms", "/incidents/" + id);
            page(web, "page_incident_clients_ms", "/incidents/" + id + "?distance=2&page=100");
            page(web, "page_documents_ms", "/incidents/" + id + "/documents");
            page(web, "page_obligations_ms", "/incidents/" + id + "/obligations?status=OPEN&page=50");
            page(web, "api_incident_ms", "/api/incidents/" + id);
            page(web, "calendar_feed_ms", "/incidents/calendar.ics");
            page(web, "page_dashboard_ms", "/");
            page(web, "api_impact_vendor_ms", "/api/register/operators/" + vendorId + "/impact");
            page(web, "page_impact_vendor_ms", "/register/operators/" + vendorId + "/impact");
        }

        /**
         * The vendor's impact: the first summary (worked out: graph walk and the holdings of the offices in the middle),
         * the summary again (kept while the register is unchanged), and the whole answer with every principal as a
         * record (what the incident module reads; made from the kept columns).
         */
        private void impact(Register register, long ws, long vendor) throws Exception {
            time("impact_summary_cold_ms", () -> register.impactIndex(ws, vendor).summary());
            time("impact_summary_ms", () -> register.impactIndex(ws, vendor).summary());
            time("impact_vendor_ms", () -> register.impact(ws, vendor));
            time("impact_vendor_warm_ms", () -> register.impact(ws, vendor));
        }

        /**
         * The vendor's impact summary right after a register change, twice: after one holding at the vendor gets one
         * more person (the holdings counter moves), and after a new client is entrusted to that holding's office (the
         * graph and names move too, so the kept graph is read again). Each time the kept summary is stale and is worked
         * out again, while the background refresh that the change started may be running too.
         */
        private void impactAfterChange(Register register, long ws, long vendor) throws Exception {
            Holding h = register.holdingsAt(ws, vendor, 0, 1).items().get(0);
            PersonCount more = new PersonCount(h.persons().value() + 1, h.persons().estimated(), h.persons().max() == null
                    ? null : h.persons().max() + 1);
            register.updateHolding(ws, new Holding(h.id(), h.operatorId(), h.principalId(), h.description(), h.items(),
                    h.itemsRaw(), more, h.personKinds(), h.storageSystem(), h.storageCountry(), h.storageLocation(),
                    h.encryption(), h.cipher(), h.keyKeptSeparately(), h.retentionRule(), h.deletionDueOn(),
                    h.deletionConfirmedOn(), h.deletionEvidence(), h.deletionConfirmedBy()));
            timeWrite("impact_summary_after_holding_change_ms", () -> register.impactIndex(ws, vendor).summary());
            long client = register.createOperator(ws, new Operator(0, "ベンチ追加顧客 " + System.nanoTime(), null, null,
                    OperatorKind.PRIVATE, null, null, null, null, null, false));
            register.createEntrustment(ws, new Entrustment(0, client, h.principalId(), "社会保険手続の委託", null, null, false,
                    null, null, null, false, null));
            timeWrite("impact_summary_after_entrustment_change_ms", () -> register.impactIndex(ws, vendor).summary());
        }

        /**
         * The first (cold) and the best of three further (warm) answers of one page, and the CPU time the server's request
         * threads spent on the first ({@code …_cold_cpu_ms}): on a machine shared with other work, that moves far less than
         * the elapsed time does.
         */
        private void page(Web web, String name, String path) throws Exception {
            long cpu = requestThreadsCpuNanos();
            long cold = web.get(path);
            figures.put(name.replace("_ms", "_cold_cpu_ms"), (requestThreadsCpuNanos() - cpu) / 1_000_000);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                best = Math.min(best, web.get(path));
            }
            figures.put(name.replace("_ms", "_cold_ms"), cold);
            figures.put(name, best);
        }

        private <T> T time(String name, java.util.concurrent.Callable<T> step) throws Exception {
            long t = System.nanoTime();
            T result = step.call();
            figures.put(name, (System.nanoTime() - t) / 1_000_000);
            System.err.println(name + ": " + figures.get(name) + " ms");
            return result;
        }

        /**
         * As {@link #time}, and also the CPU time the calling thread spent ({@code …_cpu_ms} beside {@code …_ms}). The
         * embedded H2 does its work on that thread, so on a machine shared with other builds this figure moves far less
         * with the load than the elapsed time does (PostgreSQL's own work is not in it).
         */
        private <T> T timeWrite(String name, java.util.concurrent.Callable<T> step) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            T result = time(name, step);
            String cpuName = name.replaceFirst("_ms$", "_cpu_ms");
            figures.put(cpuName, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            System.err.println(cpuName + ": " + figures.get(cpuName) + " ms");
            return result;
        }

        /** The CPU time used so far by the embedded server's request threads (Tomcat names them http-nio-…-exec-N). */
        private static long requestThreadsCpuNanos() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long sum = 0;
            for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (t != null && t.getThreadName().startsWith("http-nio-")) {
                    sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
                }
            }
            return sum;
        }

        private static long peakHeapMb() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak / (1024 * 1024);
        }
    }

    /** A signed-in browser without a browser: session cookie, CSRF token from the sign-in form. */
    static final class Web {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;

        Web(int port) {
            this.base = "http://localhost:" + port;
        }

        void signIn(String email, String password) throws Exception {
            String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(form);
            if (!m.find()) {
                throw new IllegalStateException("the sign-in form has no CSRF token");
            }
            String body = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in refused: " + r.statusCode() + " " + location);
            }
        }

        /** Milliseconds for one full answer; anything but 200 stops the benchmark. */
        long get(String path) throws Exception {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            System.err.println("GET " + path + ": " + ms + " ms, " + r.body().length + " bytes");
            return ms;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
