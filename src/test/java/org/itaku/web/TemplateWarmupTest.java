package org.itaku.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.itaku.ItakuApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The warm-up template renders every row with real messages and labels, so a renamed key or bean cannot hide in it. */
@SpringBootTest(classes = ItakuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TemplateWarmupTest {

    @Autowired
    TemplateWarmup warmup;

    @Test
    void rendersEveryRowWithMessagesAndLabels() {
        StringWriter out = new StringWriter();
        warmup.render(out);
        String html = out.toString();

        assertThat(html).doesNotContain("??").contains("架空事業者1999", "発生場所", "直接の委託元", "氏名、住所",
                "委託元（自社のデータ）", "2026年4月1日 まで", "状況に応じて速やかに", "期限内", "期限後",
                "<span>架空事業者0 → </span><span>架空事業者1 → </span><span>架空事業者2</span>", "https://warm-up.invalid/incidents/7?distance=3");
        assertThat(html.split("<tr", -1)).hasSize(2_001);
    }
}
