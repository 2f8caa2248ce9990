package org.itaku.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

class ObligationJsonTest {

    private static final String BASE = ObligationCommandTest.GOOD_9;

    @Test
    void readsEveryField() {
        Facts facts = ObligationJson.readFacts("{\"operator_kind\":\"health_insurance_society\",\"role\":\"entrustee\","
                + "\"known_on\":\"2024-08-22\",\"event\":\"damage\",\"certainty\":\"possible\","
                + "\"data_items\":[\"NAME\",\"MY_NUMBER\"],\"persons\":10,\"persons_max\":200,"
                + "\"incident_types\":[\"ransomware\",\"misconfiguration\"],\"unauthorized_purpose\":false,"
                + "\"strong_encryption\":false,\"publicly_viewable\":true,\"acquiring\":true,"
                + "\"notified_principal_on\":\"2024-08-23\"}");
        assertThat(facts.operatorKind()).isEqualTo(OperatorKind.HEALTH_INSURANCE_SOCIETY);
        assertThat(facts.role()).isEqualTo(EntrustmentRole.ENTRUSTEE);
        assertThat(facts.event()).isEqualTo(BreachEvent.DAMAGE);
        assertThat(facts.certainty()).isEqualTo(Certainty.POSSIBLE);
        assertThat(facts.dataItems()).containsExactlyInAnyOrder(DataItem.NAME, DataItem.MY_NUMBER);
        assertThat(facts.personsMax()).isEqualTo(200);
        assertThat(facts.incidentTypes()).containsExactlyInAnyOrder(IncidentType.RANSOMWARE,
                IncidentType.MISCONFIGURATION);
        assertThat(facts.unauthorizedPurpose()).isFalse();
        assertThat(facts.publiclyViewable()).isTrue();
        assertThat(facts.acquiring()).isTrue();
        assertThat(facts.notifiedPrincipalOn()).isEqualTo(LocalDate.of(2024, 8, 23));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"role\":\"principal\"|\"role\":\"boss\"|role",
            "\"event\":\"leak\"|\"event\":\"Leak\"|event",
            "\"certainty\":\"confirmed\"|\"certainty\":1|certainty",
            "\"known_on\":\"2025-08-25\"|\"known_on\":\"2025-13-01\"|known_on",
            "\"known_on\":\"2025-08-25\"|\"known_on\":\"25-08-2025\"|known_on",
            "\"known_on\":\"2025-08-25\"|\"known_on\":\"2021-08-25\"|known_on",
            "\"persons\":1500|\"persons\":1.5|persons",
            "\"persons\":1500|\"persons\":\"1500\"|persons",
            "\"persons\":1500|\"persons\":99999999999|persons",
            "\"persons\":1500|\"persons\":1500,\"persons_max\":-1|persons_max",
            "\"persons\":1500|\"persons\":1500,\"persons_max\":100|persons_max",
            "\"data_items\":[\"NAME\",\"EMAIL\"]|\"data_items\":\"NAME\"|data_items",
            "\"data_items\":[\"NAME\",\"EMAIL\"]|\"data_items\":[\"name\"]|data_items[0]",
            "\"data_items\":[\"NAME\",\"EMAIL\"]|\"data_items\":[\"NAME\",7]|data_items[1]",
            "\"incident_types\":[\"misdelivery\"]|\"incident_types\":[\"phishing\"]|incident_types[0]",
            "\"strong_encryption\":false|\"strong_encryption\":null|strong_encryption",
            "\"strong_encryption\":false|\"strong_encryption\":false,\"acquiring\":\"yes\"|acquiring",
            "\"role\":\"principal\"|\"role\":\"entrustee\",\"notified_principal_on\":\"2025-08-24\"|notified_principal_on",
            "\"strong_encryption\":false|\"strong_encryption\":false,\"colour\":\"red\"|colour",
            "\"operator_kind\":\"private\",|''|operator_kind"
    })
    void badInputNamesTheField(String from, String to, String field) {
        String json = BASE.replace(from, to);
        assertThat(json).isNotEqualTo(BASE);
        assertThatThrownBy(() -> new ObligationEngine().evaluate(ObligationJson.readFacts(json)))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessageStartingWith(field + ":")
                .satisfies(e -> assertThat(((InvalidFactsException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{", "[1,2]", "{} {}", "null", "{\"persons\":1,\"persons\":2}"})
    void unreadableOrNonObjectInputIsRefused(String json) {
        assertThatThrownBy(() -> ObligationJson.readFacts(json)).isInstanceOf(InvalidFactsException.class);
    }

    @Test
    void writesTheContractShape() {
        Decision decision = new ObligationEngine().evaluate(ObligationJson.readFacts(BASE));
        JsonNode json = ObligationJson.parse(ObligationJson.toJson(decision));
        assertThat(json.propertyNames()).containsExactly("reportable", "appi_categories", "my_number_categories",
                "exemption", "obligations", "reasons", "rule_set");
        assertThat(json.get("obligations").get(2).get("kind").stringValue()).isEqualTo("notify_individuals");
        assertThat(json.get("obligations").get(2).has("binding")).isFalse();
    }

    @Test
    void batchErrorsNameTheElement() {
        JsonNode array = ObligationJson.parse("[" + BASE + "," + BASE.replace("1500", "-1") + "]");
        assertThatThrownBy(() -> ObligationJson.evaluateBatch(new ObligationEngine(), array))
                .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("[1].persons:");
    }
}
