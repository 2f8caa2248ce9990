package org.itaku.archfixture.beta;

import org.itaku.archfixture.alpha.internal.Secret;

/** Fixture: reaches into module alpha's internals, which the boundary rule must report. */
class CrossingConsumer {

    String use() {
        return new Secret().value();
    }
}
