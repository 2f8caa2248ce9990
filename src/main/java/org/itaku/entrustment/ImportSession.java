package org.itaku.entrustment;

import static org.itaku.entrustment.RegisterColumn.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;

/**
 * One import, row by row: checks every cell, collects every error with its row and column, and writes in JDBC
 * batches while no error has been seen. The caller's transaction rolls everything back if any error turned up,
 * so the import is all or nothing while memory stays bounded by the batch size, not the file size.
 */
final class ImportSession {

    static final int BATCH = 1000;
    /** Beyond this many, more errors add nothing a person can act on; the count still says how many. */
    static final int MAX_ERRORS = 10_000;

    private static final Map<String, OperatorKind> KINDS = new HashMap<>();
    private static final Map<String, Encryption> ENCRYPTIONS = new HashMap<>();
    private static final Map<String, StorageLocation> LOCATIONS = new HashMap<>();
    private static final Map<String, EndOfContract> ENDINGS = new HashMap<>();

    static {
        for (OperatorKind k : OperatorKind.values()) {
            KINDS.put(k.name(), k);
        }
        KINDS.put("民間事業者", OperatorKind.PRIVATE);
        KINDS.put("行政機関・地方公共団体等", OperatorKind.PUBLIC_BODY);
        KINDS.put("健康保険組合", OperatorKind.HEALTH_INSURANCE_SOCIETY);
        KINDS.put("金融機関", OperatorKind.FINANCIAL);
        KINDS.put("医療機関", OperatorKind.MEDICAL);
        KINDS.put("その他", OperatorKind.OTHER);
        for (Encryption e : Encryption.values()) {
            ENCRYPTIONS.put(e.name(), e);
        }
        ENCRYPTIONS.put("なし", Encryption.NONE);
        ENCRYPTIONS.put("保存時暗号化", Encryption.AT_REST);
        ENCRYPTIONS.put("高度な暗号化", Encryption.STRONG);
        for (StorageLocation l : StorageLocation.values()) {
            LOCATIONS.put(l.name(), l);
        }
        LOCATIONS.put("クラウド", StorageLocation.CLOUD);
        LOCATIONS.put("オンプレミス", StorageLocation.ON_PREMISES);
        for (EndOfContract e : EndOfContract.values()) {
            ENDINGS.put(e.name(), e);
        }
        ENDINGS.put("削除", EndOfContract.DELETE);
        ENDINGS.put("返却", EndOfContract.RETURN);
        ENDINGS.put("削除または返却", EndOfContract.DELETE_OR_RETURN);
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("M/d/yy"));

    private final long workspaceId;
    private final Operators operators;
    private final JdbcTemplate jdbc;
    private final ChainGraph graph;
    private final Set<String> corporateNumbers;
    private final Map<String, Long> keys = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final List<ImportError> errors = new ArrayList<>();
    private long errorCount;
    private final List<Object[]> entrustmentBatch = new ArrayList<>();
    private final List<Object[]> holdingBatch = new ArrayList<>();
    private boolean headerSeen;
    private int operatorCount;
    private int entrustmentCount;
    private int holdingCount;
    private final Map<String, Set<DataItem>> itemCache = new HashMap<>();

    ImportSession(long workspaceId, Operators operators, JdbcTemplate jdbc, ChainGraph graph, Set<String> corporateNumbers) {
        this.workspaceId = workspaceId;
        this.operators = operators;
        this.jdbc = jdbc;
        this.graph = graph;
        this.corporateNumbers = new HashSet<>(corporateNumbers);
    }

    /** A row-level failure: the row is skipped after its errors are recorded. */
    private static final class BadCell extends RuntimeException {
        BadCell() {
            super(null, null, false, false);
        }
    }

    /** The cells of one row with the helpers that turn them into values, recording an error for each bad cell. */
    private final class Row {
        final long number;
        final List<String> cells;
        boolean bad;

        Row(long number, List<String> cells) {
            this.number = number;
            this.cells = cells;
        }

