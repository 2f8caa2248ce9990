package org.itaku.web;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.media.ObjectSchema;

/**
 * Springdoc inspects types with Jackson 2, but the API writes some bodies as Jackson 3 trees; describe those as
 * plain JSON objects instead of letting springdoc trip over their setters when building /v3/api-docs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSchemas {

    static {
        SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.node.ObjectNode.class, new ObjectSchema())
                .replaceWithSchema(tools.jackson.databind.JsonNode.class, new ObjectSchema());
    }
}
