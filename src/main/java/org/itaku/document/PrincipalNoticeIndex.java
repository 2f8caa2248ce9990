package org.itaku.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The CSV index of a principal-notice ZIP: which file goes to which principal, with count and hash. */
final class PrincipalNoticeIndex {

    static final String FILE_NAME = "index.csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String HEADER = "番号,ファイル名,委託元の名称,委託元の住所,委託元の電話番号,管理番号,本人の数,項目,SHA-256";

    private final StringBuilder csv = new StringBuilder(HEADER).append("\r\n");

    void add(int number, String fileName, PrincipalNotice n, String sha256) {
        row(String.valueOf(number), fileName, n.principal().name(), n.principal().address(), n.principal().phone(),
                n.reference(), n.persons() == null ? null : String.valueOf(n.persons().upperBound()),
                String.join("、", n.dataItems()), sha256);
    }

    private void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells[i]));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed so Excel does not run a cell as a formula. */
    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        String c = cell;
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
            c = "'" + c;
        }
        if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r") || !c.equals(cell)) {
            return "\"" + c.replace("\"", "\"\"") + "\"";
        }
        return c;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
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
