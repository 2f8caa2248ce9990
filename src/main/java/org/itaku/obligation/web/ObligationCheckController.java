package org.itaku.obligation.web;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.Decision;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.IncidentType;
import org.itaku.obligation.InvalidFactsException;
import org.itaku.obligation.MyNumberMisuse;
import org.itaku.obligation.ObligationEngine;
import org.itaku.obligation.ObligationJson;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain HTML form for one evaluation: works without JavaScript, posts with the CSRF token that th:action adds,
 * and shows the decision with its reasons in the current language. Form fields carry the JSON names, so the page
 * goes through the same strict reading as the API and the command line.
 */
@Controller
@RequestMapping("/obligations/check")
class ObligationCheckController {

    private static final List<String> TEXT_FIELDS = List.of("operator_kind", "role", "known_on", "event", "certainty",
            "notified_principal_on");
    private static final List<String> COUNT_FIELDS = List.of("persons", "persons_max", "my_number_persons");
    private static final List<String> FLAG_FIELDS = List.of("strong_encryption", "publicly_viewable", "acquiring",
            "credentials_move_money", "my_number_system", "ordinance_special_care");

    private final ObligationEngine engine = new ObligationEngine();

    @GetMapping
    String form(Model model) {
        MultiValueMap<String, String> defaults = new LinkedMultiValueMap<>();
        defaults.add("operator_kind", OperatorKind.PRIVATE.code());
        defaults.add("role", EntrustmentRole.PRINCIPAL.code());
        defaults.add("event", BreachEvent.LEAK.code());
        defaults.add("certainty", Certainty.CONFIRMED.code());
        defaults.add("persons", "0");
        defaults.add("data_items", DataItem.NAME.code());
        prepare(model, defaults);
        return "obligation/check";
    }

    @PostMapping
    String check(@RequestParam MultiValueMap<String, String> params, Model model) {
        prepare(model, params);
        try {
            Decision decision = engine.evaluate(ObligationJson.readFacts(toJson(params)));
            model.addAttribute("decision", decision);
        } catch (InvalidFactsException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
        }
        return "obligation/check";
    }

    /** The form as a facts object; values are passed on as typed, so the strict reader judges them. */
    static ObjectNode toJson(MultiValueMap<String, String> params) {
        ObjectNode facts = ObligationJson.newObject();
        for (String field : TEXT_FIELDS) {
            String value = params.getFirst(field);
            if (value != null && !value.isBlank()) {
                facts.put(field, value.strip());
            }
        }
        for (String field : COUNT_FIELDS) {
            String value = params.getFirst(field);
            if (value != null && !value.isBlank()) {
                String v = value.strip();
                if (v.matches("-?\\d{1,30}")) {
                    facts.put(field, new BigInteger(v));
                } else {
                    facts.put(field, v); // refused by the reader as "must be a whole number"
                }
            }
        }
        for (String field : FLAG_FIELDS) {
            facts.put(field, "true".equals(params.getFirst(field)));
        }
        String purpose = params.getFirst("unauthorized_purpose");
        if ("true".equals(purpose) || "false".equals(purpose)) {
            facts.put("unauthorized_purpose", Boolean.parseBoolean(purpose));
        }
        List<String> misuse = params.get("my_number_misuse");
        if (misuse != null && misuse.stream().anyMatch(v -> !v.isBlank())) {
            ArrayNode array = facts.putArray("my_number_misuse");
            misuse.stream().filter(v -> !v.isBlank()).forEach(array::add);
        }
        for (String field : List.of("data_items", "incident_types")) {
            ArrayNode array = facts.putArray(field);
            List<String> values = params.get(field);
            if (values != null) {
                values.stream().filter(v -> !v.isBlank()).forEach(array::add);
            }
        }
        return facts;
    }

    private static void prepare(Model model, MultiValueMap<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        params.forEach((key, values) -> form.put(key, values.isEmpty() ? "" : values.get(0)));
        model.addAttribute("form", form);
        model.addAttribute("selectedItems", params.getOrDefault("data_items", List.of()));
        model.addAttribute("selectedTypes", params.getOrDefault("incident_types", List.of()));
        model.addAttribute("selectedMisuse", params.getOrDefault("my_number_misuse", List.of()));
        model.addAttribute("misuses", codes(MyNumberMisuse.values()));
        model.addAttribute("operatorKinds", codes(OperatorKind.dutyKinds().toArray(OperatorKind[]::new)));
        model.addAttribute("roles", codes(EntrustmentRole.values()));
        model.addAttribute("events", codes(BreachEvent.values()));
        model.addAttribute("certainties", codes(Certainty.values()));
        model.addAttribute("dataItems", Arrays.stream(DataItem.values()).map(DataItem::code).toList());
        model.addAttribute("incidentTypes", Arrays.stream(IncidentType.values()).map(IncidentType::code).toList());
    }

    private static List<String> codes(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
