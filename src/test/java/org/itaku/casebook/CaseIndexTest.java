package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Japanese full-text search with filters over cases read from the invented fixtures. */
class CaseIndexTest {

    private final CaseIndex index = new CaseIndex();

    @BeforeEach
    void build() {
        List<CaseIndex.IndexedCase> cases = new ArrayList<>();
        String[] files = {"ec-card-skimming.txt", "city-bcc-misdelivery.txt", "clinic-usb-loss.txt", "counts-not-persons.txt"};
        for (int i = 0; i < files.length; i++) {
            String text = NoticeReaderTest.fixture(files[i]);
            cases.add(new CaseIndex.IndexedCase(i + 1, text, NoticeReader.read(text)));
        }
        index.rebuild(cases);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsCasesByJapaneseWords() {
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.search("決済画面", null, 10)).containsExactly(1L);
        assertThat(index.search("メール 誤送信", null, 10)).containsExactly(2L);
        assertThat(index.search("ＵＳＢメモリ", null, 10)).as("full-width query is normalised").containsExactly(3L);
        assertThat(index.search("存在しない語句ですよ", null, 10)).isEmpty();
    }

    @Test
    void filtersByTypeYearAndVendor() {
        assertThat(index.search("", new CaseIndex.Filter("loss_theft", null, null), 10)).containsExactly(3L);
        assertThat(index.search("", new CaseIndex.Filter(null, 2023, null), 10)).as("the card shop's affected window began in 2023")
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(index.search("", new CaseIndex.Filter(null, null, true), 10)).containsExactly(1L);
        assertThat(index.search("不正アクセス", new CaseIndex.Filter("unauthorized_access", 2024, false), 10)).containsExactly(4L);
    }

    @Test
    void queriesThatLookLikeSyntaxAreJustWords() {
        assertThat(index.search("AND OR (( \"", null, 10)).isNotNull();
    }
}
