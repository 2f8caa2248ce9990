package org.itaku.incident;

import java.util.Objects;

import org.itaku.identity.Role;

/**
 * A decision that an obligation is not required, e.g. the recipient deleted a mis-sent e-mail unread so there was no
 * 漏えい (GL 3-5-1-2). Skipping a report the law requires is an offence risk (APPI Art. 148), so it needs a named
 * approver with the authority of a 個人情報保護管理者 (OFFICER or ADMIN) and a written reason.
 */
public record Waiver(String requestedBy, String approvedBy, Role approverRole, String reason) {

    static final int MIN_REASON = 10;

    public Waiver {
        requestedBy = Texts.optional(requestedBy, 254);
        approvedBy = Texts.optional(approvedBy, 254);
        if (approvedBy == null) {
            throw new IllegalArgumentException("承認者が必要です / an approver is required");
        }
        // Four eyes: whoever asks for the waiver does not approve it too.
        if (requestedBy != null && requestedBy.equalsIgnoreCase(approvedBy)) {
            throw new IllegalArgumentException("申請者と承認者は別の人にしてください / the approver must not be the requester");
        }
        Objects.requireNonNull(approverRole, "approverRole");
        if (approverRole != Role.OFFICER && approverRole != Role.ADMIN) {
            throw new IllegalArgumentException("承認できるのは個人情報保護管理者または管理者です / only an OFFICER or ADMIN may approve");
        }
        reason = Texts.optional(reason, 2000);
        if (reason == null || reason.length() < MIN_REASON) {
            throw new IllegalArgumentException("理由を " + MIN_REASON + " 文字以上で記入してください / write a reason of at least "
                    + MIN_REASON + " characters");
        }
    }
}
