package org.itaku.web;

import org.itaku.vocabulary.JapanTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.itaku.obligation.Citations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What pages show instead of internal codes: item codes, legal citations, instants and yes/no become words in the
 * reader's language. Domain code keeps speaking codes (the API and the rule sets need them); only the page turns them
 * into text, through the message bundles. Templates call it as {@code ${@labels.items(h.items)}}.
 */
@Component("labels")
public class Labels {

    /** Every time a person reads is Japan time: deadlines, audit records and sign-ins are all judged in JST. */
    public static final ZoneId JAPAN = JapanTime.ZONE;

    private static final DateTimeFormatter JA_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm");
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Data item codes as their names: "ADDRESS,BIRTH_DATE" or a collection of items becomes 「住所、生年月日」.
     * An unknown code is shown as it is rather than hidden.
     */
    public String items(Object items) {
        if (items == null) {
            return "";
        }
        Stream<String> codes = items instanceof Collection<?> c ? c.stream().map(String::valueOf)
                : Stream.of(String.valueOf(items).split("[,、;\\s]+"));
        boolean japanese = isJapanese();
        return codes.map(String::strip).filter(s -> !s.isEmpty())
                .map(code -> messages.getMessage("item." + code, null, code, locale()))
                .collect(Collectors.joining(japanese ? "、" : ", "));
    }

    /** A code from a closed list (status, kind, action) through its message key; the code itself if none exists. */
    public String code(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String text = code instanceof Enum<?> e ? e.name() : String.valueOf(code);
        String label = messages.getMessage(prefix + "." + text, null, null, locale());
        Matcher counted = COUNTED.matcher(text);
        if (label == null && counted.matches()) {
            // A code that carries a count ("notices.count_3") reads as its label with the number.
            label = messages.getMessage(prefix + "." + counted.group(1), new Object[] {counted.group(2)}, null, locale());
        }
        return label == null ? text : label;
    }

    /** Several codes of one list, each through its message key, joined as the reader's language joins a list. */
    public String codes(String prefix, Collection<?> codes) {
        if (codes == null) {
            return "";
        }
        return codes.stream().map(c -> code(prefix, c)).collect(Collectors.joining(isJapanese() ? "、" : ", "));
    }

    /** A date as the reader writes it: 「2025年6月10日」, or "10 Jun 2025"; nothing for none. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        java.time.LocalDate day = value instanceof java.time.LocalDate d ? d : java.time.LocalDate.parse(String.valueOf(value));
        return isJapanese() ? JA_DATE.format(day) : EN_DATE.format(day);
    }

    /** Item numbers of an article (Rules Art. 7 items 3 and 4) as 「第3号、第4号」; "3, 4" in English. */
    public String itemNumbers(Collection<?> numbers) {
        if (numbers == null) {
            return "";
        }
        return isJapanese() ? numbers.stream().map(n -> "第" + n + "号").collect(Collectors.joining("、"))
                : numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** はい / いいえ for a flag; nothing for an unknown one. */
    public String yesNo(Boolean value) {
        return value == null ? "" : messages.getMessage(value ? "label.yes" : "label.no", null, locale());
    }

    /**
     * An instant in Japan time, with the zone named: 「2026年12月5日 14:03（日本時間）」.
     */
    public String time(Object value) {
        ZonedDateTime at;
        if (value == null) {
            at = null;
        } else if (value instanceof Instant i) {
            at = i.atZone(JAPAN);
        } else if (value instanceof OffsetDateTime o) {
            at = o.atZoneSameInstant(JAPAN);
        } else if (value instanceof ZonedDateTime z) {
            at = z.withZoneSameInstant(JAPAN);
        } else if (value instanceof LocalDateTime l) {
            // A date-time without a zone is one a person entered on a form, in Japan time.
            at = l.atZone(JAPAN);
        } else if (value instanceof java.util.Date d) {
            at = d.toInstant().atZone(JAPAN);
        } else if (value instanceof String s) {
            at = parse(s);
        } else {
            throw new IllegalArgumentException("not a point in time: " + value.getClass().getName());
        }
        if (at == null) {
            return "";
        }
        return isJapanese() ? JA_TIME.format(at) + "（日本時間）" : EN_TIME.format(at) + " JST";
    }

    private static ZonedDateTime parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(JAPAN);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.parse(text).atZone(JAPAN);
        }
    }

    /**
     * A recorded text written in both languages as 「日本語 / English」 (timeline entries, older messages) shows only the
     * half in the reader's language; any other text is shown as it is.
     */
    public String inLanguage(String text) {
        if (text == null) {
            return "";
        }
        Matcher pair = BILINGUAL.matcher(text);
        if (pair.matches()) {
            return isJapanese() ? pair.group(1).strip() : pair.group(2).strip();
        }
        return text;
    }

    private static final Pattern COUNTED = Pattern.compile("(.+)_(\\d+)");

    private static final Pattern BILINGUAL = Pattern.compile(
            "(?s)(.*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*?)\\s*/\\s*([^\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}/]+)");

    /**
     * Legal citations in the reader's language: on a Japanese page "APPI Art. 26(1); Rules Art. 9" reads
     * 個人情報保護法第26条第1項、規則第9条 (the obligation module's {@link Citations} names them).
     */
    public String article(String citations) {
        if (citations == null || !isJapanese()) {
            return citations == null ? "" : citations;
        }
        return Stream.of(citations.split(";\\s*")).map(Citations::ja).collect(Collectors.joining("、"));
    }

    private static boolean isJapanese() {
        return !"en".equals(locale().getLanguage());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
