package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What the case library refuses to store: text that is not a Japanese incident notice. */
class NoticeGateTest {

    static final String NOTICE = """
            お客様情報の誤送信に関するお詫び
            架空商事株式会社
            令和7年3月3日、当社従業員が顧客12名のメールアドレスを宛先に入れたまま案内メールを送信いたしました。
            """;

    @Test
    void anInventedNoticeIsAccepted() {
        assertThat(NoticeGate.refusal(NOTICE)).isNull();
    }

    @Test
    void greetingsAndJapaneseWithoutAnIncidentAreNotNotices() {
        assertThat(NoticeGate.refusal("hello world").key()).isEqualTo("casebook.error.notNotice");
        assertThat(NoticeGate.refusal("本日は晴天なり。明日も晴れるでしょう。週末は雨の予報です。").key())
                .isEqualTo("casebook.error.notNotice");
        assertThat(NoticeGate.refusal(" \n").key()).isEqualTo("casebook.error.empty");
    }

    @Test
    void mojibakeAndBrokenBytesAreGarbled() {
        String utf8ReadAsShiftJis = new String(NOTICE.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-31j"));
        String shiftJisReadAsUtf8 = new String(NOTICE.getBytes(Charset.forName("windows-31j")), StandardCharsets.UTF_8);
        assertThat(NoticeGate.refusal(utf8ReadAsShiftJis).key()).isEqualTo("casebook.error.garbled");
        assertThat(NoticeGate.refusal(shiftJisReadAsUtf8).key()).isEqualTo("casebook.error.garbled");
        assertThat(NoticeGate.refusal("\uFFFD\uFFFD\u0001PK" + "\uFFFD".repeat(40) + NOTICE.substring(0, 20)).key())
                .isEqualTo("casebook.error.garbled");
    }
}
