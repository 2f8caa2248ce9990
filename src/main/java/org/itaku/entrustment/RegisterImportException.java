package org.itaku.entrustment;

import java.util.List;

/**
 * The import found errors and added nothing: every error found is listed, not just the first. The errors carry
 * message codes; {@link #getMessage()} is for logs, readers see the errors rendered from the bundle.
 */
public class RegisterImportException extends IllegalArgumentException {

    private final List<ImportError> errors;

    public RegisterImportException(List<ImportError> errors) {
        super("register import refused: " + errors.size() + " error(s), nothing imported; first: "
                + (errors.isEmpty() ? "" : errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
