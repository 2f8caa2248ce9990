package org.itaku.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentZipTest {

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void docxBatchHasOneEntryPerPrincipalAndAnIndexExcelCanOpen() throws IOException {
        Documents documents = new Documents(DocumentSettings.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PrincipalNotice> notices = DocumentDemo.principalNotices(5);
        int n = documents.principalNoticesZip(notices, Format.DOCX, DateStyle.WAREKI, out);
        assertThat(n).isEqualTo(5);
        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("0001_社会保険労務士法人_委託元0001.docx",
                "0002_社会保険労務士法人_委託元0002.docx", "0003_社会保険労務士法人_委託元0003.docx",
                "0004_社会保険労務士法人_委託元0004.docx", "0005_社会保険労務士法人_委託元0005.docx", "index.csv");

        byte[] csv = entries.get("index.csv");
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String[] rows = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(rows).hasSize(6);
        assertThat(rows[0]).isEqualTo("番号,ファイル名,委託元の名称,委託元の住所,委託元の電話番号,管理番号,本人の数,項目,SHA-256");
        for (int i = 0; i < 5; i++) {
            PrincipalNotice notice = notices.get(i);
            String[] cells = rows[i + 1].split(",");
            String fileName = cells[1];
            assertThat(cells[0]).isEqualTo(String.valueOf(i + 1));
            assertThat(cells[2]).isEqualTo(notice.principal().name());
            assertThat(cells[5]).isEqualTo(notice.reference());
            assertThat(cells[6]).isEqualTo(String.valueOf(notice.persons().upperBound()));
            assertThat(cells[8]).isEqualTo(Documents.sha256(entries.get(fileName)));
            String text = DocumentChecks.docx(entries.get(fileName));
            assertThat(text).contains(notice.principal().name() + "　御中", "貴社に係る本人の数",
                    String.format("%,d人", notice.persons().upperBound()), notice.reference());
        }
    }

    @Test
    void pdfBatchReadsBackPerPrincipal() throws IOException {
        Documents documents = new Documents(DocumentSettings.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PrincipalNotice> notices = DocumentDemo.principalNotices(3);
        documents.principalNoticesZip(notices, Format.PDF, DateStyle.WAREKI, out);
        Map<String, byte[]> entries = unzip(out.toByteArray());
        assertThat(entries).hasSize(4).containsKey("index.csv");
        int i = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().equals("index.csv")) {
                continue;
            }
            PrincipalNotice notice = notices.get(i++);
            DocumentChecks.PdfText read = DocumentChecks.pdf(e.getValue());
            assertThat(read.missingGlyphs()).isEmpty();
            assertThat(DocumentChecks.squeeze(read.text())).contains(DocumentChecks.squeeze(notice.principal().name()) + "御中",
                    "貴社に係る本人の数" + String.format("%,d人", notice.persons().upperBound()));
        }
    }
}
