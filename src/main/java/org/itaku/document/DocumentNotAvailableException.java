package org.itaku.document;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A document that does not exist for this operator (a joint report without a principal, an unknown format). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DocumentNotAvailableException extends RuntimeException {

    public DocumentNotAvailableException(String message) {
        super(message);
    }
}
