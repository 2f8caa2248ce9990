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
import org.itaku.vocabulary.RuleViolation;

/**
 * One import, row by row: checks every cell, collects every error with its row and column, and writes in JDBC
 * batches while no error has been seen. The caller's transaction rolls everything back if any error turned up,
 * so the import is all or nothing while memory stays bounded by the batch size, not the file size.
 *
 * <p>A row that is already in the register updates it in place: an operator is matched by its 法人番号 (or, when the
 * row has none, by its exact name among operators without one), an entrustment by (委託元, 委託先, 業務内容), a holding
 * by (保管先, 委託元, 内容). A matched row that differs is written as a change, an identical one is counted as
 * unchanged; so importing a corrected export corrects the register instead of failing or duplicating it. Rows whose
 * 区分 is marked 見本 (the template's samples) are skipped. The register has at most one 自社: a file may mark one,
 * and only the operator that is already 自社 if the workspace has one.
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
    private final Entrustments entrustments;
    private final Holdings holdings;
    /** The workspace's 自社 before the import, or null. */
    private final Operator existingSelf;
    /** Register operators a row has matched: each may be matched once. */
    private final Map<Long, Long> matchedOperators = new HashMap<>();
    private final Set<Long> matchedEntrustments = new HashSet<>();
    private final Set<Long> matchedHoldings = new HashSet<>();
    private long selfRow;
    private int samples;
    private int operatorsChanged;
    private int operatorsUnchanged;
    private int entrustmentsChanged;
    private int entrustmentsUnchanged;
    private int holdingsChanged;
    private int holdingsUnchanged;

    ImportSession(long workspaceId, Operators operators, Entrustments entrustments, Holdings holdings, JdbcTemplate jdbc,
            ChainGraph graph, Operator existingSelf) {
        this.workspaceId = workspaceId;
        this.operators = operators;
        this.entrustments = entrustments;
        this.holdings = holdings;
        this.jdbc = jdbc;
        this.graph = graph;
        this.existingSelf = existingSelf;
        this.corporateNumbers = new HashSet<>();
    }

    /** 区分 of a template sample row: 「見本：事業者」「見本」; never imported. */
    static final String SAMPLE = "見本";

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

        void error(RegisterColumn column, String code, Object... args) {
            bad = true;
            addError(number, column == null ? null : column.label(), code, args);
        }

        /** A value refused by a record or a parser: its own code when it has one, else its text as a parameter. */
        void error(RegisterColumn column, RuntimeException e, String value) {
            if (e instanceof RuleViolation coded) {
                error(column, coded.code(), coded.getArguments());
            } else if (e.getMessage() == null) {
                error(column, "import.invalidValue", value);
            } else {
                error(column, "import.refused", e.getMessage());
            }
        }

        <T> T parse(RegisterColumn column, Function<String, T> parser) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return parser.apply(v);
            } catch (RuntimeException e) {
                error(column, e, v);
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
                    throw new RegisterRuleException("import.notAllowed", v);
                }
                return e;
            });
        }

        boolean flag(RegisterColumn column) {
            Boolean b = parse(column, v -> switch (v.toUpperCase(Locale.ROOT)) {
                case "TRUE", "1", "YES", "Y", "はい", "あり", "有", "○", "〇", "可" -> true;
                case "FALSE", "0", "NO", "N", "いいえ", "なし", "無", "×", "不可", "-" -> false;
                default -> throw new RegisterRuleException("import.expectedFlag", v);
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
                throw new RegisterRuleException("import.expectedDate", v);
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
                    throw new RegisterRuleException("import.expectedNumber", v);
                }
            });
        }

        long key(RegisterColumn column) {
            String v = text(column);
            if (v == null) {
                error(column, "import.keyRequired");
                return -1;
            }
            Long id = keys.get(v);
            if (id == null) {
                error(column, "import.unknownKey", v);
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
                error(column, e, null);
                return null;
            }
        }
    }

    void addError(long row, String column, String code, Object... args) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ImportError(row, column, code, args));
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
        if (type != null && type.startsWith(SAMPLE)) {
            samples++;
            return;
        }
        if (type == null) {
            row.error(TYPE, "import.typeRequired");
            return;
        }
        switch (type.toUpperCase(Locale.ROOT)) {
            case OPERATOR, "OPERATOR" -> operator(row);
            case ENTRUSTMENT, "ENTRUSTMENT" -> entrustment(row);
            case HOLDING, "HOLDING" -> holding(row);
            default -> row.error(TYPE, "import.unknownType", type);
        }
    }

    private void checkHeader(long number, List<String> cells) {
        String[] expected = RegisterColumn.headers();
        boolean wrong = cells.size() != expected.length;
        for (int i = 0; i < expected.length; i++) {
            String found = i < cells.size() && cells.get(i) != null ? cells.get(i).strip().replace("\uFEFF", "") : "";
            if (!expected[i].equals(found)) {
                addError(number, RegisterColumn.values()[i].label(), "import.wrongHeader", expected[i], found);
                wrong = true;
            }
        }
        for (int i = expected.length; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                addError(number, null, "import.extraColumn", cells.get(i));
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
            row.error(KEY, "import.operatorKeyRequired");
        } else if (keys.containsKey(key)) {
            row.error(KEY, "import.duplicateKey", key);
        }
        CorporateNumber number = row.parse(CORPORATE_NUMBER, CorporateNumber::parseOrNull);
        if (number != null && !corporateNumbers.add(number.value())) {
            row.error(CORPORATE_NUMBER, "import.corporateNumberTwice", number.value());
        }
        OperatorKind kind = row.choice(KIND, KINDS);
        boolean self = row.flag(SELF);
        if (row.text(NAME) == null) {
            row.error(NAME, "import.nameRequired");
        }
        Operator existing = row.bad ? null : match(row, number);
        if (self) {
            checkSelf(row, existing);
        }
        // The 自社 mark is never taken away by an import: the register keeps exactly one once it has one.
        boolean keepSelf = self || (existing != null && existing.self());
        Operator operator = row.build(NAME, () -> new Operator(existing == null ? 0 : existing.id(), row.text(NAME),
                row.text(KANA), number, kind == null ? OperatorKind.OTHER : kind, row.text(INDUSTRY), row.text(ADDRESS),
                row.text(CONTACT_NAME), row.text(CONTACT_EMAIL), row.text(CONTACT_PHONE), keepSelf));
        if (operator == null || row.bad) {
            return;
        }
        if (existing != null) {
            keys.put(key, existing.id());
            names.put(existing.id(), operator.name());
            if (operator.equals(existing)) {
                operatorsUnchanged++;
            } else {
                operatorsChanged++;
                if (errorCount == 0) {
                    operators.update(workspaceId, operator);
                }
            }
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

    /**
     * The register's operator this row describes: the one with its 法人番号; without a number, the one of the same name
     * that has none. Null for a new operator; an error when the row is ambiguous or names an operator twice.
     */
    private Operator match(Row row, CorporateNumber number) {
        Operator found;
        if (number != null) {
            found = operators.findIdByCorporateNumber(workspaceId, number.value())
                    .flatMap(id -> operators.find(workspaceId, id)).orElse(null);
        } else {
            List<Operator> sameName = operators.byName(workspaceId, row.text(NAME));
            List<Operator> withoutNumber = sameName.stream().filter(o -> o.corporateNumber() == null).toList();
            if (withoutNumber.size() > 1) {
                row.error(CORPORATE_NUMBER, "import.nameAmbiguous", row.text(NAME));
                return null;
            }
            if (withoutNumber.isEmpty() && !sameName.isEmpty()) {
                row.error(CORPORATE_NUMBER, "import.nameHasNumber", row.text(NAME));
                return null;
            }
            found = withoutNumber.isEmpty() ? null : withoutNumber.get(0);
        }
        if (found != null) {
            Long earlier = matchedOperators.putIfAbsent(found.id(), row.number);
            if (earlier != null) {
                row.error(KEY, "import.operatorTwice", earlier, found.name());
                return null;
            }
        }
        return found;
    }

    /** One 自社 per register (the 本人 of "自社" is the workspace itself): one row may say so, and no other operator. */
    private void checkSelf(Row row, Operator existing) {
        if (selfRow > 0) {
            row.error(SELF, "import.selfTwice", selfRow);
            return;
        }
        selfRow = row.number;
        if (existingSelf != null && (existing == null || existing.id() != existingSelf.id())) {
            row.error(SELF, "import.selfExists", existingSelf.name());
        }
    }

    private void entrustment(Row row) {
        long principal = row.key(PRINCIPAL_KEY);
        long entrustee = row.key(ENTRUSTEE_KEY);
        Long hours = row.number(INCIDENT_REPORT_HOURS);
        if (hours != null && (hours <= 0 || hours > 100_000)) {
            row.error(INCIDENT_REPORT_HOURS, "import.reportHours", hours);
        }
        EndOfContract end = row.choice(END_OF_CONTRACT, ENDINGS);
        // Every cell is read before the record is built, so each bad cell gets its own error.
        LocalDate start = row.date(START_ON);
        LocalDate finish = row.date(END_ON);
        boolean allowed = row.flag(RE_ENTRUSTMENT_ALLOWED);
        boolean audit = row.flag(AUDIT_RIGHTS);
        LocalDate review = row.date(LAST_REVIEW_ON);
        if (row.text(PURPOSE) == null) {
            row.error(PURPOSE, "import.purposeRequired");
        }
        Entrustment e = row.build(PURPOSE, () -> new Entrustment(0, principal, entrustee, row.text(PURPOSE), start, finish,
                allowed, row.text(RE_ENTRUSTMENT_APPROVAL), hours == null ? null : hours.intValue(), end, audit, review));
        if (e == null || row.bad) {
            return;
        }
        // Only operators already in the register can have entrustments or holdings there: new ones skip the look-up.
        if (matchedOperators.containsKey(principal) && matchedOperators.containsKey(entrustee)) {
            List<Entrustment> same = entrustments.byKey(workspaceId, principal, entrustee, e.purpose());
            if (!same.isEmpty()) {
                Entrustment existing = same.get(0);
                if (same.size() > 1 || !matchedEntrustments.add(existing.id())) {
                    row.error(PURPOSE, "import.entrustmentTwice", e.purpose());
                    return;
                }
                Entrustment updated = new Entrustment(existing.id(), principal, entrustee, e.purpose(), e.startOn(),
                        e.endOn(), e.reEntrustmentAllowed(), e.reEntrustmentApproval(), e.incidentReportHours(),
                        e.endOfContract(), e.auditRights(), e.lastReviewOn());
                if (updated.equals(existing)) {
                    entrustmentsUnchanged++;
                } else {
                    entrustmentsChanged++;
                    if (errorCount == 0) {
                        entrustments.update(workspaceId, updated);
                    }
                }
                return;
            }
        }
        List<Long> cycle = graph.cycleIfAdded(principal, entrustee);
        if (!cycle.isEmpty()) {
            row.error(ENTRUSTEE_KEY, new ChainCycleException(cycle.stream().map(this::ref).toList()), null);
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
            row.error(ITEM_CODES, "import.itemsRequired");
        }
        Long persons = row.number(PERSONS);
        if (persons == null && row.text(PERSONS) == null) {
            row.error(PERSONS, "import.personsRequired");
        } else if (persons != null && persons < 0) {
            row.error(PERSONS, "import.personsNegative", persons);
        }
        Long max = row.number(PERSONS_MAX);
        if (max != null && max < 0) {
            row.error(PERSONS_MAX, "import.maxNegative", max);
        }
        boolean estimated = row.flag(PERSONS_ESTIMATED);
        PersonCount count = null;
        if (persons != null && persons >= 0 && (max == null || max >= 0)) {
            try {
                count = new PersonCount(persons, estimated, max);
            } catch (IllegalArgumentException e) {
                row.error(PERSONS_MAX, e, null);
            }
        }
        if (row.text(DESCRIPTION) == null) {
            row.error(DESCRIPTION, "import.descriptionRequired");
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
        if (matchedOperators.containsKey(at) && matchedOperators.containsKey(principal)) {
            List<Holding> same = holdings.byKey(workspaceId, at, principal, h.description());
            if (!same.isEmpty()) {
                Holding existing = same.get(0);
                if (same.size() > 1 || !matchedHoldings.add(existing.id())) {
                    row.error(DESCRIPTION, "import.holdingTwice", h.description());
                    return;
                }
                Holding updated = new Holding(existing.id(), h.operatorId(), h.principalId(), h.description(), h.items(),
                        h.itemsRaw(), h.persons(), h.personKinds(), h.storageSystem(), h.storageCountry(),
                        h.storageLocation(), h.encryption(), h.cipher(), h.keyKeptSeparately(), h.retentionRule(),
                        h.deletionDueOn(), h.deletionConfirmedOn(), h.deletionEvidence(), h.deletionConfirmedBy());
                if (updated.equals(existing)) {
                    holdingsUnchanged++;
                } else {
                    holdingsChanged++;
                    if (errorCount == 0) {
                        holdings.update(workspaceId, existing, updated);
                    }
                }
                return;
            }
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
            holdings.changed(workspaceId);
            jdbc.batchUpdate(Holdings.INSERT, holdingBatch);
            holdingBatch.clear();
        }
    }

    /** Writes what is left, or throws with every error so that the transaction rolls back. */
    ImportResult finish() {
        if (!headerSeen) {
            addError(1, null, "import.empty");
        }
        if (errorCount > 0) {
            if (errorCount > errors.size()) {
                errors.add(new ImportError(0, null, "import.more", errorCount - errors.size()));
            }
            throw new RegisterImportException(errors);
        }
        flushEntrustments();
        flushHoldings();
        return result();
    }

    /** What the rows read so far add, change and leave as they are. */
    ImportResult result() {
        return new ImportResult(new ImportResult.Counts(operatorCount, entrustmentCount, holdingCount),
                new ImportResult.Counts(operatorsChanged, entrustmentsChanged, holdingsChanged),
                new ImportResult.Counts(operatorsUnchanged, entrustmentsUnchanged, holdingsUnchanged), samples);
    }

    List<ImportError> errors() {
        List<ImportError> out = new ArrayList<>(errors);
        if (errorCount > errors.size()) {
            out.add(new ImportError(0, null, "import.more", errorCount - errors.size()));
        }
        if (!headerSeen && out.isEmpty()) {
            out.add(new ImportError(1, null, "import.empty"));
        }
        return out;
    }
}
