package org.itaku.casebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Japanese incident notice (お詫びとお知らせ, 調査結果のご報告, a digest entry) into a {@link CaseRecord}.
 * Pure and thread-safe: no Spring, no I/O. Text longer than {@link #MAX_CHARS} is refused.
 */
public final class NoticeReader {

    /** Notices are a few kilobytes; anything beyond 1 MB is not a notice and would only slow the reader down. */
    public static final int MAX_CHARS = NoticeInput.MAX_BYTES;

    private static final Pattern DIGEST_HEADING = Pattern.compile("(?m)^【([^】]{1,60})】[ \\t]*\\S.*$");

    private NoticeReader() {
    }

    /**
     * Reads one notice.
     *
     * @throws IllegalArgumentException when the text is longer than 1 MB
     */
    public static CaseRecord read(String text) {
        return read(text, false);
    }

    /**
     * Reads a digest of several 【...】 entries as one record per entry; text without such entries gives one record.
     */
    public static List<CaseRecord> readEntries(String text) {
        List<String> parts = splitDigest(text);
        List<CaseRecord> out = new ArrayList<>(parts.size());
        for (String part : parts) {
            out.add(read(part));
        }
        return out;
    }

    /** The entries of a digest: split before every 【tag】title line whose tag shares its prefix with another. */
    static List<String> splitDigest(String text) {
        checkSize(text);
        String t = text == null ? "" : text;
        Matcher m = DIGEST_HEADING.matcher(t);
        List<int[]> starts = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            tags.add(tagPrefix(m.group(1)));
        }
        Map<String, Integer> counts = new HashMap<>();
        tags.forEach(tag -> counts.merge(tag, 1, Integer::sum));
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (tags.get(i).length() >= 2 && counts.get(tags.get(i)) >= 2) {
                cuts.add(starts.get(i)[0]);
            }
        }
        if (cuts.size() < 2) {
            return List.of(t);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int end = i + 1 < cuts.size() ? cuts.get(i + 1) : t.length();
            parts.add(t.substring(cuts.get(i), end));
        }
        return parts;
    }

    /** The part of a digest tag before its running number: "セキュリティ事件簿#2024-275" gives "セキュリティ事件簿#". */
    private static String tagPrefix(String tag) {
        int i = 0;
        while (i < tag.length() && !Character.isDigit(tag.charAt(i))) {
            i++;
        }
        return tag.substring(0, i).strip();
    }

    private static void checkSize(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("notice text is " + text.length() + " characters; the reader accepts at most 1 MB ("
                    + MAX_CHARS + " characters)");
        }
    }

    /** {@code strict} lets rule failures escape (tests); otherwise a failing rule leaves its fields empty. */
    static CaseRecord read(String text, boolean strict) {
        checkSize(text);
        NoticeText nt = new NoticeText(text == null ? "" : text);
        Map<String, String> evidence = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();

        OrganizationRules.Result org = guard(strict, () -> OrganizationRules.apply(nt),
                new OrganizationRules.Result(null, null, false, List.of(), null, null, null));
        DateRules.Result dates = guard(strict, () -> DateRules.apply(nt),
                new DateRules.Result(null, null, null, null, null, null));
        PersonCountRules.Result persons = guard(strict, () -> PersonCountRules.apply(nt),
                new PersonCountRules.Result(null, false, null));
        ContentRules.Items items = guard(strict, () -> ContentRules.dataItems(nt),
                new ContentRules.Items(List.of(), List.of(), null, null, null, null));
        ContentRules.Types types = guard(strict, () -> ContentRules.incidentTypes(nt), new ContentRules.Types(List.of(), null));
        ContentRules.Flag ppc = guard(strict, () -> ContentRules.ppcReported(nt), new ContentRules.Flag(null, null));
        List<String> causes = guard(strict, () -> ContentRules.causes(nt, org.vendorInvolved(), types.codes()), List.of());
        List<String> measures = guard(strict, () -> ContentRules.measures(nt), List.of());

        note(evidence, confidence, "title", org.titleEvidence(), org.title() != null, 0.8);
        note(evidence, confidence, "organization", org.organizationEvidence(), org.organization() != null, 0.8);
        note(evidence, confidence, "published", dates.publishedEvidence(), dates.published() != null, 0.9);
        note(evidence, confidence, "occurred", dates.occurredEvidence(), dates.occurred() != null, 0.7);
        note(evidence, confidence, "discovered", dates.discoveredEvidence(), dates.discovered() != null, 0.7);
        note(evidence, confidence, "incident_types", types.evidence(), !types.codes().isEmpty(), 0.75);
        note(evidence, confidence, "persons_affected", persons.evidence(), persons.persons() != null, persons.approx() ? 0.6 : 0.8);
        note(evidence, confidence, "data_items", items.evidence(), !items.codes().isEmpty(), 0.8);
        note(evidence, confidence, "sensitive_data", items.flagEvidence(), items.sensitive() != null, 0.7);
        note(evidence, confidence, "financial_data", items.flagEvidence(), items.financial() != null, 0.7);
        note(evidence, confidence, "vendor_involved", org.vendorEvidence(), org.vendorInvolved(), 0.7);
        note(evidence, confidence, "ppc_reported", ppc.evidence(), ppc.value() != null, 0.85);

        return new CaseRecord(
                org.title(),
                org.organization(),
                iso(dates.published()),
                iso(dates.occurred()),
                iso(dates.discovered()),
                types.codes(),
                persons.persons(),
                persons.approx(),
                items.codes(),
                items.raw(),
                items.sensitive(),
                items.financial(),
                org.vendorInvolved(),
                org.vendors(),
                ppc.value(),
                causes,
                measures,
                evidence,
                confidence);
    }

    /** Evidence for a filled field; a field left empty gets a middling confidence that "the notice does not say". */
    private static void note(Map<String, String> evidence, Map<String, Double> confidence, String field, String sentence,
                             boolean filled, double whenFilled) {
        if (filled && sentence != null) {
            evidence.put(field, sentence.length() > 300 ? sentence.substring(0, 300) + "…" : sentence);
        }
        confidence.put(field, filled ? whenFilled : 0.5);
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private interface Rule<T> {
        T apply();
    }

    private static <T> T guard(boolean strict, Rule<T> rule, T fallback) {
        if (strict) {
            return rule.apply();
        }
        try {
            return rule.apply();
        } catch (RuntimeException | StackOverflowError e) {
            return fallback;
        }
    }
}
