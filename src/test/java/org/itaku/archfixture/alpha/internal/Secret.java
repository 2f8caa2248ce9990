package org.itaku.archfixture.alpha.internal;

/** Fixture: an internal class of module alpha that only alpha itself may use. */
public class Secret {

    public String value() {
        return "secret";
    }
}
