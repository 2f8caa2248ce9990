package org.itaku.incident;

/** Where one obligation stands. FULFILLED and NOT_REQUIRED are final; WITHDRAWN means a later evaluation dropped it. */
public enum DutyStatus {
    OPEN, FULFILLED, NOT_REQUIRED, WITHDRAWN
}
