package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.mock.env.MockEnvironment;

class MessageBundlesTest {

    private final MessageSource messages = new MessageBundles().messageSource(new MockEnvironment()
            .withProperty("spring.messages.basename", "messages/messages,messages/entrustment")
            .withProperty("spring.messages.encoding", "UTF-8")
            .withProperty("spring.messages.fallback-to-system-locale", "false"));

    @Test
    void readsTheBundlesAsConfiguredInBothLanguages() {
        assertThat(messages.getMessage("register.pageOf", new Object[] {2, 5, 230}, Locale.JAPANESE))
                .isEqualTo("ページ 2 / 5（全 230 件）");
        assertThat(messages.getMessage("register.pageOf", new Object[] {2, 5, 230}, Locale.ENGLISH))
                .isEqualTo("Page 2 of 5 (230 in all)");
        assertThat(messages.getMessage("register.next", null, Locale.JAPANESE)).isEqualTo("次へ");
        assertThat(messages.getMessage("no.such.code", null, "既定", Locale.JAPANESE)).isEqualTo("既定");
    }

    /** Each thread formats with its own copy: many at once still get each their own arguments. */
    @Test
    void threadsFormatWithTheirOwnCopyAndGetTheirOwnText() throws Exception {
        var source = (MessageBundles.ThreadFormats) messages;
        var mine = source.resolveCode("register.pageOf", Locale.JAPANESE);
        assertThat(source.resolveCode("register.pageOf", Locale.JAPANESE)).isSameAs(mine);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            assertThat(pool.submit(() -> source.resolveCode("register.pageOf", Locale.JAPANESE)).get()).isNotSameAs(mine);
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                all.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String text = messages.getMessage("register.pageOf", new Object[] {thread, i, 7}, Locale.ENGLISH);
                        if (!text.equals("Page " + thread + " of " + String.format("%,d", i) + " (7 in all)")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
