package org.itaku.casebook;

import org.itaku.vocabulary.RefusedValue;

/**
 * A value of the case library refused (a filter that is no code, a correction that does not fit its field): a code
 * of {@code messages/casebook*.properties} (under {@code casebook.rule.}) with its parameters.
 */
public class CasebookRuleException extends RefusedValue {

    public CasebookRuleException(String code, Object... args) {
        super(code, args);
    }
}
