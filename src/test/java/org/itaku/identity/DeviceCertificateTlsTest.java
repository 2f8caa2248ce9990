package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.itaku.ItakuApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Device certificates over a real TLS connection: the server asks for a client certificate, and sign-in to a
 * workspace that requires one succeeds only with a valid, unrevoked certificate of that workspace.
 */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeviceCertificateTlsTest {

    static final String PASSWORD = "Kx7#mQ2!vW9z";
    static Path tls;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    DeviceCertificates devices;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        tls = Files.createTempDirectory("itaku-tls");
        writeServerKeyStore(tls.resolve("server.p12"));
        registry.add("itaku.tls.device-trust-store", () -> tls.resolve("device-cas.p12").toString());
        registry.add("server.ssl.bundle", () -> "itaku");
        registry.add("server.ssl.client-auth", () -> "want");
        registry.add("spring.ssl.bundle.jks.itaku.keystore.location", () -> "file:" + tls.resolve("server.p12"));
        registry.add("spring.ssl.bundle.jks.itaku.keystore.password", () -> "server-pass");
        registry.add("spring.ssl.bundle.jks.itaku.keystore.type", () -> "PKCS12");
        registry.add("spring.ssl.bundle.jks.itaku.truststore.location", () -> "file:" + tls.resolve("device-cas.p12"));
        registry.add("spring.ssl.bundle.jks.itaku.truststore.password", () -> "itaku-trust");
        registry.add("spring.ssl.bundle.jks.itaku.truststore.type", () -> "PKCS12");
        registry.add("spring.ssl.bundle.jks.itaku.reload-on-update", () -> "true");
        registry.add("spring.ssl.bundle.watch.file.quiet-period", () -> "200ms");
        // The trust store must exist before the connector starts: the same file Itaku maintains (placeholder only).
        placeholderTrustStore(tls.resolve("device-cas.p12"));
    }

    @Test
    void signInNeedsAValidUnrevokedDeviceCertificateOfTheWorkspace() throws Exception {
        String email = "device-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        long workspaceId = accounts.createWorkspace("端末証明書試験組合");
        long userId = accounts.createMember(workspaceId, email, "端末 利用者", PASSWORD.toCharArray(), Role.STAFF);
        long otherWorkspace = accounts.createWorkspace("別の組合");

        assertThat(signIn(email, null)).as("no requirement yet").isEqualTo("/");

        devices.setRequired(workspaceId, true);
        // The foreign CA is written first, so once the connector has reloaded a store that accepts the own
        // certificate, it also knows the foreign CA and a refusal below is the workspace check, not reload lag.
        DeviceCertificates.Issued foreign = devices.issue(otherWorkspace, userId, email, "他組合PC");
        DeviceCertificates.Issued issued = devices.issue(workspaceId, userId, email, "総務部PC-01");

        assertThat(signIn(email, null)).as("no certificate").endsWith("/login?device");
        assertThat(eventually("/", () -> signIn(email, issued))).as("own valid certificate").isEqualTo("/");
        assertThat(signIn(email, foreign)).as("another workspace's certificate").endsWith("/login?device");

        devices.revoke(workspaceId, issued.id());
        assertThat(signIn(email, issued)).as("revoked").endsWith("/login?device");
    }

    interface Attempt {
        String run() throws Exception;
    }

    /**
     * The connector reloads its trust store shortly after Itaku rewrites it. Until then the handshake may fail, or
     * the client finds no accepted issuer and sends no certificate at all; retry until the expected outcome or 30 s.
     */
    static String eventually(String expected, Attempt attempt) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                String outcome = attempt.run();
                if (outcome.equals(expected) || Instant.now().isAfter(deadline)) {
                    return outcome;
                }
            } catch (SSLException | java.net.SocketException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
            }
            Thread.sleep(300);
        }
    }

    /** Signs in over HTTPS, with or without a client certificate; returns where the server sends the browser. */
    String signIn(String email, DeviceCertificates.Issued certificate) throws Exception {
        SSLContext ssl = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = null;
        if (certificate != null) {
            KeyStore p12 = KeyStore.getInstance("PKCS12");
            p12.load(new ByteArrayInputStream(certificate.pkcs12()), certificate.oneTimePassword().toCharArray());
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(p12, certificate.oneTimePassword().toCharArray());
        }
        ssl.init(keys == null ? null : keys.getKeyManagers(), new TrustManager[] {new TrustTheTestServer()}, new SecureRandom());

        HttpsURLConnection get = open("/login", ssl);
        String page = new String(get.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String cookie = get.getHeaderField("Set-Cookie").split(";", 2)[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();

        HttpsURLConnection post = open("/login", ssl);
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setRequestProperty("Cookie", cookie);
        post.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        try (OutputStream out = post.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(post.getResponseCode()).isEqualTo(302);
        String location = post.getHeaderField("Location");
        return location.replaceFirst("^https://localhost:\\d+", "");
    }

    private HttpsURLConnection open(String path, SSLContext ssl) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) URI.create("https://localhost:" + port + path).toURL().openConnection();
        connection.setSSLSocketFactory(ssl.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> "localhost".equals(host));
        connection.setInstanceFollowRedirects(false);
        ((HttpURLConnection) connection).setConnectTimeout(5000);
        return connection;
    }

    /** The test server's certificate is self-signed; this client trusts exactly that one. */
    static final class TrustTheTestServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            if (!chain[0].getSubjectX500Principal().getName().contains("CN=localhost")) {
                throw new java.security.cert.CertificateException("not the test server");
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    static void writeServerKeyStore(Path file) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(System.nanoTime()), Date.from(Instant.now().minusSeconds(60)),
                Date.from(Instant.now().plus(Duration.ofDays(2))), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", pair.getPrivate(), "server-pass".toCharArray(), new X509Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "server-pass".toCharArray());
        }
    }

    static void placeholderTrustStore(Path file) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=placeholder");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, Date.from(Instant.now()), Date.from(Instant.now().plus(Duration.ofDays(2))), name,
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("placeholder", certificate);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "itaku-trust".toCharArray());
        }
    }
}
