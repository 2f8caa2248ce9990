package org.itaku.archfixture.alpha;

/** Fixture: the public API of module alpha. */
public class AlphaApi {

    public String greet() {
        return new org.itaku.archfixture.alpha.internal.Secret().value();
    }
}
