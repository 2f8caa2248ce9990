package org.itaku.document;

/**
 * One block of a generated draft as the officer sees it before keeping it: its position, what it is (TITLE,
 * HEADING, PARAGRAPH, FIELD), the field's label, and the text, which the officer may change.
 */
public record DraftBlock(int index, String type, String label, String text) {

    /** Headings and field labels are the form's own words; titles, paragraphs and field values may be reworded. */
    public boolean editable() {
        return !"HEADING".equals(type);
    }
}
