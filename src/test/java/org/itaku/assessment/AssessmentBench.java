package org.itaku.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.itaku.ItakuApplication;
import org.itaku.identity.Accounts;
import org.itaku.identity.Role;
import org.itaku.testsupport.HttpBrowser;
import org.itaku.testsupport.PostgresServer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Vendor oversight at the scale of a large principal: 3,400 vendors in the register, entrusted by the workspace's
 * own operator, each with a submitted questionnaire of 60 questions, and 200 more vendors never assessed. Measures
 * (1) scoring and tiering all of them in memory, (2) the same from the database ({@link Assessments#scoreAll}: the
 * assessments with the answers frozen at submission, one row per vendor, as {@code Assessments.saveAnswers} writes
 * them; {@code -Dbench.unfrozen=true} leaves them out, so every answer is read from the answer rows in one join), (3) the assessments overview page, the dashboard (with its "never assessed"
 * list) and their service calls, over HTTP as a signed-in member. Before every timed run one assessment row is
 * written, so H2 cannot hand back a result it kept from the run before. Prints the load average at start and end:
 * the figures mean little on a busy machine. Run:
 * {@code java -Xmx2g -cp $CP org.itaku.assessment.AssessmentBench [h2|postgres|both]}
 */
public final class AssessmentBench {

    static final int VENDORS = 3_400;
    static final int QUESTIONS = 60;
    static final int NEVER_ASSESSED = 200;
    static final boolean UNFROZEN = Boolean.getBoolean("bench.unfrozen");
    static final String PASSWORD = "Bench#Itaku-2026!";

    public static void main(String[] args) throws Exception {
        System.out.println("load average at start: " + load());
        Questionnaire q = QuestionnaireYaml.parse(sixtyQuestions());
        List<Map<String, String>> answers = answers(q, new Random(12));
        inMemory(q, answers);
        String which = args.length > 0 ? args[0] : "h2";
        if (!which.equals("postgres")) {
            database("H2", q, answers, new String[] {"--spring.datasource.url=jdbc:h2:file:"
                    + java.nio.file.Files.createTempDirectory("itaku-bench") + "/itaku;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"});
        }
        if (!which.equals("h2")) {
            var pg = PostgresServer.server();
            database("PostgreSQL", q, answers, new String[] {"--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"});
        }
        System.out.println("load average at end: " + load());
        System.exit(0);
    }

    static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip() + " ("
                    + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static void inMemory(Questionnaire q, List<Map<String, String>> answers) {
        long best = Long.MAX_VALUE;
        int failed = 0;
        for (int run = 0; run < 8; run++) {
            long t0 = System.nanoTime();
            failed = 0;
            for (int i = 0; i < answers.size(); i++) {
                Score s = Scoring.score(q, answers.get(i), Set.of());
                Tiering.Decision d = Tiering.decide(new VendorFacts(i % 3 == 0, i % 5 == 0, i % 7 == 0, i % 11 == 0, i % 13 == 0,
                        i % 2 == 0, i * 37L));
                if (!s.passed() || d.tier() == null) {
                    failed++;
                }
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("[memory] score + tier %,d vendors × %d questions: best of 8 %.1f ms (%d failed)%n", answers.size(),
                q.questions().size(), best / 1e6, failed);
    }

    static void database(String name, Questionnaire q, List<Map<String, String>> answers, String[] args) throws Exception {
        SpringApplication app = new SpringApplication(ItakuApplication.class);
        String[] all = Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--logging.level.root=warn";
        all[args.length + 2] = "--itaku.assessment.job-cron=-";
        try (ConfigurableApplicationContext context = app.run(all)) {
            long ws = context.getBean(Accounts.class).createWorkspace("bench " + System.nanoTime());
            Questionnaires questionnaires = context.getBean(Questionnaires.class);
            Assessment.QuestionnaireRef ref = questionnaires.save(ws, sixtyQuestions(), "bench");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            generate(jdbc, ws, ref, answers);
            // As after a register import: the planner learns the new table sizes (PostgreSQL; nothing on H2).
            context.getBean(org.itaku.entrustment.PlannerStatistics.class).refreshRegisterAfterCommit();
            System.out.printf("[%s] generated %,d submitted assessments with %,d answers in %,d ms%n", name, answers.size(),
                    answers.size() * QUESTIONS, (System.nanoTime() - t0) / 1_000_000);
            Assessments assessments = context.getBean(Assessments.class);
            AssessmentWatch watch = context.getBean(AssessmentWatch.class);

            Runnable touch = () -> jdbc.update("UPDATE assessment SET contact_name = ? WHERE workspace_id = ? AND id = "
                    + "(SELECT MIN(id) FROM assessment WHERE workspace_id = ?)", "bench " + System.nanoTime(), ws, ws);
            long[] score = new long[5];
            for (int i = 0; i < score.length; i++) {
                touch.run();
                long t = System.nanoTime();
                int n = assessments.scoreAll(ws, AssessmentStatus.SUBMITTED, Map.of()).size();
                score[i] = (System.nanoTime() - t) / 1_000_000;
                if (n != answers.size()) {
                    throw new IllegalStateException("scored " + n);
                }
            }
            System.out.printf("[%s] score + tier from the database (%s), %,d vendors × %d questions: first %d ms, then %s ms%n", name,
                    UNFROZEN ? "answer rows, one join" : "answers frozen at submission", answers.size(), QUESTIONS, score[0], Arrays.toString(Arrays.copyOfRange(score, 1, score.length)));

            AssessmentWatch.Summary summary = watch.summary(ws);
            if (summary.neverAssessedCount() != NEVER_ASSESSED || summary.total() != answers.size()) {
                throw new IllegalStateException("never assessed " + summary.neverAssessedCount() + ", total " + summary.total());
            }
            time(name, "service: overview first page (50)", touch, () -> assessments.overview(ws, null, 0, 50));
            time(name, "service: overview page 61 (50)", touch, () -> assessments.overview(ws, null, 60, 50));
            time(name, "service: overview SUBMITTED page 11", touch, () -> assessments.overview(ws, AssessmentStatus.SUBMITTED, 10, 50));
            time(name, "service: dashboard summary (incl. never assessed)", touch, () -> watch.summary(ws));

            String email = "bench-" + System.nanoTime() + "@bench.example";
            context.getBean(Accounts.class).createMember(ws, email, "ベンチ 計測", PASSWORD.toCharArray(), Role.STAFF);
            HttpBrowser browser = new HttpBrowser(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
            browser.signIn(email, PASSWORD);
            page(name, browser, "/assessments", "委託先00000株式会社", touch);
            page(name, browser, "/assessments?page=60", "委託先03000株式会社", touch);
            page(name, browser, "/assessments?status=SUBMITTED&page=10", "委託先00500株式会社", touch);
            page(name, browser, "/", "一度も評価していない委託先：" + NEVER_ASSESSED + " 社", touch);
        }
    }

    /** One page over HTTP: the first answer, then the median and maximum of seven, each after a write. */
    static void page(String db, HttpBrowser browser, String path, String expected, Runnable touch) throws Exception {
        long t0 = System.nanoTime();
        var first = browser.get(path);
        long cold = (System.nanoTime() - t0) / 1_000_000;
        if (first.statusCode() != 200 || !first.body().contains(expected)) {
            throw new IllegalStateException(path + " answered " + first.statusCode() + " without " + expected);
        }
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            touch.run();
            long t = System.nanoTime();
            if (browser.get(path).statusCode() != 200) {
                throw new IllegalStateException(path);
            }
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("[%s] page %s: first %d ms, median %d ms, max %d ms (7 runs, %,d bytes)%n", db, path, cold, ms[3], ms[6],
                first.body().length());
    }

    static void time(String db, String what, Runnable touch, Runnable r) {
        touch.run();
        r.run();
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            touch.run();
            long t = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("[%s] %s: median %.1f ms, max %.1f ms (7 runs after one warm-up)%n", db, what, ms[3] / 1000.0, ms[6] / 1000.0);
    }

    /** The register (the workspace's own operator entrusting every vendor), then the submitted questionnaires. */
    static void generate(JdbcTemplate jdbc, long ws, Assessment.QuestionnaireRef ref, List<Map<String, String>> answers) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO operator (workspace_id, name, kind, is_self) VALUES (?, 'ベンチ本社株式会社', 'PRIVATE', TRUE)", ws);
        long self = jdbc.queryForObject("SELECT id FROM operator WHERE workspace_id = ? AND is_self = TRUE", Long.class, ws);
        List<Object[]> operators = new ArrayList<>();
        for (int i = 0; i < answers.size() + NEVER_ASSESSED; i++) {
            operators.add(new Object[] {ws, String.format("委託先%05d株式会社", i), "vendor" + i + "@bench.example"});
        }
        jdbc.batchUpdate("INSERT INTO operator (workspace_id, name, kind, contact_email) VALUES (?, ?, 'PRIVATE', ?)", operators);
        List<Long> vendorIds = jdbc.queryForList("SELECT id FROM operator WHERE workspace_id = ? AND is_self = FALSE ORDER BY id",
                Long.class, ws);
        List<Object[]> entrustments = new ArrayList<>();
        for (Long vendor : vendorIds) {
            entrustments.add(new Object[] {ws, self, vendor});
        }
        jdbc.batchUpdate("INSERT INTO entrustment (workspace_id, principal_id, entrustee_id, purpose) VALUES (?, ?, ?, '業務委託')",
                entrustments);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            rows.add(new Object[] {ws, vendorIds.get(i), String.format("委託先%05d株式会社", i), ref.origin(), ref.code(), ref.version(),
                    "vendor" + i + "@bench.example", "SUBMITTED", "INITIAL", Date.valueOf(LocalDate.now().plusDays(i % 40 - 10)),
                    i % 3 == 0, i % 5 == 0, i % 7 == 0, now, now, UNFROZEN ? null : AssessmentStore.pack(answers.get(i))});
        }
        jdbc.batchUpdate("""
                INSERT INTO assessment (workspace_id, operator_id, operator_name, questionnaire_origin, questionnaire_code,
                    questionnaire_version, contact_email, status, reason, due_on, holds_confidential, interruption_unacceptable,
                    reaches_internal, sent_at, submitted_at, submitted_answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM assessment WHERE workspace_id = ? ORDER BY id", Long.class, ws);
        List<Object[]> answerRows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Map.Entry<String, String> a : answers.get(i).entrySet()) {
                answerRows.add(new Object[] {ws, ids.get(i), a.getKey(), a.getValue(), now});
                if (answerRows.size() == 5_000) {
                    insertAnswers(jdbc, answerRows);
                }
            }
        }
        insertAnswers(jdbc, answerRows);
    }

    private static void insertAnswers(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO assessment_answer (workspace_id, assessment_id, question_id, answer, updated_at) VALUES (?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    /** 60 questions: yes/no, numbers, choices, some critical, a few conditional. */
    static String sixtyQuestions() {
        StringBuilder y = new StringBuilder("code: bench\nversion: 1\ntitle_ja: ベンチ\npass_mark: 70\nsections: [{id: S, title_ja: 章}]\nquestions:\n");
        for (int i = 1; i <= QUESTIONS; i++) {
            String id = String.format("Q%02d", i);
            y.append("  - {id: ").append(id).append(", section: S, ja: 質問").append(i).append(", ");
            switch (i % 4) {
                case 0 -> y.append("type: number, bands: [{max: 7, points: 4}, {max: 30, points: 2}, {points: 0}]");
                case 1 -> y.append("type: choice, options: [{value: a, ja: A, points: 4}, {value: b, ja: B, points: 2}, {value: c, ja: C, points: 0}]");
                default -> y.append("type: yes_no, points: {yes: 4, partial: 2, no: 0}");
            }
            y.append(", weight: ").append(1 + i % 3);
            if (i % 10 == 0) {
                y.append(", critical: true");
            }
            if (i % 15 == 0) {
                y.append(", depends_on: {question: Q02, answers: [yes]}");
            }
            y.append("}\n");
        }
        return y.toString();
    }

    static List<Map<String, String>> answers(Questionnaire q, Random random) {
        List<Map<String, String>> all = new ArrayList<>();
        for (int v = 0; v < VENDORS; v++) {
            Map<String, String> a = new HashMap<>();
            for (Question question : q.questions()) {
                switch (question.type()) {
                    case NUMBER -> a.put(question.id(), String.valueOf(random.nextInt(40)));
                    case CHOICE -> a.put(question.id(), List.of("a", "a", "b", "c").get(random.nextInt(4)));
                    default -> a.put(question.id(), List.of("yes", "yes", "yes", "partial", "no").get(random.nextInt(5)));
                }
            }
            all.add(a);
        }
        return all;
    }
}
