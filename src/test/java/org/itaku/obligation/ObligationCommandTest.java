package org.itaku.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.itaku.cli.Itaku;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** {@code itaku obligation evaluate FILE|-} through the real picocli entry point, with captured streams. */
class ObligationCommandTest {

    static final String GOOD_9 = "{\"operator_kind\":\"private\",\"role\":\"principal\",\"known_on\":\"2025-08-25\","
            + "\"event\":\"leak\",\"certainty\":\"confirmed\",\"data_items\":[\"NAME\",\"EMAIL\"],\"persons\":1500,"
            + "\"incident_types\":[\"misdelivery\"],\"strong_encryption\":false}";
    static final String GOOD_15 = "{\"operator_kind\":\"private\",\"role\":\"principal\",\"known_on\":\"2025-11-10\","
            + "\"event\":\"leak\",\"certainty\":\"confirmed\",\"data_items\":[\"NAME\",\"ADDRESS\",\"MY_NUMBER\"],"
            + "\"persons\":30,\"incident_types\":[\"unauthorized_access\"],\"strong_encryption\":false,"
            + "\"persons_max\":null,\"publicly_viewable\":false,\"acquiring\":false}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    private int run(String... args) {
        String[] full = new String[args.length + 2];
        full[0] = "obligation";
        full[1] = "evaluate";
        System.arraycopy(args, 0, full, 2, args.length);
        return Itaku.commandLine().execute(full);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void goodLinesGiveOneDecisionEachInOrder() throws Exception {
        Path file = dir.resolve("facts.jsonl");
        Files.writeString(file, GOOD_9 + "\n\n" + GOOD_15 + "\n");

        assertThat(run(file.toString())).isZero();

        List<String> lines = outLines();
        assertThat(lines).hasSize(2);
        JsonNode first = ObligationJson.parse(lines.get(0));
        assertThat(first.get("reportable").booleanValue()).isTrue();
        assertThat(first.get("appi_categories").toString()).isEqualTo("[4]");
        assertThat(first.get("exemption").isNull()).isTrue();
        assertThat(first.get("rule_set").stringValue()).isEqualTo("appi-2024-04");
        assertThat(first.get("obligations").get(0).get("kind").stringValue()).isEqualTo("ppc_preliminary");
        assertThat(first.get("obligations").get(0).get("from").stringValue()).isEqualTo("2025-08-28");
        assertThat(first.get("obligations").get(0).get("to").stringValue()).isEqualTo("2025-08-30");
        assertThat(first.get("obligations").get(0).get("binding").booleanValue()).isFalse();
        assertThat(first.get("obligations").get(1).get("kind").stringValue()).isEqualTo("ppc_final");
        assertThat(first.get("obligations").get(1).get("due").stringValue()).isEqualTo("2025-09-24");
        assertThat(first.get("obligations").get(1).get("binding").booleanValue()).isTrue();
        assertThat(first.get("reasons").get(0).has("rule")).isTrue();

        JsonNode second = ObligationJson.parse(lines.get(1));
        assertThat(second.get("appi_categories").toString()).isEqualTo("[3]");
        assertThat(second.get("my_number_categories").toString()).isEqualTo("[2]");
        assertThat(second.get("obligations").get(1).get("due").stringValue()).isEqualTo("2026-01-08");
        assertThat(errLines()).isEmpty();
    }

    @Test
    void badLinesAreReportedWithLineAndFieldAndTheRestStillPrints() throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, String.join("\n",
                GOOD_9,                                                            // 1
                GOOD_9.replace("\"private\"", "\"privat\""),                       // 2 unknown code
                GOOD_9.replace("2025-08-25", "2025-02-30"),                        // 3 impossible date
                GOOD_9.replace("1500", "-3"),                                      // 4 negative count
                GOOD_9.replace("\"persons\"", "\"people\""),                       // 5 unknown key
                GOOD_9.replace("false}", "\"no\"}"),                               // 6 wrong type
                "{\"operator_kind\": \"private\",",                                // 7 malformed JSON
                GOOD_9.replace("\"EMAIL\"", "\"EMAIL\",\"FAX\""),                  // 8 unknown item code
                GOOD_15) + "\n");                                                  // 9

        assertThat(run(file.toString())).isEqualTo(2);

        assertThat(outLines()).hasSize(2);
        assertThat(ObligationJson.parse(outLines().get(1)).get("my_number_categories").toString()).isEqualTo("[2]");
        List<String> errors = errLines();
        assertThat(errors).hasSize(7);
        assertThat(errors.get(0)).startsWith("line 2: operator_kind:").contains("privat");
        assertThat(errors.get(1)).startsWith("line 3: known_on:").contains("2025-02-30");
        assertThat(errors.get(2)).startsWith("line 4: persons:").contains("negative");
        assertThat(errors.get(3)).startsWith("line 5: people:").contains("unknown key");
        assertThat(errors.get(4)).startsWith("line 6: strong_encryption:");
        assertThat(errors.get(5)).startsWith("line 7: (json):").contains("malformed JSON");
        assertThat(errors.get(6)).startsWith("line 8: data_items[2]:").contains("FAX");
    }

    @Test
    void readsStandardInputWithADash() {
        System.setIn(new ByteArrayInputStream((GOOD_15 + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(run("-")).isZero();
        assertThat(outLines()).hasSize(1);
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run(dir.resolve("nope.jsonl").toString())).isEqualTo(2);
        assertThat(errLines()).singleElement().asString().contains("no such file");
        assertThat(outLines()).isEmpty();
    }
}
