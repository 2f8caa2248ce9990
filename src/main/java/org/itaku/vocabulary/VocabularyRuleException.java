package org.itaku.vocabulary;

/**
 * A shared value refused (an unknown data item code, a negative count of persons, a character Shift_JIS cannot
 * hold): a code of the vocabulary bundle ({@code messages/vocabulary*.properties}) with its parameters.
 */
public class VocabularyRuleException extends RefusedValue {

    public VocabularyRuleException(String code, Object... args) {
        super(code, args);
    }
}
