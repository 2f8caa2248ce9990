package org.itaku.assessment;

/** Facts the register already knows about a vendor, against which answers are checked. */
public enum RegisterFact {
    /** The register lists sub-entrustees below this vendor. */
    HAS_SUB_ENTRUSTEES("has_sub_entrustees"),
    /** A holding at this vendor is past its deletion date with no deletion confirmed. */
    HOLDINGS_PAST_DELETION("holdings_past_deletion"),
    /** A holding at this vendor is stored outside Japan. */
    STORED_ABROAD("stored_abroad");

    private final String code;

    RegisterFact(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static RegisterFact ofCode(String code) {
        for (RegisterFact f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown register fact: " + code);
    }
}
