package org.itaku.failure;

import java.time.LocalDate;
import java.util.Set;

import org.itaku.ItakuApplication;
import org.itaku.document.DateStyle;
import org.itaku.document.Format;
import org.itaku.document.IncidentDocumentKind;
import org.itaku.document.IncidentDocuments;
import org.itaku.incident.IncidentFacts;
import org.itaku.incident.Incidents;
import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.IncidentType;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The child process that {@link CrashRecoveryTest} kills with SIGKILL: opens the file database in DATA and
 * repeats one kind of write until killed, printing a line after each commit.
 * Arguments: {@code incidents|notices|documents DATA WORKSPACE OPERATOR}.
 */
public final class CrashWorkload {

    public static void main(String[] args) {
        String kind = args[0];
        System.setProperty("itaku.data", args[1]);
        long ws = Long.parseLong(args[2]);
        long operator = Long.parseLong(args[3]);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ItakuApplication.class)
                .web(WebApplicationType.NONE).profiles("cli").run();
        Incidents incidents = app.getBean(Incidents.class);
        IncidentDocuments documents = app.getBean(IncidentDocuments.class);
        LocalDate today = incidents.today();
        System.out.println("ready");
        if (kind.equals("import")) {
            // Imports the register file (args[4]) into a new workspace each time, all or nothing.
            var accounts = app.getBean(org.itaku.identity.Accounts.class);
            var transfer = app.getBean(org.itaku.entrustment.RegisterTransfer.class);
            for (int i = 1; ; i++) {
                long target = accounts.createWorkspace("取込障害試験 " + i);
                try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[4]))) {
                    transfer.importRegister(target, in, org.itaku.entrustment.RegisterTransfer.Format.CSV,
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                System.out.println("committed " + target);
            }
        }
        for (int i = 1; ; i++) {
            long id = incidents.create(ws, new IncidentFacts("障害試験 " + i, operator, BreachEvent.LEAK, Certainty.CONFIRMED,
                    org.itaku.vocabulary.Discoverer.SELF, today.minusDays(1), today, null, Set.of(IncidentType.MISCONFIGURATION),
                    "設定の誤り", Set.of(), null, false, false, false, Set.of(), null), null, "障害試験");
            switch (kind) {
                case "notices" -> incidents.notifyPrincipals(ws, id, operator, null, "障害試験");
                case "documents" -> {
                    documents.generate(ws, id, operator, IncidentDocumentKind.PRELIMINARY, Format.PDF, DateStyle.SEIREKI, "障害試験");
                    documents.generate(ws, id, operator, IncidentDocumentKind.PRELIMINARY, Format.DOCX, DateStyle.SEIREKI, "障害試験");
                }
                default -> {
                }
            }
            System.out.println("committed " + id);
        }
    }

    private CrashWorkload() {
    }
}
