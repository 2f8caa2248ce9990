package org.itaku.document;

/**
 * What to write, from which record, with which date style, for which workspace. Built with the factory
 * methods; {@code workspace} (optional) selects that workspace's replacement templates, if it has any.
 */
public record DocumentRequest(DocumentKind kind, Object input, DateStyle dateStyle, String workspace) {

    public DocumentRequest {
        if (kind == null || input == null || dateStyle == null) {
            throw new IllegalArgumentException("kind, input and dateStyle are required");
        }
        workspace = Texts.optional(workspace);
        // The workspace key becomes a directory name when templates are looked up: no path tricks.
        if (workspace != null && !workspace.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("workspace key must be 1-64 letters, digits, '-' or '_'");
        }
        Class<?> expected = switch (kind) {
            case PPC_REPORT -> BreachReport.class;
            case PRINCIPAL_NOTICE -> PrincipalNotice.class;
            case INDIVIDUAL_LETTER, INDIVIDUAL_EMAIL -> IndividualNotice.class;
            case PUBLIC_ANNOUNCEMENT -> PublicAnnouncement.class;
            case INCIDENT_SUMMARY -> IncidentSummary.class;
        };
        if (!expected.isInstance(input)) {
            throw new IllegalArgumentException(kind + " needs a " + expected.getSimpleName());
        }
    }

    public DocumentRequest(DocumentKind kind, Object input, DateStyle dateStyle) {
        this(kind, input, dateStyle, null);
    }

    /** The same request rendered with the given workspace's replacement templates, where it has any. */
    public DocumentRequest forWorkspace(String workspaceKey) {
        return new DocumentRequest(kind, input, dateStyle, workspaceKey);
    }

    public static DocumentRequest ppcReport(BreachReport report, DateStyle style) {
        return new DocumentRequest(DocumentKind.PPC_REPORT, report, style);
    }

    public static DocumentRequest principalNotice(PrincipalNotice notice, DateStyle style) {
        return new DocumentRequest(DocumentKind.PRINCIPAL_NOTICE, notice, style);
    }

    public static DocumentRequest individualLetter(IndividualNotice notice, DateStyle style) {
        return new DocumentRequest(DocumentKind.INDIVIDUAL_LETTER, notice, style);
    }

    public static DocumentRequest individualEmail(IndividualNotice notice, DateStyle style) {
        return new DocumentRequest(DocumentKind.INDIVIDUAL_EMAIL, notice, style);
    }

    public static DocumentRequest announcement(PublicAnnouncement announcement, DateStyle style) {
        return new DocumentRequest(DocumentKind.PUBLIC_ANNOUNCEMENT, announcement, style);
    }

    public static DocumentRequest summary(IncidentSummary summary, DateStyle style) {
        return new DocumentRequest(DocumentKind.INCIDENT_SUMMARY, summary, style);
    }
}
