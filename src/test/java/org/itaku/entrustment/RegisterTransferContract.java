package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itaku.entrustment.RegisterFixtures.entrust;
import static org.itaku.entrustment.RegisterFixtures.holding;
import static org.itaku.entrustment.RegisterFixtures.operator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.itaku.entrustment.RegisterTransfer.Format;
import org.itaku.identity.Accounts;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 個人情報管理台帳 import and export on every supported database. */
abstract class RegisterTransferContract {

    @Autowired
    org.springframework.context.MessageSource messages;

    /** An import error as the page shows it by default, rendered from the entrustment bundle. */
    String ja(ImportError e) {
        return messages.getMessage(e, java.util.Locale.JAPANESE);
    }

    String en(ImportError e) {
        return messages.getMessage(e, java.util.Locale.ENGLISH);
    }

    static final Charset SJIS = Charset.forName("windows-31j");

    @Autowired
    Register register;

    @Autowired
    RegisterTransfer transfer;

    @Autowired
    Accounts accounts;

    @Autowired
    GraphSnapshots snapshots;

    long source;

    @BeforeEach
    void aRegister() {
        source = newWorkspace();
        long client = register.createOperator(source, new Operator(0, "株式会社さくら製作所", "サクラセイサクショ",
                CorporateNumber.withBase("000012050002"), OperatorKind.PRIVATE, "製造業", "東京都港区1-2-3", "総務 花子",
                "soumu@sakura.example.jp", "03-1111-2222", true));
        long office = register.createOperator(source, operator("みどり社会保険労務士事務所, \"本店\""));
        long vendor = register.createOperator(source, operator("クラウド労務株式会社"));
        register.createEntrustment(source, entrust(client, office, "社会保険の手続\n（改行を含む）"));
        register.createEntrustment(source, new Entrustment(0, office, vendor, "システム提供", null, null, false, null, null, null,
                false, null));
        register.createHolding(source, holding(office, client, "従業員台帳", "NAME,MY_NUMBER,PENSION_NO", 120));
        register.createHolding(source, new Holding(0, vendor, office, "手続データ", DataItem.parseList("NAME,SALARY,HEALTH_CHECK"),
                "氏名・給与・健診結果", PersonCount.estimate(5000, 8000L), "従業員、扶養家族", "労務クラウド", "JP",
                StorageLocation.CLOUD, Encryption.STRONG, "AES-256-GCM", true, "契約終了後30日", LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 4, 2), "deletion-2024.pdf", "監査 一郎"));
    }

    long newWorkspace() {
        return accounts.createWorkspace("台帳 " + UUID.randomUUID());
    }

    byte[] export(long ws, Format format, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.exportRegister(ws, out, format, charset);
        return out.toByteArray();
    }

    ImportResult importInto(long ws, byte[] file, Format format, Charset charset) {
        return transfer.importRegister(ws, new ByteArrayInputStream(file), format, charset);
    }

    @Test
    void csvExportThenImportGivesTheSameRegister() {
        byte[] first = export(source, Format.CSV, StandardCharsets.UTF_8);
        long target = newWorkspace();
        ImportResult result = importInto(target, first, Format.CSV, null);
        assertThat(result).isEqualTo(new ImportResult(3, 2, 2));
        assertThat(new String(export(target, Format.CSV, StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(register.impact(target, register.searchOperators(target, "クラウド", 0, 1).items().get(0).id()).principals())
                .hasSize(2);
    }

    @Test
    void anImportIsSeenByTheNextImpactAndAFailedOneLeavesItAsItWas() {
        long target = newWorkspace();
        long lonely = register.createOperator(target, operator("単独の事業者"));
        assertThat(register.impact(target, lonely).principals()).isEmpty();
        assertThat(snapshots.of(target).graph().edges()).isZero(); // kept in memory now

        importInto(target, export(source, Format.CSV, StandardCharsets.UTF_8), Format.CSV, null);
        assertThat(snapshots.of(target).graph().edges()).isEqualTo(2);
        assertThat(snapshots.of(target).refs()).hasSize(4);
        long vendor = register.searchOperators(target, "クラウド", 0, 1).items().get(0).id();
        assertThat(register.impact(target, vendor).principals()).extracting(p -> p.operator().name())
                .containsExactly("みどり社会保険労務士事務所, \"本店\"", "株式会社さくら製作所");

        String bad = header() + "\r\n" + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "X1", RegisterColumn.NAME, "新しい事業者")
                + "\r\n" + row(RegisterColumn.TYPE, "委託", RegisterColumn.PRINCIPAL_KEY, "X1", RegisterColumn.ENTRUSTEE_KEY, "X9",
                        RegisterColumn.PURPOSE, "業務") + "\r\n";
        assertThat(errorsOf(target, bad)).isNotEmpty();
        assertThat(snapshots.of(target).graph().edges()).isEqualTo(2);
        assertThat(snapshots.of(target).refs()).hasSize(4);
    }

    @Test
    void shiftJisAndXlsxRoundTripToo() {
        byte[] utf8 = export(source, Format.CSV, StandardCharsets.UTF_8);
        long sjis = newWorkspace();
        importInto(sjis, export(source, Format.CSV, SJIS), Format.CSV, null);
        assertThat(export(sjis, Format.CSV, StandardCharsets.UTF_8)).isEqualTo(utf8);

        long xlsx = newWorkspace();
        importInto(xlsx, export(source, Format.XLSX, null), Format.XLSX, null);
        assertThat(new String(export(xlsx, Format.CSV, StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(new String(utf8, StandardCharsets.UTF_8));
    }

    @Test
    void theTemplatesSampleRowsAreMarkedAndNeverImported() {
        for (Format format : Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transfer.template(out, format, StandardCharsets.UTF_8);
            long ws = newWorkspace();
            ImportResult result = importInto(ws, out.toByteArray(), format, null);
            assertThat(result.samples()).as(format.name()).isEqualTo(4);
            assertThat(result.rows()).as(format.name()).isZero();
            assertThat(register.searchOperators(ws, "", 0, 10).total()).as("no sample operator, no second 自社").isZero();
        }
        // A sample row turned into a real one (区分 without 見本) is imported.
        String csv = new String(template(), StandardCharsets.UTF_8).replaceFirst("見本：事業者", "事業者");
        long ws = newWorkspace();
        assertThat(importInto(ws, csv.getBytes(StandardCharsets.UTF_8), Format.CSV, null))
                .isEqualTo(new ImportResult(new ImportResult.Counts(1, 0, 0), ImportResult.Counts.NONE,
                        ImportResult.Counts.NONE, 3));
    }

    byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfer.template(out, Format.CSV, StandardCharsets.UTF_8);
        return out.toByteArray();
    }

    /** A CSV file as rows of cells, read with the importer's own reader. */
    static List<List<String>> cells(byte[] csv) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        Csv.read(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8)), (n, cells) -> rows.add(
                new java.util.ArrayList<>(cells)));
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.itaku.vocabulary.CsvWriter w = org.itaku.vocabulary.CsvWriter.open(out,
                org.itaku.vocabulary.CsvWriter.Encoding.forExcel(StandardCharsets.UTF_8));
        rows.forEach(r -> w.row(r.toArray(String[]::new)));
        w.flush();
        return out.toByteArray();
    }

    /** The first row whose cell in {@code column} is {@code value}. */
    static List<String> rowWhere(List<List<String>> rows, RegisterColumn column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column.ordinal()))).findFirst().orElseThrow();
    }

    /**
     * The round trip: export the register, correct it in the file (an address, a contract review date, a
     * head-count) and add a vendor, preview, import. The preview says what will happen and writes nothing; the import
     * updates the same rows in place (same ids, no duplicates) and adds only the new ones; exporting again gives the
     * corrected file.
     */
    @Test
    void exportEditImportUpdatesTheRegisterInPlace() throws Exception {
        long clientId = register.searchOperators(source, "さくら", 0, 1).items().get(0).id();
        List<List<String>> rows = cells(export(source, Format.CSV, StandardCharsets.UTF_8));
        rowWhere(rows, RegisterColumn.NAME, "株式会社さくら製作所").set(RegisterColumn.ADDRESS.ordinal(), "東京都港区芝浦九丁目9番9号");
        rowWhere(rows, RegisterColumn.PURPOSE, "システム提供").set(RegisterColumn.LAST_REVIEW_ON.ordinal(), "2026-10-01");
        rowWhere(rows, RegisterColumn.DESCRIPTION, "従業員台帳").set(RegisterColumn.PERSONS.ordinal(), "135");
        String[] vendorRow = new String[RegisterColumn.values().length];
        java.util.Arrays.fill(vendorRow, "");
        vendorRow[RegisterColumn.TYPE.ordinal()] = RegisterColumn.OPERATOR;
        vendorRow[RegisterColumn.KEY.ordinal()] = "N1";
        vendorRow[RegisterColumn.NAME.ordinal()] = "株式会社みなとデータセンター";
        vendorRow[RegisterColumn.CORPORATE_NUMBER.ordinal()] = CorporateNumber.withBase("000012050003").value();
        rows.add(4, new java.util.ArrayList<>(List.of(vendorRow)));
        String[] hosting = new String[RegisterColumn.values().length];
        java.util.Arrays.fill(hosting, "");
        hosting[RegisterColumn.TYPE.ordinal()] = RegisterColumn.ENTRUSTMENT;
        hosting[RegisterColumn.PRINCIPAL_KEY.ordinal()] = "O3";
        hosting[RegisterColumn.ENTRUSTEE_KEY.ordinal()] = "N1";
        hosting[RegisterColumn.PURPOSE.ordinal()] = "サーバーの運用";
        rows.add(new java.util.ArrayList<>(List.of(hosting)));
        byte[] corrected = csv(rows);

        RegisterTransfer.Preview preview = transfer.preview(source, new ByteArrayInputStream(corrected), Format.CSV, null);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.result()).isEqualTo(new ImportResult(new ImportResult.Counts(1, 1, 0),
                new ImportResult.Counts(1, 1, 1), new ImportResult.Counts(2, 1, 1), 0));
        assertThat(register.operator(source, clientId).address()).as("the preview writes nothing").isEqualTo("東京都港区1-2-3");
        assertThat(register.searchOperators(source, "", 0, 10).total()).isEqualTo(3);

        ImportResult result = importInto(source, corrected, Format.CSV, null);
        assertThat(result).isEqualTo(preview.result());
        assertThat(register.operator(source, clientId).address()).isEqualTo("東京都港区芝浦九丁目9番9号");
        assertThat(register.operator(source, clientId).self()).isTrue();
        assertThat(register.searchOperators(source, "", 0, 10).total()).isEqualTo(4);
        assertThat(register.searchHoldings(source, "従業員台帳", 0, 10).items()).singleElement()
                .satisfies(h -> assertThat(h.persons().value()).isEqualTo(135));
        // Exporting again gives the corrected file (the new vendor is registered last, so it is exported last).
        List<List<String>> again = cells(export(source, Format.CSV, StandardCharsets.UTF_8));
        assertThat(rowWhere(again, RegisterColumn.PURPOSE, "システム提供").get(RegisterColumn.LAST_REVIEW_ON.ordinal()))
                .isEqualTo("2026-10-01");
        assertThat(again).hasSize(rows.size());

        // The same file once more changes nothing.
        ImportResult twice = importInto(source, corrected, Format.CSV, null);
        assertThat(twice.added().rows() + twice.changed().rows()).isZero();
        assertThat(twice.unchanged()).isEqualTo(new ImportResult.Counts(4, 3, 2));
    }

    @Test
    void aRegisterHasExactlyOneOwnCompany() {
        long ws = newWorkspace();
        String twoInOneFile = header() + "\r\n"
                + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "A", RegisterColumn.NAME, "自社その1", RegisterColumn.SELF, "TRUE")
                + "\r\n" + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "B", RegisterColumn.NAME, "自社その2",
                        RegisterColumn.SELF, "TRUE") + "\r\n";
        assertThat(errorsOf(ws, twoInOneFile)).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("L列（自社）");
            assertThat(e.code()).isEqualTo("import.selfTwice");
            assertThat(e.args()).containsExactly(2L);
            assertThat(ja(e)).isEqualTo("自社は1つだけです（2 行目で指定済み）");
            assertThat(en(e)).isEqualTo("Only one operator can be 自社 (row 2 already is)");
        });
        // The source register's 自社 is 株式会社さくら製作所: a file naming another one is refused with its name.
        String another = header() + "\r\n" + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "A", RegisterColumn.NAME,
                "別の会社", RegisterColumn.SELF, "TRUE") + "\r\n";
        assertThat(errorsOf(source, another)).singleElement()
                .satisfies(e -> assertThat(ja(e)).contains("自社は既に「株式会社さくら製作所」として登録されています"));
        assertThat(register.searchOperators(source, "別の会社", 0, 10).total()).isZero();
    }

    static String header() {
        return String.join(",", RegisterColumn.headers());
    }

    /** A CSV row with the given cells at their columns. */
    static String row(Object... columnsAndValues) {
        String[] cells = new String[RegisterColumn.values().length];
        java.util.Arrays.fill(cells, "");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            String v = (String) columnsAndValues[i + 1];
            cells[((RegisterColumn) columnsAndValues[i]).ordinal()] = v.contains(",") ? "\"" + v + "\"" : v;
        }
        return String.join(",", cells);
    }

    List<ImportError> errorsOf(long ws, String csv) {
        try {
            importInto(ws, csv.getBytes(StandardCharsets.UTF_8), Format.CSV, null);
        } catch (RegisterImportException e) {
            return e.errors();
        }
        throw new AssertionError("import should have failed");
    }

    @Test
    void wrongHeadersAreNamedColumnByColumn() {
        long ws = newWorkspace();
        String csv = header().replace("法人番号", "法人No").replace(",人数,", ",件数,") + "\r\n"
                + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "O1", RegisterColumn.NAME, "A社") + "\r\n";
        assertThat(errorsOf(ws, csv)).extracting(ImportError::row, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "E列（法人番号）"),
                        org.assertj.core.groups.Tuple.tuple(1L, "AB列（人数）"));
        assertThat(register.searchOperators(ws, "", 0, 10).total()).isZero();
    }

    @Test
    void everyBadRowIsReportedAndNothingIsKept() {
        long ws = newWorkspace();
        String csv = header() + "\r\n"
                + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "A", RegisterColumn.NAME, "正しい株式会社") + "\r\n"
                + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "B", RegisterColumn.NAME, "誤番号株式会社",
                        RegisterColumn.CORPORATE_NUMBER, "1234567890123") + "\r\n"
                + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "C", RegisterColumn.NAME, "三社目") + "\r\n"
                + row(RegisterColumn.TYPE, "保有", RegisterColumn.HELD_AT_KEY, "A", RegisterColumn.PRINCIPAL_KEY, "C",
                        RegisterColumn.DESCRIPTION, "負の人数", RegisterColumn.ITEM_CODES, "NAME", RegisterColumn.PERSONS, "-3") + "\r\n"
                + row(RegisterColumn.TYPE, "保有", RegisterColumn.HELD_AT_KEY, "A", RegisterColumn.PRINCIPAL_KEY, "C",
                        RegisterColumn.DESCRIPTION, "不明な項目", RegisterColumn.ITEM_CODES, "NAME,BLOOD_TYPE",
                        RegisterColumn.PERSONS, "10") + "\r\n"
                + row(RegisterColumn.TYPE, "委託", RegisterColumn.PRINCIPAL_KEY, "A", RegisterColumn.ENTRUSTEE_KEY, "C",
                        RegisterColumn.PURPOSE, "正") + "\r\n"
                + row(RegisterColumn.TYPE, "委託", RegisterColumn.PRINCIPAL_KEY, "C", RegisterColumn.ENTRUSTEE_KEY, "A",
                        RegisterColumn.PURPOSE, "逆") + "\r\n"
                + row(RegisterColumn.TYPE, "委託", RegisterColumn.PRINCIPAL_KEY, "A", RegisterColumn.ENTRUSTEE_KEY, "Z",
                        RegisterColumn.PURPOSE, "未登録先", RegisterColumn.INCIDENT_REPORT_HOURS, "-1") + "\r\n"
                + row(RegisterColumn.TYPE, "不明") + "\r\n";

        List<ImportError> errors = errorsOf(ws, csv);

        assertThat(errors).extracting(ImportError::row, ImportError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "E列（法人番号）"),
                org.assertj.core.groups.Tuple.tuple(5L, "AB列（人数）"),
                org.assertj.core.groups.Tuple.tuple(6L, "Z列（項目コード）"),
                org.assertj.core.groups.Tuple.tuple(8L, "N列（委託先キー）"),
                org.assertj.core.groups.Tuple.tuple(9L, "N列（委託先キー）"),
                org.assertj.core.groups.Tuple.tuple(9L, "T列（事故報告期限（時間））"),
                org.assertj.core.groups.Tuple.tuple(10L, "A列（区分）"));
        assertThat(en(errors.get(0))).contains("check digit");
        assertThat(errors.get(1).code()).isEqualTo("import.personsNegative");
        assertThat(ja(errors.get(1))).isEqualTo("人数は0以上です：-3");
        assertThat(en(errors.get(1))).contains("negative");
        assertThat(en(errors.get(2))).contains("BLOOD_TYPE");
        assertThat(errors.get(3).code()).isEqualTo("register.cycle");
        assertThat(ja(errors.get(3))).isEqualTo("委託の連鎖が循環します：正しい株式会社 → 三社目 → 正しい株式会社");
        assertThat(en(errors.get(3))).contains("cycle").contains("正しい株式会社 → 三社目 → 正しい株式会社");
        assertThat(errors.get(6).code()).isEqualTo("import.unknownType");
        assertThat(errors.get(6).toString()).as("logs name the row, the column and the code")
                .isEqualTo("row 10 A列（区分）: import.unknownType [不明]");
        assertThat(register.searchOperators(ws, "", 0, 10).total()).as("all or nothing").isZero();
    }

    @Test
    void aRegisteredCorporateNumberUpdatesThatOperatorAndTwiceInOneFileIsAnError() {
        long ws = newWorkspace();
        long existing = register.createOperator(ws, operator("既存", "000012050002"));
        String csv = header() + "\r\n" + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "A", RegisterColumn.NAME,
                "既存（商号変更後）", RegisterColumn.CORPORATE_NUMBER, "7000012050002") + "\r\n";
        assertThat(importInto(ws, csv.getBytes(StandardCharsets.UTF_8), Format.CSV, null).changed().operators()).isEqualTo(1);
        assertThat(register.operator(ws, existing).name()).isEqualTo("既存（商号変更後）");
        assertThat(register.searchOperators(ws, "", 0, 10).total()).isEqualTo(1);

        String twice = csv + row(RegisterColumn.TYPE, "事業者", RegisterColumn.KEY, "B", RegisterColumn.NAME, "重複",
                RegisterColumn.CORPORATE_NUMBER, "7000012050002") + "\r\n";
        assertThat(errorsOf(ws, twice)).singleElement().satisfies(e -> assertThat(en(e)).contains("twice in the file"));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRejected() {
        long ws = newWorkspace();
        assertThatThrownBy(() -> importInto(ws, "これは表ではありません".getBytes(StandardCharsets.UTF_8), Format.XLSX, null))
                .isInstanceOf(RegisterImportException.class).hasMessageContaining("xlsx");
        assertThatThrownBy(() -> importInto(ws, new byte[0], Format.CSV, null))
                .isInstanceOf(RegisterImportException.class).hasMessageContaining("empty");
    }
}
