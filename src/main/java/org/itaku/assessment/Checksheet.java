package org.itaku.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSourceResolvable;

/**
 * The questionnaire as a spreadsheet (セキュリティチェックシート) a vendor can fill in offline, and reading it back.
 * One row per question; the answer and remark columns are the only ones read. Reading checks every row before
 * anything is saved and names the row of each problem.
 */
final class Checksheet {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final String SHEET = "チェックシート";
    static final int COL_ID = 0;
    static final int COL_ANSWER = 5;
    static final int COL_COMMENT = 6;

    private Checksheet() {
    }

    record Filled(Map<String, String> answers, Map<String, String> comments) {
    }

    static byte[] write(Questionnaire q, Map<String, Answer> answers, String vendor, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            cell(sheet.createRow(0), 0, q.title(locale) + " (" + q.code() + " v" + q.version() + ")").setCellStyle(bold);
            cell(sheet.createRow(1), 0, (en ? "Vendor: " : "委託先: ") + vendor);
            cell(sheet.createRow(2), 0, en ? "Fill in the Answer and Remarks columns only, then upload this file on the questionnaire page."
                    : "「回答」「備考」の列だけを記入し、質問票の画面からこのファイルをアップロードしてください。");
            Row header = sheet.createRow(4);
            String[] titles = en ? new String[] {"ID", "Section", "Question", "Answer type", "Choices", "Answer", "Remarks"}
                    : new String[] {"ID", "区分", "質問", "回答の形式", "選択肢", "回答", "備考"};
            for (int i = 0; i < titles.length; i++) {
                cell(header, i, titles[i]).setCellStyle(bold);
            }
            Map<String, String> sectionTitles = new LinkedHashMap<>();
            q.sections().forEach(s -> sectionTitles.put(s.id(), en ? s.titleEn() : s.titleJa()));
            DataValidationHelper validation = sheet.getDataValidationHelper();
            int r = 5;
            for (Question question : q.questions()) {
                Row row = sheet.createRow(r);
                cell(row, COL_ID, question.id());
                cell(row, 1, sectionTitles.get(question.section()));
                cell(row, 2, question.text(locale)).setCellStyle(wrap);
                cell(row, 3, typeLabel(question, en));
                List<String> choices = choices(question);
                cell(row, 4, String.join(" / ", choices));
                Answer a = answers.get(question.id());
                if (a != null && a.value() != null) {
                    cell(row, COL_ANSWER, display(question, a.value()));
                }
                if (a != null && a.comment() != null) {
                    cell(row, COL_COMMENT, a.comment());
                }
                if (!choices.isEmpty()) {
                    DataValidation dv = validation.createValidation(
                            validation.createExplicitListConstraint(choices.toArray(String[]::new)),
                            new CellRangeAddressList(r, r, COL_ANSWER, COL_ANSWER));
                    dv.setShowErrorBox(true);
                    sheet.addValidationData(dv);
                }
                r++;
            }
            sheet.setColumnWidth(2, 80 * 256);
            sheet.setColumnWidth(4, 40 * 256);
            sheet.setColumnWidth(COL_ANSWER, 16 * 256);
            sheet.setColumnWidth(COL_COMMENT, 40 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell cell(Row row, int col, String value) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        return c;
    }

    private static String typeLabel(Question q, boolean en) {
        return switch (q.type()) {
            case YES_NO -> en ? "Yes / No" : "はい・いいえ";
            case NUMBER -> (en ? "Number" : "数値") + (q.unit() == null ? "" : " (" + unitLabel(q.unit(), en) + ")");
            case CHOICE -> en ? "Choice" : "選択";
            case TEXT -> en ? "Text" : "自由記述";
            case FILE -> en ? "File (upload on the page)" : "ファイル（画面で添付）";
        };
    }

    static String unitLabel(String unit, boolean en) {
        return switch (unit) {
            case "hours" -> en ? "hours" : "時間";
            case "days" -> en ? "days" : "日";
            case "characters" -> en ? "characters" : "文字";
            default -> unit;
        };
    }

    private static List<String> choices(Question q) {
        return switch (q.type()) {
            case YES_NO -> {
                List<String> c = new java.util.ArrayList<>(List.of("はい"));
                if (q.points().containsKey("partial")) {
                    c.add("一部");
                }
                c.add("いいえ");
                if (q.naAllowed()) {
                    c.add("該当なし");
                }
                yield c;
            }
            case CHOICE -> q.options().stream().map(Question.Option::ja).toList();
            default -> List.of();
        };
    }

    private static String display(Question q, String value) {
        return switch (q.type()) {
            case YES_NO -> switch (value) {
                case "yes" -> "はい";
                case "partial" -> "一部";
                case "no" -> "いいえ";
                default -> "該当なし";
            };
            case CHOICE -> q.options().stream().filter(o -> o.value().equals(value)).map(Question.Option::ja).findFirst().orElse(value);
            default -> value;
        };
    }

    static Filled read(Questionnaire q, byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw new AssessmentRuleException("assessment.rule.file.empty");
        }
        if (xlsx.length > MAX_BYTES) {
            throw new AssessmentRuleException("assessment.rule.checksheet.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (xlsx.length < 4 || xlsx[0] != 'P' || xlsx[1] != 'K') {
            throw new AssessmentRuleException("assessment.rule.checksheet.notXlsx");
        }
        // POI's zip-bomb guard (ZipSecureFile, minimum inflate ratio 1%) stays on: a 2 MB upload cannot inflate far.
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        try (Workbook wb = open(xlsx)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                sheet = wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null;
            }
            if (sheet == null) {
                throw new AssessmentRuleException("assessment.rule.checksheet.noSheet");
            }
            boolean inTable = false;
            int last = Math.min(sheet.getLastRowNum(), 2000);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                String id = row == null ? null : text(row.getCell(COL_ID));
                if (!inTable) {
                    inTable = "ID".equals(id);
                    continue;
                }
                if (id == null) {
                    continue;
                }
                if (!q.has(id)) {
                    problems.put("row " + (r + 1), new AssessmentRuleException("assessment.rule.checksheet.unknownQuestion", r + 1, id));
                    continue;
                }
                Question question = q.question(id);
                String raw = text(row.getCell(COL_ANSWER));
                try {
                    String value = question.normalise(raw);
                    if (value != null) {
                        answers.put(id, value);
                    }
                    String comment = Texts.optional(text(row.getCell(COL_COMMENT)), 2000);
                    if (comment != null) {
                        comments.put(id, comment);
                    }
                } catch (IllegalArgumentException e) {
                    problems.put(id, new AssessmentRuleException("assessment.rule.checksheet.row", r + 1, AnswersRejectedException.problem(e)));
                }
            }
            if (!inTable) {
                throw new AssessmentRuleException("assessment.rule.checksheet.noHeader");
            }
        } catch (IOException e) {
            throw new AssessmentRuleException("assessment.rule.checksheet.unreadable");
        }
        if (!problems.isEmpty()) {
            throw new AnswersRejectedException(problems);
        }
        return new Filled(answers, comments);
    }

    private static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            // POI reports a broken or foreign zip with several exception types, some of them IllegalArgumentException.
            throw new AssessmentRuleException("assessment.rule.checksheet.unreadable");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> null;
        };
        return value == null || value.isBlank() ? null : value.strip();
    }
}
