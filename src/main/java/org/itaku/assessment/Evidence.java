package org.itaku.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

/**
 * A file a vendor attached to an answer. Only a few kinds are accepted, recognised by their content as well as
 * their name (a renamed executable is refused), and each is at most {@value #MAX_BYTES} bytes.
 */
public record Evidence(long id, long assessmentId, String questionId, String fileName, String contentType, int size,
        String sha256, Instant uploadedAt) {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PER_ASSESSMENT = 40;

    /** The content type of an acceptable file, or an {@link IllegalArgumentException} saying why it is refused. */
    static String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new AssessmentRuleException("assessment.rule.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new AssessmentRuleException("assessment.rule.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = safeName(fileName);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = switch (ext) {
            case "pdf" -> starts(content, "%PDF-") ? "application/pdf" : null;
            case "png" -> starts(content, "\u0089PNG\r\n\u001a\n") ? "image/png" : null;
            case "jpg", "jpeg" -> content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                    && (content[2] & 0xff) == 0xff ? "image/jpeg" : null;
            case "xlsx" -> starts(content, "PK\u0003\u0004") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : null;
            case "docx" -> starts(content, "PK\u0003\u0004") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : null;
            case "txt", "csv" -> isText(content) ? ("csv".equals(ext) ? "text/csv" : "text/plain") : null;
            default -> throw new AssessmentRuleException("assessment.rule.file.kind", name);
        };
        if (type == null) {
            throw new AssessmentRuleException("assessment.rule.file.mismatch", ext, name);
        }
        return type;
    }

    /** The file name without any path and without control characters, at most 200 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            throw new AssessmentRuleException("assessment.rule.file.noName");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean starts(byte[] content, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            return false;
        }
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
