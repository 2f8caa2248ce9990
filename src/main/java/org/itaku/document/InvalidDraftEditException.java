package org.itaku.document;

/** An edit that would leave a block of a draft empty: the officer must reword it, not blank it. */
public class InvalidDraftEditException extends IllegalArgumentException {

    private final String block;

    public InvalidDraftEditException(String block) {
        super("「" + block + "」を空にはできません / " + block + " cannot be left empty");
        this.block = block;
    }

    public String block() {
        return block;
    }
}
