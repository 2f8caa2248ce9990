package org.itaku.casebook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One notice in a workspace's case library: its text as imported and what the reader took from it.
 *
 * @param sector the sector the importer gave (the notice reader does not guess it); null when not known
 */
public record StoredCase(long id, String sourceName, String text, CaseRecord record, String sector, Instant importedAt) {

    public StoredCase {
        if (sourceName == null || sourceName.isBlank() || text == null || record == null || importedAt == null) {
            throw new IllegalArgumentException("a stored case needs its source name, text, record and import time");
        }
    }

    /** One extracted field with the sentence it came from, for the case page. */
    public record Field(String name, String value, String evidence, Double confidence) {
        public Field {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a field needs its name");
            }
        }
    }

    /** The extracted fields in the order of the reader's contract; absent values read "—". */
    public List<Field> fields() {
        CaseRecord r = record;
        List<Field> out = new ArrayList<>();
        add(out, "title", r.title());
        add(out, "organization", r.organization());
        add(out, "published", r.published());
        add(out, "occurred", r.occurred());
        add(out, "discovered", r.discovered());
        add(out, "incident_types", String.join(", ", r.incidentTypes()));
        add(out, "persons_affected", r.personsAffected() == null ? null
                : r.personsAffected() + (r.personsIsUpperBoundOrApprox() ? " (約/最大/以上)" : ""));
        add(out, "data_items", String.join(", ", r.dataItems()));
        add(out, "sensitive_data", r.sensitiveData());
        add(out, "financial_data", r.financialData());
        add(out, "vendor_involved", r.vendorInvolved() + (r.vendorNames().isEmpty() ? "" : " — " + String.join(", ", r.vendorNames())));
        add(out, "ppc_reported", r.ppcReported());
        return out;
    }

    private void add(List<Field> out, String name, Object value) {
        String v = value == null || value.toString().isEmpty() ? "—" : value.toString();
        out.add(new Field(name, v, record.evidence().get(name), record.confidence().get(name)));
    }

    /** The year the library files the case under: when it occurred, else when found, else when published. */
    public Integer year() {
        return yearOf(record);
    }

    static Integer yearOf(CaseRecord r) {
        String date = r.occurred() != null ? r.occurred() : r.discovered() != null ? r.discovered() : r.published();
        return date == null ? null : Integer.valueOf(date.substring(0, 4));
    }
}
