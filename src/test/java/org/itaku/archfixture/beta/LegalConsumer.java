package org.itaku.archfixture.beta;

import org.itaku.archfixture.alpha.AlphaApi;

/** Fixture: uses module alpha through its public API, which is allowed. */
class LegalConsumer {

    String use() {
        return new AlphaApi().greet();
    }
}
