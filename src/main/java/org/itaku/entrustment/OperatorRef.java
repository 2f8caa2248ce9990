package org.itaku.entrustment;

/** A light reference to an operator, as used in paths and impact answers. */
public record OperatorRef(long id, String name, String corporateNumber) {

    @Override
    public String toString() {
        return name;
    }
}
