package org.itaku.obligation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code itaku obligation evaluate FILE|-}: one JSON object of facts per line in, one JSON decision per line out, in
 * the same order. Runs without Spring. A bad line gives one error line on stderr (line number and field) and no
 * output for that line; the others still print, and the exit code is 2 when any line failed.
 */
@Command(name = "obligation", description = "Breach-reporting obligations (APPI, My Number Act, sector rules).",
        mixinStandardHelpOptions = true, subcommands = ObligationCommand.Evaluate.class)
public class ObligationCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Override
    public Integer call() {
        System.err.println("usage: itaku obligation evaluate FILE   (or - for standard input)");
        return BAD_INPUT;
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Evaluate facts (JSON Lines) and print one decision per line.")
    static class Evaluate implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "JSON Lines file of facts, or - for standard input.")
        String file;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
                return run(in, out, err);
            } catch (NoSuchFileException e) {
                err.println("obligation evaluate: no such file: " + file);
                return BAD_INPUT;
            } catch (IOException e) {
                err.println("obligation evaluate: cannot read " + file + ": " + e.getMessage());
                return BAD_INPUT;
            }
        }
    }

    /** Evaluates every non-blank line; returns 0 when all were good, 2 otherwise. */
    static int run(InputStream in, PrintStream out, PrintStream err) throws IOException {
        ObligationEngine engine = new ObligationEngine();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        boolean failed = false;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // tolerate a byte-order mark written by some Windows editors
            }
            if (line.isBlank()) {
                continue;
            }
            String result;
            try {
                result = ObligationJson.toJson(engine.evaluate(ObligationJson.readFacts(line)));
            } catch (InvalidFactsException e) {
                err.println("line " + lineNumber + ": " + e.getMessage());
                failed = true;
                continue;
            }
            out.println(result);
        }
        out.flush();
        return failed ? BAD_INPUT : 0;
    }
}
