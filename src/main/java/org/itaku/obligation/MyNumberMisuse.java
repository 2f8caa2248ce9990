package org.itaku.obligation;

import org.itaku.vocabulary.Coded;

/**
 * Acts the My Number reporting rule counts beside 漏えい等 (My Number Rule Art. 2(ii) ロ・ハ and (iv) ロ・ハ): use of
 * My Numbers contrary to My Number Act Art. 9, and provision contrary to Art. 19 (or the possibility of either).
 */
public enum MyNumberMisuse implements Coded {
    /** 番号法第9条の規定に反して利用された個人番号を含む特定個人情報 (e.g. My Numbers used as customer IDs). */
    USE("番号法第9条に反する利用"),
    /** 番号法第19条の規定に反して提供された特定個人情報 (e.g. handed unmasked to a vendor that needs none). */
    PROVISION("番号法第19条に反する提供");

    private final String ja;

    MyNumberMisuse(String ja) {
        this.ja = ja;
    }

    public String ja() {
        return ja;
    }

    @Override
    public String code() {
        return Codes.lower(this);
    }
}
