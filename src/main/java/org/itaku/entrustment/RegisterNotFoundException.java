package org.itaku.entrustment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Not in this workspace's register. Records of other workspaces answer exactly like missing ones, so a
 * tenant cannot even learn that an id exists elsewhere.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RegisterNotFoundException extends RuntimeException {

    public RegisterNotFoundException(String what, long id) {
        super(what + " " + id + " not found");
    }
}
