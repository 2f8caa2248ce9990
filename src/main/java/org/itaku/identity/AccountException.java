package org.itaku.identity;

import java.util.List;

/**
 * A request about accounts that cannot be carried out, with message codes a person can act on
 * (resolved from the message bundles in Japanese or English).
 */
public class AccountException extends RuntimeException {

    private final List<String> codes;
    private final String detail;

    public AccountException(String code, String detail) {
        this(List.of(code), detail);
    }

    public AccountException(List<String> codes, String detail) {
        super(String.join(", ", codes) + (detail == null ? "" : ": " + detail));
        this.codes = List.copyOf(codes);
        this.detail = detail;
    }

    public List<String> codes() {
        return codes;
    }

    public String detail() {
        return detail;
    }
}
