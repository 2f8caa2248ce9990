package org.itaku.casebook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a notice file into text: UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS
 * (Windows-31J, as Japanese Windows writes it), detected by strict decoding. Refuses binary and oversized input
 * with a message that names the limit.
 */
final class NoticeInput {

    static final int MAX_BYTES = 1024 * 1024;

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** Input the reader refuses; the message is one line meant for the user. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private NoticeInput() {
    }

    /** Reads at most {@link #MAX_BYTES} (+1 to notice that there is more) and decodes. */
    static String read(InputStream in) throws IOException, Rejected {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Rejected("input is larger than 1 MB (" + MAX_BYTES + " bytes), the limit for one notice");
        }
        return decode(bytes);
    }

    static String decode(byte[] bytes) throws Rejected {
        if (bytes.length > MAX_BYTES) {
            throw new Rejected("input is larger than 1 MB (" + MAX_BYTES + " bytes), the limit for one notice");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        if (looksBinary(bytes)) {
            throw new Rejected("input looks binary (NUL or control bytes), not a text notice");
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, offset);
        if (utf8 != null) {
            return utf8;
        }
        String sjis = strict(WINDOWS_31J, bytes, 0);
        if (sjis != null) {
            return sjis;
        }
        // Neither decodes cleanly: garbled text still gets read, with replacement characters where bytes are broken.
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes, or more than 5% control bytes other than tab, CR, LF and form feed. */
    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return bytes.length > 0 && control * 20 > bytes.length;
    }
}
