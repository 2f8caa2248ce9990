package org.itaku.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind {@link DeviceCertificates}: each workspace's certificate authority (its key sealed), the device
 * certificates it issued, and whether the workspace requires one. Certificates are built and checked in
 * {@code DeviceCertificates}; this class only stores and finds them.
 */
@Repository
class DeviceStore {

    private final JdbcClient jdbc;

    DeviceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean required(long workspaceId) {
        return jdbc.sql("SELECT device_certificate_required FROM workspace WHERE id = ?").param(workspaceId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setRequired(long workspaceId, boolean required) {
        jdbc.sql("UPDATE workspace SET device_certificate_required = ? WHERE id = ?").params(required, workspaceId).update();
    }

    void insertAuthority(long workspaceId, String certificatePem, String sealedPrivateKey) {
        jdbc.sql("INSERT INTO workspace_ca (workspace_id, certificate_pem, private_key_sealed) VALUES (?, ?, ?)")
                .params(workspaceId, certificatePem, sealedPrivateKey).update();
    }

    Optional<String> authorityPem(long workspaceId) {
        return jdbc.sql("SELECT certificate_pem FROM workspace_ca WHERE workspace_id = ?").param(workspaceId)
                .query(String.class).optional();
    }

    String authorityKeySealed(long workspaceId) {
        return jdbc.sql("SELECT private_key_sealed FROM workspace_ca WHERE workspace_id = ?").param(workspaceId)
                .query(String.class).single();
    }

    record Authority(long workspaceId, String certificatePem) {
    }

    List<Authority> authorities() {
        return jdbc.sql("SELECT workspace_id, certificate_pem FROM workspace_ca ORDER BY workspace_id")
                .query((rs, n) -> new Authority(rs.getLong(1), rs.getString(2))).list();
    }

    long insertCertificate(long workspaceId, long userId, String deviceName, String serialHex, String fingerprint,
            Instant issuedAt, Instant expiresAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO device_certificate (workspace_id, user_id, device_name, serial_hex, fingerprint_sha256,
                issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(workspaceId, userId, deviceName, serialHex, fingerprint, Timestamp.from(issuedAt),
                        Timestamp.from(expiresAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    List<DeviceCertificates.DeviceCertificate> certificates(long workspaceId) {
        return jdbc.sql("""
                SELECT id, user_id, device_name, serial_hex, fingerprint_sha256, issued_at, expires_at, revoked_at
                FROM device_certificate WHERE workspace_id = ? ORDER BY id DESC""").param(workspaceId)
                .query((rs, n) -> new DeviceCertificates.DeviceCertificate(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    boolean revoke(long workspaceId, long certificateId, Instant at) {
        return jdbc.sql(
                "UPDATE device_certificate SET revoked_at = ? WHERE id = ? AND workspace_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), certificateId, workspaceId).update() == 1;
    }

    /** Whether the workspace issued this certificate and has not revoked it. */
    boolean known(long workspaceId, String serialHex, String fingerprint) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM device_certificate WHERE workspace_id = ? AND serial_hex = ? AND fingerprint_sha256 = ?
                AND revoked_at IS NULL""")
                .params(workspaceId, serialHex, fingerprint).query(Long.class).single() > 0;
    }
}
