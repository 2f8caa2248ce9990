package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One invented example per pattern that real notices showed and the first reader missed: news write-ups, notices
 * without a letterhead, contractors named beside the publisher. Organisations and wording are made up.
 */
class NoticePatternsTest {

    private static CaseRecord read(String text) {
        return NoticeReader.read(text, true);
    }

    @Test
    void organizationNewsLeadSubject() {
        CaseRecord r = read("""
                架空市は12日、市立図書館の利用者名簿を紛失したと発表した。
                市によると、名簿には利用者48人の氏名と電話番号が記載されていた。
                """);
        assertThat(r.organization()).isEqualTo("架空市");
    }

    @Test
    void organizationMunicipalityWithoutItsPrefecture() {
        assertThat(read("架空県北架空市は3日、住民の個人情報を誤ってホームページに掲載していたと発表し、謝罪した。").organization())
                .isEqualTo("北架空市");
    }

    @Test
    void organizationLeadPlaceWithNiOite() {
        assertThat(read("""
                架空県立療育センターにおいて、利用者の連絡先を記載した書類1枚を紛失する事案が発生しました。
                関係者の皆様に深くお詫び申し上げます。
                """).organization()).isEqualTo("架空県立療育センター");
    }

    @Test
    void organizationIsNeverTheContractor() {
        CaseRecord r = read("""
                県が委託している研修事業の受託者である株式会社架空研修サービスが、受講予定者25名にメールを送信した際、
                宛先を「To」にしたため、他の受講者のメールアドレスが閲覧できる状態となりました。
                """);
        assertThat(r.organization()).isNull();
        assertThat(r.vendorNames()).containsExactly("株式会社架空研修サービス");
    }

    @Test
    void organizationNotTheBodyCoordinatedWithTheNotifier() {
        CaseRecord r = read("""
                本校の教員が、生徒の成績を保存したUSBメモリを紛失しました。
                本校及び架空大学では、情報が流出していないか監視を続けております。
                """);
        assertThat(r.organization()).isNull();
    }

    @Test
    void organizationBodyMentionWhenNothingElseNamesIt() {
        assertThat(read("""
                ご関係者の皆様
                2025年1月20日、架空県行政書士協会 事務局のパソコンがウイルスに感染し、不審なメールが送信されていることを確認しました。
                """).organization()).isEqualTo("架空県行政書士協会");
    }
}
