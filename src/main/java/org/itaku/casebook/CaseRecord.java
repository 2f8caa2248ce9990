package org.itaku.casebook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the notice reader takes from one public incident notice. Field names follow the development labels
 * (shared/notices/labels.jsonl); {@code null} always means "the notice does not say".
 *
 * @param dataItems glossary codes (NAME, ADDRESS, ...), never the Japanese labels
 * @param incidentTypes glossary incident type codes (ransomware, unauthorized_access, ...)
 * @param causes root-cause ids of the incident root-cause map (RC-01 ...)
 * @param evidence for each field that was filled, the sentence it came from
 * @param confidence for each field, a rough 0..1 score of how sure the rule was
 */
public record CaseRecord(
        String title,
        String organization,
        String published,
        String occurred,
        String discovered,
        List<String> incidentTypes,
        Integer personsAffected,
        boolean personsIsUpperBoundOrApprox,
        List<String> dataItems,
        List<String> dataItemsRaw,
        Boolean sensitiveData,
        Boolean financialData,
        boolean vendorInvolved,
        List<String> vendorNames,
        Boolean ppcReported,
        List<String> causes,
        List<String> measures,
        Map<String, String> evidence,
        Map<String, Double> confidence) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INCIDENT_TYPE = Pattern.compile("[a-z_]+");
    private static final Pattern ITEM_CODE = Pattern.compile("[A-Z_]+");
    private static final Pattern CAUSE_ID = Pattern.compile("RC-\\d{2}");

    public CaseRecord {
        checkDate("published", published);
        checkDate("occurred", occurred);
        checkDate("discovered", discovered);
        if (personsAffected != null && personsAffected < 0) {
            throw new IllegalArgumentException("persons_affected must not be negative: " + personsAffected);
        }
        incidentTypes = codes("incident_types", incidentTypes, INCIDENT_TYPE);
        dataItems = codes("data_items", dataItems, ITEM_CODE);
        causes = codes("causes", causes, CAUSE_ID);
        dataItemsRaw = List.copyOf(nonNull(dataItemsRaw));
        vendorNames = List.copyOf(nonNull(vendorNames));
        measures = List.copyOf(nonNull(measures));
        // Vendor names imply a vendor; the flag alone may come from an unnamed 委託業者.
        if (!vendorNames.isEmpty() && !vendorInvolved) {
            throw new IllegalArgumentException("vendor names given but vendor_involved is false");
        }
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
        confidence = Collections.unmodifiableMap(new LinkedHashMap<>(confidence == null ? Map.of() : confidence));
        for (Map.Entry<String, Double> e : confidence.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1) {
                throw new IllegalArgumentException("confidence of " + e.getKey() + " must be within 0..1");
            }
        }
    }

    private static void checkDate(String field, String value) {
        if (value != null && !ISO_DATE.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be YYYY-MM-DD or null: " + value);
        }
    }

    private static List<String> codes(String field, List<String> values, Pattern shape) {
        for (String v : nonNull(values)) {
            if (v == null || !shape.matcher(v).matches()) {
                throw new IllegalArgumentException(field + " holds a value that is not a code: " + v);
            }
        }
        return List.copyOf(nonNull(values));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
