package org.itaku.casebook;

/** One notice to import: a name (the file name, or "pasted text") and its decoded text. */
public record NoticeSource(String name, String text) {

    public static final int MAX_BYTES = NoticeInput.MAX_BYTES;

    public NoticeSource {
        name = name == null || name.isBlank() ? "text" : name.strip();
        if (name.length() > 300) {
            name = name.substring(0, 300);
        }
        if (text == null || text.isBlank()) {
            throw new CaseImportException("casebook.error.empty", name);
        }
        if (text.length() > NoticeReader.MAX_CHARS) {
            throw new CaseImportException("casebook.error.tooLarge", name);
        }
    }

    /** The refusal of a file over the size limit, for callers that know the size before reading the bytes. */
    public static CaseImportException tooLarge(String name) {
        String n = name == null || name.isBlank() ? "file" : name;
        return new CaseImportException("casebook.error.tooLarge", n);
    }

    /** Decodes an uploaded file: UTF-8 (with or without BOM), UTF-16 with BOM or Shift_JIS; refuses binary and oversized files. */
    public static NoticeSource decode(String name, byte[] bytes) {
        String n = name == null || name.isBlank() ? "file" : name;
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(n);
        }
        try {
            return new NoticeSource(n, NoticeInput.decode(bytes));
        } catch (NoticeInput.Rejected e) {
            throw new CaseImportException("casebook.error.binary", n);
        }
    }
}
