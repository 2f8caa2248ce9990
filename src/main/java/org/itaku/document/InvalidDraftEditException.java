package org.itaku.document;

import org.itaku.vocabulary.RefusedValue;
import org.itaku.vocabulary.RuleViolation;

/**
 * An edit that would leave a block of a draft empty: the officer must reword it, not blank it. The code is
 * {@code document.edit.empty} with the block's heading (the draft's own Japanese words), or the word for the body
 * text when the block has no heading.
 */
public class InvalidDraftEditException extends RefusedValue {

    public InvalidDraftEditException(String block) {
        super("document.edit.empty", block == null ? RuleViolation.field("document.edit.body") : block);
    }
}
