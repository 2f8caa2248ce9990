package org.itaku.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The public announcement (お詫びとお知らせ). Publication is desirable in every case (GL 3-5-2) and is the
 * alternative measure when notice to individuals is difficult (GL 3-5-4-5), so it carries at least what the
 * individual notice carries. {@code summary} and {@code cause} are the public wording of items 1 and 4;
 * null uses the incident's own text.
 */
public record PublicAnnouncement(BreachReport incident, LocalDate publishedOn, String summary, String cause,
        List<String> advice, Inquiry inquiry) {

    public PublicAnnouncement {
        if (incident == null || publishedOn == null || inquiry == null) {
            throw new IllegalArgumentException("incident, publishedOn and inquiry are required");
        }
        summary = Texts.optional(summary);
        cause = Texts.optional(cause);
        advice = Texts.list(advice);
    }

    String publicSummary() {
        return summary == null ? incident.summary() : summary;
    }

    String publicCause() {
        return cause == null ? incident.cause() : cause;
    }
}
