package org.itaku.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.itaku.entrustment.ImportError;
import org.itaku.entrustment.ImportResult;
import org.itaku.entrustment.RegisterImportException;
import org.itaku.entrustment.RegisterTransfer;
import org.itaku.entrustment.RegisterTransfer.Format;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "register", description = "Import or export the 個人情報管理台帳 (entrustment register).",
        subcommands = {RegisterCommand.Import.class, RegisterCommand.Export.class})
class RegisterCommand {

    @ParentCommand
    Itaku root;

    @Command(name = "import", description = "Import a register file (.xlsx or .csv, see docs/register-format.md). "
            + "All or nothing: if any row is wrong, every error is printed and nothing is added.")
    static class Import implements Callable<Integer> {

        @ParentCommand
        RegisterCommand register;

        @Parameters(index = "0", paramLabel = "FILE", description = "The register file (.xlsx or .csv).")
        Path file;

        @Option(names = "--workspace", required = true, description = "Id of the workspace to import into.")
        long workspace;

        @Option(names = "--encoding", description = "CSV encoding: UTF-8 or Windows-31J (default: detect).")
        String encoding;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(file)) {
                System.err.println("error: cannot read " + file);
                return 2;
            }
            try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(register.root);
                    InputStream in = Files.newInputStream(file)) {
                long started = System.nanoTime();
                ImportResult result;
                try {
                    result = context.getBean(RegisterTransfer.class).importRegister(workspace, in,
                            Format.of(file.getFileName().toString()), encoding == null ? null : Charset.forName(encoding));
                } catch (RegisterImportException e) {
                    // The errors are codes; the command line renders them from the bundle in Japanese.
                    MessageSource messages = context.getBean(MessageSource.class);
                    System.err.println("Nothing imported / "
                            + messages.getMessage("import.refusedAll", new Object[] {e.errors().size()}, Locale.JAPANESE));
                    for (ImportError error : e.errors()) {
                        System.err.println("  row " + error.row() + (error.column() == null ? "" : " " + error.column())
                                + ": " + messages.getMessage(error, Locale.JAPANESE));
                    }
                    return 2;
                }
                long ms = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("Imported %d operators, %d entrustments, %d holdings in %d ms "
                        + "(updated %d rows, %d unchanged, %d sample rows skipped).%n", result.operators(),
                        result.entrustments(), result.holdings(), ms, result.changed().rows(), result.unchanged().rows(),
                        result.samples());
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Export the register of a workspace (.xlsx or .csv by the file name).")
    static class Export implements Callable<Integer> {

        @ParentCommand
        RegisterCommand register;

        @Parameters(index = "0", paramLabel = "FILE", description = "The file to write (.xlsx or .csv).")
        Path file;

        @Option(names = "--workspace", required = true, description = "Id of the workspace to export.")
        long workspace;

        @Option(names = "--encoding", defaultValue = "UTF-8", description = "CSV encoding: UTF-8 or Windows-31J.")
        String encoding;

        @Override
        public Integer call() throws Exception {
            try (ConfigurableApplicationContext context = Itaku.startWithoutWeb(register.root);
                    OutputStream out = Files.newOutputStream(file)) {
                context.getBean(RegisterTransfer.class).exportRegister(workspace, out, Format.of(file.getFileName().toString()),
                        Charset.forName(encoding));
            }
            System.out.println("Wrote " + file);
            return 0;
        }
    }
}
