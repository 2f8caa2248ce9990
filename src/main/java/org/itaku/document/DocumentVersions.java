package org.itaku.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The generated_document table. Every query filters on the workspace. */
@Repository
class DocumentVersions {

    private final JdbcClient jdbc;

    DocumentVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps one generated document as the next version of its kind for that operator of the incident. Two
     * downloads racing for the same number collide on the unique key and the loser fails rather than
     * sharing a version.
     */
    GeneratedDocument add(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind, String format,
            String fileName, String sha256, Instant at, String by, String fieldsJson) {
        int version = jdbc.sql("""
                SELECT COALESCE(MAX(version), 0) + 1 FROM generated_document
                WHERE workspace_id = ? AND incident_id = ? AND operator_id = ? AND kind = ?""")
                .params(workspaceId, incidentId, operatorId, kind.slug()).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO generated_document (workspace_id, incident_id, operator_id, kind, format, version, file_name,
                    sha256, generated_at, generated_by, fields_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, incidentId, operatorId, kind.slug(), format, version, fileName, sha256,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, fieldsJson)
                .update();
        return new GeneratedDocument(0, incidentId, operatorId, kind.slug(), format, version, fileName, sha256, at, by);
    }

    /**
     * Keeps a reviewed draft as the next version: the generated text beside the officer's edited text, and the
     * edits (JSON, block position → text) with the input they apply to.
     */
    GeneratedDocument addEdited(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind,
            String fileName, String sha256, Instant at, String by, String fieldsJson, String generatedText,
            String editedText, String editsJson) {
        GeneratedDocument kept = add(workspaceId, incidentId, operatorId, kind, EDITED, fileName, sha256, at, by,
                fieldsJson);
        jdbc.sql("""
                UPDATE generated_document SET generated_text = ?, edited_text = ?, edits_json = ?
                WHERE workspace_id = ? AND incident_id = ? AND operator_id = ? AND kind = ? AND version = ?""")
                .params(generatedText, editedText, editsJson, workspaceId, incidentId, operatorId, kind.slug(),
                        kept.version())
                .update();
        return kept;
    }

    /** A kept reviewed version, by its id, within the workspace and incident; empty when there is none. */
    Optional<Edited> edited(long workspaceId, long incidentId, long id) {
        return jdbc.sql("""
                SELECT operator_id, kind, version, fields_json, generated_text, edited_text, edits_json
                FROM generated_document
                WHERE workspace_id = ? AND incident_id = ? AND id = ? AND format = ?""")
                .params(workspaceId, incidentId, id, EDITED)
                .query((rs, n) -> new Edited(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
    }

    /** What a reviewed version keeps. */
    record Edited(long operatorId, String kind, int version, String fieldsJson, String generatedText,
            String editedText, String editsJson) {
    }

    /** The format code of a version the officer reviewed and kept. */
    static final String EDITED = "edited";

    /** The input of the latest version of a kind, as JSON; empty when none was generated (or none kept its input). */
    Optional<String> latestFields(long workspaceId, long incidentId, long operatorId, IncidentDocumentKind kind) {
        return jdbc.sql("""
                SELECT fields_json FROM generated_document
                WHERE workspace_id = ? AND incident_id = ? AND operator_id = ? AND kind = ? AND fields_json IS NOT NULL
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .params(workspaceId, incidentId, operatorId, kind.slug()).query(String.class).optional();
    }

    List<GeneratedDocument> of(long workspaceId, long incidentId) {
        return jdbc.sql("""
                SELECT id, incident_id, operator_id, kind, format, version, file_name, sha256, generated_at, generated_by
                FROM generated_document WHERE workspace_id = ? AND incident_id = ?
                ORDER BY operator_id, kind, version DESC""")
                .params(workspaceId, incidentId)
                .query((rs, n) -> new GeneratedDocument(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8).strip(),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getString(10)))
                .list();
    }
}
