package org.itaku.incident;

import org.itaku.vocabulary.RefusedValue;

/**
 * A rule of the incident records refused a value: a code of the incident bundle ({@code messages/incident*.properties},
 * under {@code incident.rule.}) with its parameters, rendered in the reader's language by the page, the API and the
 * command line.
 */
public class IncidentRuleException extends RefusedValue {

    public IncidentRuleException(String code, Object... args) {
        super(code, args);
    }
}
