package org.itaku.entrustment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.itaku.vocabulary.CsvWriter;

/**
 * Reading RFC 4180 CSV as Japanese Excel writes it: CRLF line ends, double quotes, UTF-8 with a BOM or
 * Windows-31J (Excel's "Shift_JIS"), streamed one record at a time. Writing is {@link CsvWriter}'s, whose
 * formula guard (a leading apostrophe) is taken off again here so an export imports unchanged.
 */
final class Csv {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private Csv() {
    }

    interface RowHandler {
        /** @param row the record number, header = 1 */
        void row(long row, List<String> cells);
    }

    /**
     * Guesses the encoding from the first 64 KiB: a BOM or valid UTF-8 means UTF-8, anything else is taken as
     * Windows-31J, which is what Excel writes when told to save "CSV".
     */
    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, false);
        // An underflow leaves at most a cut multi-byte character at the end of the sample: still UTF-8.
        return result.isError() ? WINDOWS_31J : StandardCharsets.UTF_8;
    }

    static void read(Reader reader, RowHandler handler) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        long row = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cells.add(CsvWriter.unguard(cell.toString()));
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        cells.add(CsvWriter.unguard(cell.toString()));
                        handler.row(row++, cells);
                        cells = new ArrayList<>();
                        cell.setLength(0);
                        any = false;
                        c = next;
                        continue;
                    }
                }
                cells.add(CsvWriter.unguard(cell.toString()));
                handler.row(row++, cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append((char) c);
                any = true;
            }
            c = reader.read();
        }
        if (any || !cell.isEmpty() || !cells.isEmpty()) {
            cells.add(CsvWriter.unguard(cell.toString()));
            handler.row(row, cells);
        }
    }

    static InputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
    }
}
