package org.itaku.document;

import java.nio.file.Path;

/**
 * Settings of the document module.
 *
 * @param font        the Japanese .ttf for PDF output (property {@code itaku.document.font}); null for the bundled IPAexGothic
 * @param templateDir a directory whose {@code document/<name>.html} files replace the default HTML templates
 *                    for the whole installation, and whose {@code <workspace>/document/<name>.html} files replace
 *                    them for one workspace (property {@code itaku.document.template-dir}); null for the defaults
 */
public record DocumentSettings(String font, Path templateDir) {

    public DocumentSettings {
        font = font == null || font.isBlank() ? null : font.strip();
    }

    /** No configured font (property/env at first PDF, else the bundled one) and no template overrides. */
    public static DocumentSettings defaults() {
        return new DocumentSettings(null, null);
    }
}
