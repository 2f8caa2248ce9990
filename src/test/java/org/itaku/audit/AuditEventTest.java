package org.itaku.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void changedFieldsAreNamesNeverValues() {
        assertThatThrownBy(() -> AuditEvent.of("user.update").changed("password=hunter2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names only");
        assertThatThrownBy(() -> AuditEvent.of("user.update").changed("メール"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditEvent.of("user.update").changed("title", "address.city", "title").changedFields())
                .containsExactly("address.city", "title");
    }

    @Test
    void actionsAreLowerCaseDottedWords() {
        assertThat(AuditEvent.of("sign-in.failed").action()).isEqualTo("sign-in.failed");
        for (String bad : new String[] {"", "Incident.Create", "incident..create", "incident create", ".x"}) {
            assertThatThrownBy(() -> AuditEvent.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aTargetIdNeedsATargetType() {
        assertThatThrownBy(() -> new AuditEvent("x.y", null, "1", List.of(), null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textIsCleanedAndCutToTheColumnWidthInCodePoints() {
        AuditEvent e = AuditEvent.of("x.y").from("  10.0.0.1 ", "agent\u0000with\nnul" + "😀".repeat(600));
        assertThat(e.sourceAddress()).isEqualTo("10.0.0.1");
        assertThat(e.userAgent()).startsWith("agent?with?nul😀");
        assertThat(e.userAgent().codePointCount(0, e.userAgent().length())).isEqualTo(AuditEvent.MAX_USER_AGENT);
    }

    @Test
    void workspaceIdsArePositive() {
        assertThatThrownBy(() -> AuditEvent.of("x.y").inWorkspace(0L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCanonicalEncodingIsTheDocumentedOne() {
        String encoded = ChainHash.encode(12L, 3, Instant.parse("2026-11-23T00:15:02.123456789Z"), null, "山田@example.jp",
                "incident.update", "incident", "42", List.of("title", "severity"), "192.0.2.1", null, ChainHash.GENESIS);

        assertThat(encoded).isEqualTo("""
                itaku-audit-v1
                workspace=2:12
                seq=1:3
                occurred_at=27:2026-11-23T00:15:02.123456Z
                actor_user_id=-
                actor_email=17:山田@example.jp
                action=15:incident.update
                target_type=8:incident
                target_id=2:42
                changed_fields=14:severity,title
                source_address=9:192.0.2.1
                user_agent=-
                prev_hash=64:0000000000000000000000000000000000000000000000000000000000000000
                """);
        assertThat(ChainHash.sha256(encoded)).hasSize(64).isEqualTo(ChainHash.of(12L, 3,
                Instant.parse("2026-11-23T00:15:02.123456Z"), null, "山田@example.jp", "incident.update", "incident", "42",
                List.of("severity", "title"), "192.0.2.1", null, ChainHash.GENESIS));
    }

    @Test
    void absentAndEmptyEncodeDifferently() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(ChainHash.of(null, 1, t, null, null, "a.b", null, null, List.of(), null, null, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(null, 1, t, null, "", "a.b", null, null, List.of(), null, null, ChainHash.GENESIS));
    }
}