        String text(RegisterColumn column) {
            if (column.ordinal() >= cells.size()) {
                return null;
            }
            String v = cells.get(column.ordinal());
            return v == null || v.isBlank() ? null : v.strip();
        }

        void error(RegisterColumn column, String message) {
            bad = true;
            addError(number, column == null ? null : column.label(), message);
        }

        <T> T parse(RegisterColumn column, Function<String, T> parser) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return parser.apply(v);
            } catch (RuntimeException e) {
                error(column, e.getMessage() == null ? "値が正しくありません / invalid value: " + v : e.getMessage());
                return null;
            }
        }

        <E> E choice(RegisterColumn column, Map<String, E> choices) {
            return parse(column, v -> {
                E e = choices.get(v.toUpperCase(Locale.ROOT));
                if (e == null) {
                    e = choices.get(v);
                }
                if (e == null) {
                    throw new IllegalArgumentException("使用できない値です / not one of the allowed values: " + v);
                }
                return e;
            });
        }

        boolean flag(RegisterColumn column) {
            Boolean b = parse(column, v -> switch (v.toUpperCase(Locale.ROOT)) {
                case "TRUE", "1", "YES", "Y", "はい", "あり", "有", "○", "〇", "可" -> true;
                case "FALSE", "0", "NO", "N", "いいえ", "なし", "無", "×", "不可", "-" -> false;
                default -> throw new IllegalArgumentException("はい/いいえ（TRUE/FALSE）で記入してください / expected TRUE or FALSE: " + v);
            });
            return Boolean.TRUE.equals(b);
        }

        LocalDate date(RegisterColumn column) {
            return parse(column, v -> {
                for (DateTimeFormatter f : DATES) {
                    try {
                        return LocalDate.parse(v, f);
                    } catch (DateTimeParseException ignored) {
                        // try the next spelling
                    }
                }
                throw new IllegalArgumentException("日付は YYYY-MM-DD で記入してください / expected a date like 2025-04-01: " + v);
            });
        }

        Long number(RegisterColumn column) {
            return parse(column, v -> {
                String n = v.replace(",", "").replace("，", "");
                if (n.endsWith(".0")) {
                    n = n.substring(0, n.length() - 2);
                }
                try {
                    return Long.parseLong(n);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("整数で記入してください / expected a whole number: " + v);
                }
            });
        }

        long key(RegisterColumn column) {
            String v = text(column);
            if (v == null) {
                error(column, "キーは必須です / key is required");
                return -1;
            }
            Long id = keys.get(v);
            if (id == null) {
                error(column, "不明なキーです（事業者行を先に記載してください） / unknown key (list the operator row first): " + v);
                return -1;
            }
            return id;
        }

        /** Builds the domain record; its constructor's complaint is reported against the row. */
        <T> T build(RegisterColumn column, java.util.function.Supplier<T> builder) {
            if (bad) {
                return null;
            }
            try {
                return builder.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                error(column, e.getMessage());
                return null;
            }
        }
    }

    void addError(long row, String column, String message) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportError(row, column, message));
        }
    }

    void row(long number, List<String> cells) {
        if (!headerSeen) {
            headerSeen = true;
            checkHeader(number, cells);
            return;
        }
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        Row row = new Row(number, cells);
        String type = row.text(TYPE);
        if (type == null) {
            row.error(TYPE, "区分（事業者・委託・保有）は必須です / type is required");
            return;
        }
        switch (type.toUpperCase(Locale.ROOT)) {
            case OPERATOR, "OPERATOR" -> operator(row);
            case ENTRUSTMENT, "ENTRUSTMENT" -> entrustment(row);
            case HOLDING, "HOLDING" -> holding(row);
            default -> row.error(TYPE, "区分は 事業者・委託・保有 のいずれかです / type must be 事業者, 委託 or 保有: " + type);
        }
    }

    private void checkHeader(long number, List<String> cells) {
        String[] expected = RegisterColumn.headers();
        boolean wrong = cells.size() != expected.length;
        for (int i = 0; i < expected.length; i++) {
            String found = i < cells.size() && cells.get(i) != null ? cells.get(i).strip().replace("\uFEFF", "") : "";
            if (!expected[i].equals(found)) {
                addError(number, RegisterColumn.values()[i].label(),
                        "見出しが違います / wrong header: expected \"" + expected[i] + "\" but found \"" + found + "\"");
                wrong = true;
            }
        }
        for (int i = expected.length; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                addError(number, null, "余分な列があります / unexpected extra column: " + cells.get(i));
            }
        }
        if (wrong && errorCount > 0) {
            // Without the right header no cell can be trusted: stop here rather than report every row.
            throw new RegisterImportException(errors);
        }
    }

    private void operator(Row row) {
        String key = row.text(KEY);
        if (key == null) {
            row.error(KEY, "事業者のキーは必須です / operator key is required");
        } else if (keys.containsKey(key)) {
            row.error(KEY, "キーが重複しています / duplicate key: " + key);
        }
        CorporateNumber number = row.parse(CORPORATE_NUMBER, CorporateNumber::parseOrNull);
        if (number != null && !corporateNumbers.add(number.value())) {
            row.error(CORPORATE_NUMBER, "この法人番号は既に登録されています / corporate number already registered: " + number);
        }
        OperatorKind kind = row.choice(KIND, KINDS);
        boolean self = row.flag(SELF);
        if (row.text(NAME) == null) {
            row.error(NAME, "名称は必須です / name is required");
        }
        Operator operator = row.build(NAME, () -> new Operator(0, row.text(NAME), row.text(KANA), number,
                kind == null ? OperatorKind.OTHER : kind, row.text(INDUSTRY), row.text(ADDRESS), row.text(CONTACT_NAME),
                row.text(CONTACT_EMAIL), row.text(CONTACT_PHONE), self));
        if (operator == null) {
            return;
        }
        operatorCount++;
        if (errorCount == 0) {
            long id = operators.insert(workspaceId, operator);
            keys.put(key, id);
            names.put(id, operator.name());
        } else {
            // keep checking references even though nothing more will be written
            keys.put(key, -(long) operatorCount);
            names.put(-(long) operatorCount, operator.name());
        }
    }

    private void entrustment(Row row) {
        long principal = row.key(PRINCIPAL_KEY);
        long entrustee = row.key(ENTRUSTEE_KEY);
        Long hours = row.number(INCIDENT_REPORT_HOURS);
        if (hours != null && (hours <= 0 || hours > 100_000)) {
            row.error(INCIDENT_REPORT_HOURS, "報告期限（時間）は正の数です / incident report hours must be positive: " + hours);
        }
        EndOfContract end = row.choice(END_OF_CONTRACT, ENDINGS);
        // Every cell is read before the record is built, so each bad cell gets its own error.
        LocalDate start = row.date(START_ON);
        LocalDate finish = row.date(END_ON);
        boolean allowed = row.flag(RE_ENTRUSTMENT_ALLOWED);
        boolean audit = row.flag(AUDIT_RIGHTS);
        LocalDate review = row.date(LAST_REVIEW_ON);
        if (row.text(PURPOSE) == null) {
            row.error(PURPOSE, "業務内容は必須です / purpose is required");
        }
        Entrustment e = row.build(PURPOSE, () -> new Entrustment(0, principal, entrustee, row.text(PURPOSE), start, finish,
                allowed, row.text(RE_ENTRUSTMENT_APPROVAL), hours == null ? null : hours.intValue(), end, audit, review));
        if (e == null || row.bad) {
            return;
        }
        List<Long> cycle = graph.cycleIfAdded(principal, entrustee);
        if (!cycle.isEmpty()) {
            row.error(ENTRUSTEE_KEY, new ChainCycleException(cycle.stream().map(this::ref).toList()).getMessage());
            return;
        }
        graph.add(principal, entrustee);
        entrustmentCount++;
        if (errorCount == 0) {
            entrustmentBatch.add(Entrustments.insertParams(workspaceId, e));
            if (entrustmentBatch.size() >= BATCH) {
                flushEntrustments();
            }
        }
    }

    private OperatorRef ref(long id) {
        String name = names.get(id);
        if (name == null) {
            name = operators.find(workspaceId, id).map(Operator::name).orElse("#" + id);
            names.put(id, name);
        }
        return new OperatorRef(id, name, null);
    }

    private void holding(Row row) {
        long at = row.key(HELD_AT_KEY);
        long principal = row.key(PRINCIPAL_KEY);
        Set<DataItem> items = row.parse(ITEM_CODES, codes -> itemCache.computeIfAbsent(codes, DataItem::parseList));
        if (items == null && row.text(ITEM_CODES) == null) {
            row.error(ITEM_CODES, "項目コードは必須です / item codes are required");
        }
        Long persons = row.number(PERSONS);
        if (persons == null && row.text(PERSONS) == null) {
            row.error(PERSONS, "人数は必須です / number of persons is required");
        } else if (persons != null && persons < 0) {
            row.error(PERSONS, "人数は0以上です / number of persons must not be negative: " + persons);
        }
        Long max = row.number(PERSONS_MAX);
        if (max != null && max < 0) {
            row.error(PERSONS_MAX, "上限人数は0以上です / maximum must not be negative: " + max);
        }
        boolean estimated = row.flag(PERSONS_ESTIMATED);
        PersonCount count = null;
        if (persons != null && persons >= 0 && (max == null || max >= 0)) {
            try {
                count = new PersonCount(persons, estimated, max);
            } catch (IllegalArgumentException e) {
                row.error(PERSONS_MAX, e.getMessage());
            }
        }
        if (row.text(DESCRIPTION) == null) {
            row.error(DESCRIPTION, "内容は必須です / description is required");
        }
        PersonCount persons2 = count;
        StorageLocation location = row.choice(STORAGE_LOCATION, LOCATIONS);
        Encryption encryption = row.choice(ENCRYPTION, ENCRYPTIONS);
        boolean keySeparate = row.flag(KEY_KEPT_SEPARATELY);
        LocalDate due = row.date(DELETION_DUE_ON);
        LocalDate confirmed = row.date(DELETION_CONFIRMED_ON);
        Holding h = row.build(DESCRIPTION, () -> new Holding(0, at, principal, row.text(DESCRIPTION), items, row.text(ITEMS_RAW),
                persons2, row.text(PERSON_KINDS), row.text(STORAGE_SYSTEM), row.text(STORAGE_COUNTRY), location, encryption,
                row.text(CIPHER), keySeparate, row.text(RETENTION_RULE), due, confirmed, row.text(DELETION_EVIDENCE),
                row.text(DELETION_CONFIRMED_BY)));
        if (h == null) {
            return;
        }
        holdingCount++;
        if (errorCount == 0) {
            holdingBatch.add(Holdings.insertParams(workspaceId, h));
            if (holdingBatch.size() >= BATCH) {
                flushHoldings();
            }
        }
    }

    private void flushEntrustments() {
        if (!entrustmentBatch.isEmpty()) {
            jdbc.batchUpdate(Entrustments.INSERT, entrustmentBatch);
            entrustmentBatch.clear();
        }
    }

    private void flushHoldings() {
        if (!holdingBatch.isEmpty()) {
            jdbc.batchUpdate(Holdings.INSERT, holdingBatch);
            holdingBatch.clear();
        }
    }

    /** Writes what is left, or throws with every error so that the transaction rolls back. */
    ImportResult finish() {
        if (!headerSeen) {
            addError(1, null, "ファイルが空です / the file is empty");
        }
        if (errorCount > 0) {
            if (errorCount > errors.size()) {
                errors.add(new ImportError(0, null, "ほか " + (errorCount - errors.size()) + " 件 / and "
                        + (errorCount - errors.size()) + " more"));
            }
            throw new RegisterImportException(errors);
        }
        flushEntrustments();
        flushHoldings();
        return new ImportResult(operatorCount, entrustmentCount, holdingCount);
    }
}
