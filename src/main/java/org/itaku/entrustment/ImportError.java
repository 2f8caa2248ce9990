package org.itaku.entrustment;

/** One problem in an imported register: the row as the spreadsheet numbers it (header = 1) and the column. */
public record ImportError(long row, String column, String message) {

    @Override
    public String toString() {
        return row + "行 " + (column == null ? "" : column + " ") + message;
    }
}
