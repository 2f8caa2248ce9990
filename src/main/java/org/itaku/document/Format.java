package org.itaku.document;

/** Output formats. HTML_FIELDS is the copy-friendly view: one block per form field, nothing else. */
public enum Format {
    HTML("text/html;charset=UTF-8", "html"),
    HTML_FIELDS("text/html;charset=UTF-8", "fields.html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf"),
    JSON("application/json", "json"),
    TEXT("text/plain;charset=UTF-8", "txt");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
