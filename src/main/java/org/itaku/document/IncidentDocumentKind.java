package org.itaku.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents an officer downloads for one operator of an incident, by the path segment that names them
 * ({@code /incidents/{id}/documents/{operatorId}/{kind}.{format}}), with the Japanese label used in file names.
 */
public enum IncidentDocumentKind {
    PRELIMINARY("preliminary", "速報"),
    FINAL("final", "確報"),
    JOINT("joint", "速報（連名）"),
    MY_NUMBER("my-number", "速報（番号法）"),
    INDIVIDUAL_LETTER("individual-letter", "本人通知（書面）"),
    INDIVIDUAL_EMAIL("individual-email", "本人通知（メール）"),
    ANNOUNCEMENT("announcement", "お詫びとお知らせ"),
    SUMMARY("summary", "事案概要"),
    PRINCIPAL_NOTICES("principal-notices", "委託元への通知");

    private final String slug;
    private final String japanese;

    IncidentDocumentKind(String slug, String japanese) {
        this.slug = slug;
        this.japanese = japanese;
    }

    public String slug() {
        return slug;
    }

    public String japanese() {
        return japanese;
    }

    /**
     * Whether the kind is a PPC report draft, whose fields an officer pastes one by one into the PPC online form
     * (so it also comes as the copy-friendly view, {@link Format#HTML_FIELDS}).
     */
    public boolean isPpcReport() {
        return this == PRELIMINARY || this == FINAL || this == JOINT || this == MY_NUMBER;
    }

    /** The kind a path segment names; empty for anything else (answered with 404). */
    public static Optional<IncidentDocumentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
