package org.itaku;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.itaku.entrustment.BenchRegister;
import org.itaku.identity.Accounts;
import org.itaku.identity.ApiTokens;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A load run: starts Itaku on a fresh H2 data directory in this JVM, fills it at office scale (the demo register)
 * or at mk scale ({@code bench-data --scale mk}), signs in virtual users and drives a signed-in mix over real
 * HTTP on loopback, then prints throughput, latency percentiles, errors and the JVM's peak heap. The client runs
 * on the same cores as the server, as the targets require. Not part of the test suite; run it with
 * {@code scripts/load.sh} (see docs/operations.md, "Load").
 *
 * <p>Arguments: {@code --scale office|mk}, {@code --seconds N} per scenario (default 30), {@code --warmup N} seconds
 * before each scenario that are not counted (default 15; longer, 5 s at a time up to six times it, while the JIT is still
 * still getting faster), {@code --clients N}
 * (default 16), {@code --port P} (default 18800), {@code --scenarios dashboard,api,pages,soak},
 * {@code --profile} (samples the server threads' stacks during the dashboard scenario).
 */
public final class LoadRun {

    record Options(String scale, int seconds, int warmup, int clients, int port, List<String> scenarios, boolean profile) {
        static Options parse(String[] args) {
            Map<String, String> o = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--profile")) {
                    o.put("profile", "true");
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    o.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Options(o.getOrDefault("scale", "office"), Integer.parseInt(o.getOrDefault("seconds", "30")),
                    Integer.parseInt(o.getOrDefault("warmup", "15")),
                    Integer.parseInt(o.getOrDefault("clients", "16")), Integer.parseInt(o.getOrDefault("port", "18800")),
                    List.of(o.getOrDefault("scenarios", "dashboard,api,pages").split(",")),
                    Boolean.parseBoolean(o.getOrDefault("profile", "false")));
        }
    }

    /** What the virtual users may ask for, prepared once. */
    record Target(String base, String email, String password, String token, long incidentId, List<Long> operators,
            List<Long> holdings) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        PrintStream out = System.out;
        Path data = Files.createTempDirectory("itaku-load-");
        System.setProperty("itaku.data", data.toString());
        System.setProperty("server.port", Integer.toString(options.port()));
        System.setProperty("server.address", "127.0.0.1");
        System.setProperty("logging.level.root", "warn");
        System.setProperty("itaku.incident.reminder-cron", "-");
        out.printf("Itaku load run: scale %s, %d clients, %d s per scenario after %d s of warm-up, data %s, %d cores, max heap %d MB%n",
                options.scale(), options.clients(), options.seconds(), options.warmup(), data, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.println("machine before the run: " + Machine.describeNow());
        long started = System.nanoTime();
        HeapSampler heap = HeapSampler.start();
        try (ConfigurableApplicationContext app = SpringApplication.run(ItakuApplication.class)) {
            Target target = prepare(app, options, out);
            out.printf("ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
            for (String scenario : options.scenarios()) {
                Result r = run(scenario.strip(), target, options);
                out.println(r.describe());
            }
            if (options.scale().equals("mk")) {
                deepPages(target, out);
            }
            out.printf("heap used: peak %d MB sampled every 100 ms, %d MB retained after a full GC at the end (max %d MB)%n",
                    heap.peakMb(), heap.retainedMb(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        // The data directory goes with the run: an mk run leaves 1.1 GB in it.
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        System.exit(0);
    }

    static Target prepare(ConfigurableApplicationContext app, Options options, PrintStream out) {
        Accounts accounts = app.getBean(Accounts.class);
        JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
        long ws;
        long incidentAt;
        if (options.scale().equals("mk")) {
            ws = accounts.createWorkspace("負荷試験 mk");
            BenchRegister.Generated g = app.getBean(BenchRegister.class).generate(ws, BenchRegister.Scale.MK);
            out.printf("mk register: %d operators, %d entrustments, %d holdings%n", g.operators(), g.entrustments(), g.holdings());
            // The incident page is measured on an incident at one 社労士 office (50 clients): the vendor-wide
            // incident (170,000 parties) belongs to the incident module's own benchmark.
            incidentAt = jdbc.sql("SELECT entrustee_id FROM entrustment WHERE workspace_id = ? AND entrustee_id <> ? "
                    + "ORDER BY id LIMIT 1").params(ws, g.vendorId()).query(Long.class).single();
        } else {
            app.getBean(DemoLoader.class).load(new PrintStream(java.io.OutputStream.nullOutputStream()));
            ws = jdbc.sql("SELECT MAX(id) FROM workspace").query(Long.class).single();
            incidentAt = jdbc.sql("SELECT entrustee_id FROM entrustment WHERE workspace_id = ? ORDER BY id LIMIT 1")
                    .param(ws).query(Long.class).single();
        }
        Incidents incidents = app.getBean(Incidents.class);
        LocalDate today = incidents.today();
        long incident = incidents.create(ws, new IncidentFacts("負荷試験の事案", incidentAt, BreachEvent.LEAK,
                Certainty.CONFIRMED, org.itaku.vocabulary.Discoverer.SELF, today.minusDays(2), today, null,
                Set.of(IncidentType.MISCONFIGURATION), "設定の誤り", Set.of(), null, false, false, false, Set.of(), null),
                null, "負荷試験");
        String email = "load@example.jp";
        String password = "Kx7#mQ2!vW9z-Tq";
        accounts.createMember(ws, email, "負荷 試験", password.toCharArray(), Role.STAFF);
        WorkspaceMember member = accounts.memberships(accounts.findUserId(email).orElseThrow()).get(0);
        String token = app.getBean(ApiTokens.class).issue(member, "負荷試験", ApiTokens.Scope.write, Duration.ofDays(1)).token();
        List<Long> operators = jdbc.sql("SELECT id FROM operator WHERE workspace_id = ? ORDER BY id LIMIT 2000")
                .param(ws).query(Long.class).list();
        List<Long> holdings = jdbc.sql("SELECT id FROM holding WHERE workspace_id = ? ORDER BY id LIMIT 2000")
                .param(ws).query(Long.class).list();
        return new Target("http://127.0.0.1:" + options.port(), email, password, token, incident, operators, holdings);
    }

    /**
     * One page deep in the operator list (page 3,400 of 50 at mk scale), asked for by number and by the cursor the
     * page before it hands out, one request at a time: what {@code OFFSET} costs against reading from the key.
     */
    static void deepPages(Target t, PrintStream out) throws Exception {
        User u = new User(t);
        int deep = 3_400;
        String before = u.get("/api/register/operators?page=" + (deep - 1), t.token()).body();
        Matcher m = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(before);
        String cursor = m.find() ? m.group(1) : null;
        long[] byNumber = new long[20];
        long[] byCursor = new long[20];
        for (int i = 0; i < 20; i++) {
            long s0 = System.nanoTime();
            int a = u.get("/api/register/operators?page=" + deep, t.token()).statusCode();
            long s1 = System.nanoTime();
            int b = cursor == null ? -1 : u.get("/api/register/operators?after=" + cursor, t.token()).statusCode();
            long s2 = System.nanoTime();
            if (a != 200 || b != 200) {
                out.printf("deep page: status %d by number, %d by cursor%n", a, b);
                return;
            }
            byNumber[i] = (s1 - s0) / 1000;
            byCursor[i] = (s2 - s1) / 1000;
        }
        Arrays.sort(byNumber);
        Arrays.sort(byCursor);
        out.printf("deep page (%d of 50, one client): page=N p50 %.1f ms, after=<cursor> p50 %.1f ms%n", deep,
                byNumber[10] / 1000.0, byCursor[10] / 1000.0);
    }

    /** One virtual user: its own cookies (its own session). */
    static final class User {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        final Target target;
        /** What the last request asked for (a mix's kind of request), for the latency by kind. */
        String kind = "";

        User(Target target) throws Exception {
            this.target = target;
        }

        void signIn() throws Exception {
            HttpResponse<String> form = get("/login", null);
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String body = "username=" + enc(target.email()) + "&password=" + enc(target.password()) + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(target.base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.headers().map());
            }
        }

        HttpResponse<String> get(String path, String bearer) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target.base() + path)).timeout(Duration.ofSeconds(60));
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(target.base() + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + target.token()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** One request of a scenario; returns the HTTP status. */
    interface Step {
        int call(User user) throws Exception;
    }

    static Step scenario(String name, Target t) {
        return switch (name) {
            case "dashboard" -> u -> u.get("/", null).statusCode();
            // Signed-in pages: dashboard, the incident, register lists and an operator page.
            case "pages", "soak" -> u -> {
                int pick = ThreadLocalRandom.current().nextInt(5);
                u.kind = List.of("GET /", "GET /incidents/{id}", "GET /register?page", "GET /register/operators/{id}",
                        "GET /register/holdings/{id}").get(pick);
                return switch (pick) {
                    case 0 -> u.get("/", null).statusCode();
                    case 1 -> u.get("/incidents/" + t.incidentId(), null).statusCode();
                    case 2 -> u.get("/register?page=" + ThreadLocalRandom.current().nextInt(5), null).statusCode();
                    case 3 -> u.get("/register/operators/" + any(t.operators()), null).statusCode();
                    default -> u.get("/register/holdings/" + any(t.holdings()), null).statusCode();
                };
            };
            // The JSON API with a personal access token: reads of operators and holdings, and one write in ten.
            case "api" -> u -> {
                int pick = ThreadLocalRandom.current().nextInt(10);
                u.kind = API_KINDS.get(pick);
                return switch (pick) {
                    case 0, 1, 2 -> u.get("/api/register/operators/" + any(t.operators()), t.token()).statusCode();
                    case 3, 4 -> u.get("/api/register/operators?page=" + ThreadLocalRandom.current().nextInt(5), t.token()).statusCode();
                    case 5, 6 -> u.get("/api/register/holdings/" + any(t.holdings()), t.token()).statusCode();
                    case 7, 8 -> u.get("/api/register/operators/" + any(t.operators()) + "/entrustments", t.token()).statusCode();
                    default -> u.postJson("/api/register/operators", "{\"name\":\"負荷試験 追加事業者 "
                            + ThreadLocalRandom.current().nextInt(1_000_000) + "\",\"kind\":\"PRIVATE\"}").statusCode();
                };
            };
            default -> throw new IllegalArgumentException("unknown scenario " + name + " (dashboard, api, pages, soak)");
        };
    }

    /** The API mix's kinds of request by the pick that chooses them. */
    static final List<String> API_KINDS = List.of("GET operator", "GET operator", "GET operator", "GET operators?page",
            "GET operators?page", "GET holding", "GET holding", "GET operator/entrustments", "GET operator/entrustments",
            "POST operator");

    static long any(List<Long> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
    }

    record Result(String scenario, int clients, double seconds, long requests, long errors, Map<Integer, Long> statuses,
            long[] sortedMicros, Map<String, long[]> sortedMicrosByKind, List<String> profile, Machine used,
            int warmedSeconds) {

        long percentile(double p) {
            return percentile(sortedMicros, p);
        }

        static long percentile(long[] sortedMicros, double p) {
            if (sortedMicros.length == 0) {
                return 0;
            }
            return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1)];
        }

        String describe() {
            StringBuilder s = new StringBuilder(String.format(
                    "%-9s clients %3d  %7.1f req/s  requests %7d  errors %d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms  statuses %s",
                    scenario, clients, requests / seconds, requests, errors, percentile(50) / 1000.0, percentile(90) / 1000.0,
                    percentile(99) / 1000.0, percentile(100) / 1000.0, statuses));
            s.append(System.lineSeparator()).append(String.format(
                    "    after %d s of warm-up, this JVM (server and client): %.2f ms of CPU and %.0f kB allocated per request (%.0f %% of one core), "
                            + "%d collections taking %d ms, %d ms of JIT compiling; load average %.1f at the start, %.1f at the end",
                    warmedSeconds, used.cpuNanos() / 1e6 / Math.max(1, requests),
                    used.allocatedBytes() / 1024.0 / Math.max(1, requests),
                    100.0 * used.cpuNanos() / 1e9 / seconds,
                    used.collections(), used.collectionMillis(), used.jitMillis(), used.loadBefore(), used.loadAfter()));
            if (sortedMicrosByKind.size() > 1) {
                // Which requests make the tail: each kind's share of the slowest 1 % beside its own percentiles.
                long p99 = percentile(99);
                sortedMicrosByKind.forEach((kind, micros) -> {
                    long inTail = Arrays.stream(micros).filter(m -> m >= p99).count();
                    s.append(System.lineSeparator()).append(String.format(
                            "    %-28s %6d requests  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms  at or over the p99: %d",
                            kind, micros.length, percentile(micros, 50) / 1000.0, percentile(micros, 90) / 1000.0,
                            percentile(micros, 99) / 1000.0, percentile(micros, 100) / 1000.0, inTail));
                });
            }
            for (String line : profile) {
                s.append(System.lineSeparator()).append("    ").append(line);
            }
            return s.toString();
        }
    }

    static Result run(String name, Target target, Options options) throws Exception {
        Step step = scenario(name, target);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            User u = new User(target);
            u.signIn();
            users.add(u);
        }
        // Warm-up, not counted: a server that has run a while has compiled its hot paths. With 3 s the first
        // scenario of a run measured a third of what the same scenario measured when repeated after it. A fixed
        // time is not enough on a busy machine: the JIT gets less of the cores, and with 15 s the first of three
        // dashboard scenarios in one run cost 14.4 ms of CPU per request, the third 6.0 ms (same allocation per
        // request, the JIT still compiling). So the warm-up goes on, 5 s at a time (up to six times --warmup), while
        // each slice still serves over 10 % more requests than the one before.
        int warmed = options.warmup();
        drive(users, step, options.warmup(), null, null, null);
        long lastSlice = 0;
        while (warmed < 6 * Math.max(5, options.warmup())) {
            long served = Arrays.stream(drive(users, step, 5, null, null, null)).mapToLong(List::size).sum();
            warmed += 5;
            if (lastSlice > 0 && served <= lastSlice * 1.1) {
                break;
            }
            lastSlice = served;
        }
        AtomicLong errors = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        List<long[]> perUser = new ArrayList<>();
        Profiler profiler = options.profile() && name.equals("dashboard") ? new Profiler() : null;
        if (profiler != null) {
            profiler.start();
        }
        Machine before = Machine.now();
        long t0 = System.nanoTime();
        Map<String, List<Long>> byKind = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long>[] latencies = drive(users, step, options.seconds(), errors, statuses, byKind);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Machine used = Machine.now().since(before);
        List<String> profile = profiler == null ? List.of() : profiler.stop();
        long total = 0;
        for (List<Long> l : latencies) {
            total += l.size();
            perUser.add(l.stream().mapToLong(Long::longValue).toArray());
        }
        long[] all = perUser.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, long[]> sortedByKind = new java.util.TreeMap<>();
        byKind.forEach((kind, l) -> sortedByKind.put(kind, l.stream().mapToLong(Long::longValue).sorted().toArray()));
        return new Result(name, options.clients(), seconds, total, errors.get(),
                statuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(),
                        (a, b) -> a, java.util.TreeMap::new)), all, sortedByKind, profile, used, warmed);
    }

    @SuppressWarnings("unchecked")
    static List<Long>[] drive(List<User> users, Step step, int seconds, AtomicLong errors, Map<Integer, AtomicLong> statuses,
            Map<String, List<Long>> byKind) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long>[] latencies = new List[users.size()];
        Thread[] threads = new Thread[users.size()];
        for (int i = 0; i < users.size(); i++) {
            List<Long> mine = new ArrayList<>();
            latencies[i] = mine;
            User user = users.get(i);
            threads[i] = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = step.call(user);
                    } catch (Exception e) {
                        status = -1;
                    }
                    long micros = (System.nanoTime() - start) / 1000;
                    mine.add(micros);
                    if (byKind != null) {
                        byKind.computeIfAbsent(user.kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                .add(micros);
                    }
                    if (statuses != null) {
                        statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        if (status < 200 || status >= 400) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "load-client-" + i);
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return latencies;
    }

    /**
     * What this JVM used while a scenario ran: its CPU time (server and client together) and its collections, so
     * runs on a machine shared with other work can be compared by cost per request, not only by throughput.
     */
    record Machine(long cpuNanos, long collections, long collectionMillis, double loadBefore, double loadAfter,
            Map<Long, Long> allocated, long jitMillis) {

        /** Bytes allocated between two readings by the threads alive at the second (a new thread counts from 0). */
        long allocatedSince(Machine start) {
            long sum = 0;
            for (Map.Entry<Long, Long> e : allocated.entrySet()) {
                sum += Math.max(0, e.getValue() - start.allocated.getOrDefault(e.getKey(), 0L));
            }
            return sum;
        }

        static Map<Long, Long> allocatedByThread() {
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long[] ids = threads.getAllThreadIds();
            long[] bytes = threads.getThreadAllocatedBytes(ids);
            Map<Long, Long> m = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                if (bytes[i] >= 0) {
                    m.put(ids[i], bytes[i]);
                }
            }
            return m;
        }

        static Machine now() {
            long count = 0;
            long millis = 0;
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            double load = os.getSystemLoadAverage();
            return new Machine(os.getProcessCpuTime(), count, millis, load, load, allocatedByThread(), jitNow());
        }

        /** Milliseconds the JIT has spent compiling since the JVM started (0 where the JVM does not say). */
        static long jitNow() {
            var jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
        }

        Machine since(Machine start) {
            return new Machine(cpuNanos - start.cpuNanos, collections - start.collections,
                    collectionMillis - start.collectionMillis, start.loadBefore, loadAfter,
                    Map.of(-1L, allocatedSince(start)), jitMillis - start.jitMillis);
        }

        /** The load average and, on Linux, the page cache not yet written to disk (a run's writes outlive it). */
        static String describeNow() {
            String dirty = "";
            try {
                dirty = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("Dirty:"))
                        .map(l -> ", " + l.replaceAll("\\s+", " ")).findFirst().orElse("");
            } catch (java.io.IOException | RuntimeException e) {
                // not Linux: the load average alone
            }
            return String.format("load average %.1f%s", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    dirty);
        }

        long allocatedBytes() {
            return allocated.getOrDefault(-1L, 0L);
        }
    }

    /**
     * The heap in use, sampled: the memory pools' own peaks cannot be summed, because young and old generation
     * peak at different moments (their sum exceeded the maximum heap in a 10-minute run).
     */
    static final class HeapSampler {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            Thread thread = new Thread(() -> {
                while (true) {
                    sampler.peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                            Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
            return sampler;
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }

        long retainedMb() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        }
    }

    /**
     * A sampling profiler for the server's request threads: every 5 ms it takes their stacks and counts the
     * deepest frame of our own code and the deepest frame overall, so the report names where the time goes.
     */
    static final class Profiler {
        private final Map<String, Long> ours = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> leaves = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> libraries = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;
        private long samples;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                        if (!e.getKey().getName().startsWith("http-nio") || e.getKey().getState() == Thread.State.WAITING
                                || e.getValue().length == 0 || isIdle(e.getValue())) {
                            continue;
                        }
                        samples++;
                        StackTraceElement[] stack = e.getValue();
                        leaves.merge(frame(stack[0]), 1L, Long::sum);
                        for (StackTraceElement f : stack) {
                            String c = f.getClassName();
                            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                                libraries.merge(frame(f), 1L, Long::sum);
                                break;
                            }
                        }
                        for (StackTraceElement f : stack) {
                            if (f.getClassName().startsWith("org.itaku")) {
                                ours.merge(frame(f), 1L, Long::sum);
                                break;
                            }
                        }
                    }
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException ex) {
                        return;
                    }
                }
            }, "load-profiler");
            thread.setDaemon(true);
            thread.start();
        }

        static boolean isIdle(StackTraceElement[] stack) {
            String top = stack[0].getClassName() + "." + stack[0].getMethodName();
            return top.contains("EPoll") || top.contains("LockSupport.park") || top.contains("Unsafe.park")
                    || top.contains("socketAccept") || top.startsWith("sun.nio.ch.Net.accept");
        }

        static String frame(StackTraceElement f) {
            return f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber();
        }

        List<String> stop() throws InterruptedException {
            running = false;
            thread.join();
            List<String> lines = new ArrayList<>();
            lines.add("profile: " + samples + " busy samples of request threads; innermost Itaku frame:");
            top(ours, 12).forEach(lines::add);
            lines.add("innermost frame outside the JDK:");
            top(libraries, 12).forEach(lines::add);
            lines.add("innermost frame:");
            top(leaves, 12).forEach(lines::add);
            return lines;
        }

        private List<String> top(Map<String, Long> counts, int n) {
            return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .map(e -> String.format("%5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())).toList();
        }
    }

    private LoadRun() {
    }
}
