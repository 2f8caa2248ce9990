package org.itaku.casebook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.itaku.vocabulary.DataItem;

/**
 * Applies an officer's corrections to a case record. Pure: validates every given field first, so a bad value changes
 * nothing, and answers which fields really changed (for the audit trail).
 */
final class CaseCorrection {

    /** The fields an officer may correct, under the keys of {@code itaku notice read}. */
    static final List<String> FIELDS = List.of("title", "organization", "published", "occurred", "discovered",
            "incident_types", "persons_affected", "persons_is_upper_bound_or_approx", "data_items", "sensitive_data",
            "financial_data", "vendor_involved", "vendor_names", "ppc_reported");

    private static final List<String> ITEM_CODES = DataItem.all().stream().map(DataItem::code).toList();

    record Result(CaseRecord record, List<String> changed) { }

    private CaseCorrection() {
    }

    static Result apply(CaseRecord r, Map<String, Object> changes) {
        Map<String, Object> c = changes == null ? Map.of() : changes;
        for (String key : c.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new CasebookRuleException("casebook.rule.correction.field", key, String.join(", ", FIELDS));
            }
        }
        String title = text(c, "title", r.title(), 500);
        String organization = text(c, "organization", r.organization(), 300);
        String published = date(c, "published", r.published());
        String occurred = date(c, "occurred", r.occurred());
        String discovered = date(c, "discovered", r.discovered());
        List<String> types = codes(c, "incident_types", r.incidentTypes(), Casebook.INCIDENT_TYPES);
        Integer persons = count(c, r.personsAffected());
        boolean approx = flag(c, "persons_is_upper_bound_or_approx", r.personsIsUpperBoundOrApprox());
        List<String> items = codes(c, "data_items", r.dataItems(), ITEM_CODES);
        Boolean sensitive = maybe(c, "sensitive_data", r.sensitiveData());
        Boolean financial = maybe(c, "financial_data", r.financialData());
        List<String> vendors = names(c, r.vendorNames());
        boolean vendor = flag(c, "vendor_involved", r.vendorInvolved()) || !vendors.isEmpty();
        Boolean ppc = maybe(c, "ppc_reported", r.ppcReported());

        CaseRecord candidate = new CaseRecord(title, organization, published, occurred, discovered, types, persons, approx,
                items, r.dataItemsRaw(), sensitive, financial, vendor, vendors, ppc, r.causes(), r.measures(), Map.of(), Map.of());
        Map<String, Object> was = NoticeCommand.toMap("", null, r);
        Map<String, Object> now = NoticeCommand.toMap("", null, candidate);
        List<String> changed = new ArrayList<>();
        for (String f : FIELDS) {
            if (!Objects.equals(was.get(f), now.get(f))) {
                changed.add(f);
            }
        }
        // A corrected field no longer rests on the reader's sentence: its evidence goes, its confidence is certain.
        Map<String, String> evidence = new LinkedHashMap<>(r.evidence());
        Map<String, Double> confidence = new LinkedHashMap<>(r.confidence());
        for (String f : changed) {
            evidence.remove(f);
            confidence.put(f, 1.0);
        }
        CaseRecord corrected = new CaseRecord(title, organization, published, occurred, discovered, types, persons, approx,
                items, r.dataItemsRaw(), sensitive, financial, vendor, vendors, ppc, r.causes(), r.measures(), evidence,
                confidence);
        return new Result(corrected, changed);
    }

    private static String text(Map<String, Object> c, String key, String was, int max) {
        if (!c.containsKey(key)) {
            return was;
        }
        Object v = c.get(key);
        String s = v == null ? null : v.toString().strip();
        if (s == null || s.isEmpty()) {
            return null;
        }
        if (s.length() > max) {
            throw new CasebookRuleException("casebook.rule.correction.tooLong", key, max);
        }
        return s;
    }

    private static String date(Map<String, Object> c, String key, String was) {
        String s = text(c, key, was, 10);
        if (s == null || !c.containsKey(key)) {
            return s;
        }
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            throw new CasebookRuleException("casebook.rule.correction.date", key, s);
        }
    }

    private static Integer count(Map<String, Object> c, Integer was) {
        if (!c.containsKey("persons_affected")) {
            return was;
        }
        Object v = c.get("persons_affected");
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        try {
            long n = v instanceof Number num ? num.longValue() : Long.parseLong(v.toString().strip());
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new CasebookRuleException("casebook.rule.correction.persons", String.valueOf(v));
        }
    }

    private static boolean flag(Map<String, Object> c, String key, boolean was) {
        Boolean b = maybe(c, key, was);
        return b != null && b;
    }

    /** true / false / null ("the notice does not say"); forms send "true", "false" or "". */
    private static Boolean maybe(Map<String, Object> c, String key, Boolean was) {
        if (!c.containsKey(key)) {
            return was;
        }
        Object v = c.get(key);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        return switch (v.toString().strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new CasebookRuleException("casebook.rule.correction.flag", key, String.valueOf(v));
        };
    }

    private static List<String> codes(Map<String, Object> c, String key, List<String> was, List<String> allowed) {
        if (!c.containsKey(key)) {
            return was;
        }
        List<String> out = new ArrayList<>();
        for (String code : list(c.get(key))) {
            if (!allowed.contains(code)) {
                throw new CasebookRuleException("casebook.rule.correction.code", key, code, String.join(", ", allowed));
            }
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    private static List<String> names(Map<String, Object> c, List<String> was) {
        if (!c.containsKey("vendor_names")) {
            return was;
        }
        List<String> out = list(c.get("vendor_names"));
        for (String n : out) {
            if (n.length() > 200) {
                throw new CasebookRuleException("casebook.rule.correction.vendorName", 200);
            }
        }
        return out;
    }

    /** A JSON array, or the text of a form field with one value per comma or line. */
    private static List<String> list(Object v) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.forEach(x -> {
                if (x != null && !x.toString().isBlank()) {
                    out.add(x.toString().strip());
                }
            });
        } else if (v != null) {
            Arrays.stream(v.toString().split("[,、\\n]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }
}
