package org.itaku.entrustment;

import java.util.List;

/** The import found errors and added nothing: every error found is listed, not just the first. */
public class RegisterImportException extends IllegalArgumentException {

    private final List<ImportError> errors;

    public RegisterImportException(List<ImportError> errors) {
        super("台帳に " + errors.size() + " 件の誤りがあるため取り込みませんでした / the register has " + errors.size()
                + " errors; nothing was imported. First: " + (errors.isEmpty() ? "" : errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
