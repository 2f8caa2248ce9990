package org.itaku.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese TrueType font for PDF output, parsed once and reused by every PDF its renderer writes. Not
 * thread-safe: {@link Documents} gives each concurrent PDF renderer its own instance.
 * PDFBox 3 can subset-embed only fonts with TrueType outlines; Debian's Noto CJK is a CFF collection (.ttc)
 * that it cannot embed (stack-notes.md §5), so IPAex comes first and .ttc files are refused with a reason.
 */
final class FontSource {

    static final String PROPERTY = "itaku.document.font";
    static final String ENV = "ITAKU_DOCUMENT_FONT";

    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
            Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansJP-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"));

    private final Path path;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    /** Advance widths of the Basic Multilingual Plane, filled on first use (NaN = not looked up yet). */
    private final float[] bmpWidths = new float[0x10000];

    private FontSource(Path path) throws IOException {
        this.path = path;
        this.ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
        // Horizontal Japanese needs no glyph substitution (ligatures, vertical forms), and PDFBox's GSUB path
        // splits every shown string with regular expressions: it took most of the PDF time in the benchmark.
        ttf.setEnableGsub(false);
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        Arrays.fill(bmpWidths, Float.NaN);
    }

    /**
     * Finds the font: the configured path (property {@value #PROPERTY}, or environment {@value #ENV}) if
     * given, else the first of {@link #CANDIDATES} that exists. Fails with a message naming the setting.
     */
    static FontSource open(String configured) {
        Path chosen = locate(configured);
        try {
            return new FontSource(chosen);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the PDF font " + chosen + " (" + e.getMessage()
                    + "). Set " + PROPERTY + " (or " + ENV + ") to a Japanese TrueType .ttf file such as IPAexGothic.", e);
        }
    }

    static Path locate(String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            value = System.getProperty(PROPERTY);
        }
        if (value == null || value.isBlank()) {
            value = System.getenv(ENV);
        }
        if (value != null && !value.isBlank()) {
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
        List<Path> tried = new ArrayList<>();
        for (Path candidate : CANDIDATES) {
            if (Files.isReadable(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("No Japanese font for PDF output was found. Install the Debian package "
                + "fonts-ipaexfont, or set the property " + PROPERTY + " (environment variable " + ENV
                + ") to a Japanese TrueType .ttf file. Looked in: " + tried);
    }

    Path path() {
        return path;
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
            throw new IllegalStateException("cannot read glyph width from " + path, e);
        }
    }

    /** A subset-embedding PDF font for one document; the parsed TrueType data is reused, not re-read. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, ttf, true);
    }
}
