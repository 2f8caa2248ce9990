package org.itaku.incident;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not in this workspace. Another workspace's incident answers exactly like a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
