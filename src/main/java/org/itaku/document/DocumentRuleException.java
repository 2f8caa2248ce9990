package org.itaku.document;

import org.itaku.vocabulary.RefusedValue;

/**
 * A document's input refused (a report without its discovery date, a timeline out of order): a code of the document
 * bundle ({@code messages/document*.properties}, under {@code document.rule.}) with its parameters.
 */
public class DocumentRuleException extends RefusedValue {

    public DocumentRuleException(String code, Object... args) {
        super(code, args);
    }
}
