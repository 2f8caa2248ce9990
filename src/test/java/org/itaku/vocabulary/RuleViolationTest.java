package org.itaku.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.itaku.incident.IllegalTransitionException;
import org.itaku.incident.IncidentRuleException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/**
 * A rule violation is a code with parameters: its own message (the command line, the logs) is the Japanese text even
 * on a machine set to English, and {@link Refusals} renders it in the reader's language with its code and parameters.
 */
class RuleViolationTest {

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/messages", "messages/incident", "messages/vocabulary");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void theMessageIsJapaneseWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(new IncidentRuleException("incident.rule.waiver.reason", 10).getMessage())
                    .isEqualTo("理由を10文字以上で記入してください。");
            // A parameter given by its key is rendered too.
            assertThat(new IncidentRuleException("incident.rule.required", RuleViolation.field("incident.field.title"))
                    .getMessage()).isEqualTo("件名は必須です。");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aCodeWithoutTextIsShownAsTheCodeWithItsParameters() {
        assertThat(new IncidentRuleException("incident.rule.noSuchCode", 3).getMessage())
                .isEqualTo("incident.rule.noSuchCode [3]");
    }

    @Test
    void refusalsRenderInTheReadersLanguageWithCodeAndParameters() {
        Refusals refusals = new Refusals(bundles());
        IllegalTransitionException closing = new IllegalTransitionException("incident.transition.status",
                RuleViolation.field("incident.status.OPEN"), RuleViolation.field("incident.status.CLOSED"));
        assertThat(refusals.text(closing, Locale.JAPANESE)).isEqualTo("状態を「対応中」から「完了」に変更できません。");
        assertThat(refusals.text(closing, Locale.ENGLISH)).isEqualTo("Cannot move from \"Open\" to \"Closed\".");
        assertThat(Refusals.status(closing)).isEqualTo(HttpStatus.CONFLICT);
        VocabularyRuleException negative = new VocabularyRuleException("vocabulary.persons.negative", -5L);
        assertThat(Refusals.status(negative)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusals.text(negative, Locale.ENGLISH)).isEqualTo("The number of persons must not be negative (given: -5).");
        // Any other exception keeps its own words.
        assertThat(refusals.text(new IllegalArgumentException("plain"), Locale.ENGLISH)).isEqualTo("plain");
    }
}
