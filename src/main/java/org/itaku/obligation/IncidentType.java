package org.itaku.obligation;

import org.itaku.vocabulary.Coded;

/** How it happened (docs/glossary.md). Some types imply an act with an unauthorized purpose (Rules Art. 7(iii)). */
public enum IncidentType implements Coded {
    // GL 3-5-3-1 (3) 事例1–8: attacks by third parties and misconduct by employees are 不正の目的 acts.
    RANSOMWARE("ランサムウェア", true),
    UNAUTHORIZED_ACCESS("不正アクセス", true),
    MALWARE("マルウェア感染", true),
    WEB_SKIMMING("決済画面の改ざん", true),
    ACCOUNT_TAKEOVER("アカウント乗っ取り", true),
    MISDELIVERY("誤送信・誤送付", false),
    WRONG_PUBLICATION("誤公開", false),
    MISCONFIGURATION("設定不備", false),
    /** Loss and theft share a code; theft is 事例3 but loss is not, so the user must say which via unauthorized_purpose. */
    LOSS_THEFT("紛失・盗難", false),
    INSIDER("内部不正", true),
    OTHER("その他", false);

    private final String ja;
    private final boolean impliesUnauthorizedPurpose;

    IncidentType(String ja, boolean impliesUnauthorizedPurpose) {
        this.ja = ja;
        this.impliesUnauthorizedPurpose = impliesUnauthorizedPurpose;
    }

    /** The Japanese label, as documents and pages show it. */
    public String ja() {
        return ja;
    }

    boolean impliesUnauthorizedPurpose() {
        return impliesUnauthorizedPurpose;
    }

    @Override
    public String code() {
        return Codes.lower(this);
    }
}
