package org.itaku.incident;

import java.util.List;

import org.itaku.vocabulary.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Not in this workspace. Another workspace's incident answers exactly like a missing one. The code is
 * {@code incident.notFound.<what>} (incident, party, obligation, task, holding) with the id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IncidentNotFoundException extends RuntimeException implements RuleViolation {

    private final String code;
    private final long id;

    public IncidentNotFoundException(String what, long id) {
        super("incident.notFound." + what + " " + id);
        this.code = "incident.notFound." + what;
        this.id = id;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<Object> args() {
        return List.of(id);
    }

    @Override
    public String getMessage() {
        return japanese();
    }
}
