package org.itaku.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Writes a {@link Doc} as an ordinary editable Word document: plain paragraphs, no fields or content controls. */
final class DocxRenderer {

    // Word's default Japanese fonts; a reader without them falls back to the system's Japanese font.
    private static final String MINCHO = "游明朝";
    private static final String GOTHIC = "游ゴシック";

    void render(Doc doc, OutputStream out) throws IOException {
        try (XWPFDocument word = new XWPFDocument()) {
            word.getProperties().getCoreProperties().setTitle(doc.title());
            word.getProperties().getCoreProperties().setCreator("Itaku");
            a4(word);
            List<Doc.Block> blocks = doc.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Doc.Block b = blocks.get(i);
                int before = word.getParagraphs().size();
                switch (b.type()) {
                    case TITLE -> paragraph(word, b.text(), ParagraphAlignment.CENTER, 14, true, GOTHIC, null, 0);
                    case HEADING -> paragraph(word, b.text(), ParagraphAlignment.LEFT, 12, true, GOTHIC, null, 0);
                    case PARAGRAPH -> paragraph(word, b.text(), alignment(b.align()), 10.5, false, MINCHO, null, 0);
                    case FIELD -> {
                        paragraph(word, "■" + b.label() + (b.changed() ? Doc.CHANGED_MARK : ""), ParagraphAlignment.LEFT,
                                10.5, true, GOTHIC, b.changed() ? "C00000" : null, 0);
                        paragraph(word, b.text(), ParagraphAlignment.LEFT, 10.5, false, MINCHO,
                                b.known() ? null : "C00000", 240);
                        if (b.changed()) {
                            paragraph(word, Drafts.previousLabel() + b.previous(), ParagraphAlignment.LEFT, 9, false,
                                    MINCHO, "666666", 240);
                        }
                    }
                }
                // The closing line (「以上」) never stands alone on a page: Word keeps the block before it with it.
                if (i == blocks.size() - 2) {
                    word.getParagraphs().subList(before, word.getParagraphs().size()).forEach(p -> {
                        p.setKeepNext(true);
                        p.getCTPPr().addNewKeepLines();
                    });
                }
            }
            word.write(out);
        }
    }

    private static void a4(XWPFDocument word) {
        CTSectPr sect = word.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(1134));
        margin.setBottom(BigInteger.valueOf(1134));
        margin.setLeft(BigInteger.valueOf(1134));
        margin.setRight(BigInteger.valueOf(1134));
    }

    private static ParagraphAlignment alignment(Doc.Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case CENTER -> ParagraphAlignment.CENTER;
        };
    }

    /** Line breaks inside a value become breaks inside one paragraph, so a field stays one unit when edited. */
    private static void paragraph(XWPFDocument word, String text, ParagraphAlignment align, double size, boolean bold,
            String font, String color, int indentTwips) {
        XWPFParagraph p = word.createParagraph();
        p.setAlignment(align);
        if (indentTwips > 0) {
            p.setIndentationLeft(indentTwips);
        }
        XWPFRun run = p.createRun();
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        if (color != null) {
            run.setColor(color);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
