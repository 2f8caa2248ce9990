package org.itaku.obligation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.itaku.vocabulary.Coded;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * The wire format shared by the command line and the REST API: facts in, decisions out, with snake_case names.
 * Reading is strict (unknown keys, wrong types, impossible dates and unknown codes are refused, naming the field),
 * so a typo can never silently change a legal answer.
 */
public final class ObligationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final List<String> FIELDS = List.of("operator_kind", "role", "known_on", "event", "certainty",
            "data_items", "persons", "persons_max", "incident_types", "unauthorized_purpose", "strong_encryption",
            "publicly_viewable", "acquiring", "notified_principal_on", "my_number_persons", "my_number_misuse",
            "my_number_system", "ordinance_special_care", "credentials_move_money");

    private ObligationJson() {
    }

    /** Parses JSON text into a tree; unreadable text is reported against the pseudo-field {@code (json)}. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new InvalidFactsException("(json)", "malformed JSON: " + (cut > 0 ? message.substring(0, cut) : message));
        }
    }

    public static Facts readFacts(String json) {
        return readFacts(parse(json));
    }

    public static Facts readFacts(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidFactsException("(json)", "expected a JSON object of facts");
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidFactsException(name, "unknown key; expected one of " + String.join(", ", FIELDS));
            }
        }
        return new Facts(
                Codes.parse(OperatorKind.class, "operator_kind", requiredString(node, "operator_kind")),
                Codes.parse(EntrustmentRole.class, "role", requiredString(node, "role")),
                date(node, "known_on", true),
                present(node, "event") == null ? null
                        : Codes.parse(BreachEvent.class, "event", requiredString(node, "event")),
                Codes.parse(Certainty.class, "certainty", requiredString(node, "certainty")),
                codes(node, "data_items", DataItem.class),
                requiredCount(node, "persons"),
                optionalCount(node, "persons_max"),
                codes(node, "incident_types", IncidentType.class),
                optionalBoolean(node, "unauthorized_purpose"),
                requiredBoolean(node, "strong_encryption"),
                Boolean.TRUE.equals(optionalBoolean(node, "publicly_viewable")),
                Boolean.TRUE.equals(optionalBoolean(node, "acquiring")),
                date(node, "notified_principal_on", false),
                optionalCount(node, "my_number_persons"),
                present(node, "my_number_misuse") == null ? Set.of() : codes(node, "my_number_misuse", MyNumberMisuse.class),
                flag(node, "my_number_system"),
                flag(node, "ordinance_special_care"),
                flag(node, "credentials_move_money"));
    }

    private static JsonNode present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static String requiredString(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null) {
            throw new InvalidFactsException(field, "is required");
        }
        if (!value.isString()) {
            throw new InvalidFactsException(field, "must be a string");
        }
        return value.stringValue();
    }

    private static LocalDate date(JsonNode node, String field, boolean required) {
        JsonNode value = present(node, field);
        if (value == null) {
            if (required) {
                throw new InvalidFactsException(field, "is required");
            }
            return null;
        }
        if (!value.isString() || !value.stringValue().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidFactsException(field, "must be a date written YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.stringValue()); // ISO_LOCAL_DATE is strict: 2025-02-30 is refused
        } catch (DateTimeParseException e) {
            throw new InvalidFactsException(field, "no such date: " + value.stringValue());
        }
    }

    private static int requiredCount(JsonNode node, String field) {
        Integer count = optionalCount(node, field);
        if (count == null) {
            throw new InvalidFactsException(field, "is required");
        }
        return count;
    }

    private static Integer optionalCount(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidFactsException(field, "must be a whole number");
        }
        if (value.bigIntegerValue().signum() < 0) {
            throw new InvalidFactsException(field, "must not be negative");
        }
        if (!value.canConvertToInt()) {
            throw new InvalidFactsException(field, "is too large");
        }
        return value.intValue();
    }

    private static boolean requiredBoolean(JsonNode node, String field) {
        Boolean value = optionalBoolean(node, field);
        if (value == null) {
            throw new InvalidFactsException(field, "is required");
        }
        return value;
    }

    private static boolean flag(JsonNode node, String field) {
        return Boolean.TRUE.equals(optionalBoolean(node, field));
    }

    private static Boolean optionalBoolean(JsonNode node, String field) {
        JsonNode value = present(node, field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidFactsException(field, "must be true or false");
        }
        return value.booleanValue();
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(JsonNode node, String field, Class<E> type) {
        JsonNode value = present(node, field);
        if (value == null) {
            throw new InvalidFactsException(field, "is required (use [] for none)");
        }
        if (!value.isArray()) {
            throw new InvalidFactsException(field, "must be an array of codes");
        }
        Set<E> result = EnumSet.noneOf(type);
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isString()) {
                throw new InvalidFactsException(field + "[" + i + "]", "must be a string code");
            }
            result.add(Codes.parse(type, field + "[" + i + "]", element.stringValue()));
        }
        return result;
    }

    /** The decision as a JSON object; {@code exemption} is always present, null when none applies. */
    public static ObjectNode write(Decision decision) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("reportable", decision.reportable());
        ArrayNode appi = out.putArray("appi_categories");
        decision.appiCategories().forEach(appi::add);
        ArrayNode myNumber = out.putArray("my_number_categories");
        decision.myNumberCategories().forEach(myNumber::add);
        if (decision.exemption() == null) {
            out.putNull("exemption");
        } else {
            out.put("exemption", decision.exemption());
        }
        ArrayNode obligations = out.putArray("obligations");
        for (Obligation o : decision.obligations()) {
            ObjectNode node = obligations.addObject();
            node.put("kind", o.kind().code());
            if (o.authority() != null) {
                node.put("authority", o.authority());
            }
            putDate(node, "from", o.from());
            putDate(node, "to", o.to());
            putDate(node, "due", o.due());
            if (o.binding() != null) {
                node.put("binding", o.binding());
            }
            putDate(node, "done_on", o.doneOn());
            ArrayNode basis = node.putArray("basis");
            o.basis().forEach(basis::add);
            ArrayNode basisJa = node.putArray("basis_ja");
            o.basisJa().forEach(basisJa::add);
        }
        ArrayNode reasons = out.putArray("reasons");
        for (Reason r : decision.reasons()) {
            reasons.addObject().put("rule", r.rule()).put("rule_ja", r.ruleJa()).put("ja", r.ja()).put("en", r.en());
        }
        out.put("rule_set", decision.ruleSet());
        return out;
    }

    private static void putDate(ObjectNode node, String name, LocalDate date) {
        if (date != null) {
            node.put(name, date.toString());
        }
    }

    public static String toJson(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    public static String toJson(Decision decision) {
        return toJson(write(decision));
    }

    /** An object node for callers that assemble facts from another source (e.g. a form). */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    /** Decisions for a JSON array of facts; an error names the element, e.g. {@code [2].persons}. */
    public static String evaluateBatch(ObligationEngine engine, JsonNode array) {
        ArrayNode out = MAPPER.createArrayNode();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                decisions.add(engine.evaluate(readFacts(array.get(i))));
            } catch (InvalidFactsException e) {
                throw e.at("[" + i + "].");
            }
        }
        decisions.forEach(d -> out.add(write(d)));
        return toJson(out);
    }
}
