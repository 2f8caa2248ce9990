package org.itaku.document;

/**
 * A finished document. The hash lets the incident module keep the exact version it handed out
 * (issue 6: every generated document is recorded with version and hash).
 */
public record RenderedDocument(String fileName, String mediaType, byte[] content, String sha256) {

    public RenderedDocument {
        fileName = Texts.required(fileName, "file name");
        if (content == null) {
            throw new IllegalArgumentException("content is required");
        }
    }
}
