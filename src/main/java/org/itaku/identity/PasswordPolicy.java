package org.itaku.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.data.EnglishCharacterData;
import org.passay.data.EnglishSequenceData;
import org.passay.rule.CharacterCharacteristicsRule;
import org.passay.rule.CharacterRule;
import org.passay.rule.IllegalRegexRule;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.LengthRule;
import org.passay.rule.Rule;
import org.passay.rule.UsernameRule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The password rules: by default at least 10 characters with 3 of the 4 classes, the answer the
 * 2023 SaaS vendor gave after its breach, plus no login or workspace name and no long runs or sequences.
 * Failures come back as message codes {@code password.<PASSAY_CODE>} so the UI can say which rule failed.
 */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private final int minLength;
    private final int minClasses;

    PasswordPolicy(@Value("${itaku.password.min-length:10}") int minLength,
            @Value("${itaku.password.min-classes:3}") int minClasses) {
        if (minLength < 8 || minLength > MAX_LENGTH) {
            throw new IllegalArgumentException("itaku.password.min-length must be between 8 and " + MAX_LENGTH);
        }
        if (minClasses < 1 || minClasses > 4) {
            throw new IllegalArgumentException("itaku.password.min-classes must be between 1 and 4");
        }
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    int minLength() {
        return minLength;
    }

    int minClasses() {
        return minClasses;
    }

    /** Returns the failed rules under the installation's defaults; empty when the password is acceptable. */
    List<String> violations(char[] password, String email, String workspaceName) {
        return violations(password, email, workspaceName, minLength, minClasses);
    }

    /** Returns the failed rules under a workspace's own settings (never below the safe floor of 8 characters). */
    List<String> violations(char[] password, String email, String workspaceName, int minLength, int minClasses) {
        minLength = Math.max(8, minLength);
        minClasses = Math.max(1, Math.min(4, minClasses));
        String pw = new String(password);
        List<Rule> rules = new ArrayList<>();
        rules.add(new LengthRule(minLength, MAX_LENGTH));
        rules.add(new CharacterCharacteristicsRule(true, false, minClasses,
                new CharacterRule(EnglishCharacterData.UpperCase, 1),
                new CharacterRule(EnglishCharacterData.LowerCase, 1),
                new CharacterRule(EnglishCharacterData.Digit, 1),
                new CharacterRule(EnglishCharacterData.Special, 1)));
        rules.add(new UsernameRule(true, true));
        rules.add(new IllegalRegexRule("(.)\\1{3,}"));
        rules.add(new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false));
        rules.add(new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false));
        rules.add(new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false));
        ValidationResult result = new DefaultPasswordValidator(rules)
                .validate(new PasswordData(email == null ? "" : email, pw));
        Set<String> codes = new LinkedHashSet<>();
        for (RuleResultDetail detail : result.getDetails()) {
            codes.add("password." + detail.getErrorCode());
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (email != null) {
            String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
            if (local.length() >= 3 && lower.contains(local.toLowerCase(Locale.ROOT))) {
                codes.add("password.ILLEGAL_USERNAME");
            }
        }
        if (workspaceName != null) {
            String ws = workspaceName.strip().toLowerCase(Locale.ROOT);
            if (ws.length() >= 3 && lower.contains(ws)) {
                codes.add("password.ILLEGAL_WORKSPACE_NAME");
            }
        }
        return List.copyOf(codes);
    }

    void check(char[] password, String email, String workspaceName) {
        check(password, email, workspaceName, minLength, minClasses);
    }

    void check(char[] password, String email, String workspaceName, int minLength, int minClasses) {
        List<String> codes = violations(password, email, workspaceName, minLength, minClasses);
        if (!codes.isEmpty()) {
            throw new AccountException(codes, null);
        }
    }
}
