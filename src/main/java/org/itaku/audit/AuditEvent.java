package org.itaku.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Something that happened and must be written to the audit trail. Build one with {@link #of(String)}
 * and the {@code with...}-style methods, then hand it to {@link AuditTrail#record(AuditEvent)}:
 *
 * <pre>
 * auditTrail.record(AuditEvent.of("incident.update").target("incident", id).changed("title", "severity"));
 * </pre>
 *
 * Workspace, actor, source address and user agent may be left out: the trail fills them from the
 * signed-in member and the current request. Actions are lower-case, dot-separated {@code noun.verb}
 * names ({@code incident.create}, {@code sign-in.failed}). Changed fields are <em>names</em> only: the
 * issue forbids values in the trail (they may be personal data or secrets), and the name pattern
 * rejects anything that looks like {@code name=value}.
 */
public record AuditEvent(String action, String targetType, String targetId, List<String> changedFields,
        Long workspaceId, Long actorUserId, String actorEmail, String sourceAddress, String userAgent) {

    static final int MAX_TARGET_ID = 128;
    static final int MAX_EMAIL = 254;
    static final int MAX_ADDRESS = 64;
    static final int MAX_USER_AGENT = 512;
    static final int MAX_CHANGED_FIELDS = 2000;

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Pattern TARGET_TYPE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)*");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public AuditEvent {
        if (action == null || action.length() > 64 || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("audit action must be lower-case dotted words, e.g. incident.update: " + action);
        }
        targetType = blankToNull(targetType);
        if (targetType != null && (targetType.length() > 64 || !TARGET_TYPE.matcher(targetType).matches())) {
            throw new IllegalArgumentException("audit target type must be a lower-case word: " + targetType);
        }
        targetId = clean(targetId, MAX_TARGET_ID);
        if (targetId != null && targetType == null) {
            throw new IllegalArgumentException("an audit target id needs a target type");
        }
        TreeSet<String> fields = new TreeSet<>();
        for (String field : changedFields == null ? List.<String>of() : changedFields) {
            if (field == null || field.length() > 64 || !FIELD.matcher(field).matches()) {
                throw new IllegalArgumentException("changed fields are names only, e.g. title or address.city: " + field);
            }
            fields.add(field);
        }
        changedFields = List.copyOf(fields);
        if (String.join(",", changedFields).length() > MAX_CHANGED_FIELDS) {
            throw new IllegalArgumentException("too many changed fields");
        }
        if (workspaceId != null && workspaceId <= 0) {
            throw new IllegalArgumentException("workspace id must be positive: " + workspaceId);
        }
        actorEmail = clean(actorEmail, MAX_EMAIL);
        sourceAddress = clean(sourceAddress, MAX_ADDRESS);
        userAgent = clean(userAgent, MAX_USER_AGENT);
    }

    /** A new event with only its action; everything else is filled from the context when recorded. */
    public static AuditEvent of(String action) {
        return new AuditEvent(action, null, null, List.of(), null, null, null, null, null);
    }

    /** What the action was done to, e.g. {@code target("incident", 42)}. */
    public AuditEvent target(String type, Object id) {
        return new AuditEvent(action, type, id == null ? null : id.toString(), changedFields, workspaceId, actorUserId,
                actorEmail, sourceAddress, userAgent);
    }

    /** The names of the fields that changed (never their values). */
    public AuditEvent changed(String... names) {
        return changed(Arrays.asList(names));
    }

    /**
     * Adds the names of the components that differ between two versions of the same record type (for an
     * update): the names only, so nothing of the values reaches the trail.
     */
    public AuditEvent changedBetween(Record before, Record after) {
        if (before == null || after == null || before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("compare two versions of the same record type");
        }
        List<String> names = new ArrayList<>();
        for (java.lang.reflect.RecordComponent component : before.getClass().getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    names.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed(names);
    }

    public AuditEvent changed(Collection<String> names) {
        List<String> all = new ArrayList<>(changedFields);
        all.addAll(names);
        return new AuditEvent(action, targetType, targetId, all, workspaceId, actorUserId, actorEmail, sourceAddress,
                userAgent);
    }

    /** Records in the given workspace's chain instead of the current one; {@code null} means "from the context". */
    public AuditEvent inWorkspace(Long id) {
        return new AuditEvent(action, targetType, targetId, changedFields, id, actorUserId, actorEmail, sourceAddress,
                userAgent);
    }

    /** Who did it, when it is not the signed-in member (a sign-in in progress, a job). */
    public AuditEvent by(Long userId, String email) {
        return new AuditEvent(action, targetType, targetId, changedFields, workspaceId, userId, email, sourceAddress,
                userAgent);
    }

    /** Where the request came from, when there is no current HTTP request to read it from. */
    public AuditEvent from(String address, String agent) {
        return new AuditEvent(action, targetType, targetId, changedFields, workspaceId, actorUserId, actorEmail, address,
                agent);
    }

    boolean hasActor() {
        return actorUserId != null || actorEmail != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Strips, replaces control characters (PostgreSQL refuses NUL; newlines would confuse log readers)
     * and cuts to the column width counted in code points, as both databases count.
     */
    static String clean(String value, int maxCodePoints) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(v.length(), maxCodePoints));
        int count = 0;
        for (int i = 0; i < v.length() && count < maxCodePoints; count++) {
            int cp = v.codePointAt(i);
            sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
