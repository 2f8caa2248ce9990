package org.itaku.document;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for other tools: the fields with stable ids (for the PPC form they follow the form's order), whether
 * each is known, and for a 確報 what the 速報 said.
 */
final class JsonRenderer {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    void render(Doc doc, DateStyle style, OutputStream out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", doc.kind().name());
        root.put("title", doc.title());
        root.put("dateStyle", style.name());
        root.put("fields", HtmlRenderer.view(doc.fields()));
        root.put("blocks", HtmlRenderer.view(doc.blocks()));
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }
}
