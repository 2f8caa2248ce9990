package org.itaku.cli;

import java.util.concurrent.Callable;

import org.itaku.DemoLoader;
import org.itaku.ItakuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", description = "Start the web application (the default command).")
class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Itaku root;

    @Option(names = "--demo", description = "Load the invented demo register before serving.")
    boolean demo;

    @Override
    public Integer call() {
        return serve(root, demo || root.demo);
    }

    static int serve(Itaku root, boolean demo) {
        root.applyGlobalOptions();
        ConfigurableApplicationContext context = SpringApplication.run(ItakuApplication.class);
        if (demo) {
            context.getBean(DemoLoader.class).load(System.out);
        }
        root.serving(context);
        return 0;
    }
}
