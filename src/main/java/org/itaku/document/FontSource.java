package org.itaku.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese TrueType font for PDF output, parsed once and reused by every PDF its renderer writes. Not
 * thread-safe: {@link Documents} gives each concurrent PDF renderer its own instance.
 * The jar carries IPAexGothic (resources {@value #BUNDLED}, IPA Font License v1.0, text beside it), so a machine
 * with nothing but a JDK writes PDFs; {@value #PROPERTY} names another .ttf instead. PDFBox 3 can subset-embed
 * only fonts with TrueType outlines, so font collections (.ttc, such as Debian's Noto CJK) are refused with a reason.
 */
final class FontSource {

    static final String PROPERTY = "itaku.document.font";
    static final String ENV = "ITAKU_DOCUMENT_FONT";

    /** Class-path location of the bundled IPAexGothic. */
    static final String BUNDLED = "/fonts/ipaexg.ttf";

    /** Where the font came from, for messages: a file path or the bundled resource. */
    private final String origin;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    /** Advance widths of the Basic Multilingual Plane, filled on first use (NaN = not looked up yet). */
    private final float[] bmpWidths = new float[0x10000];

    private FontSource(String origin, RandomAccessRead data) throws IOException {
        this.origin = origin;
        this.ttf = new TTFParser().parse(data);
        // Horizontal Japanese needs no glyph substitution (ligatures, vertical forms), and PDFBox's GSUB path
        // splits every shown string with regular expressions: it took most of the PDF time in the benchmark.
        ttf.setEnableGsub(false);
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        Arrays.fill(bmpWidths, Float.NaN);
    }

    /**
     * Opens the configured font (argument, else property {@value #PROPERTY}, else environment {@value #ENV}) or,
     * when none is configured, the bundled IPAexGothic. A configured font that cannot be read fails with a
     * message naming the setting; it never falls back silently.
     */
    static FontSource open(String configured) {
        Path chosen = locate(configured);
        if (chosen == null) {
            return bundled();
        }
        try {
            return new FontSource(chosen.toString(), new RandomAccessReadBufferedFile(chosen.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the PDF font " + chosen + " (" + e.getMessage()
                    + "). Set " + PROPERTY + " (or " + ENV + ") to a Japanese TrueType .ttf file such as IPAexGothic.", e);
        }
    }

    /** The IPAexGothic inside the jar. */
    static FontSource bundled() {
        try (InputStream in = FontSource.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled PDF font " + BUNDLED + " is missing from the class path");
            }
            return new FontSource("bundled IPAexGothic (" + BUNDLED + ")", new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled PDF font " + BUNDLED, e);
        }
    }

    /** The configured font file, checked; {@code null} when none is configured (the bundled font is used). */
    static Path locate(String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            value = System.getProperty(PROPERTY);
        }
        if (value == null || value.isBlank()) {
            value = System.getenv(ENV);
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        Path p = Path.of(value.strip());
        if (!Files.isReadable(p)) {
            throw new IllegalStateException("The PDF font set by " + PROPERTY + " / " + ENV + " does not exist or "
                    + "cannot be read: " + p);
        }
        if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            throw new IllegalStateException("The PDF font set by " + PROPERTY + " / " + ENV + " is a font "
                    + "collection (.ttc), which PDFBox cannot embed: " + p + ". Use a .ttf such as IPAexGothic.");
        }
        return p;
    }

    String origin() {
        return origin;
    }

    boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width in text-space units (1/1000 em) of one code point. */
    float width(int codePoint) {
        if (codePoint < bmpWidths.length) {
            float w = bmpWidths[codePoint];
            if (Float.isNaN(w)) {
                w = readWidth(codePoint);
                bmpWidths[codePoint] = w;
            }
            return w;
        }
        return readWidth(codePoint);
    }

    private float readWidth(int codePoint) {
        try {
            return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / unitsPerEm;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read glyph width from " + origin, e);
        }
    }

    /** A subset-embedding PDF font for one document; the parsed TrueType data is reused, not re-read. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, ttf, true);
    }
}
