package org.itaku.casebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case as VERIS-like JSON (VERIS 1.3 field names), mapped with the glossary's VERIS hints: incident types become
 * action varieties, the persons count becomes attribute.confidentiality.data_total, a vendor becomes a partner
 * actor. What VERIS has no field for travels under {@code plus.itaku}. Not validated against the VERIS schema.
 */
final class Veris {

    private Veris() {
    }

    static Map<String, Object> of(StoredCase c) {
        CaseRecord r = c.record();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("schema_version", "1.3.7");
        v.put("incident_id", "itaku-casebook-" + c.id());
        v.put("source_id", "itaku-casebook");
        v.put("summary", r.title() == null ? c.sourceName() : r.title());
        v.put("security_incident", "Confirmed");
        v.put("confidence", "Medium");
        Map<String, Object> victim = new LinkedHashMap<>();
        victim.put("victim_id", r.organization() == null ? "Unknown" : r.organization());
        victim.put("country", List.of("JP"));
        if (c.sector() != null) {
            victim.put("industry_ja", c.sector());
        }
        v.put("victim", victim);
        v.put("action", actions(r.incidentTypes()));
        v.put("actor", actors(r));
        v.put("attribute", attribute(r));
        Map<String, Object> timeline = new LinkedHashMap<>();
        putDate(timeline, "incident", r.occurred());
        putDate(timeline, "discovery", r.discovered());
        v.put("timeline", timeline);
        v.put("discovery_method", Map.of("unknown", Map.of()));
        Map<String, Object> itaku = new LinkedHashMap<>();
        itaku.put("published", r.published());
        itaku.put("incident_types", r.incidentTypes());
        itaku.put("data_items", r.dataItems());
        itaku.put("vendor_names", r.vendorNames());
        itaku.put("ppc_reported", r.ppcReported());
        itaku.put("causes", r.causes());
        itaku.put("measures", r.measures());
        v.put("plus", Map.of("itaku", itaku));
        return v;
    }

    private static Map<String, Object> actions(List<String> types) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (String t : types) {
            switch (t) {
                case "ransomware" -> add(a, "malware", "Ransomware");
                case "malware" -> add(a, "malware", null);
                case "web_skimming" -> add(a, "malware", "Capture app data");
                case "unauthorized_access" -> add(a, "hacking", null);
                case "account_takeover" -> add(a, "hacking", "Use of stolen creds");
                case "misdelivery" -> add(a, "error", "Misdelivery");
                case "wrong_publication" -> add(a, "error", "Publishing error");
                case "misconfiguration" -> add(a, "error", "Misconfiguration");
                case "loss_theft" -> {
                    add(a, "error", "Loss");
                    add(a, "physical", "Theft");
                }
                case "insider" -> add(a, "misuse", null);
                default -> add(a, "unknown", null);
            }
        }
        if (a.isEmpty()) {
            a.put("unknown", new LinkedHashMap<>());
        }
        return a;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> actions, String category, String variety) {
        Map<String, Object> cat = (Map<String, Object>) actions.computeIfAbsent(category, k -> new LinkedHashMap<>());
        List<String> varieties = (List<String>) cat.computeIfAbsent("variety", k -> new ArrayList<String>());
        String value = variety == null ? "Unknown" : variety;
        if (!varieties.contains(value)) {
            varieties.add(value);
        }
    }

    private static Map<String, Object> actors(CaseRecord r) {
        Map<String, Object> actor = new LinkedHashMap<>();
        if (r.vendorInvolved()) {
            Map<String, Object> partner = new LinkedHashMap<>();
            partner.put("industry", "Unknown");
            if (!r.vendorNames().isEmpty()) {
                partner.put("notes", String.join(", ", r.vendorNames()));
            }
            actor.put("partner", partner);
        }
        if (r.incidentTypes().contains("insider")) {
            actor.put("internal", Map.of("variety", List.of("Unknown")));
        }
        Set<String> external = Set.of("ransomware", "malware", "web_skimming", "unauthorized_access", "account_takeover");
        if (r.incidentTypes().stream().anyMatch(external::contains)) {
            actor.put("external", Map.of("variety", List.of("Unknown")));
        }
        if (actor.isEmpty()) {
            actor.put("unknown", new LinkedHashMap<>());
        }
        return actor;
    }

    private static Map<String, Object> attribute(CaseRecord r) {
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("data_disclosure", "Potentially");
        if (r.personsAffected() != null) {
            conf.put("data_total", r.personsAffected());
        }
        // Glossary item codes to VERIS attribute.confidentiality.data.variety.
        List<Map<String, Object>> data = new ArrayList<>();
        Set<String> varieties = new java.util.LinkedHashSet<>();
        for (String item : r.dataItems()) {
            varieties.add(switch (item) {
                case "MEDICAL", "HEALTH_CHECK", "DISABILITY", "INSURANCE_CARD" -> "Medical";
                case "PAYMENT_CARD" -> "Payment";
                case "BANK_ACCOUNT", "SALARY" -> "Bank";
                case "CREDENTIALS" -> "Credentials";
                default -> "Personal";
            });
        }
        if (varieties.isEmpty() && Boolean.TRUE.equals(r.financialData())) {
            varieties.add("Payment");
        }
        varieties.forEach(variety -> data.add(Map.of("variety", variety)));
        if (!data.isEmpty()) {
            conf.put("data", data);
        }
        conf.put("data_victim", List.of("Customer"));
        return Map.of("confidentiality", conf);
    }

    private static void putDate(Map<String, Object> timeline, String key, String iso) {
        if (iso == null) {
            return;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("year", Integer.parseInt(iso.substring(0, 4)));
        d.put("month", Integer.parseInt(iso.substring(5, 7)));
        d.put("day", Integer.parseInt(iso.substring(8, 10)));
        timeline.put(key, d);
    }
}
