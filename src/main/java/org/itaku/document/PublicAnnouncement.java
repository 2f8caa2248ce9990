package org.itaku.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The public announcement (お詫びとお知らせ). Publication is desirable in every case (GL 3-5-2) and is the
 * alternative measure when notice to individuals is difficult (GL 3-5-4-5), so it carries at least what the
 * individual notice carries.
 */
public record PublicAnnouncement(BreachReport incident, LocalDate publishedOn, List<String> advice, Inquiry inquiry) {

    public PublicAnnouncement {
        if (incident == null || publishedOn == null || inquiry == null) {
            throw new IllegalArgumentException("incident, publishedOn and inquiry are required");
        }
        advice = Texts.list(advice);
    }
}
