package org.itaku.identity;

/** One role per user and workspace. */
public enum Role {
    /** Users, policies. */
    ADMIN,
    /** 個人情報保護管理者: everything about incidents and obligations. */
    OFFICER,
    /** Registers and incidents, no user management. */
    STAFF,
    /** Read-only, including the audit trail. */
    AUDITOR,
    /** Reserved for vendor assessment links; no access to anything else. */
    VENDOR_RESPONDENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
