package org.itaku.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.itaku.vocabulary.PersonCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentRecordsTest {

    @Test
    void occurredAfterDiscoveredIsRefused() {
        assertThatThrownBy(() -> DocumentDemo.preliminary().toBuilder().occurredOn(LocalDate.of(2026, 6, 7)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("発生日");
    }

    @Test
    void onlyAKakuhoCarriesASokuho() {
        BreachReport sokuho = DocumentDemo.preliminary();
        assertThatThrownBy(() -> sokuho.toBuilder().previous(sokuho).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("確報");
    }

    @Test
    void aJointReportNeedsASecondParty() {
        assertThatThrownBy(() -> DocumentDemo.preliminary().toBuilder()
                .jointReporter(new NamedBusiness(DocumentDemo.VENDOR.name(), null, null)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void myNumberCategoriesNeedTheMyNumberVariant() {
        assertThatThrownBy(() -> new BreachReport(ReportStage.PRELIMINARY, LocalDate.of(2026, 6, 9), DocumentDemo.VENDOR,
                "件名", null, LocalDate.of(2026, 6, 6), Set.of(Occurrence.LEAK), false, null, null, Set.of(), false,
                Set.of(MyNumberCategory.ITEM4), null, null, List.of(), null, List.of(), null, null, null, null, null,
                null, null, List.of(), List.of(), null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankMeansUnknownAndControlCharactersAreRefused() {
        assertThat(new NamedBusiness("株式会社テスト", "  ", null).address()).isNull();
        assertThatThrownBy(() -> new NamedBusiness("株式会社\u0007テスト", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Inquiry("窓口", null, "平日", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonCount.exact(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestChecksItsInputType() {
        assertThatThrownBy(() -> new DocumentRequest(DocumentKind.PRINCIPAL_NOTICE, DocumentDemo.preliminary(),
                DateStyle.WAREKI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrincipalNoticeGoesToSomeoneElse() {
        assertThatThrownBy(() -> DocumentDemo.principalNotice(new NamedBusiness(DocumentDemo.VENDOR.name(), null, null), 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
