package org.itaku.identity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each workspace's own certificate authority, the device certificates it issues (as PKCS#12 files protected by a
 * one-time password), their revocation, and the check made at sign-in. The CA certificates of all workspaces are
 * written to a PKCS#12 trust store in the data directory, which the TLS connector reads (and reloads) to ask
 * browsers for a client certificate.
 */
@Service
public class DeviceCertificates {

    static final Duration CA_LIFETIME = Duration.ofDays(3653);
    static final Duration DEVICE_LIFETIME = Duration.ofDays(397);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SIGNATURE = "SHA256withECDSA";

    private final DeviceStore store;
    private final SecretBox secrets;
    private final Clock clock;
    private final Path trustStore;
    private final ApplicationEventPublisher events;

    DeviceCertificates(DeviceStore store, SecretBox secrets, Clock clock,
            @Value("${itaku.tls.device-trust-store:${itaku.data:./data}/tls/device-cas.p12}") String trustStore,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.secrets = secrets;
        this.clock = clock;
        this.trustStore = Path.of(trustStore);
    }

    public record Issued(long id, byte[] pkcs12, String oneTimePassword, String fingerprint) {
    }

    public record DeviceCertificate(long id, long userId, String deviceName, String serialHex, String fingerprint,
            Instant issuedAt, Instant expiresAt, Instant revokedAt) {
    }

    public boolean isRequired(long workspaceId) {
        return store.required(workspaceId);
    }

    @Transactional
    public void setRequired(long workspaceId, boolean required) {
        if (required) {
            ensureAuthority(workspaceId);
        }
        store.setRequired(workspaceId, required);
        events.publishEvent(IdentityEvent.of("policy.update", "workspace", workspaceId, workspaceId, "device_certificate_required"));
    }

