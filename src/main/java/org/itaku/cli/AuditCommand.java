package org.itaku.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.itaku.audit.AuditVerifier;
import org.itaku.audit.Verification;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", description = "Work with the audit trail.", subcommands = AuditCommand.Verify.class)
class AuditCommand {

    @ParentCommand
    Itaku root;

    @Command(name = "verify", description = "Verify the hash chain of the audit trail. Exit code 0 when intact, "
            + "1 when a chain is broken (the first broken record is printed).")
    static class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "W",
                description = "Workspace id, or \"system\" for the system chain (default: every chain).")
        String workspace;

        @Override
        public Integer call() {
            Long workspaceId = null;
            boolean all = workspace == null;
            if (!all && !"system".equalsIgnoreCase(workspace.strip())) {
                try {
                    workspaceId = Long.parseLong(workspace.strip());
                } catch (NumberFormatException e) {
                    spec.commandLine().getErr().println("error: --workspace takes a workspace id or \"system\"");
                    return 2;
                }
            }
            try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(audit.root)) {
                AuditVerifier verifier = context.getBean(AuditVerifier.class);
                List<Verification> results = all ? verifier.verifyAll() : List.of(verifier.verify(workspaceId));
                return report(results, spec.commandLine().getOut());
            }
        }

        static int report(List<Verification> results, PrintWriter out) {
            boolean intact = true;
            for (Verification v : results) {
                out.println(v.describe());
                intact &= v.intact();
            }
            if (results.isEmpty()) {
                out.println("no audit records yet");
            }
            out.flush();
            return intact ? 0 : 1;
        }
    }
}
