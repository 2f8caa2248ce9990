package org.itaku.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Notice to an individual (APPI Art. 26(2)). Rules Art. 10 limits what it carries to Art. 8(1) items 1, 2,
 * 4, 5 and 9, "to the extent needed to protect the individual's rights"; the advice list is item 9 in the
 * sense GL 3-5-4-3 gives it (what the individual can do).
 *
 * @param incident      the incident record
 * @param sentOn        date of the notice
 * @param recipientName the individual's name, or null for a salutation to the group ({@code audience})
 * @param dataItems     this person's affected items; empty means use the incident's items
 * @param summary       item 1 worded for the individual (polite, without internal detail); null uses the
 *                      incident's summary
 * @param cause         item 4 worded for the individual; GL 3-5-4-3 allows a simplified cause; null uses the
 *                      incident's cause
 * @param advice        steps the individual can take (item 9)
 * @param inquiry       the desk answering the individual
 * @param audience      the salutation to the people the data concern (「従業員の皆様」「お客様各位」), from the kinds of
 *                      persons the holdings record; null when unknown
 * @param appi          the notice is owed under APPI Art. 26(2) (a Rules Art. 7 item applies)
 * @param myNumberAct   the notice is owed under My Number Act Art. 29-4(2) (an item of its reporting rule applies)
 */
public record IndividualNotice(BreachReport incident, LocalDate sentOn, String recipientName, List<String> dataItems,
        String summary, String cause, List<String> advice, Inquiry inquiry, String audience, boolean appi,
        boolean myNumberAct) {

    /** A notice under APPI Art. 26(2) alone, or My Number Act Art. 29-4(2) alone for a My Number report. */
    public IndividualNotice(BreachReport incident, LocalDate sentOn, String recipientName, List<String> dataItems,
            String summary, String cause, List<String> advice, Inquiry inquiry) {
        this(incident, sentOn, recipientName, dataItems, summary, cause, advice, inquiry, null, !incident.myNumber(),
                incident.myNumber());
    }

    public IndividualNotice {
        if (incident == null || sentOn == null || inquiry == null) {
            throw new IllegalArgumentException("incident, sentOn and inquiry are required");
        }
        recipientName = Texts.optional(recipientName);
        dataItems = Texts.list(dataItems);
        summary = Texts.optional(summary);
        cause = Texts.optional(cause);
        advice = Texts.list(advice);
        audience = Texts.optional(audience);
    }

    /**
     * The salutation: the person by name; else the group the data concern (「従業員の皆様」), never a guessed
     * 「お客様各位」 for people who are not customers.
     */
    String salutation() {
        if (recipientName != null) {
            return recipientName + "　様";
        }
        return audience == null ? "本件の対象となる皆様" : audience;
    }

    String summaryForThisPerson() {
        return summary == null ? incident.summary() : summary;
    }

    String causeForThisPerson() {
        return cause == null ? incident.cause() : cause;
    }

    List<String> itemsForThisPerson() {
        return dataItems.isEmpty() ? incident.dataItems() : dataItems;
    }
}