    /** The workspace's CA certificate, created on first use. */
    @Transactional
    public X509Certificate ensureAuthority(long workspaceId) {
        Optional<X509Certificate> existing = authority(workspaceId);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            KeyPair keys = newKeyPair();
            Instant now = Instant.now(clock);
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Itaku")
                    .addRDN(BCStyle.OU, "workspace-" + workspaceId).addRDN(BCStyle.CN, "Itaku device CA " + workspaceId).build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(CA_LIFETIME)), name, keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate ca = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
            store.insertAuthority(workspaceId, pem(ca), secrets.seal(keys.getPrivate().getEncoded()));
            writeTrustStore();
            events.publishEvent(IdentityEvent.of("device-ca.create", "workspace", workspaceId, workspaceId, "certificate"));
            return ca;
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("could not create the workspace certificate authority", e);
        }
    }

    /** Issues a client certificate for one device of a member; the PKCS#12 password is shown once and not kept. */
    @Transactional
    public Issued issue(long workspaceId, long userId, String email, String deviceName) {
        if (deviceName == null || deviceName.isBlank() || deviceName.length() > 100) {
            throw new IllegalArgumentException("device name: give a name of 1 to 100 characters");
        }
        X509Certificate ca = ensureAuthority(workspaceId);
        try {
            PrivateKey caKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(secrets.open(
                    store.authorityKeySealed(workspaceId))));
            KeyPair keys = newKeyPair();
            Instant now = Instant.now(clock);
            BigInteger serial = serial();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Itaku")
                    .addRDN(BCStyle.OU, "workspace-" + workspaceId).addRDN(BCStyle.CN, email + " / " + deviceName.strip()).build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial, Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(DEVICE_LIFETIME)), subject, keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(ca));
            X509Certificate device = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(caKey)));

            String password = oneTimePassword();
            KeyStore p12 = KeyStore.getInstance("PKCS12");
            p12.load(null, null);
            p12.setKeyEntry("itaku-device", keys.getPrivate(), password.toCharArray(), new X509Certificate[] {device, ca});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p12.store(out, password.toCharArray());

            String fingerprint = fingerprint(device);
            long id = store.insertCertificate(workspaceId, userId, deviceName.strip(), serial.toString(16), fingerprint,
                    now, now.plus(DEVICE_LIFETIME));
            events.publishEvent(IdentityEvent.of("device-certificate.issue", "device-certificate", id, workspaceId,
                    "device_name", "user_id", "expires_at"));
            return new Issued(id, out.toByteArray(), password, fingerprint);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("could not issue the device certificate", e);
        }
    }

    public List<DeviceCertificate> list(long workspaceId) {
        return store.certificates(workspaceId);
    }

    @Transactional
    public boolean revoke(long workspaceId, long certificateId) {
        boolean revoked = store.revoke(workspaceId, certificateId, Instant.now(clock));
        if (revoked) {
            events.publishEvent(IdentityEvent.of("device-certificate.revoke", "device-certificate", certificateId,
                    workspaceId, "revoked_at"));
        }
        return revoked;
    }

    /**
     * True when the client presented a certificate issued by this workspace's CA, valid now, known and not revoked.
     * The TLS layer only proved the client holds the key; which workspace may use it is decided here.
     */
    public boolean accepts(long workspaceId, X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return false;
        }
        Optional<X509Certificate> ca = authority(workspaceId);
        if (ca.isEmpty()) {
            return false;
        }
        X509Certificate leaf = chain[0];
        try {
            leaf.verify(ca.get().getPublicKey());
            leaf.checkValidity(Date.from(Instant.now(clock)));
        } catch (GeneralSecurityException e) {
            return false;
        }
        return store.known(workspaceId, leaf.getSerialNumber().toString(16), fingerprint(leaf));
    }

    /** The sign-in gate: true when the workspace does not require a device, or the request came with one of its own. */
    public boolean admits(jakarta.servlet.http.HttpServletRequest request, long workspaceId) {
        if (!isRequired(workspaceId)) {
            return true;
        }
        boolean accepted = accepts(workspaceId,
                (X509Certificate[]) request.getAttribute("jakarta.servlet.request.X509Certificate"));
        if (!accepted) {
            events.publishEvent(IdentityEvent.of("sign-in.device-refused", "workspace", workspaceId, workspaceId));
        }
        return accepted;
    }

    Optional<X509Certificate> authority(long workspaceId) {
        return store.authorityPem(workspaceId).map(DeviceCertificates::parse);
    }

    /** Rewrites the trust store with every workspace CA (atomically, so a reloading connector never reads half a file). */
    public synchronized Path writeTrustStore() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            for (DeviceStore.Authority authority : store.authorities()) {
                trust.setCertificateEntry("workspace-" + authority.workspaceId(), parse(authority.certificatePem()));
            }
            if (trust.size() == 0) {
                // A JSSE trust store may not be empty; this anchor's private key is thrown away, so it trusts nothing.
                trust.setCertificateEntry("itaku-placeholder", placeholderAnchor());
            }
            Files.createDirectories(trustStore.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(trustStore.toAbsolutePath().getParent(), "device-cas", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                trust.store(out, "itaku-trust".toCharArray());
            }
            Files.move(temp, trustStore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return trustStore;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not write the device trust store " + trustStore, e);
        }
    }

    /**
     * Writes a self-signed server key store for {@code host} (and localhost), for installations without a
     * certificate from their own CA. Browsers will warn until the certificate is trusted.
     */
    public void writeServerKeyStore(Path file, String host, char[] password) {
        try {
            KeyPair keys = newKeyPair();
            Instant now = Instant.now(clock);
            X500Name name = new X500Name("CN=" + host);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(DEVICE_LIFETIME)), name, keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new org.bouncycastle.asn1.x509.GeneralNames(
                    new org.bouncycastle.asn1.x509.GeneralName[] {
                            new org.bouncycastle.asn1.x509.GeneralName(org.bouncycastle.asn1.x509.GeneralName.dNSName, host),
                            new org.bouncycastle.asn1.x509.GeneralName(org.bouncycastle.asn1.x509.GeneralName.dNSName, "localhost")}));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("itaku-server", keys.getPrivate(), password, new X509Certificate[] {certificate});
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("could not write the server key store " + file, e);
        }
    }

    private X509Certificate placeholderAnchor() throws GeneralSecurityException {
        try {
            KeyPair keys = newKeyPair();
            Instant now = Instant.now(clock);
            X500Name name = new X500Name("CN=Itaku placeholder trust anchor (no key)");
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, serial(),
                    Date.from(now), Date.from(now.plus(CA_LIFETIME)), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder(SIGNATURE).build(keys.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE);
    }

    private static String oneTimePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String pem(X509Certificate certificate) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }

    private static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new UncheckedIOException(new IOException("stored CA certificate is unreadable", e));
        }
    }
}
