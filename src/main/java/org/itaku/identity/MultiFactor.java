package org.itaku.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP enrolment and verification, and ten single-use recovery codes stored as hashes. Required for
 * ADMIN and OFFICER by default ({@code itaku.mfa.required-roles}), for everyone where the workspace says so.
 */
@Service
public class MultiFactor {

    static final int RECOVERY_CODES = 10;
    /** Wrong codes in a row before the second factor starts refusing every code for a while. */
    static final int FREE_FAILURES = 4;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofHours(24);
    static final String RECOVERY_INDEX = "recovery-code";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecondFactorStore store;
    private final SecretBox secrets;
    private final Signatures signatures;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final Set<Role> requiredRoles;
    private final ApplicationEventPublisher events;
    private final Totp totp = Totp.standard();

    MultiFactor(SecondFactorStore store, SecretBox secrets, Signatures signatures, PasswordEncoder encoder, Clock clock,
            @Value("${itaku.mfa.required-roles:ADMIN,OFFICER}") Set<Role> requiredRoles, ApplicationEventPublisher events) {
        this.events = events;
        this.signatures = signatures;
        this.store = store;
        this.secrets = secrets;
        this.encoder = encoder;
        this.clock = clock;
        this.requiredRoles = requiredRoles;
    }

    /** A secret proposed to the user; it is stored only once the user proves it works with a code. */
    public record Enrolment(byte[] secret, String base32, String otpauthUri, String qrDataUri) {
    }

    public boolean isEnrolled(long userId) {
        return store.enrolled(userId);
    }

    public boolean isRequired(WorkspaceMember member) {
        return store.requiredForAll(member.workspaceId()) || requiredRoles.contains(member.role());
    }

    public Enrolment propose(String email) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return enrolment(email, secret);
    }

    /** The same proposal again (after a mistyped code), so the app already set up keeps working. */
    public Enrolment enrolment(String email, byte[] secret) {
        // RFC 4648 Base32 without padding: the form authenticator apps expect for TOTP secrets.
        String base32 = new Base32().encodeToString(secret).replace("=", "");
        String label = URLEncoder.encode("Itaku:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=Itaku&algorithm=SHA1&digits=6&period=30";
        return new Enrolment(secret, base32, uri, qrDataUri(uri));
    }

    /** Stores the secret when the code matches it and returns the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(long userId, byte[] secret, String code) {
        Instant now = Instant.now(clock);
        OptionalLong step = totp.matchingStep(secret, code, now, null);
        if (step.isEmpty()) {
            return List.of();
        }
        store.enrol(userId, secrets.seal(secret), now, step.getAsLong());
        store.deleteRecoveryCodes(userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = randomRecoveryCode();
            codes.add(recovery);
            store.insertRecoveryCode(userId, encoder.encode(recovery), recoveryIndex(userId, recovery));
        }
        events.publishEvent(IdentityEvent.of("mfa.enrol", "user", userId, null, "totp_secret", "recovery_codes"));
        return codes;
    }

    /**
     * Checks a TOTP code (never the same time step twice) or an unused recovery code (used up by this check).
     * Wrong codes are limited (issue 10, finding 5): after {@value #FREE_FAILURES} in a row the second factor
     * refuses every code, right or wrong, for 30 seconds, doubling with each further wrong code up to 24 hours;
     * each lock is audited. A recovery code is found through its keyed index and then checked by one bcrypt
     * comparison, so a wrong code costs no bcrypt at all.
     */
    @Transactional
    public boolean verify(long userId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        SecondFactorStore.Attempt row = store.lockForAttempt(userId).orElse(null);
        if (row == null || row.sealedSecret() == null) {
            return false;
        }
        Instant now = Instant.now(clock);
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            events.publishEvent(IdentityEvent.of("mfa.verify-refused", "user", userId, null));
            return false;
        }
        String candidate = code.strip();
        OptionalLong step = totp.matchingStep(secrets.open(row.sealedSecret()), candidate, now, row.lastStep());
        if (step.isPresent()) {
            store.succeeded(userId, step.getAsLong());
            events.publishEvent(IdentityEvent.of("mfa.verify", "user", userId, null));
            return true;
        }
        if (!candidate.matches("\\d{6}") && useRecoveryCode(userId, candidate.toLowerCase(java.util.Locale.ROOT).replace("-", ""))) {
            store.succeeded(userId, null);
            events.publishEvent(IdentityEvent.of("mfa.recovery-code-use", "user", userId, null, "recovery_codes"));
            return true;
        }
        int failures = row.failures() + 1;
        Instant lockedUntil = null;
        if (failures > FREE_FAILURES) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(20, failures - FREE_FAILURES - 1));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
        store.failed(userId, failures, lockedUntil);
        events.publishEvent(IdentityEvent.of("mfa.verify-failed", "user", userId, null));
        if (lockedUntil != null) {
            events.publishEvent(IdentityEvent.of("mfa.lock", "user", userId, null, "mfa_locked_until"));
        }
        return false;
    }

    /** Until when the second factor refuses every code, if it does now. */
    public java.util.Optional<Instant> lockedUntil(long userId) {
        return store.lockedUntil(userId).filter(until -> until.isAfter(Instant.now(clock)));
    }

    /** How long the second factor still refuses every code, if it does now. */
    public java.util.Optional<Duration> lockRemaining(long userId) {
        return lockedUntil(userId).map(until -> Duration.between(Instant.now(clock), until));
    }

    private boolean useRecoveryCode(long userId, String candidate) {
        // Codes issued before the index existed have none; they are few and the attempt limit bounds their cost.
        for (SecondFactorStore.RecoveryCode recovery : store.unusedRecoveryCodes(userId, recoveryIndex(userId, candidate))) {
            if (encoder.matches(candidate, recovery.hash())) {
                store.useRecoveryCode(recovery.id(), Instant.now(clock));
                return true;
            }
        }
        return false;
    }

    private String recoveryIndex(long userId, String code) {
        return signatures.sign(RECOVERY_INDEX, userId + ":" + code);
    }

    public int unusedRecoveryCodes(long userId) {
        return store.unusedRecoveryCodeCount(userId);
    }

    /** An administrator's reset, for a lost phone: the user enrols again at the next sign-in. */
    @Transactional
    public void reset(long userId) {
        store.reset(userId);
        events.publishEvent(IdentityEvent.of("mfa.reset", "user", userId, null, "totp_secret", "recovery_codes"));
        events.publishEvent(new CredentialsChanged(userId, null));
    }

    private static String randomRecoveryCode() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return sb.toString();
    }

    static String qrDataUri(String content) {
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
            hints.put(EncodeHintType.MARGIN, 2);
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 240, 240, hints);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }
}
