package org.itaku.incident;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A page of a case drawn by another module (the documents page), warmed once per start together with the incident
 * page: the incident module's warm-up calls {@link #warm} on its own thread, where no one is signed in, then renders
 * the template with the model handed back into nothing, as an officer of no one's would see it.
 */
public interface CasePageWarmup {

    /** Fills the model of the case's first page as a {@code GET} would and hands it, with its template, to {@code render}. */
    void warm(long workspaceId, long incidentId, BiConsumer<String, Map<String, Object>> render);
}
