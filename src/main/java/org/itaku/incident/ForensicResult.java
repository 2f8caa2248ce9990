package org.itaku.incident;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.itaku.vocabulary.DataItem;

/**
 * What a forensic investigation found, on the day it found it: the event ruled out, confirmed, or narrowed to fewer
 * data items (and, where the data was kept, fewer persons). Rules Art. 7 turns on "発生し、又は発生したおそれ", so
 * a finding changes every party's decision; the guideline asks for the 確報 to state the outcome (GL 3-5-3-4).
 *
 * @param items   for NARROWED: the items still concerned (empty: items unchanged)
 * @param persons for NARROWED: the persons still concerned at the operator where it happened (null: unchanged)
 */
public record ForensicResult(LocalDate on, Outcome outcome, Set<DataItem> items, Long persons, String note) {

    public enum Outcome {
        /** 漏えい等は発生していないと判明した. */
        RULED_OUT,
        /** 発生が確定した. */
        CONFIRMED,
        /** 対象の項目・人数が絞り込まれた. */
        NARROWED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ForensicResult {
        if (on == null) {
            throw new IncidentRuleException("incident.rule.forensic.on");
        }
        Objects.requireNonNull(outcome, "outcome");
        items = items == null || items.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(items));
        if (persons != null && persons < 0) {
            throw new IncidentRuleException("incident.rule.persons");
        }
        if (outcome == Outcome.NARROWED && items.isEmpty() && persons == null) {
            throw new IncidentRuleException("incident.rule.forensic.narrowed");
        }
        note = Texts.optional(note, 2000);
    }
}
