package org.itaku.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads generated files back with the same libraries a reviewer's tools would use. Public for the end-to-end
 * test of the demo incident, which lives beside the (package-private) demo loader.
 */
public final class DocumentChecks {

    private DocumentChecks() {
    }

    /** Text of a PDF plus every character whose code has no glyph in the embedded font. */
    public record PdfText(String text, int pages, List<String> missingGlyphs) {
    }

    public static PdfText pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> missing = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    for (int code : text.getCharacterCodes()) {
                        try {
                            if (!(text.getFont() instanceof PDVectorFont font) || !font.hasGlyph(code)) {
                                missing.add(text.getUnicode());
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(pdf);
            return new PdfText(text, pdf.getNumberOfPages(), missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docx(byte[] bytes) {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes all whitespace, so wrapped lines and paragraph breaks compare equal across formats. */
    public static String squeeze(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }

    /** PDF text without the page-number footers the layout adds. */
    public static String withoutPageNumbers(String pdfText) {
        return pdfText.replaceAll("(?m)^- \\d+ -\\s*$", "");
    }
}
