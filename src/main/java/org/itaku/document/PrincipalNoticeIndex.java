package org.itaku.document;

import java.io.ByteArrayOutputStream;

import org.itaku.vocabulary.CsvWriter;

/** The CSV index of a principal-notice ZIP: which file goes to which principal, with count and hash. */
final class PrincipalNoticeIndex {

    static final String FILE_NAME = "index.csv";
    private static final String[] HEADER = {"番号", "ファイル名", "委託元の名称", "委託元の住所", "委託元の電話番号", "管理番号",
            "本人の数", "項目", "SHA-256"};

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CsvWriter csv = CsvWriter.open(bytes, CsvWriter.Encoding.UTF8_BOM).row(HEADER);

    void add(int number, String fileName, PrincipalNotice n, String sha256) {
        csv.row(String.valueOf(number), fileName, n.principal().name(), n.principal().address(), n.principal().phone(),
                n.reference(), n.persons() == null ? null : String.valueOf(n.persons().upperBound()),
                String.join("、", n.dataItems()), sha256);
    }

    /** UTF-8 with a BOM, so Excel opens the Japanese names correctly. */
    byte[] bytes() {
        csv.flush();
        return bytes.toByteArray();
    }

    /** 0001_株式会社○○.pdf: numbered so names never collide, with characters unsafe in file names removed. */
    static String entryName(int number, PrincipalNotice n, Format format) {
        String name = n.principal().name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s\u3000]", "_");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return String.format("%04d_%s.%s", number, name, format.extension());
    }
}
