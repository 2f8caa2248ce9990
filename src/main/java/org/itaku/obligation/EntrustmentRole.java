package org.itaku.obligation;

import org.itaku.vocabulary.Coded;

/** Whose data: the operator's own as 委託元 (principal), or a principal's handled as 委託先 (entrustee). */
public enum EntrustmentRole implements Coded {
    PRINCIPAL, ENTRUSTEE;

    @Override
    public String code() {
        return Codes.lower(this);
    }
}
