package org.itaku.casebook;

import org.itaku.vocabulary.RefusedValue;

/**
 * Input the library refuses; nothing of the import was stored. A code of {@code messages/casebook*.properties}
 * (under {@code casebook.error.}) with its parameters, rendered in the reader's language by the page and the API.
 */
public class CaseImportException extends RefusedValue {

    CaseImportException(String code, Object... args) {
        super(code, args);
    }
}
