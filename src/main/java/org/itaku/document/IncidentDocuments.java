package org.itaku.document;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.nio.charset.StandardCharsets;

import org.itaku.audit.AuditEvent;
import org.itaku.audit.AuditTrail;
import org.itaku.entrustment.Holding;
import org.itaku.entrustment.Operator;
import org.itaku.entrustment.Register;
import org.itaku.entrustment.RegisterNotFoundException;
import org.itaku.incident.IncidentReport;
import org.itaku.incident.Incidents;
import org.itaku.incident.PartyFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of an incident: drafts worded from the incident module's facts of each operator, rendered, kept
 * with the incident as a numbered version with its hash, and recorded in the audit trail. Every method takes the
 * workspace first; another workspace's incident is not found. A 確報 carries the last 速報 generated for the same
 * operator, so it shows what changed since.
 */
@Service
public class IncidentDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Incidents incidents;
    private final Register register;
    private final Documents documents;
    private final DocumentVersions versions;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkspaceDocumentSettings dateStyles;

    IncidentDocuments(Incidents incidents, Register register, Documents documents, DocumentVersions versions,
            AuditTrail audit, Clock clock, WorkspaceDocumentSettings dateStyles) {
        this.dateStyles = dateStyles;
        this.incidents = incidents;
        this.register = register;
        this.documents = documents;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /** One operator's row on the documents page: which kinds it can download. */
    public record OperatorDocuments(long operatorId, String name, String role, boolean reportable,
            List<IncidentDocumentKind> kinds, int principals) {
        public OperatorDocuments {
            name = Texts.required(name, "operator name");
            kinds = List.copyOf(kinds);
        }
    }

    /** A document ready to send: the Japanese file name, an ASCII fallback, and the version kept. */
    public record Download(String fileName, String asciiFileName, String mediaType, byte[] content, int version,
            String sha256) {
        public Download {
            fileName = Texts.required(fileName, "file name");
            asciiFileName = Texts.required(asciiFileName, "ASCII file name");
            if (content == null) {
                throw new IllegalArgumentException("content is required");
            }
        }
    }

    /** Every operator's row: for small incidents and tests; the page reads {@link #overview(long, long, PartyFilter, int, int)}. */
    public List<OperatorDocuments> overview(long workspaceId, long incidentId) {
        return rows(incidents.reports(workspaceId, incidentId));
    }

    /** One page of the documents overview, with how many operators match: a vendor's incident reaches 170,000. */
    public record OverviewPage(List<OperatorDocuments> operators, int page, int size, long total) {
    }

    public OverviewPage overview(long workspaceId, long incidentId, PartyFilter filter, int page, int size) {
        Incidents.PartyPage parties = incidents.parties(workspaceId, incidentId, filter, page, size);
        List<Long> ids = parties.items().stream().map(org.itaku.incident.Party::operatorId).toList();
        return new OverviewPage(rows(incidents.reports(workspaceId, incidentId, ids)), parties.page(), parties.size(),
                parties.total());
    }

    private static List<OperatorDocuments> rows(List<IncidentReport> reports) {
        List<OperatorDocuments> out = new ArrayList<>();
        for (IncidentReport r : reports) {
            List<IncidentDocumentKind> kinds = new ArrayList<>(List.of(IncidentDocumentKind.PRELIMINARY,
                    IncidentDocumentKind.FINAL));
            if (!r.principals().isEmpty()) {
                kinds.add(IncidentDocumentKind.JOINT);
            }
            if (IncidentDrafts.concernsMyNumbers(r)) {
                kinds.add(IncidentDocumentKind.MY_NUMBER);
            }
            kinds.addAll(List.of(IncidentDocumentKind.INDIVIDUAL_LETTER, IncidentDocumentKind.INDIVIDUAL_EMAIL,
                    IncidentDocumentKind.ANNOUNCEMENT, IncidentDocumentKind.SUMMARY));
            out.add(new OperatorDocuments(r.reporterId(), r.reporterName(), r.role(), r.reportable(), kinds,
                    r.principals().size()));
        }
        return out;
    }

    /** Every document generated for the incident, newest version first per kind. */
    public List<GeneratedDocument> history(long workspaceId, long incidentId) {
        incidents.incident(workspaceId, incidentId);
        return versions.of(workspaceId, incidentId);
    }

    /** Renders one document, keeps it as the next version and records the generation in the audit trail. */
    @Transactional
    public Download generate(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind,
            Format format, DateStyle style, String actor) {
        if (format == Format.HTML_FIELDS && !kind.isPpcReport()) {
            throw new DocumentNotAvailableException("only PPC report drafts come as the copy-friendly view");
        }
        Prepared p = prepare(workspaceId, incidentId, operatorId, kind, style);
        RenderedDocument rendered = documents.render(p.request(), format);
        GeneratedDocument kept = versions.add(workspaceId, incidentId, operatorId, kind, formatCode(format),
                rendered.fileName(), rendered.sha256(), Instant.now(clock), actor, JSON.writeValueAsString(p.input()));
        record(workspaceId, incidentId, kind, format);
        return new Download(fileName(p.report().reporterName(), kind, incidentId, format.extension()),
                asciiName(incidentId, operatorId, kind, format.extension()), rendered.mediaType(), rendered.content(),
                kept.version(), rendered.sha256());
    }

    /** A draft as generated now, for the officer to review and edit; nothing is kept or recorded yet. */
    public record Draft(IncidentDocumentKind kind, String operatorName, String title, List<DraftBlock> blocks,
            String text) {
        public Draft {
            blocks = List.copyOf(blocks);
        }
    }

    public Draft draft(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind,
            DateStyle style) {
        Prepared p = prepare(workspaceId, incidentId, operatorId, kind, style);
        List<DraftBlock> blocks = documents.blocks(p.request());
        String title = blocks.stream().filter(b -> "TITLE".equals(b.type())).map(DraftBlock::text).findFirst()
                .orElse(kind.japanese());
        return new Draft(kind, p.report().reporterName(), title, blocks, documents.text(p.request()));
    }

    /**
     * Keeps the draft the officer reviewed as the next version: the text as generated now beside the text with the
     * officer's edits (block position → text; a block left as generated is not an edit), and records in the audit
     * trail which blocks were changed. Returns the kept version.
     */
    @Transactional
    public int keepEdited(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind,
            DateStyle style, Map<Integer, String> submitted, String actor) {
        Prepared p = prepare(workspaceId, incidentId, operatorId, kind, style);
        List<DraftBlock> blocks = documents.blocks(p.request());
        Map<Integer, String> edits = new TreeMap<>();
        submitted.forEach((index, text) -> {
            if (index < 0 || index >= blocks.size() || !blocks.get(index).editable()) {
                throw new DocumentNotAvailableException("block " + index + " cannot be edited in this document");
            }
            String t = text == null ? "" : text.replace("\r\n", "\n").strip();
            if (t.isEmpty()) {
                throw new InvalidDraftEditException(blocks.get(index).label());
            }
            if (!t.equals(blocks.get(index).text())) {
                edits.put(index, t);
            }
        });
        String generated = documents.text(p.request());
        String edited = documents.text(p.request(), edits);
        String sha = java.util.HexFormat.of().formatHex(sha256().digest(edited.getBytes(StandardCharsets.UTF_8)));
        GeneratedDocument kept = versions.addEdited(workspaceId, incidentId, operatorId, kind,
                asciiName(incidentId, operatorId, kind, "txt"), sha, Instant.now(clock), actor,
                JSON.writeValueAsString(p.input()), generated, edited, JSON.writeValueAsString(edits));
        List<String> changed = new ArrayList<>();
        changed.add("document." + kind.name().toLowerCase(Locale.ROOT));
        edits.keySet().forEach(i -> changed.add("block_" + i));
        audit.record(AuditEvent.of("document.edit").inWorkspace(workspaceId).target("incident", incidentId).changed(changed.toArray(String[]::new)));
        return kept.version();
    }

    /** A version the officer reviewed and kept, rendered again in any format from its input and edits. */
    @Transactional
    public Download keptVersion(long workspaceId, long incidentId, long versionId, Format format) {
        incidents.incident(workspaceId, incidentId);
        DocumentVersions.Edited e = versions.edited(workspaceId, incidentId, versionId)
                .orElseThrow(() -> new DocumentNotAvailableException("no reviewed version " + versionId));
        IncidentDocumentKind kind = IncidentDocumentKind.ofSlug(e.kind())
                .orElseThrow(() -> new DocumentNotAvailableException("unknown document " + e.kind()));
        Object input = JSON.readValue(e.fieldsJson(), inputType(kind));
        Map<Integer, String> edits = new TreeMap<>();
        JSON.readTree(e.editsJson()).properties().forEach(en -> edits.put(Integer.valueOf(en.getKey()),
                en.getValue().stringValue()));
        // The date style of the kept input is not stored; the workspace's current default words the dates.
        DocumentRequest request = new DocumentRequest(documentKind(kind), input, dateStyles.dateStyle(workspaceId),
                String.valueOf(workspaceId));
        RenderedDocument rendered = documents.render(request, format, edits);
        record(workspaceId, incidentId, kind, format);
        String name = incidents.report(workspaceId, incidentId, e.operatorId()).reporterName();
        return new Download(fileName(name, kind, incidentId, "v" + e.version() + "." + format.extension()),
                asciiName(incidentId, e.operatorId(), kind, "v" + e.version() + "." + format.extension()),
                rendered.mediaType(), rendered.content(), e.version(), rendered.sha256());
    }

    private static Class<?> inputType(IncidentDocumentKind kind) {
        return switch (kind) {
            case PRELIMINARY, FINAL, JOINT, MY_NUMBER -> BreachReport.class;
            case INDIVIDUAL_LETTER, INDIVIDUAL_EMAIL -> IndividualNotice.class;
            case ANNOUNCEMENT -> PublicAnnouncement.class;
            case SUMMARY -> IncidentSummary.class;
            case PRINCIPAL_NOTICES -> throw new DocumentNotAvailableException("principal notices come as one ZIP");
        };
    }

    /** One document's facts, its input record and the request that words it. */
    private record Prepared(IncidentReport report, Object input, DocumentRequest request) {
    }

    private Prepared prepare(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind,
            DateStyle style) {
        if (kind == IncidentDocumentKind.PRINCIPAL_NOTICES) {
            throw new DocumentNotAvailableException("principal notices come as one ZIP");
        }
        IncidentReport r = incidents.report(workspaceId, incidentId, operatorId);
        IncidentDrafts drafts = drafts(workspaceId, incidentId);
        BreachReport preliminary = preliminary(workspaceId, incidentId, r, drafts);
        Object input = switch (kind) {
            case PRELIMINARY -> preliminary;
            case FINAL -> drafts.report(r, site(workspaceId, incidentId), siteName(workspaceId, incidentId, r),
                    ReportStage.FINAL, versions.latestFields(workspaceId, incidentId, operatorId,
                            IncidentDocumentKind.PRELIMINARY).map(j -> JSON.readValue(j, BreachReport.class))
                            .orElse(null));
            case JOINT -> {
                if (preliminary.principal() == null) {
                    throw new DocumentNotAvailableException("no principal to report jointly with");
                }
                yield drafts.joint(preliminary);
            }
            case MY_NUMBER -> {
                if (!IncidentDrafts.concernsMyNumbers(r)) {
                    throw new DocumentNotAvailableException("the incident concerns no My Numbers");
                }
                yield drafts.myNumber(preliminary, r);
            }
            case INDIVIDUAL_LETTER, INDIVIDUAL_EMAIL -> drafts.individualNotice(preliminary, r,
                    site(workspaceId, incidentId), siteName(workspaceId, incidentId, r), personKinds(workspaceId, r));
            case ANNOUNCEMENT -> drafts.announcement(preliminary, r, site(workspaceId, incidentId),
                    siteName(workspaceId, incidentId, r));
            case SUMMARY -> drafts.summary(preliminary, incidentId);
            case PRINCIPAL_NOTICES -> throw new IllegalStateException("handled above");
        };
        // A workspace's replacement templates live under its id in itaku.document.template-dir.
        return new Prepared(r, input, new DocumentRequest(documentKind(kind), input, style,
                String.valueOf(workspaceId)));
    }

    /**
     * Writes one notice per principal of the operator (each with that principal's own persons and items) and
     * {@code index.csv} into a ZIP, keeps the ZIP's hash as a version and records the generation.
     *
     * @return the number of notices
     */
    @Transactional
    public int principalNoticesZip(long workspaceId, long incidentId, long operatorId, Format format, DateStyle style,
            String actor, OutputStream out) {
        List<IncidentReport.PartyRef> principals = principalsOf(workspaceId, incidentId, operatorId);
        IncidentReport r = incidents.report(workspaceId, incidentId, operatorId);
        IncidentDrafts drafts = drafts(workspaceId, incidentId);
        BreachReport report = drafts.letter(r, site(workspaceId, incidentId), siteName(workspaceId, incidentId, r));
        // Every principal's report from one snapshot of the case, not one load per principal.
        List<PrincipalNotice> notices = incidents.reports(workspaceId, incidentId,
                        principals.stream().map(IncidentReport.PartyRef::operatorId).toList()).stream()
                .map(p -> drafts.principalNotice(report, r, p, incidentId))
                .toList();
        MessageDigest sha = sha256();
        int n = documents.principalNoticesZip(notices, format, style, String.valueOf(workspaceId),
                new DigestOutputStream(out, sha));
        String hash = HexFormat.of().formatHex(sha.digest());
        versions.add(workspaceId, incidentId, operatorId, IncidentDocumentKind.PRINCIPAL_NOTICES, formatCode(format),
                asciiName(incidentId, operatorId, IncidentDocumentKind.PRINCIPAL_NOTICES, "zip"), hash,
                Instant.now(clock), actor, null);
        record(workspaceId, incidentId, IncidentDocumentKind.PRINCIPAL_NOTICES, format);
        return n;
    }

    /** The operator's direct principals; a document-not-available when it has none. */
    public List<IncidentReport.PartyRef> principalsOf(long workspaceId, long incidentId, long operatorId) {
        List<IncidentReport.PartyRef> principals = incidents.report(workspaceId, incidentId, operatorId).principals();
        if (principals.isEmpty()) {
            throw new DocumentNotAvailableException("operator " + operatorId + " has no principal to notify");
        }
        return principals;
    }

    public String zipFileName(long workspaceId, long incidentId, long operatorId) {
        IncidentReport r = incidents.report(workspaceId, incidentId, operatorId);
        return fileName(r.reporterName(), IncidentDocumentKind.PRINCIPAL_NOTICES, incidentId, "zip");
    }

    public static String asciiName(long incidentId, long operatorId, IncidentDocumentKind kind, String extension) {
        return "incident-" + incidentId + "-" + operatorId + "-" + kind.slug() + "." + extension;
    }

    private static String fileName(String operatorName, IncidentDocumentKind kind, long incidentId, String extension) {
        String safe = operatorName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe + "_" + kind.japanese() + "_INC-" + incidentId + "." + extension;
    }

    private void record(long workspaceId, long incidentId, IncidentDocumentKind kind, Format format) {
        audit.record(AuditEvent.of("document.generate").inWorkspace(workspaceId).target("incident", incidentId)
                .changed("document." + kind.name().toLowerCase(Locale.ROOT), "format." + formatCode(format)));
    }

    /** The short name a generation is kept and audited under: the extension, but "fields" for the copy view. */
    static String formatCode(Format format) {
        return format == Format.HTML_FIELDS ? "fields" : format.extension();
    }

    private BreachReport preliminary(long workspaceId, long incidentId, IncidentReport r, IncidentDrafts drafts) {
        return drafts.report(r, site(workspaceId, incidentId), siteName(workspaceId, incidentId, r),
                ReportStage.PRELIMINARY, null);
    }

    private long site(long workspaceId, long incidentId) {
        return incidents.incident(workspaceId, incidentId).facts().operatorId();
    }

    private String siteName(long workspaceId, long incidentId, IncidentReport r) {
        long site = site(workspaceId, incidentId);
        if (site == r.reporterId()) {
            return r.reporterName();
        }
        Operator o = operator(workspaceId, site);
        return o == null ? "#" + site : o.name();
    }

    /**
     * 本人の種類 of the operator's data, as the register records them: the holdings kept for it by its entrustees
     * (the data the incident reaches up the chain), else the holdings it keeps itself (the first hundred).
     */
    private List<String> personKinds(long workspaceId, IncidentReport r) {
        List<String> kinds = register.holdingsFor(workspaceId, r.reporterId()).stream()
                .filter(h -> h.operatorId() != r.reporterId()).map(Holding::personKinds).filter(k -> k != null)
                .distinct().toList();
        if (!kinds.isEmpty()) {
            return kinds;
        }
        return register.holdingsAt(workspaceId, r.reporterId(), 0, 100).items().stream().map(Holding::personKinds)
                .filter(k -> k != null).distinct().toList();
    }

    private IncidentDrafts drafts(long workspaceId, long incidentId) {
        return new IncidentDrafts(id -> operator(workspaceId, id), incidents.today(),
                incidents.incident(workspaceId, incidentId).facts());
    }

    private Operator operator(long workspaceId, long id) {
        try {
            return register.operator(workspaceId, id);
        } catch (RegisterNotFoundException gone) {
            return null;
        }
    }

    private static DocumentKind documentKind(IncidentDocumentKind kind) {
        return switch (kind) {
            case PRELIMINARY, FINAL, JOINT, MY_NUMBER -> DocumentKind.PPC_REPORT;
            case INDIVIDUAL_LETTER -> DocumentKind.INDIVIDUAL_LETTER;
            case INDIVIDUAL_EMAIL -> DocumentKind.INDIVIDUAL_EMAIL;
            case ANNOUNCEMENT -> DocumentKind.PUBLIC_ANNOUNCEMENT;
            case SUMMARY -> DocumentKind.INCIDENT_SUMMARY;
            case PRINCIPAL_NOTICES -> DocumentKind.PRINCIPAL_NOTICE;
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
