package org.itaku.web;

import java.text.MessageFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * The message bundles ({@code spring.messages.*}, read as Spring Boot reads them), with one difference: a message
 * with parameters is formatted with this thread's own copy of its {@link MessageFormat}. Spring keeps one
 * MessageFormat per message and language and formats under that object's lock, so the request threads queued for the
 * messages every page renders in its rows (24.6 s of waiting in one office load run's JFR, ~50 ms per wait, most of
 * it while the holder was off the CPU).
 */
@Configuration
class MessageBundles {

    @Bean
    MessageSource messageSource(Environment environment) {
        MessageSourceProperties properties = Binder.get(environment).bind("spring.messages", MessageSourceProperties.class)
                .orElseGet(MessageSourceProperties::new);
        ThreadFormats source = new ThreadFormats();
        if (properties.getBasename() != null && !properties.getBasename().isEmpty()) {
            source.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }

    /** Formats of the bundles' messages, copied once per thread from the shared (cached, parsed) ones. */
    static final class ThreadFormats extends ResourceBundleMessageSource {

        private final ThreadLocal<Map<MessageFormat, MessageFormat>> mine = ThreadLocal.withInitial(IdentityHashMap::new);

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            MessageFormat shared = super.resolveCode(code, locale);
            if (shared == null) {
                return null;
            }
            Map<MessageFormat, MessageFormat> copies = mine.get();
            if (copies.size() > 20_000) {
                copies.clear(); // bundles re-read (a cache duration) leave their old formats behind
            }
            return copies.computeIfAbsent(shared, f -> (MessageFormat) f.clone());
        }
    }
}
