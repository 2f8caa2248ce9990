package org.itaku.document;

/** The documents this module writes; the base name is the ASCII stem of the downloaded file's name. */
public enum DocumentKind {
    PPC_REPORT("ppc-report"),
    PRINCIPAL_NOTICE("principal-notice"),
    INDIVIDUAL_LETTER("individual-letter"),
    INDIVIDUAL_EMAIL("individual-email"),
    PUBLIC_ANNOUNCEMENT("announcement"),
    INCIDENT_SUMMARY("incident-summary");

    private final String baseName;

    DocumentKind(String baseName) {
        this.baseName = baseName;
    }

    public String baseName() {
        return baseName;
    }
}
