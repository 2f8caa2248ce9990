package org.itaku.casebook;

import java.util.regex.Pattern;

/**
 * Decides whether a text is worth storing as a notice. The reader reads anything; the case library must not fill up
 * with pasted greetings, binary debris decoded as text, or mojibake (UTF-8 read as Shift_JIS), which would then show
 * up in searches and statistics as cases.
 */
final class NoticeGate {

    /** Why a text is refused; {@code key} names the message in messages/casebook*.properties. */
    record Refusal(String key, String english) { }

    /** A notice is Japanese prose: at least this many kana and kanji. */
    static final int MIN_JAPANESE = 20;

    /** Any incident notice names what happened with one of these words; a text with none is something else. */
    private static final Pattern INCIDENT_WORD = Pattern.compile(
            "個人情報|情報|漏えい|漏洩|流出|紛失|盗難|不正|誤送|誤送信|誤送付|誤発送|誤配|誤って|誤り|ウイルス|ウィルス|マルウェア|"
                    + "ランサム|攻撃|感染|被害|事案|事故|お詫び|おわび|インシデント|侵入|閲覧");

    private NoticeGate() {
    }

    /** Null when the text reads as a notice; otherwise the reason to refuse it. */
    static Refusal refusal(String text) {
        if (text == null || text.isBlank()) {
            return new Refusal("casebook.error.empty", "the notice is empty");
        }
        int replacement = 0;
        int japanese = 0;
        int hiragana = 0;
        int halfwidthKana = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replacement++;
            } else if (c >= '\u3041' && c <= '\u309F') {
                hiragana++;
                japanese++;
            } else if (c >= '\u30A0' && c <= '\u30FF' || c >= '\u4E00' && c <= '\u9FFF') {
                japanese++;
            } else if (c >= '\uFF61' && c <= '\uFF9F') {
                halfwidthKana++;
            }
        }
        int visible = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).map(cp -> 1).sum();
        // Broken bytes decode to U+FFFD; UTF-8 read as Shift_JIS comes out as kanji and half-width kana with
        // almost no hiragana, while Japanese prose is about a third hiragana (particles, verb endings).
        if (replacement * 50 > visible || japanese > 0 && halfwidthKana * 5 > japanese
                || japanese >= MIN_JAPANESE && hiragana * 10 < japanese) {
            return new Refusal("casebook.error.garbled", "the text is garbled (broken characters or a wrong encoding)");
        }
        if (japanese < MIN_JAPANESE || !INCIDENT_WORD.matcher(text).find()) {
            return new Refusal("casebook.error.notNotice",
                    "this does not read as a Japanese incident notice (no Japanese text about what happened)");
        }
        return null;
    }
}
