package org.itaku.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.itaku.ItakuApplication;
import org.itaku.casebook.NoticeCommand;
import org.itaku.obligation.ObligationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one entry point of the executable jar. {@code serve} is the default subcommand; commands that need
 * no database (the obligation engine, the notice reader) run without starting Spring at all.
 */
@Command(name = "itaku", mixinStandardHelpOptions = true, version = "Itaku 0.1.0",
        description = "Itaku: entrustment register and breach response under the APPI.",
        subcommands = {
                ServeCommand.class,
                AdminCommand.class,
                DemoCommand.class,
                TlsCommand.class,
                ObligationCommand.class,
                AuditCommand.class,
                BackupCommand.class,
                RestoreCommand.class,
                RegisterCommand.class,
                BenchDataCommand.class,
                BenchCommand.class,
                NoticeCommand.class,
                CommandLine.HelpCommand.class
        })
public class Itaku implements Callable<Integer> {

    // Inherited: "itaku demo --data DIR" works as well as "itaku --data DIR demo".
    @Option(names = "--data", scope = CommandLine.ScopeType.INHERIT, description = "Data directory for the embedded H2 database (default: $ITAKU_DATA or ./data).")
    Path dataDir;

    @Option(names = "--demo", description = "Load the invented demo register before serving.")
    boolean demo;

    @Option(names = "--port", scope = CommandLine.ScopeType.INHERIT, description = "HTTP port (default 8080).")
    Integer port;

    /** The web application this invocation started, if any; the JVM must not exit under it. */
    private ConfigurableApplicationContext server;

    public static void main(String[] args) {
        Itaku itaku = new Itaku();
        int exit = commandLine(itaku).execute(args);
        if (exit != 0 || itaku.server == null) {
            System.exit(exit);
        }
    }

    public static CommandLine commandLine() {
        return commandLine(new Itaku());
    }

    private static CommandLine commandLine(Itaku itaku) {
        CommandLine cli = new CommandLine(itaku);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /** Running {@code itaku} with no subcommand serves, like {@code itaku serve}. */
    @Override
    public Integer call() {
        return ServeCommand.serve(this, demo);
    }

    void serving(ConfigurableApplicationContext context) {
        server = context;
    }

    /** Applies the global options as system properties that application.properties reads. */
    void applyGlobalOptions() {
        if (dataDir != null) {
            System.setProperty("itaku.data", dataDir.toAbsolutePath().toString());
        }
        if (port != null) {
            System.setProperty("server.port", port.toString());
        }
    }

    /** Starts the application without a web server, for commands that work on the database. */
    static ConfigurableApplicationContext startWithoutWeb(Itaku root) {
        root.applyGlobalOptions();
        SpringApplication app = new SpringApplication(ItakuApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("cli");
        return app.run();
    }
}
