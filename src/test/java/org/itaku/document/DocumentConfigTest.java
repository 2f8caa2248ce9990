package org.itaku.document;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Spring wiring: properties reach {@link Documents}, and a missing font only matters at the first PDF. */
class DocumentConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(DocumentConfig.class);

    @Test
    void aWrongFontSettingDoesNotStopTheApplicationButNamesItselfAtTheFirstPdf() {
        runner.withPropertyValues("itaku.document.font=/no/such/font.ttf").run(context -> {
            Documents documents = context.getBean(Documents.class);
            DocumentRequest request = DocumentRequest.ppcReport(DocumentDemo.preliminary(), DateStyle.WAREKI);
            assertThat(documents.render(request, Format.HTML).content()).isNotEmpty();
            assertThatThrownBy(() -> documents.render(request, Format.PDF))
                    .hasMessageContaining("itaku.document.font").hasMessageContaining("/no/such/font.ttf");
        });
    }

    @Test
    void startsWithNoSettingsAtAll() {
        runner.run(context -> assertThat(context).hasSingleBean(Documents.class));
    }
}
