package org.itaku.entrustment;

/**
 * 法人番号: 13 digits whose first digit is a check digit over the other twelve (National Tax Agency rule,
 * 法人番号の指定等に関する省令 Art. 2): 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the right of the
 * 12-digit base, Qn = 1 for odd n and 2 for even n. A typo in the register would otherwise send a
 * notice to the wrong company, so an invalid number never gets past this constructor.
 */
public record CorporateNumber(String value) {

    public CorporateNumber {
        if (value == null || !value.matches("[0-9]{13}")) {
            throw new RegisterRuleException("register.corporateNumber.digits", String.valueOf(value));
        }
        int expected = checkDigit(value.substring(1));
        if (value.charAt(0) - '0' != expected) {
            throw new RegisterRuleException("register.corporateNumber.checkDigit", value);
        }
    }

    /** Accepts half- or full-width digits with hyphens or spaces, as people type them; null or blank gives null. */
    public static CorporateNumber parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c != '-' && c != ' ' && c != '－' && c != '　') {
                digits.append(c);
            }
        }
        return new CorporateNumber(digits.toString());
    }

    /** The check digit for a 12-digit base number. */
    public static int checkDigit(String base) {
        if (base == null || !base.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("base must be 12 digits: " + base);
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** Builds a valid number from a 12-digit base (used for invented demo and benchmark data). */
    public static CorporateNumber withBase(String base) {
        return new CorporateNumber(checkDigit(base) + base);
    }

    /** Serialised as the bare 13 digits in the REST API, as the register writes it. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
