package org.itaku.casebook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not in this workspace's library. Another workspace's case answers exactly like a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long id) {
        super("case " + id + " not found");
    }
}
