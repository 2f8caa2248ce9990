package org.itaku.document;

import java.time.LocalDate;
import java.util.List;
import org.itaku.vocabulary.PersonCount;

/**
 * Notice from an entrustee to one principal (委託元への通知, APPI Art. 26(1) proviso, Rules Art. 9). The
 * entrustee is the incident's reporter; the notice carries the Art. 8(1) items as known, but with this
 * principal's own persons and data items, because each principal reports only on the data it entrusted
 * (GL 3-5-3-2).
 *
 * @param incident  the entrustee's incident record
 * @param principal the principal to notify
 * @param persons   persons of this principal affected; null when not yet known
 * @param dataItems data items of this principal affected; empty means not yet known
 * @param sentOn    the date of the notice
 * @param contact   the entrustee's desk for this principal
 * @param reference the principal's contract or customer number, printed for matching (optional)
 * @param appi        the entrustee's relief it rests on includes APPI Art. 26(1) proviso (a Rules Art. 7 item applies)
 * @param myNumberAct it includes My Number Act Art. 29-4(1) proviso (an item of the My Number reporting rule applies)
 */
public record PrincipalNotice(BreachReport incident, NamedBusiness principal, PersonCount persons, List<String> dataItems,
        LocalDate sentOn, Inquiry contact, String reference, boolean appi, boolean myNumberAct) {

    /** A notice under APPI alone, or under the My Number Act alone for a My Number report. */
    public PrincipalNotice(BreachReport incident, NamedBusiness principal, PersonCount persons, List<String> dataItems,
            LocalDate sentOn, Inquiry contact, String reference) {
        this(incident, principal, persons, dataItems, sentOn, contact, reference, !incident.myNumber(),
                incident.myNumber());
    }

    public PrincipalNotice {
        if (incident == null || principal == null || sentOn == null || contact == null) {
            throw new IllegalArgumentException("incident, principal, sentOn and contact are required");
        }
        if (principal.name().equals(incident.reporter().name())) {
            throw new IllegalArgumentException("a principal notice goes to a principal, not to the reporter itself");
        }
        dataItems = Texts.list(dataItems);
        reference = Texts.optional(reference);
    }
}
