package org.itaku.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a {@link Doc} out on A4 pages with PDFBox. PDFBox has no text layout of its own, so line wrapping
 * (with the basic Japanese 禁則: no line starts with closing punctuation) and page breaks are done here.
 */
final class PdfRenderer {

    private static final float MARGIN = 56f;
    private static final float BODY = 10.5f;
    private static final float SMALL = 9f;
    private static final float TITLE = 15f;
    private static final float HEADING = 12f;
    private static final float LEADING = 1.6f;
    private static final float FIELD_INDENT = 12f;
    /** Characters that must not begin a line (行頭禁則); they hang on the previous line instead. */
    private static final String NO_LINE_START = "、。，．）」』】〕〉》・ー！？：；,.)]}!?:;ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜";
    /** Shown for a character the font lacks, so a missing glyph is visible instead of silently dropped. */
    private static final int GETA = '〓';

    private final FontSource fonts;

    PdfRenderer(FontSource fonts) {
        this.fonts = fonts;
    }

    /** Type sizes tried for the internal summary, which is meant to fit on one page. */
    private static final float[] SUMMARY_SCALES = {1f, 0.9f, 0.8f, 0.72f};

    void render(Doc doc, OutputStream out) throws IOException {
        float[] scales = doc.kind() == DocumentKind.INCIDENT_SUMMARY ? SUMMARY_SCALES : new float[] {1f};
        for (int i = 0; i < scales.length; i++) {
            try (PDDocument pdf = layOut(doc, scales[i])) {
                // Only the summary shrinks, and only as far as the smallest readable size; beyond that it
                // takes a second page rather than dropping text.
                if (pdf.getNumberOfPages() == 1 || i == scales.length - 1) {
                    pdf.save(out);
                    return;
                }
            }
        }
    }

    private PDDocument layOut(Doc doc, float scale) throws IOException {
        PDDocument pdf = new PDDocument();
        try {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(doc.title());
            info.setCreator("Itaku");
            PDType0Font font = fonts.embedIn(pdf);
            Layout layout = new Layout(pdf, font);
            float body = BODY * scale;
            List<Doc.Block> blocks = doc.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Doc.Block b = blocks.get(i);
                // The closing line (「以上」, the sender of an e-mail) never stands alone on a page: the block before
                // it keeps its last lines on the same page as the close.
                float tail = i == blocks.size() - 2 && blocks.get(i + 1).type() == Doc.Type.PARAGRAPH
                        ? body * 0.5f + layout.height(blocks.get(i + 1).text(), body, 0) : 0;
                switch (b.type()) {
                    case TITLE -> {
                        layout.gap(body * 0.5f);
                        layout.text(b.text(), TITLE * scale, 0, Doc.Align.CENTER);
                        layout.gap(body * 0.8f);
                    }
                    case HEADING -> {
                        layout.gap(body * 0.6f);
                        layout.text(b.text(), HEADING * scale, 0, Doc.Align.LEFT);
                        layout.rule();
                    }
                    case PARAGRAPH -> {
                        layout.text(b.text(), body, 0, b.align(), tail);
                        layout.gap(body * 0.4f);
                    }
                    case FIELD -> {
                        layout.keepWithNext(body * LEADING * 2);
                        layout.text("■" + b.label() + (b.changed() ? Doc.CHANGED_MARK : ""), body, 0, Doc.Align.LEFT);
                        layout.text(b.text(), body, FIELD_INDENT, Doc.Align.LEFT, b.changed() ? 0 : tail);
                        if (b.changed()) {
                            layout.text(Drafts.previousLabel() + b.previous(), SMALL * scale, FIELD_INDENT,
                                    Doc.Align.LEFT);
                        }
                        layout.gap(body * 0.5f);
                    }
                }
            }
            layout.finish();
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /** Current page and cursor; starts a new page when the next line would cross the bottom margin. */
    private final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;
        private int pageNumber;

        Layout(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                footer();
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            pageNumber++;
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void footer() throws IOException {
            String number = "- " + pageNumber + " -";
            float w = widthOf(number, SMALL);
            show(number, SMALL, (PDRectangle.A4.getWidth() - w) / 2, MARGIN / 2);
        }

        void finish() throws IOException {
            footer();
            stream.close();
        }

        void gap(float points) {
            y -= points;
        }

        void keepWithNext(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        void rule() throws IOException {
            // y is the baseline of the heading just written; the rule goes just under its descenders.
            y -= BODY * 0.35f;
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + width, y);
            stream.stroke();
            y -= BODY * 0.2f;
        }

        void text(String text, float size, float indent, Doc.Align align) throws IOException {
            text(text, size, indent, align, 0);
        }

        /** The height the text takes when wrapped at this size and indent. */
        float height(String text, float size, float indent) {
            return lines(text, size, indent).size() * size * LEADING;
        }

        private List<String> lines(String text, float size, float indent) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                lines.addAll(wrap(safe(paragraph), size, width - indent));
            }
            return lines;
        }

        /**
         * Writes the text line by line. With a {@code tail} (the height of what must follow on the same page), the
         * last two lines (or the only one) go to a new page together when they and the tail would not fit.
         */
        void text(String text, float size, float indent, Doc.Align align, float tail) throws IOException {
            float lineHeight = size * LEADING;
            List<String> lines = lines(text, size, indent);
            int keepFrom = tail > 0 ? Math.max(0, lines.size() - 2) : Integer.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float needed = i == keepFrom ? (lines.size() - i) * lineHeight + tail : lineHeight;
                // A page that has nothing on it yet cannot do better by moving on.
                if (y - needed < MARGIN && y < PDRectangle.A4.getHeight() - MARGIN) {
                    newPage();
                }
                y -= lineHeight;
                float w = widthOf(line, size);
                float x = switch (align) {
                    case LEFT -> MARGIN + indent;
                    case RIGHT -> MARGIN + width - w;
                    case CENTER -> MARGIN + (width - w) / 2;
                };
                if (!line.isEmpty()) {
                    show(line, size, x, y);
                }
            }
        }

        private void show(String line, float size, float x, float atY) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(line);
            stream.endText();
        }
    }

    /** Replaces tabs and characters the font has no glyph for, so showText never fails mid-document. */
    String safe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                sb.append("　");
            } else if (fonts.hasGlyph(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.appendCodePoint(GETA);
            }
        });
        return sb.toString();
    }

    float widthOf(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += fonts.width(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /**
     * Breaks one paragraph into lines no wider than {@code max}. Japanese breaks between any two characters;
     * runs of ASCII letters and digits (URLs, numbers, English words) stay together unless longer than a line.
     */
    List<String> wrap(String text, float size, float max) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        List<String> tokens = tokens(text);
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String token : tokens) {
            float w = widthOf(token, size);
            // Closing marks hang into the right margin (ぶら下げ) rather than start a line; at most about two
            // characters' worth, so a run of them cannot run off the page.
            boolean hangs = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0
                    && lineWidth + w <= max + 2 * size;
            if (lineWidth + w > max && line.length() > 0 && !hangs) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                if (token.isBlank()) {
                    continue;
                }
            }
            if (w > max) {
                // A single overlong token (a long URL): cut it by characters.
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    float cw = fonts.width(cp) * size / 1000f;
                    if (lineWidth + cw > max && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    line.appendCodePoint(cp);
                    lineWidth += cw;
                    i += Character.charCount(cp);
                }
                continue;
            }
            line.append(token);
            lineWidth += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (end < text.length() && isWordChar(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '/' || cp == '.'
                || cp == '@' || cp == ':' || cp == '%' || cp == ',');
    }
}
