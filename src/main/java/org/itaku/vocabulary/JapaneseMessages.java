package org.itaku.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Japanese text of a {@link RuleViolation} outside a request: for the command line, for logs and for
 * {@link Throwable#getMessage()}. It reads the same bundles, in the same order, as the application's
 * {@code MessageSource} ({@code spring.messages.basename} in {@code application.properties}), with no fallback to
 * the machine's locale, so an English machine still gets Japanese.
 */
final class JapaneseMessages {

    private static final ResourceBundleMessageSource SOURCE = source();

    private JapaneseMessages() {
    }

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setBasenames(basenames());
        return source;
    }

    private static String[] basenames() {
        Properties properties = new Properties();
        try (InputStream in = JapaneseMessages.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // No settings to read: the codes are shown as they are.
        }
        return Arrays.stream(properties.getProperty("spring.messages.basename", "messages/messages").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /** The Japanese text, or the code with its parameters when the bundles have no text for it. */
    static String render(RuleViolation violation) {
        try {
            String text = SOURCE.getMessage(violation.code(), violation.getArguments(), null, Locale.JAPANESE);
            if (text != null) {
                return text;
            }
        } catch (NoSuchMessageException | IllegalArgumentException e) {
            // A parameter's own key is missing or the pattern is broken: fall through to the code.
        }
        return violation.code() + (violation.args().isEmpty() ? "" : " " + violation.args());
    }
}
