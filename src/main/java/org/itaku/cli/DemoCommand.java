package org.itaku.cli;

import java.util.concurrent.Callable;

import org.itaku.DemoLoader;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", description = "Load the invented demo workspace and register, then serve.")
class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Itaku root;

    @Override
    public Integer call() {
        return ServeCommand.serve(root, true);
    }

    /** Loads the demo without serving (used by tests and scripts). */
    static void loadOnly(Itaku root) {
        try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(root)) {
            context.getBean(DemoLoader.class).load(System.out);
        }
    }
}
