package org.itaku.incident;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.itaku.vocabulary.JapanTime;
import org.itaku.vocabulary.RuleViolation;

/**
 * Reads "operator, notified on" rows from CSV (UTF-8 or Shift_JIS) or XLSX: the notices that many entrustees sent
 * their principals, recorded at once. The header names the columns ({@code operator_id} or 事業者ID,
 * {@code notified_on} or 通知日); a day without a time is taken as the start of that day in Japan. Every error
 * names its row, and one error refuses the whole file.
 */
public final class NoticeImport {

    static final int MAX_ROWS = 200_000;

    private NoticeImport() {
    }

    /** Sent moments by operator id, in file order; a later row for the same operator keeps the earlier moment. */
    public static Map<Long, Instant> read(byte[] content, boolean xlsx) {
        List<String[]> rows = xlsx ? xlsxRows(content) : csvRows(decode(content));
        if (rows.isEmpty()) {
            throw new IncidentRuleException("incident.rule.import.empty");
        }
        String[] header = rows.get(0);
        int operator = column(header, "operator_id", "事業者id", "事業者ID");
        int notified = column(header, "notified_on", "通知日", "通知日時");
        Map<Long, Instant> out = new LinkedHashMap<>();
        List<Integer> badIds = new ArrayList<>();
        List<Integer> badDates = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            if (String.join("", row).isBlank()) {
                continue;
            }
            int line = r + 1;
            try {
                long id = Long.parseLong(cell(row, operator));
                Instant at = moment(cell(row, notified));
                out.merge(id, at, (a, b) -> a.isBefore(b) ? a : b);
            } catch (NumberFormatException e) {
                badIds.add(line);
            } catch (DateTimeParseException e) {
                badDates.add(line);
            }
            if (badIds.size() + badDates.size() >= 20) {
                break;
            }
        }
        if (!badIds.isEmpty() || !badDates.isEmpty()) {
            // The first twenty rows that cannot be read, by what is wrong with them.
            throw new IncidentRuleException("incident.rule.import.rows", lines(badIds), lines(badDates));
        }
        if (out.size() > MAX_ROWS) {
            throw new IncidentRuleException("incident.rule.import.tooManyRows", MAX_ROWS);
        }
        return out;
    }

    /** Row numbers as a parameter: "2, 5, 9", or the word for none in the reader's language. */
    private static Object lines(List<Integer> rows) {
        return rows.isEmpty() ? RuleViolation.field("incident.rule.import.noRows")
                : rows.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static int column(String[] header, String... names) {
        for (int i = 0; i < header.length; i++) {
            String h = header[i].strip().replace("\uFEFF", "");
            for (String n : names) {
                if (h.equalsIgnoreCase(n)) {
                    return i;
                }
            }
        }
        throw new IncidentRuleException("incident.rule.import.column", names[1], names[0]);
    }

    private static String cell(String[] row, int index) {
        return index < row.length ? row[index].strip() : "";
    }

    private static Instant moment(String text) {
        String t = text.replace('/', '-').replace(' ', 'T');
        if (t.length() <= 10) {
            return LocalDate.parse(t).atStartOfDay(JapanTime.ZONE).toInstant();
        }
        return LocalDateTime.parse(t).atZone(JapanTime.ZONE).toInstant();
    }

    private static String decode(byte[] content) {
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("Windows-31J"))) {
            try {
                return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new IncidentRuleException("incident.rule.import.encoding");
    }

    /** Plain CSV: commas, optional double quotes around a field (the columns hold ids and dates only). */
    private static List<String[]> csvRows(String text) {
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < cells.length; i++) {
                String c = cells[i].strip();
                if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                    c = c.substring(1, c.length() - 1);
                }
                cells[i] = c;
            }
            rows.add(cells);
            if (rows.size() > MAX_ROWS + 1) {
                throw new IncidentRuleException("incident.rule.import.tooManyRows", MAX_ROWS);
            }
        }
        return rows;
    }

    private static List<String[]> xlsxRows(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String[]> rows = new ArrayList<>();
            for (Row row : sheet) {
                int n = Math.max(0, row.getLastCellNum());
                String[] cells = new String[n];
                for (int i = 0; i < n; i++) {
                    Cell c = row.getCell(i);
                    if (c == null) {
                        cells[i] = "";
                    } else if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                        LocalDateTime dt = c.getLocalDateTimeCellValue();
                        cells[i] = dt.toLocalTime().toSecondOfDay() == 0 ? dt.toLocalDate().toString() : dt.toString();
                    } else {
                        cells[i] = formatter.formatCellValue(c);
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IncidentRuleException own) {
                throw own;
            }
            throw new IncidentRuleException("incident.rule.import.xlsx");
        }
    }
}
