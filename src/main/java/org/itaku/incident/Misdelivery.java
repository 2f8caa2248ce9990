package org.itaku.incident;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.itaku.obligation.BreachEvent;
import org.itaku.obligation.Certainty;
import org.itaku.obligation.EntrustmentRole;
import org.itaku.obligation.Facts;
import org.itaku.obligation.IncidentType;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;

/**
 * The fast path for the most common Japanese case: mail, e-mail, fax or documents sent to the wrong recipient.
 *
 * @param retrievedUnread the recipient returned or deleted it before anyone saw it: then there was no 漏えい
 *                        (GL 3-5-1-2, "第三者に閲覧されないうちに全てを回収した場合は漏えいに該当しない")
 */
public record Misdelivery(Channel channel, String recipient, long persons, Set<DataItem> items, boolean retrievedUnread,
        OperatorKind operatorKind, LocalDate knownOn) {

    /** How it was sent. */
    public enum Channel {
        EMAIL, POST, FAX, DOCUMENT, OTHER
    }

    public Misdelivery {
        if (channel == null) {
            throw new IncidentRuleException("incident.rule.misdelivery.channel");
        }
        recipient = Texts.optional(recipient, 300);
        if (persons < 0) {
            throw new IncidentRuleException("incident.rule.persons");
        }
        items = items == null || items.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(items));
        if (items.isEmpty()) {
            throw new IncidentRuleException("incident.rule.misdelivery.items");
        }
        operatorKind = operatorKind == null ? OperatorKind.PRIVATE : operatorKind;
        if (knownOn == null) {
            throw new IncidentRuleException("incident.rule.misdelivery.knownOn");
        }
    }

    /** Our own data sent by mistake: a leak by human error, with no unauthorized purpose (not Rules Art. 7(iii)). */
    Facts facts() {
        return new Facts(operatorKind, EntrustmentRole.PRINCIPAL, knownOn, BreachEvent.LEAK,
                retrievedUnread ? Certainty.RULED_OUT : Certainty.CONFIRMED, items,
                (int) Math.min(Integer.MAX_VALUE, persons), null, Set.of(IncidentType.MISDELIVERY), false, false, false,
                false, null);
    }
}
