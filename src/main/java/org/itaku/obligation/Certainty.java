package org.itaku.obligation;

import org.itaku.vocabulary.Coded;

/** Whether the event happened: confirmed, possible (〜のおそれ, Rules Art. 7 "発生したおそれ"), or ruled out. */
public enum Certainty implements Coded {
    CONFIRMED, POSSIBLE, RULED_OUT;

    @Override
    public String code() {
        return Codes.lower(this);
    }
}
