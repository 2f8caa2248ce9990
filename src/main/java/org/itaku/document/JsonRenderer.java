package org.itaku.document;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
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
        root.put("fields", withoutLayout(HtmlRenderer.view(doc.fields())));
        root.put("blocks", withoutLayout(HtmlRenderer.view(doc.blocks())));
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    /** The text-area height is the copy view's business, not data. */
    private static List<Map<String, Object>> withoutLayout(List<Map<String, Object>> blocks) {
        blocks.forEach(b -> b.remove("rows"));
        return blocks;
    }
}
