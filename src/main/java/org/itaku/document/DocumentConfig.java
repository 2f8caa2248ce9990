package org.itaku.document;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires {@link Documents} for the application. The font is looked up lazily, at the first PDF, so a server
 * without a Japanese font still starts and serves HTML, DOCX and JSON.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfig {

    @Bean
    Documents documents(@Value("${itaku.document.font:}") String font,
            @Value("${itaku.document.template-dir:}") String templateDir) {
        return new Documents(new DocumentSettings(font, templateDir.isBlank() ? null : Path.of(templateDir)));
    }
}
