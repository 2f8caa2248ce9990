package org.itaku.casebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code itaku notice read FILE...}: one JSON object per notice per line, keys as in the development labels. Runs
 * without Spring: the reader needs no database.
 */
@Command(name = "notice", description = "Work with public incident notices.", subcommands = NoticeCommand.Read.class)
public class NoticeCommand {

    @Command(name = "read", description = "Read Japanese incident notices (UTF-8 or Shift_JIS) and print one JSON object per "
            + "notice per line. Exits 2 when a file could not be read; the other files are still read.")
    static class Read implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Notice files; - reads standard input.")
        List<String> files = new ArrayList<>();

        @Option(names = "--split", description = "A digest with several 【...】 entries gives one record per entry.")
        boolean split;

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        InputStream stdin = System.in;

        @Override
        public Integer call() {
            return run(files, split, out, err, stdin);
        }
    }

    static int run(List<String> files, boolean split, PrintStream out, PrintStream err, InputStream stdin) {
        int exit = 0;
        for (String file : files) {
            String text;
            String name = file.equals("-") ? "-" : Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
            try {
                if (file.equals("-")) {
                    text = NoticeInput.read(stdin);
                } else {
                    Path path = Path.of(file);
                    if (Files.isDirectory(path)) {
                        throw new NoticeInput.Rejected("is a directory");
                    }
                    if (Files.size(path) > NoticeInput.MAX_BYTES) {
                        throw new NoticeInput.Rejected("file is " + Files.size(path) + " bytes, larger than 1 MB ("
                                + NoticeInput.MAX_BYTES + " bytes), the limit for one notice");
                    }
                    try (InputStream in = Files.newInputStream(path)) {
                        text = NoticeInput.read(in);
                    }
                }
                if (text.isBlank()) {
                    throw new NoticeInput.Rejected("the input is empty; give a file with the text of a notice, or pipe one in with -");
                }
                List<CaseRecord> records = split ? NoticeReader.readEntries(text) : List.of(NoticeReader.read(text));
                for (int i = 0; i < records.size(); i++) {
                    out.println(toJson(name, split && records.size() > 1 ? i + 1 : null, records.get(i)));
                }
            } catch (NoSuchFileException e) {
                err.println("error: " + file + ": no such file");
                exit = 2;
            } catch (NoticeInput.Rejected | IllegalArgumentException e) {
                err.println("error: " + file + ": " + e.getMessage());
                exit = 2;
            } catch (IOException | RuntimeException e) {
                err.println("error: " + file + ": cannot read (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage().replace('\n', ' ')) + ")");
                exit = 2;
            }
        }
        return exit;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The record as one JSON line, keys in the order of the development labels, extras after them. */
    static String toJson(String file, Integer entry, CaseRecord r) {
        return JSON.writeValueAsString(toMap(file, entry, r));
    }

    /** The record in the contract's keys and order; also the API's view of a stored case. */
    public static Map<String, Object> toMap(String file, Integer entry, CaseRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        if (entry != null) {
            m.put("entry", entry);
        }
        m.put("organization", r.organization());
        m.put("published", r.published());
        m.put("occurred", r.occurred());
        m.put("discovered", r.discovered());
        m.put("incident_types", r.incidentTypes());
        m.put("persons_affected", r.personsAffected());
        m.put("persons_is_upper_bound_or_approx", r.personsIsUpperBoundOrApprox());
        m.put("data_items", r.dataItems());
        m.put("sensitive_data", r.sensitiveData());
        m.put("financial_data", r.financialData());
        m.put("vendor_involved", r.vendorInvolved());
        m.put("vendor_names", r.vendorNames());
        m.put("ppc_reported", r.ppcReported());
        m.put("title", r.title());
        m.put("data_items_raw", r.dataItemsRaw());
        m.put("causes", r.causes());
        m.put("measures", r.measures());
        m.put("evidence", r.evidence());
        m.put("confidence", r.confidence());
        return m;
    }
}
