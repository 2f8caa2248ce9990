package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and hostile input: nothing may escape the reader but the documented size error. Seeded, with a fixed number
 * of runs, so the same inputs are read on every machine whatever its load; there is no timing assertion (a busy
 * machine made the old 30-second one flaky). A real hang still fails: each test runs under a preemptive timeout
 * several times longer than the work takes on a loaded machine, on a separate thread that is interrupted at the limit.
 * Uses the strict path, where a failing rule is not swallowed, so a bug shows up here rather than as a silently
 * empty field.
 */
class NoticeFuzzTest {

    private static final long SEED = 20261123L;
    /** Runs of the random-text test: the four input shapes 100 times each. */
    private static final int RUNS = 400;

    private static final List<String> PIECES = List.of("株式会社", "(以下「", "」)", "委託先である", "再委託先", "令和", "平成", "元年",
            "2024年", "12月", "31日", "2月30日", "同年", "翌日", "同日", "約", "最大", "延べ", "万", "千", "名", "人", "件", "3,400",
            "ユーザー", "【", "】", "■", "(1)", "1.", "①", "。", "、", "\n", "\n\n", " ", "氏名", "住所", "含まれておりません",
            "不正アクセス", "ランサムウェア", "判明", "確認されました", "ていることを確認", "個人情報保護委員会へ報告", "再発防止策",
            "お問い合わせ", "0120-000-000", "a@b.example", "から", "まで", "未明", "(月)", "13時04分", "〜", "発生日時", "本市", "当社",
            "弊社", "\uFFFD", "\u0000", "\uD800", "𠮷", "ｶﾀｶﾅ", "１２３", "二〇二四年", "十二月二十五日");

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void randomTextNeverBreaksTheReader() {
        Random random = new Random(SEED);
        int runs = 0;
        while (runs < RUNS) {
            String text = switch (runs % 4) {
                case 0 -> pieces(random, 1 + random.nextInt(400));
                case 1 -> codePoints(random, random.nextInt(2000));
                case 2 -> mutate(random, NoticeReaderTest.fixture("ec-card-skimming.txt"));
                default -> new String(bytes(random, random.nextInt(3000)), StandardCharsets.UTF_8);
            };
            CaseRecord r = NoticeReader.read(text, true);
            assertThat(r).isNotNull();
            NoticeReader.splitDigest(text).forEach(part -> NoticeReader.read(part, true));
            runs++;
        }
        assertThat(runs).isEqualTo(RUNS);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void randomBytesAreDecodedOrRejectedWithAMessage() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = bytes(random, random.nextInt(4000));
            try {
                NoticeReader.read(NoticeInput.decode(bytes), true);
            } catch (NoticeInput.Rejected e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    /**
     * Pathological shapes: one line of a million characters, and many tiny dated lines. A quadratic rule takes hours on
     * these (and fails the timeout); the linear reader takes a few seconds even on a busy machine.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void largeRepetitiveInputIsReadWithoutHanging() {
        String oneLine = "株式会社".repeat(60_000) + "(".repeat(50_000) + "1月1日".repeat(20_000);
        String manyLines = "公表日 2024年1月1日 約1,000名 氏名、住所\n".repeat(20_000);
        assertThat(NoticeReader.read(oneLine.substring(0, Math.min(oneLine.length(), NoticeReader.MAX_CHARS)), true)).isNotNull();
        CaseRecord dated = NoticeReader.read(manyLines.substring(0, Math.min(manyLines.length(), NoticeReader.MAX_CHARS)), true);
        assertThat(dated.published()).as("the reader got through to the end and read the header").isEqualTo("2024-01-01");
    }

    @Test
    void textOverTheLimitIsRefusedWithTheLimitNamed() {
        String huge = "あ".repeat(NoticeReader.MAX_CHARS + 1);
        assertThatThrownBy(() -> NoticeReader.read(huge)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 MB");
    }

    private static String pieces(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(5) == 0) {
                sb.append(random.nextInt(100_000));
            }
        }
        return sb.toString();
    }

    private static String codePoints(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x3000 + random.nextInt(0x100);   // CJK punctuation, kana
                case 2 -> 0x4E00 + random.nextInt(0x5200);  // kanji
                default -> random.nextInt(0x110000);
            };
            if (Character.isValidCodePoint(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static String mutate(Random random, String text) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(40);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, PIECES.get(random.nextInt(PIECES.size())));
                default -> sb.setCharAt(at, (char) random.nextInt(0xFFFF));
            }
        }
        return sb.toString();
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
