package org.itaku.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HTML, copy view, DOCX and JSON: none of these needs a font. */
class DocumentFormatsTest {

    private final Documents documents = new Documents(DocumentSettings.defaults());

    private static BreachReport hostile() {
        return DocumentDemo.preliminary().toBuilder()
                .summary("<script>alert('x')</script> & <b>太字</b>")
                .reporter(new Reporter("株式会社<img src=x onerror=alert(1)>", null, null))
                .build();
    }

    @Test
    void htmlEscapesEverythingTheUserTyped() {
        for (Format format : new Format[] {Format.HTML, Format.HTML_FIELDS}) {
            String html = new String(documents.render(DocumentRequest.ppcReport(hostile(), DateStyle.WAREKI), format)
                    .content(), StandardCharsets.UTF_8);
            assertThat(html).as(format.name()).doesNotContain("<script>alert", "<img src=x", "<b>太字")
                    .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
        }
    }

    @Test
    void copyViewHasOneBlockPerFormFieldInOrder() {
        String html = new String(documents.render(DocumentRequest.ppcReport(DocumentDemo.finalReport(), DateStyle.WAREKI),
                Format.HTML_FIELDS).content(), StandardCharsets.UTF_8);
        assertThat(html.split("class=\"field", -1)).hasSize(1 + 21);
        assertThat(html.indexOf("data-field=\"reporter_name\"")).isLessThan(html.indexOf("data-field=\"occurred_on\""));
        assertThat(html.indexOf("data-field=\"timeline\"")).isLessThan(html.indexOf("data-field=\"item1\""));
        assertThat(html.indexOf("data-field=\"item8\"")).isLessThan(html.indexOf("data-field=\"item9\""));
        assertThat(html).contains("98,412人</textarea>", "【速報時の記載】");
    }

    @Test
    void htmlPreviewShowsTheDocument() {
        String html = new String(documents.render(DocumentRequest.individualLetter(DocumentDemo.individualNotice(),
                DateStyle.WAREKI), Format.HTML).content(), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"ja\"", "<h1>個人情報の漏えい等のおそれに関するお知らせとお詫び</h1>", "山田　花子　様",
                "class=\"right\"");
    }

    @Test
    void aWorkspaceCanReplaceATemplate(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("document"));
        Files.writeString(dir.resolve("document/document.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body>
                <p class="own" th:text="${input.reporter().name()}">name</p>
                <p th:each="b : ${blocks}" th:text="${b.text}">x</p>
                </body></html>""");
        Documents custom = new Documents(new DocumentSettings(null, dir));
        String html = new String(custom.render(DocumentRequest.ppcReport(hostile(), DateStyle.WAREKI), Format.HTML)
                .content(), StandardCharsets.UTF_8);
        assertThat(html).contains("<p class=\"own\">株式会社&lt;img src=x onerror=alert(1)&gt;</p>");
        // A template the workspace did not replace still comes from the defaults.
        String fields = new String(custom.render(DocumentRequest.ppcReport(hostile(), DateStyle.WAREKI),
                Format.HTML_FIELDS).content(), StandardCharsets.UTF_8);
        assertThat(fields).contains("data-field=\"item1\"");
    }

    @Test
    void oneWorkspacesTemplateDoesNotLeakIntoAnother(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("ws-a/document"));
        Files.writeString(dir.resolve("ws-a/document/document.html"), """
                <html xmlns:th="http://www.thymeleaf.org"><body><h1 class="a" th:text="${title}">t</h1></body></html>""");
        Documents custom = new Documents(new DocumentSettings(null, dir));
        DocumentRequest request = DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI);
        String a = new String(custom.render(request.forWorkspace("ws-a"), Format.HTML).content(), StandardCharsets.UTF_8);
        String b = new String(custom.render(request.forWorkspace("ws-b"), Format.HTML).content(), StandardCharsets.UTF_8);
        assertThat(a).contains("<h1 class=\"a\">個人データの漏えい等に関する報告（速報）</h1>").doesNotContain("data-field");
        assertThat(b).doesNotContain("class=\"a\"").contains("data-field=\"item1\"");
        assertThatThrownBy(() -> request.forWorkspace("../etc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void docxOpensInPoiWithEveryFieldAndChange() {
        for (DocumentRequest request : DocumentDemo.requests(DateStyle.WAREKI)) {
            RenderedDocument docx = documents.render(request, Format.DOCX);
            String text = DocumentChecks.docx(docx.content());
            assertThat(DocumentChecks.squeeze(text)).as(docx.fileName())
                    .isEqualTo(DocumentChecks.squeeze(documents.text(request)));
        }
        String kakuho = DocumentChecks.docx(documents.render(
                DocumentRequest.ppcReport(DocumentDemo.finalReport(), DateStyle.WAREKI), Format.DOCX).content());
        assertThat(kakuho).contains("98,412人", "【速報時の記載】最大125,000人（精査中）", "令和8年6月6日");
    }

    @Test
    void jsonListsFieldsWithIdsKnownFlagsAndPreviousValues() {
        RenderedDocument json = documents.render(DocumentRequest.ppcReport(DocumentDemo.finalReport(), DateStyle.SEIREKI),
                Format.JSON);
        JsonNode root = JsonMapper.builder().build().readTree(json.content());
        assertThat(root.get("kind").asString()).isEqualTo("PPC_REPORT");
        assertThat(root.get("dateStyle").asString()).isEqualTo("SEIREKI");
        JsonNode fields = root.get("fields");
        assertThat(fields.get(0).get("id").asString()).isEqualTo("report_stage");
        JsonNode item3 = null;
        for (JsonNode f : fields) {
            if ("item3".equals(f.get("id").asString())) {
                item3 = f;
            }
        }
        assertThat(item3).isNotNull();
        assertThat(item3.get("text").asString()).isEqualTo("98,412人");
        assertThat(item3.get("known").asBoolean()).isTrue();
        assertThat(item3.get("previous").asString()).isEqualTo("最大125,000人（精査中）");
        assertThat(json.fileName()).isEqualTo("ppc-report-kakuho.json");
        assertThat(json.sha256()).hasSize(64);
    }

    @Test
    void aMissingConfiguredFontNamesTheSetting() {
        Documents broken = new Documents(new DocumentSettings("/no/such/font.ttf", null));
        assertThatThrownBy(() -> broken.render(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI),
                Format.PDF)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("itaku.document.font").hasMessageContaining("ITAKU_DOCUMENT_FONT");
        assertThatThrownBy(() -> FontSource.locate("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
                .isInstanceOf(IllegalStateException.class);
        // Formats without a font still work with the broken setting.
        assertThat(broken.render(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI), Format.DOCX)
                .content()).isNotEmpty();
    }

    @Test
    void withNoFontConfiguredPdfsUseTheBundledFontWhichShipsWithItsLicence() throws Exception {
        assertThat(FontSource.locate(null)).isNull();
        FontSource bundled = FontSource.open(null);
        assertThat(bundled.origin()).contains(FontSource.BUNDLED);
        assertThat(bundled.hasGlyph('個')).isTrue();
        assertThat(bundled.hasGlyph('㈱')).isTrue();
        assertThat(FontSource.class.getResource("/fonts/IPA_Font_License_Agreement_v1.0.txt")).isNotNull();
        byte[] pdf = new Documents(DocumentSettings.defaults())
                .render(DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI), Format.PDF).content();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).anySatisfy(name -> assertThat(name).contains("IPAexGothic"));
        }
    }
}
