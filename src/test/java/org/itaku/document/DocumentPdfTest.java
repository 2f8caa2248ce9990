package org.itaku.document;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every demo document as PDF in the bundled font, read back with PDFBox: no system font is needed. */
class DocumentPdfTest {

    private static FontSource font;
    private static Documents documents;

    @BeforeAll
    static void font() {
        font = FontSource.bundled();
        documents = new Documents(DocumentSettings.defaults());
    }

    @Test
    void everyDocumentReadsBackWithTheSameTextAndNoMissingGlyph() {
        for (DateStyle style : DateStyle.values()) {
            for (DocumentRequest request : DocumentDemo.requests(style)) {
                RenderedDocument pdf = documents.render(request, Format.PDF);
                DocumentChecks.PdfText read = DocumentChecks.pdf(pdf.content());
                String expected = documents.text(request);
                assertThat(DocumentChecks.squeeze(DocumentChecks.withoutPageNumbers(read.text())))
                        .as(pdf.fileName()).isEqualTo(DocumentChecks.squeeze(expected));
                assertThat(read.missingGlyphs()).as(pdf.fileName() + " characters without a glyph").isEmpty();
                assertThat(read.text()).doesNotContain("〓");
                // The source text itself is covered by the font, so nothing was replaced on the way in.
                expected.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp ->
                        assertThat(font.hasGlyph(cp)).as("glyph for U+%04X '%s'", cp, Character.toString(cp)).isTrue());
            }
        }
    }

    @Test
    void numbersAndDatesAreRight() {
        String kakuho = DocumentChecks.squeeze(DocumentChecks.pdf(documents.render(
                DocumentRequest.ppcReport(DocumentDemo.finalReport(), DateStyle.WAREKI), Format.PDF).content()).text());
        assertThat(kakuho).contains("98,412人", "【速報時の記載】最大125,000人（精査中）", "令和8年6月5日", "令和8年6月6日",
                "令和8年7月3日", "速報（令和8年6月9日付）からの変更点");
        String seireki = DocumentChecks.squeeze(DocumentChecks.pdf(documents.render(
                DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.SEIREKI), Format.PDF).content()).text());
        assertThat(seireki).contains("発生日2026年6月5日", "発覚日2026年6月6日");
    }

    @Test
    void theSummaryFitsOnOnePageAndLongReportsBreakPages() {
        assertThat(DocumentChecks.pdf(documents.render(DocumentRequest.summary(DocumentDemo.summary(), DateStyle.WAREKI),
                Format.PDF).content()).pages()).isEqualTo(1);
        // A wordier case still fits: the summary shrinks its type before it takes a second page.
        BreachReport wordy = DocumentDemo.finalReport().toBuilder()
                .cause("VPN装置の既知の脆弱性を悪用して認証情報を窃取され、サービス基盤のサーバに侵入された。".repeat(3), "報告者（弊社）")
                .build();
        IncidentSummary wordySummary = new IncidentSummary(wordy, DocumentDemo.summary().asOf(), "INC-2026-0007", "佐藤",
                DocumentDemo.summary().deadlines(), Collections.nCopies(6, "関係者への連絡と記録の整理"));
        DocumentChecks.PdfText summary = DocumentChecks.pdf(documents.render(
                DocumentRequest.summary(wordySummary, DateStyle.WAREKI), Format.PDF).content());
        assertThat(summary.pages()).isEqualTo(1);
        assertThat(DocumentChecks.squeeze(summary.text())).contains("関係者への連絡と記録の整理");
        BreachReport longOne = DocumentDemo.preliminary().toBuilder()
                .summary("長い概要の文。".repeat(600)).build();
        DocumentChecks.PdfText read = DocumentChecks.pdf(documents.render(
                DocumentRequest.ppcReport(longOne, DateStyle.WAREKI), Format.PDF).content());
        assertThat(read.pages()).isGreaterThan(3);
        assertThat(DocumentChecks.squeeze(read.text())).contains("長い概要の文。".repeat(20));
    }

    @Test
    void wrappingKeepsLinesInsideTheMarginAndNoLineStartsWithClosingPunctuation() {
        PdfRenderer renderer = new PdfRenderer(font);
        String text = "詳細は https://www.example.jp/a/very/long/path/that/goes/on/and/on/and/on/and/on/and/on/index.html を参照。"
                + "「括弧」、句読点。".repeat(40) + "終わり。。。。。。。。";
        List<String> lines = renderer.wrap(text, 10.5f, 300f);
        assertThat(String.join("", lines)).isEqualTo(text);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i)).doesNotStartWith("、").doesNotStartWith("。").doesNotStartWith("」");
        }
        // Closing marks may hang over the edge (ぶら下げ) by at most two characters.
        for (String line : lines) {
            assertThat(renderer.widthOf(line, 10.5f)).isLessThanOrEqualTo(300f + 2 * 10.5f);
        }
    }

    @Test
    void aCharacterOutsideTheFontIsShownAsGetaNotDropped() {
        int emoji = 0x1F600;
        assertThat(font.hasGlyph(emoji)).isFalse();
        assertThat(new PdfRenderer(font).safe("a" + Character.toString(emoji) + "b")).isEqualTo("a〓b");
    }

    /**
     * However long the letter, its last page never holds the closing 「以上」 alone: the draft grows one line at a
     * time across a page break and each PDF's last page is read back.
     */
    @Test
    void theClosingLineNeverStandsAloneOnTheLastPage() throws Exception {
        int lastPageAloneCount = 0;
        for (int extra = 0; extra < 60; extra++) {
            IndividualNotice notice = DocumentDemo.individualNotice();
            IndividualNotice longer = new IndividualNotice(notice.incident(), notice.sentOn(), notice.recipientName(),
                    notice.dataItems(), notice.summary() + "\n補足。".repeat(extra), notice.cause(), notice.advice(),
                    notice.inquiry());
            byte[] pdf = documents.render(DocumentRequest.individualLetter(longer, DateStyle.WAREKI), Format.PDF)
                    .content();
            try (org.apache.pdfbox.pdmodel.PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                int pages = read.getNumberOfPages();
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(pages);
                stripper.setEndPage(pages);
                String last = DocumentChecks.squeeze(DocumentChecks.withoutPageNumbers(stripper.getText(read)));
                assertThat(last).as("last page with %d extra lines", extra).isNotEqualTo("以上");
                assertThat(last).endsWith("以上");
                if (pages > 1 && last.length() < 80) {
                    lastPageAloneCount++;
                }
            }
        }
        // The lengths tried do cross a page break, so the check above was put to the test.
        assertThat(lastPageAloneCount).isPositive();
    }
}
