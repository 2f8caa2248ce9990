package org.itaku.entrustment;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.itaku.ItakuApplication;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.identity.WorkspaceMember;
import org.itaku.testsupport.PostgresServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The register benchmark (not a unit test: timings depend on the machine). Run it with
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.itaku.entrustment.RegisterBenchmark both
 * </pre>
 * ({@code h2}, {@code postgres} or {@code both}; {@code -Dbench.impactOnly=true} stops after impact(vendor);
 * {@code -Dbench.settleSeconds=N} waits N seconds after generating, before timing).
 * Prints: impact(vendor) at mk scale (cold = first call, warm = best of the next five, and the first call after a
 * change), the data centre's operator page (10,000 holdings, paginated) and a 50,000-row CSV import.
 */
public final class RegisterBenchmark {

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        if (!which.equals("postgres")) {
            run("H2", new String[] {"--spring.datasource.url=jdbc:h2:file:" + java.nio.file.Files.createTempDirectory("itaku-bench")
                    + "/itaku;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"});
        }
        if (!which.equals("h2")) {
            var pg = PostgresServer.server();
            run("PostgreSQL", new String[] {"--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"});
        }
        System.exit(0);
    }

    static void run(String database, String[] args) throws Exception {
        SpringApplication app = new SpringApplication(ItakuApplication.class);
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--logging.level.root=warn";
        all[args.length + 2] = "--spring.thymeleaf.cache=true";
        // Snapshots on demand only, so "cold" and "after a change" time the read; prefetching is timed on its own.
        all[args.length + 3] = "--itaku.register.graph-cache.prefetch=false";
        try (ConfigurableApplicationContext context = app.run(all)) {
            Accounts accounts = context.getBean(Accounts.class);
            Register register = context.getBean(Register.class);
            if (Boolean.getBoolean("bench.importOnly")) {
                importBench(database, context, accounts);
                return;
            }
            long ws = accounts.createWorkspace("bench " + System.nanoTime());
            long t0 = System.nanoTime();
            BenchRegister.Generated g = context.getBean(BenchRegister.class).generate(ws, BenchRegister.Scale.MK);
            System.out.printf("[%s] bench-data mk: %d operators, %d entrustments, %d holdings in %d ms%n", database, g.operators(),
                    g.entrustments(), g.holdings(), ms(t0));

            // -Dbench.settleSeconds=N waits for the database to settle after the bulk insert (PostgreSQL's autovacuum)
            Thread.sleep(Long.getLong("bench.settleSeconds", 0L) * 1000);
            // The first call reads the graph and the operator names (cold); later ones reuse them while the
            // workspace's graph version is unchanged (warm). A change makes the next call cold again.
            long t1 = System.nanoTime();
            Impact impact = register.impact(ws, g.vendorId());
            long cold = ms(t1);
            long best = Long.MAX_VALUE;
            long[] warm = new long[5];
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                impact = register.impact(ws, g.vendorId());
                warm[i] = ms(t);
                best = Math.min(best, warm[i]);
            }
            register.createOperator(ws, RegisterFixtures.operator("bench change"));
            long t2 = System.nanoTime();
            register.impact(ws, g.vendorId());
            long afterChange = ms(t2);
            System.out.printf("[%s] impact(vendor): %d holdings, %d upstream operators; cold %d ms, warm best of 5 = %d ms, "
                    + "first after a change %d ms (warm: %s)%n", database, impact.holdings().size(), impact.principals().size(), cold,
                    best, afterChange, Arrays.toString(warm));

            // What the server does by default: after the commit of a change the snapshot is rebuilt in the
            // background, so the next impact call finds it ready.
            GraphSnapshots snapshots = context.getBean(GraphSnapshots.class);
            GraphVersions versions = context.getBean(GraphVersions.class);
            long[] prefetched = new long[5];
            long[] built = new long[5];
            for (int i = 0; i < 5; i++) {
                register.createOperator(ws, RegisterFixtures.operator("bench change " + i));
                long version = versions.current(ws);
                long tb = System.nanoTime();
                snapshots.prefetch(ws);
                while (snapshots.keptVersion(ws) != version) {
                    Thread.sleep(5);
                }
                built[i] = ms(tb);
                long t = System.nanoTime();
                register.impact(ws, g.vendorId());
                prefetched[i] = ms(t);
            }
            System.out.printf("[%s] impact(vendor) after a change, snapshot prefetched in the background: %s ms "
                    + "(background build took %s ms)%n", database, Arrays.toString(prefetched), Arrays.toString(built));
            if (Boolean.getBoolean("bench.impactOnly")) {
                return;
            }

            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                    .apply(SecurityMockMvcConfigurers.springSecurity()).build();
            var as = user("bench@example.jp").authorities(new SimpleGrantedAuthority(Role.STAFF.authority()),
                    new WorkspaceMember(1, "bench@example.jp", ws, "bench", Role.STAFF));
            long pageBest = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                int status = mvc.perform(get("/register/operators/{id}", g.dataCentreId()).param("page", String.valueOf(i * 19))
                        .with(as)).andReturn().getResponse().getStatus();
                if (status != 200) {
                    throw new IllegalStateException("operator page answered " + status);
                }
                pageBest = Math.min(pageBest, ms(t));
            }
            System.out.printf("[%s] operator page with %d holdings (50 per page): best of 10 = %d ms%n", database,
                    register.holdingsAt(ws, g.dataCentreId(), 0, 1).total(), pageBest);

            importBench(database, context, accounts);
        }
    }

    /**
     * A 50,000-row CSV import into an empty workspace; then the same file again (every row matched and unchanged, the
     * update path), its preview, and a corrected file where every holding's head-count changed.
     */
    static void importBench(String database, ConfigurableApplicationContext context, Accounts accounts) {
        {
            // 50,000 rows: 2,000 operators, 2,000 entrustments, 46,000 holdings
            StringBuilder csv = new StringBuilder(String.join(",", RegisterColumn.headers())).append("\r\n");
            for (int i = 0; i < 2000; i++) {
                csv.append(RegisterContractRows.operator("O" + i, "取込事業者" + i)).append("\r\n");
            }
            for (int i = 1; i < 2000; i++) {
                csv.append(RegisterContractRows.entrustment("O" + (i - 1) / 40, "O" + (i == 0 ? 1 : i))).append("\r\n");
            }
            csv.append(RegisterContractRows.entrustment("O1999", "O1998")).append("\r\n");
            for (int i = 0; i < 46_000; i++) {
                csv.append(RegisterContractRows.holding("O" + (i % 2000), "O" + ((i + 1) % 2000), i)).append("\r\n");
            }
            byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
            long importWs = accounts.createWorkspace("bench import " + System.nanoTime());
            long t = System.nanoTime();
            ImportResult result;
            try {
                result = context.getBean(RegisterTransfer.class).importRegister(importWs, new ByteArrayInputStream(file),
                        RegisterTransfer.Format.CSV, null);
            } catch (RegisterImportException e) {
                System.out.println("import failed: " + e.errors().subList(0, Math.min(5, e.errors().size())));
                throw e;
            }
            long importMs = ms(t);
            System.out.printf("[%s] import of %d rows (%.1f MB CSV): %d ms = %.0f rows/s%n", database, result.rows(),
                    file.length / 1e6, importMs, result.rows() * 1000.0 / importMs);

            RegisterTransfer transfer = context.getBean(RegisterTransfer.class);
            t = System.nanoTime();
            RegisterTransfer.Preview preview = transfer.preview(importWs, new ByteArrayInputStream(file),
                    RegisterTransfer.Format.CSV, null);
            long previewMs = ms(t);
            t = System.nanoTime();
            ImportResult again = transfer.importRegister(importWs, new ByteArrayInputStream(file), RegisterTransfer.Format.CSV,
                    null);
            long againMs = ms(t);
            System.out.printf("[%s] the same file again: preview %d ms, import %d ms (%d rows unchanged, %d added)%n", database,
                    previewMs, againMs, again.unchanged().rows(), again.added().rows());
            byte[] corrected = new String(file, StandardCharsets.UTF_8).replace(",2030-03-31,", ",2031-03-31,")
                    .getBytes(StandardCharsets.UTF_8);
            t = System.nanoTime();
            ImportResult changed = transfer.importRegister(importWs, new ByteArrayInputStream(corrected),
                    RegisterTransfer.Format.CSV, null);
            System.out.printf("[%s] a corrected file (every holding's deletion date): import %d ms (%d rows changed, %d unchanged)%n",
                    database, ms(t), changed.changed().rows(), changed.unchanged().rows());
        }
    }

    static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** CSV rows for the import benchmark. */
    static final class RegisterContractRows {
        static String row(Object... kv) {
            String[] cells = new String[RegisterColumn.values().length];
            Arrays.fill(cells, "");
            for (int i = 0; i < kv.length; i += 2) {
                String v = String.valueOf(kv[i + 1]);
                cells[((RegisterColumn) kv[i]).ordinal()] = v.contains(",") ? "\"" + v + "\"" : v;
            }
            return String.join(",", cells);
        }

        static String operator(String key, String name) {
            return row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, key, RegisterColumn.NAME, name, RegisterColumn.KIND,
                    "PRIVATE");
        }

        static String entrustment(String principal, String entrustee) {
            return row(RegisterColumn.TYPE, "委託", RegisterColumn.PRINCIPAL_KEY, principal, RegisterColumn.ENTRUSTEE_KEY, entrustee,
                    RegisterColumn.PURPOSE, "業務委託", RegisterColumn.INCIDENT_REPORT_HOURS, "48");
        }

        static String holding(String at, String principal, int i) {
            return row(RegisterColumn.TYPE, "保有", RegisterColumn.HELD_AT_KEY, at, RegisterColumn.PRINCIPAL_KEY, principal,
                    RegisterColumn.DESCRIPTION, "従業員データ" + i, RegisterColumn.ITEM_CODES, "NAME,MY_NUMBER,SALARY",
                    RegisterColumn.PERSONS, String.valueOf(10 + i % 500), RegisterColumn.ENCRYPTION, "AT_REST",
                    RegisterColumn.DELETION_DUE_ON, "2030-03-31");
        }
    }
}
