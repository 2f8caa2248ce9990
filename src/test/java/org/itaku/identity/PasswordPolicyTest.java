package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 3);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Kx7#mQ2!vW9z         | ",
            "kx7mq2vw9zab         | password.INSUFFICIENT_CHARACTERISTICS",
            "Kx7#mQ2!             | password.TOO_SHORT",
            "Hanako#2024x         | password.ILLEGAL_USERNAME",
            "Sakura#Roumu9        | password.ILLEGAL_WORKSPACE_NAME",
            "Kx7#aaaaQ2!v         | password.ILLEGAL_MATCH",
            "Kx7#abcdeQ2!         | password.ILLEGAL_ALPHABETICAL_SEQUENCE",
            "Kx#34567mQ!v         | password.ILLEGAL_NUMERICAL_SEQUENCE",
            "Kx7#qwertQ2!         | password.ILLEGAL_QWERTY_SEQUENCE",
    })
    void explainsWhichRuleFailed(String password, String expected) {
        var violations = policy.violations(password.toCharArray(), "hanako@example.jp", "sakura");
        if (expected == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).contains(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"7, 3", "129, 3", "10, 0", "10, 5"})
    void refusesAnUnsafeConfiguration(int minLength, int minClasses) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PasswordPolicy(minLength, minClasses))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
