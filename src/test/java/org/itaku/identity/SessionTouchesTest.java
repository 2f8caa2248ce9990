package org.itaku.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class SessionTouchesTest {

    /** Keeps copies, as a database does: only what is saved is seen by the next find. */
    static final class Stored implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> rows = new HashMap<>();
        int saves;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            saves++;
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            MapSession s = rows.get(id);
            return s == null ? null : new MapSession(s);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
            Map<String, MapSession> out = new HashMap<>();
            rows.forEach((id, s) -> out.put(id, new MapSession(s)));
            return out;
        }
    }

    private final Stored stored = new Stored();
    private final SessionTouches sessions = new SessionTouches(stored, Duration.ofSeconds(60));
    private final Instant start = Instant.parse("2026-12-05T09:00:00Z");

    private String created() {
        SessionTouches.Touched s = sessions.createSession();
        s.setLastAccessedTime(start);
        s.setAttribute("user", "officer");
        sessions.save(s);
        return s.getId();
    }

    @Test
    void aReadWithinTheIntervalKeepsTheStoredLastAccess() {
        String id = created();
        SessionTouches.Touched s = sessions.findById(id);
        s.setLastAccessedTime(start.plusSeconds(59));
        sessions.save(s);
        assertThat(stored.rows.get(id).getLastAccessedTime()).isEqualTo(start);
    }

    @Test
    void aReadOnceTheIntervalHasPassedIsWritten() {
        String id = created();
        SessionTouches.Touched s = sessions.findById(id);
        s.setLastAccessedTime(start.plusSeconds(60));
        sessions.save(s);
        assertThat(stored.rows.get(id).getLastAccessedTime()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void aNewSessionTakesItsFirstAccessAndAttributesAreAlwaysPassedOn() {
        String id = created();
        assertThat(stored.rows.get(id).getLastAccessedTime()).isEqualTo(start);
        SessionTouches.Touched s = sessions.findById(id);
        s.setLastAccessedTime(start.plusSeconds(5));
        s.setAttribute("role", "ADMIN");
        sessions.save(s);
        assertThat((String) stored.rows.get(id).getAttribute("role")).isEqualTo("ADMIN");
        assertThat(stored.rows.get(id).getLastAccessedTime()).isEqualTo(start);
    }

    @Test
    void theSessionEndsNoLaterThanTheTimeoutAfterItsLastRequest() {
        String id = created();
        SessionTouches.Touched s = sessions.findById(id);
        s.setMaxInactiveInterval(Duration.ofMinutes(30));
        sessions.save(s);
        s = sessions.findById(id);
        s.setLastAccessedTime(start.plusSeconds(30));
        sessions.save(s);
        MapSession kept = stored.rows.get(id);
        // Counted from the stored access (09:00), not the last request (09:00:30): it ends earlier, never later.
        assertThat(kept.getLastAccessedTime().plus(kept.getMaxInactiveInterval()))
                .isBefore(start.plusSeconds(30).plus(Duration.ofMinutes(30)));
    }

    @Test
    void findsByIndexAndDeletesThroughTheDatabase() {
        String id = created();
        assertThat(sessions.findByIndexNameAndIndexValue("any", "officer")).containsOnlyKeys(id);
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }
}
