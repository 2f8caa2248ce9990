package org.itaku.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database's session repository, writing a session's last access at most once per {@code interval} when nothing
 * else about it changed. Spring Session sets the last access on every request and so writes the session row on every
 * request, a dashboard view included (an UPDATE and a commit per page, about a twelfth of the dashboard's CPU in a
 * profile). With this, a session that is only read is written again once the stored last access is {@code interval}
 * old; an attribute change, a new session id or a new session is written as before.
 *
 * <p>The cost: the idle timeout counts from the stored last access, so a session can end up to {@code interval}
 * before the timeout has passed since its last request (29 minutes instead of 30 with the default minute), never
 * later.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class SessionTouches implements FindByIndexNameSessionRepository<SessionTouches.Touched>, DisposableBean {

    private final FindByIndexNameSessionRepository delegate;
    private final Duration interval;

    SessionTouches(FindByIndexNameSessionRepository<? extends Session> delegate, Duration interval) {
        this.delegate = delegate;
        this.interval = interval;
    }

    @Override
    public Touched createSession() {
        return new Touched((Session) delegate.createSession(), true);
    }

    @Override
    public void save(Touched session) {
        delegate.save(session.inner);
    }

    @Override
    public Touched findById(String id) {
        Session found = (Session) delegate.findById(id);
        return found == null ? null : new Touched(found, false);
    }

    @Override
    public void deleteById(String id) {
        delegate.deleteById(id);
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = delegate.findByIndexNameAndIndexValue(indexName, indexValue);
        Map<String, Touched> out = new LinkedHashMap<>();
        found.forEach((id, s) -> out.put(id, new Touched(s, false)));
        return out;
    }

    /** Stops the database repository's own clean-up of expired sessions, as it would stop unwrapped. */
    @Override
    public void destroy() throws Exception {
        if (delegate instanceof DisposableBean d) {
            d.destroy();
        }
    }

    /** A session whose last access is passed on only when it is new or the stored one is old enough. */
    final class Touched implements Session {

        private final Session inner;
        private final boolean fresh;

        private Touched(Session inner, boolean fresh) {
            this.inner = inner;
            this.fresh = fresh;
        }

        @Override
        public void setLastAccessedTime(Instant at) {
            if (fresh || !at.isBefore(inner.getLastAccessedTime().plus(interval))) {
                inner.setLastAccessedTime(at);
            }
        }

        @Override
        public String getId() {
            return inner.getId();
        }

        @Override
        public String changeSessionId() {
            return inner.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return inner.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return inner.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            inner.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            inner.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return inner.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return inner.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration timeout) {
            inner.setMaxInactiveInterval(timeout);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return inner.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return inner.isExpired();
        }
    }
}
