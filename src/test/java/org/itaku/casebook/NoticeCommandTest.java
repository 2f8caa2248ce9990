package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.itaku.cli.Itaku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** The {@code itaku notice read} contract: one JSON line per notice, exit 2 and a one-line error per bad file. */
class NoticeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(boolean split, byte[] stdin, String... files) {
        return NoticeCommand.run(List.of(files), split, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin));
    }

    private List<String> lines(ByteArrayOutputStream stream) {
        String s = stream.toString(StandardCharsets.UTF_8);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) {
        return JsonMapper.builder().build().readValue(line, Map.class);
    }

    @Test
    void readsFilesInUtf8AndShiftJisAndKeepsTheLabelKeyOrder() throws IOException {
        String text = NoticeReaderTest.fixture("clinic-usb-loss.txt");
        Path utf8 = Files.writeString(dir.resolve("a.txt"), text);
        Path sjis = Files.write(dir.resolve("b.txt"), text.getBytes(Charset.forName("windows-31j")));

        assertThat(run(false, new byte[0], utf8.toString(), sjis.toString())).isZero();

        List<String> lines = lines(out);
        assertThat(lines).hasSize(2);
        Map<String, Object> a = json(lines.get(0));
        Map<String, Object> b = json(lines.get(1));
        assertThat(new ArrayList<>(a.keySet())).startsWith("file", "organization", "published", "occurred", "discovered",
                "incident_types", "persons_affected", "persons_is_upper_bound_or_approx", "data_items", "sensitive_data",
                "financial_data", "vendor_involved", "vendor_names", "ppc_reported");
        assertThat(a.keySet()).contains("title", "data_items_raw", "causes", "measures", "evidence", "confidence");
        assertThat(a.get("file")).isEqualTo("a.txt");
        assertThat(a.get("data_items")).isEqualTo(List.of("NAME", "BIRTH_DATE", "MEDICAL"));
        b.put("file", "a.txt");
        assertThat(b).isEqualTo(a);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void badFilesGiveOneLineErrorsAndExitTwoWhileTheOthersAreRead() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), NoticeReaderTest.fixture("ec-card-skimming.txt"));
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        byte[] big = new byte[NoticeInput.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        Path huge = Files.write(dir.resolve("huge.txt"), big);
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        int exit = run(false, new byte[0], binary.toString(), dir.resolve("missing.txt").toString(), huge.toString(),
                good.toString(), empty.toString(), dir.toString());

        assertThat(exit).isEqualTo(2);
        List<String> errors = lines(err);
        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).startsWith("error: ").contains("image.png").contains("binary");
        assertThat(errors.get(1)).contains("missing.txt").contains("no such file");
        assertThat(errors.get(2)).contains("huge.txt").contains("1 MB").contains("1048576");
        assertThat(errors.get(3)).contains("empty.txt").contains("the input is empty");
        assertThat(errors.get(4)).contains("directory");
        List<String> records = lines(out);
        assertThat(records).hasSize(1);
        assertThat(json(records.get(0)).get("organization")).isEqualTo("株式会社ミドリ野商店");
    }

    @Test
    void readsStandardInputAndSplitsDigests() {
        byte[] digest = NoticeReaderTest.fixture("digest-three-entries.txt").getBytes(StandardCharsets.UTF_8);

        assertThat(run(true, digest, "-")).isZero();

        List<String> lines = lines(out);
        assertThat(lines).hasSize(3);
        assertThat(lines).allMatch(l -> json(l).get("file").equals("-"));
        assertThat(json(lines.get(2)).get("entry")).isEqualTo(3);
        assertThat(json(lines.get(2)).get("vendor_names")).isEqualTo(List.of("株式会社ナギサテック"));
    }

    @Test
    void emptyInputExitsTwoWithAMessageAndPrintsNoRecord() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n");
        assertThat(run(false, new byte[0], "-")).isEqualTo(2);
        assertThat(run(false, new byte[0], blank.toString())).isEqualTo(2);
        assertThat(lines(out)).isEmpty();
        assertThat(lines(err)).hasSize(2).allMatch(l -> l.contains("the input is empty"));
    }

    @Test
    void oversizedStandardInputIsRefused() {
        byte[] big = new byte[NoticeInput.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'x');
        assertThat(run(false, big, "-")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 MB");
    }

    @Test
    void isRegisteredAsASubcommandOfItaku() {
        CommandLine cli = Itaku.commandLine();
        assertThat(cli.getSubcommands()).containsKey("notice");
        assertThat(cli.getSubcommands().get("notice").getSubcommands()).containsKey("read");
    }
}
