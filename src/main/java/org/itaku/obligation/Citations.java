package org.itaku.obligation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Japanese form of the article citations decisions carry: "Rules Art. 7(iii)" is 規則第7条第3号,
 * "APPI Art. 26(1) proviso" is 個人情報保護法第26条第1項ただし書. Arabic numbers in parentheses are paragraphs (項),
 * Roman numerals are items (号), "29-4" is 第29条の4, as Japanese statutes number them. A citation that is not an
 * article of a known instrument (a guideline section, a Q&A number) is returned with its prefix translated.
 */
public final class Citations {

    private static final Map<String, String> INSTRUMENTS = Map.of(
            "APPI", "個人情報保護法",
            "Rules", "規則",
            "My Number Act", "番号法",
            "My Number Rule", "番号法規則",
            "行政機関の休日に関する法律", "行政機関の休日に関する法律",
            "銀行法施行規則", "銀行法施行規則");

    private static final Pattern ARTICLE = Pattern.compile(
            "^(APPI|Rules|My Number Act|My Number Rule|行政機関の休日に関する法律|銀行法施行規則) Art\\. ([0-9]+(?:-[0-9]+)*)"
                    + "((?:\\((?:[0-9]+|[ivx]+)\\))*)( proviso)?(.*)$");
    private static final Pattern PART = Pattern.compile("\\(([0-9]+|[ivx]+)\\)");

    private Citations() {
    }

    /** The citation in Japanese; unchanged when it is already Japanese or not recognised. */
    public static String ja(String citation) {
        if (citation == null) {
            return null;
        }
        Matcher m = ARTICLE.matcher(citation);
        if (m.matches()) {
            StringBuilder out = new StringBuilder(INSTRUMENTS.get(m.group(1)));
            String[] numbers = m.group(2).split("-");
            out.append('第').append(numbers[0]).append('条');
            for (int i = 1; i < numbers.length; i++) {
                out.append('の').append(numbers[i]);
            }
            Matcher part = PART.matcher(m.group(3));
            while (part.find()) {
                String p = part.group(1);
                out.append('第').append(Character.isDigit(p.charAt(0)) ? p + "項" : roman(p) + "号");
            }
            if (m.group(4) != null) {
                out.append("ただし書");
            }
            return out.append(rest(m.group(5))).toString();
        }
        if (citation.startsWith("GL ")) {
            return "通則ガイドライン" + citation.substring(3);
        }
        if (citation.startsWith("FSA Q&A A")) {
            return "金融機関Q&A問" + citation.substring("FSA Q&A A".length());
        }
        return citation;
    }

    /** The citation in the language of a page or document: Japanese unless "en". */
    public static String in(String language, String citation) {
        return "en".equals(language) ? citation : ja(citation);
    }

    private static String rest(String tail) {
        String t = tail.strip();
        if (t.isEmpty()) {
            return "";
        }
        return t.equals("(or the applicable business act)") ? "（又は該当する業法）" : "（" + t + "）";
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
