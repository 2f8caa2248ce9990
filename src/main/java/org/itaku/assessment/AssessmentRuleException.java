package org.itaku.assessment;

import org.itaku.vocabulary.RefusedValue;

/**
 * A rule of vendor oversight refused a value (a file, a date, a question id): a code of the assessment bundle
 * ({@code messages/assessment*.properties}, under {@code assessment.rule.}) with its parameters, rendered in the
 * reader's language by the officer's pages, the respondent's pages and the API.
 */
public class AssessmentRuleException extends RefusedValue {

    public AssessmentRuleException(String code, Object... args) {
        super(code, args);
    }
}
