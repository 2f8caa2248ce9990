package org.itaku.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(CsvWriter.cell("+cmd|' /C calc'!A0")).isEqualTo("\"'+cmd|' /C calc'!A0\"");
        assertThat(CsvWriter.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.cell("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvWriter.cell("株式会社=サンプル")).as("only the first character matters").isEqualTo("株式会社=サンプル");
    }

    @Test
    void quotingIsWhatExcelExpects() {
        assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(CsvWriter.cell(" padded ")).as("Excel would trim unquoted spaces").isEqualTo("\" padded \"");
        assertThat(CsvWriter.cell(null)).isEmpty();
        assertThat(CsvWriter.cell("")).isEmpty();
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
    }

    @Test
    void unguardGivesBackTheExportedValue() {
        for (String value : new String[] {"=1+2", "+81-3-1234-5678", "-", "@home", "'quoted already", "普通の値"}) {
            String written = CsvWriter.cell(value);
            String unquoted = written.startsWith("\"") ? written.substring(1, written.length() - 1).replace("\"\"", "\"") : written;
            assertThat(CsvWriter.unguard(unquoted)).isEqualTo(value);
        }
    }

    @Test
    void utf8ForExcelStartsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.open(out, CsvWriter.Encoding.UTF8_BOM).row("名称", "=1").row("株式会社サンプル", null).flush();
        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,\"'=1\"\r\n株式会社サンプル,\r\n");
    }

    @Test
    void shiftJisWritesWindows31JAndRefusesWhatItCannotHold() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.open(out, CsvWriter.Encoding.SHIFT_JIS).row("㈱髙橋", "①").flush();
        assertThat(new String(out.toByteArray(), CsvWriter.SHIFT_JIS)).isEqualTo("㈱髙橋,①\r\n");
        assertThat(out.toByteArray()[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);

        CsvWriter sjis = CsvWriter.open(new ByteArrayOutputStream(), CsvWriter.Encoding.SHIFT_JIS);
        assertThatThrownBy(() -> sjis.row("𠮷野家")).isInstanceOf(CsvWriter.UnmappableCharacterException.class)
                .hasMessageContaining("UTF-8").hasMessageContaining("𠮷野家");
    }

    @Test
    void writesOnACharacterStreamWithoutAddingAMark() {
        StringWriter out = new StringWriter();
        CsvWriter.on(out).row("id", "-1").flush();
        assertThat(out).hasToString("id,\"'-1\"\r\n");
    }
}
