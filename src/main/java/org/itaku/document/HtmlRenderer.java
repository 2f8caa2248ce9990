package org.itaku.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders HTML with Thymeleaf templates under {@code templates/document/}. Every value reaches the page
 * through {@code th:text}, so text typed into an incident can never become markup. A workspace may replace
 * a template by putting a file of the same name under the configured template directory; the default
 * stays the fallback.
 */
final class HtmlRenderer {

    static final String DOCUMENT = "document/document";
    static final String FIELDS = "document/fields";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final Path overrideDir;

    HtmlRenderer(Path overrideDir) {
        this.overrideDir = overrideDir;
        int order = 1;
        if (overrideDir != null) {
            FileTemplateResolver overrides = new FileTemplateResolver();
            overrides.setPrefix(overrideDir.toAbsolutePath() + "/");
            overrides.setSuffix(".html");
            overrides.setTemplateMode(TemplateMode.HTML);
            overrides.setCharacterEncoding("UTF-8");
            overrides.setCheckExistence(true);
            overrides.setCacheable(false);
            overrides.setOrder(order++);
            engine.addTemplateResolver(overrides);
        }
        ClassLoaderTemplateResolver defaults = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
        defaults.setPrefix("templates/");
        defaults.setSuffix(".html");
        defaults.setTemplateMode(TemplateMode.HTML);
        defaults.setCharacterEncoding("UTF-8");
        defaults.setCacheable(true);
        defaults.setOrder(order);
        engine.addTemplateResolver(defaults);
    }

    void render(Doc doc, Object input, boolean fieldsOnly, String workspace, OutputStream out) throws IOException {
        Context context = new Context();
        context.setVariable("title", doc.title());
        context.setVariable("kind", doc.kind().name());
        context.setVariable("blocks", view(doc.blocks()));
        context.setVariable("fields", view(doc.fields()));
        // The input record too, so a replacement template can word things its own way.
        context.setVariable("input", input);
        context.setVariable("notYetKnown", Texts.NOT_YET_KNOWN);
        context.setVariable("previousLabel", Drafts.previousLabel());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        engine.process(templateName(fieldsOnly ? FIELDS : DOCUMENT, workspace), context, writer);
        writer.flush();
    }

    /**
     * {@code <dir>/<workspace>/document/x.html} if that workspace replaced the template, else the
     * installation-wide {@code <dir>/document/x.html} if present (the resolver checks), else the default.
     */
    private String templateName(String name, String workspace) {
        if (overrideDir != null && workspace != null
                && Files.isRegularFile(overrideDir.resolve(workspace).resolve(name + ".html"))) {
            return workspace + "/" + name;
        }
        return name;
    }

    /** Plain maps, so templates (and the JSON output) see simple properties rather than package-private types. */
    static List<Map<String, Object>> view(List<Doc.Block> blocks) {
        return blocks.stream().map(HtmlRenderer::view).toList();
    }

    static Map<String, Object> view(Doc.Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", b.type().name());
        if (b.id() != null) {
            m.put("id", b.id());
        }
        if (b.label() != null) {
            m.put("label", b.label());
        }
        m.put("text", b.text());
        if (b.field()) {
            m.put("known", b.known());
            m.put("changed", b.changed());
            m.put("rows", b.text().split("\n", -1).length + b.text().length() / 40 + 1);
            if (b.changed()) {
                m.put("previous", b.previous());
            }
        }
        m.put("align", b.align().name());
        return m;
    }
}
