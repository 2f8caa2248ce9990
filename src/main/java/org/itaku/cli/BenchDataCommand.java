package org.itaku.cli;

import java.util.concurrent.Callable;

import org.itaku.entrustment.BenchRegister;
import org.itaku.identity.Accounts;
import org.itaku.vocabulary.JapanTime;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench-data", description = "Generate an invented register at benchmark scale in a new workspace.")
class BenchDataCommand implements Callable<Integer> {

    @ParentCommand
    Itaku root;

    @Option(names = "--scale", defaultValue = "mk", description = "mk (the 2023 vendor incident: 3,400 offices, "
            + "170,000 clients, >200,000 holdings) or small.")
    String scale;

    @Override
    public Integer call() {
        BenchRegister.Scale s = BenchRegister.Scale.valueOf(scale.toUpperCase(java.util.Locale.ROOT));
        try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(root)) {
            long workspace = context.getBean(Accounts.class).createWorkspace("ベンチマーク " + s.name().toLowerCase(java.util.Locale.ROOT)
                    + " " + java.time.LocalDateTime.now(JapanTime.systemClock()).withNano(0));
            long started = System.nanoTime();
            BenchRegister.Generated g = context.getBean(BenchRegister.class).generate(workspace, s);
            System.out.printf("Generated workspace %d: %d operators, %d entrustments, %d holdings in %d ms "
                    + "(vendor operator %d, data centre operator %d).%n", g.workspaceId(), g.operators(), g.entrustments(),
                    g.holdings(), (System.nanoTime() - started) / 1_000_000, g.vendorId(), g.dataCentreId());
            return 0;
        }
    }
}
