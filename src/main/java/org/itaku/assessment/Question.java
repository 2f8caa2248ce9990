package org.itaku.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One question of a questionnaire, with what each answer earns. Points are per answer; the question's
 * {@code weight} multiplies them. A {@code critical} question whose answer earns nothing is a blocker: the
 * vendor fails whatever its total (a principal cannot supervise away a missing incident-report duty).
 */
public record Question(String id, String section, String ja, String en, AnswerType type, Map<String, Integer> points,
        List<Band> bands, List<Option> options, String unit, int weight, boolean critical, boolean naAllowed,
        boolean evidenceRequested, Condition dependsOn, RegisterCheck registerCheck, Refs refs) {

    static final Set<String> YES_NO_VALUES = Set.of("yes", "partial", "no");
    public static final String NOT_APPLICABLE = "na";
    static final int MAX_TEXT = 2000;

    /** A number band: the first band whose bound the value meets gives the points (no bound: everything else). */
    public record Band(BigDecimal max, BigDecimal min, int points) {
        boolean matches(BigDecimal value) {
            return (max == null || value.compareTo(max) <= 0) && (min == null || value.compareTo(min) >= 0);
        }
    }

    public record Option(String value, String ja, String en, int points) {
    }

    /** Asked only when the earlier question {@code question} was answered with one of {@code answers}. */
    public record Condition(String question, Set<String> answers) {
    }

    /** A fact of the register that an answer in {@code contradictedBy} would deny. */
    public record RegisterCheck(RegisterFact fact, Set<String> contradictedBy) {
    }

    /** Identifiers only: PPC-GL-* items, IPA 自社診断 numbers, CIS Controls v8 safeguards, NIST CSF 2.0 ids. */
    public record Refs(List<String> ppc, List<Integer> ipa, List<String> cis, List<String> nist) {
        public Refs {
            ppc = List.copyOf(ppc);
            ipa = List.copyOf(ipa);
            cis = List.copyOf(cis);
            nist = List.copyOf(nist);
        }

        static final Refs NONE = new Refs(List.of(), List.of(), List.of(), List.of());
    }

    public Question {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")) {
            throw new IllegalArgumentException("question id must be 1-40 letters, digits, '-', '_' or '.': " + id);
        }
        if (ja == null || ja.isBlank()) {
            throw new IllegalArgumentException("question " + id + ": the Japanese text (ja) is required");
        }
        en = en == null || en.isBlank() ? ja : en;
        if (type == null) {
            throw new IllegalArgumentException("question " + id + ": type is required");
        }
        if (weight < 0 || weight > 10) {
            throw new IllegalArgumentException("question " + id + ": weight must be between 0 and 10");
        }
        points = Map.copyOf(points == null ? Map.of() : points);
        bands = List.copyOf(bands == null ? List.of() : bands);
        options = List.copyOf(options == null ? List.of() : options);
        refs = refs == null ? Refs.NONE : refs;
        switch (type) {
            case YES_NO -> {
                if (!YES_NO_VALUES.containsAll(points.keySet()) || !points.containsKey("yes") || !points.containsKey("no")) {
                    throw new IllegalArgumentException("question " + id + ": yes_no points need yes and no (and may have partial)");
                }
            }
            case NUMBER -> {
                if (bands.isEmpty()) {
                    throw new IllegalArgumentException("question " + id + ": a number question needs bands");
                }
            }
            case CHOICE -> {
                if (options.size() < 2) {
                    throw new IllegalArgumentException("question " + id + ": a choice question needs at least two options");
                }
                if (options.stream().map(Option::value).distinct().count() != options.size()) {
                    throw new IllegalArgumentException("question " + id + ": option values must differ");
                }
            }
            case FILE -> {
                if (!points.isEmpty() && !points.keySet().equals(Set.of("attached"))) {
                    throw new IllegalArgumentException("question " + id + ": a file question scores only 'attached'");
                }
            }
            case TEXT -> {
                if (weight != 0 || critical) {
                    throw new IllegalArgumentException("question " + id + ": a text question is not scored (weight 0, not critical)");
                }
            }
        }
        if (critical && maxPoints(type, points, bands, options) == 0) {
            throw new IllegalArgumentException("question " + id + ": a critical question must be able to earn points");
        }
    }

    /** The most one answer can earn, before the weight. */
    public int maxPoints() {
        return maxPoints(type, points, bands, options);
    }

    private static int maxPoints(AnswerType type, Map<String, Integer> points, List<Band> bands, List<Option> options) {
        return switch (type) {
            case YES_NO, FILE -> points.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            case NUMBER -> bands.stream().mapToInt(Band::points).max().orElse(0);
            case CHOICE -> options.stream().mapToInt(Option::points).max().orElse(0);
            case TEXT -> 0;
        };
    }

    /** Whether the question counts towards the score at all. */
    public boolean scored() {
        return weight > 0 && maxPoints() > 0;
    }

    /**
     * The points an answer earns, or {@code null} when the answer is missing. {@code na} earns nothing and
     * is left out of the maximum by the scorer.
     */
    public Integer pointsFor(String value, boolean evidenceAttached) {
        if (type == AnswerType.FILE) {
            return evidenceAttached ? points.getOrDefault("attached", 0) : null;
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (type) {
            case YES_NO -> NOT_APPLICABLE.equals(value) ? 0 : points.getOrDefault(value, 0);
            case NUMBER -> {
                BigDecimal n = new BigDecimal(value);
                yield bands.stream().filter(b -> b.matches(n)).findFirst().map(Band::points).orElse(0);
            }
            case CHOICE -> options.stream().filter(o -> o.value().equals(value)).findFirst().map(Option::points).orElse(0);
            default -> 0;
        };
    }

    /**
     * The answer in its stored form, or an {@link IllegalArgumentException} that says what is wrong with it.
     * Blank means "not answered yet" and is returned as {@code null}.
     */
    public String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = java.text.Normalizer.normalize(raw.strip(), java.text.Normalizer.Form.NFKC);
        switch (type) {
            case YES_NO -> {
                String v = switch (value.toLowerCase(java.util.Locale.ROOT)) {
                    case "yes", "y", "はい" -> "yes";
                    case "partial", "一部", "一部実施" -> "partial";
                    case "no", "n", "いいえ" -> "no";
                    case "na", "n/a", "該当なし" -> NOT_APPLICABLE;
                    default -> throw new AssessmentRuleException(
                            naAllowed ? "assessment.rule.answer.yesNoNa" : "assessment.rule.answer.yesNo", id, raw);
                };
                if (v.equals(NOT_APPLICABLE) && !naAllowed) {
                    throw new AssessmentRuleException("assessment.rule.answer.naNotAllowed", id);
                }
                if (v.equals("partial") && !points.containsKey("partial")) {
                    throw new AssessmentRuleException("assessment.rule.answer.yesOrNo", id);
                }
                return v;
            }
            case NUMBER -> {
                try {
                    BigDecimal n = new BigDecimal(value.replace(",", ""));
                    if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                        throw new AssessmentRuleException("assessment.rule.answer.numberRange", id);
                    }
                    return n.stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    throw new AssessmentRuleException("assessment.rule.answer.number", id, raw);
                }
            }
            case CHOICE -> {
                return options.stream().filter(o -> o.value().equals(value) || nfkc(o.ja()).equals(value) || nfkc(o.en()).equals(value))
                        .findFirst().map(Option::value).orElseThrow(() -> new AssessmentRuleException("assessment.rule.answer.choice",
                                id, String.join("、", options.stream().map(Option::ja).toList()), raw,
                                String.join(", ", options.stream().map(Option::en).toList())));
            }
            case TEXT -> {
                if (value.length() > MAX_TEXT) {
                    throw new AssessmentRuleException("assessment.rule.answer.tooLong", id, MAX_TEXT);
                }
                return value;
            }
            default -> {
                return null; // a file question is answered by its evidence
            }
        }
    }

    private static String nfkc(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
    }

    /** The label of a choice answer in the language asked for (the stored value when it is not an option). */
    public String optionLabel(String value, java.util.Locale locale) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> "en".equals(locale.getLanguage()) ? o.en() : o.ja()).orElse(value);
    }

    /** The text in the language asked for (Japanese unless English). */
    public String text(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ja;
    }
}
