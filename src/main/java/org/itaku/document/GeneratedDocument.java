package org.itaku.document;

import java.time.Instant;

/** One document handed out for an incident, as kept with it: which, which version, its hash, when and by whom. */
public record GeneratedDocument(long id, long incidentId, long operatorId, String kind, String format, int version,
        String fileName, String sha256, Instant generatedAt, String generatedBy) {

    public GeneratedDocument {
        kind = Texts.required(kind, "document kind");
        format = Texts.required(format, "document format");
        fileName = Texts.required(fileName, "file name");
        if (version < 1) {
            throw new IllegalArgumentException("document versions start at 1");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
        }
        if (generatedAt == null) {
            throw new IllegalArgumentException("generatedAt is required");
        }
    }
}
