package org.itaku.entrustment;

import static org.itaku.entrustment.RegisterColumn.*;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.identity.Accounts;
import org.itaku.vocabulary.CsvWriter;
import org.itaku.vocabulary.DataItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * 個人情報管理台帳 import and export (docs/register-format.md). Both directions stream: CSV record by record,
 * XLSX through POI's SAX reader and SXSSF writer, so a 50,000-row register never sits in memory whole.
 */
@Service
public class RegisterTransfer {

    public enum Format {
        CSV, XLSX;

        public static Format of(String fileName) {
            return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    private static final Set<RegisterColumn> NUMERIC = EnumSet.of(INCIDENT_REPORT_HOURS, PERSONS, PERSONS_MAX);

    private final Operators operators;
    private final Accounts workspaces;
    private final PlannerStatistics statistics;
    private final Entrustments entrustments;
    private final Holdings holdings;
    private final JdbcTemplate jdbcTemplate;

    private final AuditTrail audit;

    private final PlatformTransactionManager transactions;

    RegisterTransfer(Operators operators, Entrustments entrustments, Holdings holdings, JdbcTemplate jdbcTemplate,
            AuditTrail audit, PlatformTransactionManager transactions, Accounts workspaces, PlannerStatistics statistics) {
        this.statistics = statistics;
        this.workspaces = workspaces;
        this.transactions = transactions;
        this.audit = audit;
        this.operators = operators;
        this.entrustments = entrustments;
        this.holdings = holdings;
        this.jdbcTemplate = jdbcTemplate;
    }

    // ---- import

    /**
     * Imports a register file into the workspace: rows already in the register (matched by 法人番号 and keys, see
     * {@link ImportSession}) are updated in place, the others added, the template's 見本 rows skipped. All or nothing:
     * any error rolls back the whole import and the {@link RegisterImportException} lists every error with row and
     * column.
     *
     * @param csvCharset the CSV encoding, or null to detect UTF-8 / Windows-31J
     */
    @Transactional
    public ImportResult importRegister(long workspaceId, InputStream in, Format format, Charset csvCharset) {
        ImportResult result = run(workspaceId, in, format, csvCharset).finish();
        audit.record(AuditEvent.of("register.import").inWorkspace(workspaceId).target("workspace", workspaceId)
                .changed(changedNames(result)));
        statistics.refreshRegisterAfterCommit();
        return result;
    }

    /** What an import would add, change and leave unchanged, with every error; nothing is kept. */
    public record Preview(ImportResult result, List<ImportError> errors) {
        public Preview {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads the file exactly as {@link #importRegister} would, inside a transaction that is always rolled back, and
     * tells what the import would do: the officer sees added, changed and unchanged rows and the errors before
     * committing.
     */
    public Preview preview(long workspaceId, InputStream in, Format format, Charset csvCharset) {
        Preview preview = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            try {
                ImportSession session = run(workspaceId, in, format, csvCharset);
                List<ImportError> errors = session.errors();
                return new Preview(session.result(), errors);
            } catch (RegisterImportException e) {
                return new Preview(new ImportResult(0, 0, 0), e.errors());
            }
        });
        // The rolled-back rows were seen by the graph caches: let them load the register afresh.
        entrustments.changed(workspaceId);
        holdings.changed(workspaceId);
        return preview;
    }

    private static List<String> changedNames(ImportResult r) {
        List<String> names = new ArrayList<>();
        String[] kinds = {"operators", "entrustments", "holdings"};
        int[][] counts = {{r.added().operators(), r.changed().operators()},
                {r.added().entrustments(), r.changed().entrustments()}, {r.added().holdings(), r.changed().holdings()}};
        for (int i = 0; i < kinds.length; i++) {
            if (counts[i][0] > 0) {
                names.add(kinds[i] + ".added");
            }
            if (counts[i][1] > 0) {
                names.add(kinds[i] + ".changed");
            }
        }
        return names.isEmpty() ? List.of("nothing") : names;
    }

    /** Reads every row into a session (which writes as it goes while no error is seen); the caller finishes it. */
    private ImportSession run(long workspaceId, InputStream in, Format format, Charset csvCharset) {
        if (!workspaces.exists(workspaceId)) {
            throw new RegisterNotFoundException("workspace", workspaceId);
        }
        Operator self = operators.selfId(workspaceId).flatMap(id -> operators.find(workspaceId, id)).orElse(null);
        entrustments.changed(workspaceId);
        holdings.changed(workspaceId);
        ImportSession session = new ImportSession(workspaceId, operators, entrustments, holdings, jdbcTemplate,
                entrustments.graph(workspaceId), self);
        try {
            if (format == Format.XLSX) {
                readXlsx(in, session::row);
            } else {
                BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
                Charset charset = csvCharset != null ? csvCharset : Csv.detect(buffered);
                Reader reader = new InputStreamReader(buffered, charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                Csv.read(new java.io.BufferedReader(reader, 1 << 16), session::row);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new RegisterImportException(List.of(new ImportError(0, null, "import.cannotDecode")));
        } catch (IOException e) {
            throw new RegisterImportException(List.of(new ImportError(0, null, "import.cannotRead", String.valueOf(e.getMessage()))));
        }
        return session;
    }

    interface RowSink {
        void row(long row, List<String> cells);
    }

    /** Streams the first sheet through POI's SAX handler: memory stays bounded by one row plus the shared strings. */
    static void readXlsx(InputStream in, RowSink sink) throws IOException {
        Path temp = Files.createTempFile("itaku-register", ".xlsx");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new IOException("no sheet");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                private final List<String> cells = new ArrayList<>();

                                @Override
                                public void startRow(int rowNum) {
                                    cells.clear();
                                }

                                @Override
                                public void endRow(int rowNum) {
                                    sink.row(rowNum + 1L, new ArrayList<>(cells));
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    int column = ref == null ? cells.size() : new CellReference(ref).getCol();
                                    while (cells.size() < column) {
                                        cells.add("");
                                    }
                                    cells.add(value);
                                }
                            }, new DataFormatter(java.util.Locale.ROOT), false));
                    parser.parse(new InputSource(sheet));
                }
            } catch (RegisterImportException e) {
                throw e;
            } catch (SAXException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException("not a readable .xlsx file: " + e.getMessage(), e);
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                // POI reports a non-zip or damaged file with several runtime exception types
                throw new IOException("not a readable .xlsx file (" + e.getClass().getSimpleName() + ")", e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // ---- export

    /** Writes the whole register: operators, then entrustments, then holdings, each in id order. */
    @Transactional
    public void exportRegister(long workspaceId, OutputStream out, Format format, Charset csvCharset) {
        audit.record(AuditEvent.of("register.export").inWorkspace(workspaceId).target("workspace", workspaceId));
        if (format == Format.XLSX) {
            writeXlsx(out, rows -> rows(workspaceId, rows));
        } else {
            writeCsv(out, csvCharset, rows -> rows(workspaceId, rows));
        }
    }

    /**
     * An empty register with one example row of each kind, for people to fill in. The examples' 区分 says 見本 (「見本：事業者」),
     * so importing the template unchanged imports nothing; a row counts once its 区分 reads 事業者, 委託 or 保有.
     */
    public void template(OutputStream out, Format format, Charset csvCharset) {
        Consumer<Consumer<String[]>> example = rows -> {
            rows.accept(row(Map.of(TYPE, sample(OPERATOR), KEY, "O1", NAME, "株式会社サンプル商事", KANA, "サンプルショウジ",
                    CORPORATE_NUMBER, "7000012050002", KIND, "PRIVATE", INDUSTRY, "卸売業", SELF, "TRUE")));
            rows.accept(row(Map.of(TYPE, sample(OPERATOR), KEY, "O2", NAME, "サンプル社会保険労務士事務所", KIND, "PRIVATE",
                    CONTACT_EMAIL, "privacy@example.jp")));
            rows.accept(row(Map.of(TYPE, sample(ENTRUSTMENT), PRINCIPAL_KEY, "O1", ENTRUSTEE_KEY, "O2", PURPOSE, "社会保険の手続",
                    START_ON, "2025-04-01", RE_ENTRUSTMENT_ALLOWED, "FALSE", INCIDENT_REPORT_HOURS, "24", END_OF_CONTRACT, "DELETE",
                    AUDIT_RIGHTS, "TRUE", LAST_REVIEW_ON, "2026-04-01")));
            Map<RegisterColumn, String> holding = new HashMap<>(Map.of(TYPE, sample(HOLDING), HELD_AT_KEY, "O2", PRINCIPAL_KEY, "O1",
                    DESCRIPTION, "従業員の社会保険手続書類", ITEM_CODES, "NAME,BIRTH_DATE,MY_NUMBER,PENSION_NO", ITEMS_RAW,
                    "氏名、生年月日、個人番号、基礎年金番号", PERSONS, "120", PERSONS_ESTIMATED, "FALSE", PERSON_KINDS, "従業員"));
            holding.putAll(Map.of(STORAGE_SYSTEM, "手続システム", STORAGE_COUNTRY, "JP", STORAGE_LOCATION, "CLOUD", ENCRYPTION,
                    "AT_REST", CIPHER, "AES-256", KEY_KEPT_SEPARATELY, "FALSE", RETENTION_RULE, "退職後7年", DELETION_DUE_ON,
                    "2032-03-31"));
            rows.accept(row(holding));
        };
        if (format == Format.XLSX) {
            writeXlsx(out, example);
        } else {
            writeCsv(out, csvCharset, example);
        }
    }

    private static String sample(String type) {
        return ImportSession.SAMPLE + "：" + type;
    }

    private static String[] row(Map<RegisterColumn, String> values) {
        String[] row = new String[RegisterColumn.values().length];
        values.forEach((column, value) -> row[column.ordinal()] = value);
        return row;
    }

    private void rows(long workspaceId, Consumer<String[]> rows) {
        Map<Long, String> keys = new HashMap<>();
        // Keys are renumbered O1, O2, … in id order, so that export → import → export gives the same file.
        for (Operator o : operators.all(workspaceId)) {
            String key = "O" + (keys.size() + 1);
            keys.put(o.id(), key);
            Map<RegisterColumn, String> v = new HashMap<>();
            v.put(TYPE, OPERATOR);
            v.put(KEY, key);
            v.put(NAME, o.name());
            v.put(KANA, o.kana());
            v.put(CORPORATE_NUMBER, o.corporateNumber() == null ? null : o.corporateNumber().value());
            v.put(KIND, o.kind().name());
            v.put(INDUSTRY, o.industry());
            v.put(ADDRESS, o.address());
            v.put(CONTACT_NAME, o.contactName());
            v.put(CONTACT_EMAIL, o.contactEmail());
            v.put(CONTACT_PHONE, o.contactPhone());
            v.put(SELF, bool(o.self()));
            rows.accept(row(v));
        }
        entrustments.each(workspaceId, e -> {
            Map<RegisterColumn, String> v = new HashMap<>();
            v.put(TYPE, ENTRUSTMENT);
            v.put(PRINCIPAL_KEY, keys.get(e.principalId()));
            v.put(ENTRUSTEE_KEY, keys.get(e.entrusteeId()));
            v.put(PURPOSE, e.purpose());
            v.put(START_ON, str(e.startOn()));
            v.put(END_ON, str(e.endOn()));
            v.put(RE_ENTRUSTMENT_ALLOWED, bool(e.reEntrustmentAllowed()));
            v.put(RE_ENTRUSTMENT_APPROVAL, e.reEntrustmentApproval());
            v.put(INCIDENT_REPORT_HOURS, str(e.incidentReportHours()));
            v.put(END_OF_CONTRACT, str(e.endOfContract()));
            v.put(AUDIT_RIGHTS, bool(e.auditRights()));
            v.put(LAST_REVIEW_ON, str(e.lastReviewOn()));
            rows.accept(row(v));
        });
        holdings.each(workspaceId, h -> {
            Map<RegisterColumn, String> v = new HashMap<>();
            v.put(TYPE, HOLDING);
            v.put(HELD_AT_KEY, keys.get(h.operatorId()));
            v.put(PRINCIPAL_KEY, keys.get(h.principalId()));
            v.put(DESCRIPTION, h.description());
            v.put(ITEM_CODES, DataItem.format(h.items()));
            v.put(ITEMS_RAW, h.itemsRaw());
            v.put(PERSONS, String.valueOf(h.persons().value()));
            v.put(PERSONS_ESTIMATED, bool(h.persons().estimated()));
            v.put(PERSONS_MAX, str(h.persons().max()));
            v.put(PERSON_KINDS, h.personKinds());
            v.put(STORAGE_SYSTEM, h.storageSystem());
            v.put(STORAGE_COUNTRY, h.storageCountry());
            v.put(STORAGE_LOCATION, str(h.storageLocation()));
            v.put(ENCRYPTION, h.encryption().name());
            v.put(CIPHER, h.cipher());
            v.put(KEY_KEPT_SEPARATELY, bool(h.keyKeptSeparately()));
            v.put(RETENTION_RULE, h.retentionRule());
            v.put(DELETION_DUE_ON, str(h.deletionDueOn()));
            v.put(DELETION_CONFIRMED_ON, str(h.deletionConfirmedOn()));
            v.put(DELETION_EVIDENCE, h.deletionEvidence());
            v.put(DELETION_CONFIRMED_BY, h.deletionConfirmedBy());
            rows.accept(row(v));
        });
    }

    private static String bool(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static void writeCsv(OutputStream out, Charset charset, Consumer<Consumer<String[]>> producer) {
        // A name that Shift_JIS cannot hold fails the export (CsvWriter reports it) rather than turning into "?".
        CsvWriter csv = CsvWriter.open(out, CsvWriter.Encoding.forExcel(charset));
        csv.row(RegisterColumn.headers());
        producer.accept(csv::row);
        csv.flush();
    }

    private static void writeXlsx(OutputStream out, Consumer<Consumer<String[]>> producer) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("個人情報管理台帳");
            int[] next = {0};
            Consumer<String[]> writeRow = cells -> {
                var row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (next[0] > 1 && NUMERIC.contains(RegisterColumn.values()[i]) && cells[i].matches("-?[0-9]{1,15}")) {
                        cell.setCellValue(Long.parseLong(cells[i]));
                    } else {
                        cell.setCellValue(cells[i]);
                    }
                }
            };
            writeRow.accept(RegisterColumn.headers());
            producer.accept(writeRow);
            SXSSFSheet codes = workbook.createSheet("項目コード");
            int r = 0;
            for (DataItem item : DataItem.all()) {
                var row = codes.createRow(r++);
                row.createCell(0).setCellValue(item.code());
                row.createCell(1).setCellValue(item.label());
                row.createCell(2).setCellValue(item.flags().toString());
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
