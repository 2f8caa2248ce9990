package org.itaku.vocabulary;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The one CSV writer of every export: RFC 4180 as Japanese Excel reads it (CRLF, double quotes, UTF-8 with a BOM
 * or Windows-31J), and safe to open in a spreadsheet. A cell starting with {@code = + - @}, a tab or a carriage
 * return would be run as a formula ("CSV injection"), so it is written with a leading apostrophe, which Excel
 * shows as text; {@link #unguard(String)} undoes that for readers of our own files.
 */
public final class CsvWriter implements Flushable {

    /** Excel's "Shift_JIS": Windows-31J, which also holds NEC and IBM extensions (①, ㈱, 髙). */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** How the bytes are written. */
    public enum Encoding {
        /** UTF-8 with a byte order mark, without which Excel reads UTF-8 as Shift_JIS. */
        UTF8_BOM(StandardCharsets.UTF_8, true),
        /** UTF-8 without a mark, for programs (SIEMs, scripts) that do not expect one. */
        UTF8(StandardCharsets.UTF_8, false),
        /** Windows-31J; a character it cannot hold is an error, never a silent "?". */
        SHIFT_JIS(CsvWriter.SHIFT_JIS, false);

        private final Charset charset;
        private final boolean bom;

        Encoding(Charset charset, boolean bom) {
            this.charset = charset;
            this.bom = bom;
        }

        public Charset charset() {
            return charset;
        }

        /** UTF-8 with BOM for UTF-8 (what Excel needs), Shift_JIS for Windows-31J / Shift_JIS. */
        public static Encoding forExcel(Charset charset) {
            return charset == null || charset.equals(StandardCharsets.UTF_8) ? UTF8_BOM : SHIFT_JIS;
        }
    }

    /** A character the chosen encoding cannot hold; the message names the row so the user can fix or switch. */
    public static final class UnmappableCharacterException extends VocabularyRuleException {
        public UnmappableCharacterException(String row) {
            super("vocabulary.csv.unmappable", row);
        }
    }

    private final Writer out;
    /** Checks each row before it goes into the buffer, so the error names the row; null when all text fits. */
    private final CharsetEncoder check;
    private final StringBuilder line = new StringBuilder(256);

    private CsvWriter(Writer out, CharsetEncoder check) {
        this.out = out;
        this.check = check;
    }

    /** Writes to a byte stream in the given encoding (with its BOM, if any); the caller closes the stream. */
    public static CsvWriter open(OutputStream out, Encoding encoding) {
        Writer writer = new java.io.BufferedWriter(new OutputStreamWriter(out, encoding.charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        CsvWriter csv = new CsvWriter(writer, encoding.charset.equals(StandardCharsets.UTF_8) ? null
                : encoding.charset.newEncoder());
        if (encoding.bom) {
            csv.write("\uFEFF");
        }
        return csv;
    }

    /** Writes to a character stream whose encoding the caller has already chosen (an HTTP response writer). */
    public static CsvWriter on(Writer out) {
        return new CsvWriter(out, null);
    }

    public CsvWriter row(String... cells) {
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells[i]));
        }
        line.append("\r\n");
        if (check != null && !check.canEncode(line)) {
            throw new UnmappableCharacterException(String.join(",", Arrays.stream(cells).map(c -> c == null ? "" : c).toList()));
        }
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CsvWriter row(List<String> cells) {
        return row(cells.toArray(String[]::new));
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One cell as written: null and empty are empty; a formula start gets an apostrophe; quoted when it holds a
     * comma, quote, line break, was guarded, or starts or ends with white space (which Excel would trim).
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean guarded = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        String v = guarded ? "'" + value : value;
        boolean quote = guarded || v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || Character.isWhitespace(v.charAt(0))
                || Character.isWhitespace(v.charAt(v.length() - 1));
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** The value a guarded cell stood for: reading our own export gives back what was exported. */
    public static String unguard(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
