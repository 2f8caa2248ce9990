package org.itaku.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.itaku.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case library on a real database: import, search with filters, counts, workspace isolation. */
abstract class CasebookContract {

    @Autowired
    Casebook casebook;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    long ws;

    static String fixture(String name) {
        try (InputStream in = CasebookContract.class.getResourceAsStream("/casebook/library/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void workspace() {
        ws = accounts.createWorkspace("事例集 " + UUID.randomUUID());
    }

    List<Long> importBoth() {
        return casebook.importNotices(ws, List.of(new NoticeSource("bookshop.txt", fixture("bookshop-misdelivery.txt")),
                new NoticeSource("dental.txt", fixture("dental-usb-loss.txt"))), "小売", null);
    }

    @Test
    void aCaseImportedOnAnotherNodeShowsInTheNextSearch(@Autowired org.itaku.audit.AuditTrail trail,
            @Autowired java.time.Clock clock) {
        Casebook otherNode = new Casebook(jdbc, trail, clock);
        long bookshop = casebook.importNotices(ws, List.of(new NoticeSource("bookshop.txt",
                fixture("bookshop-misdelivery.txt"))), null, null).get(0);
        assertThat(casebook.search(ws, "紛失", null, 10)).isEmpty(); // this node has built its index

        long dental = otherNode.importNotices(ws, List.of(new NoticeSource("dental.txt", fixture("dental-usb-loss.txt"))),
                null, null).get(0);
        assertThat(casebook.search(ws, "紛失", null, 10)).extracting(CaseSummary::id).containsExactly(dental);
        assertThat(casebook.search(ws, "", null, 10)).extracting(CaseSummary::id).containsExactlyInAnyOrder(bookshop, dental);
    }

    @Test
    void importedNoticesAreFoundByJapaneseWordsAndFiltersNarrow() {
        List<Long> ids = importBoth();
        long bookshop = ids.get(0);
        long dental = ids.get(1);

        assertThat(casebook.search(ws, "誤送付", null, 10)).extracting(CaseSummary::id).containsExactly(bookshop);
        assertThat(casebook.search(ws, "ＵＳＢメモリ 紛失", null, 10)).extracting(CaseSummary::id).containsExactly(dental);
        assertThat(casebook.search(ws, "ナギサ物流", null, 10)).extracting(CaseSummary::id).containsExactly(bookshop);
        assertThat(casebook.search(ws, "", null, 10)).hasSize(2);
        assertThat(casebook.search(ws, "", new Casebook.Filter("loss_theft", null, null), 10))
                .extracting(CaseSummary::id).containsExactly(dental);
        assertThat(casebook.search(ws, "", new Casebook.Filter(null, 2025, null), 10))
                .extracting(CaseSummary::id).containsExactly(bookshop);
        assertThat(casebook.search(ws, "", new Casebook.Filter(null, null, true), 10))
                .extracting(CaseSummary::id).containsExactly(bookshop);
        assertThat(casebook.search(ws, "お客様", new Casebook.Filter("misdelivery", 2024, null), 10)).isEmpty();

        CaseSummary line = casebook.search(ws, "誤送付", null, 10).get(0);
        assertThat(line.organization()).isEqualTo("株式会社みなと書房");
        assertThat(line.personsAffected()).isEqualTo(120L);
        assertThat(line.sector()).isEqualTo("小売");
        assertThat(casebook.years(ws)).containsExactly(2025, 2024);

        long clinic = casebook.importNotices(ws, List.of(new NoticeSource("clinic.txt", fixture("dental-usb-loss.txt"))),
                " 医療 ", null).get(0);
        assertThat(casebook.search(ws, "", new Casebook.Filter(null, null, null, "医療"), 10))
                .extracting(CaseSummary::id).containsExactly(clinic);
        assertThat(casebook.search(ws, "紛失", new Casebook.Filter(null, null, null, "小売"), 10))
                .extracting(CaseSummary::id).containsExactly(dental);
        assertThat(casebook.sectors(ws)).containsExactlyInAnyOrder("医療", "小売");
    }

    @Test
    void theStoredRecordComesBackWholeAndTheColumnsAreFilled() {
        long id = importBoth().get(0);
        StoredCase c = casebook.find(ws, id);
        assertThat(c.record()).isEqualTo(NoticeReader.read(fixture("bookshop-misdelivery.txt")));
        assertThat(c.record().evidence().get("persons_affected")).contains("約120名");
        assertThat(jdbc.sql("SELECT published_year, vendor_involved, incident_types FROM casebook_case WHERE workspace_id = ? AND id = ?")
                .params(ws, id).query((rs, n) -> rs.getInt(1) + " " + rs.getBoolean(2) + " " + rs.getString(3)).single())
                .isEqualTo("2025 true misdelivery");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'case.import'")
                .param(ws).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherWorkspaceSeesNothing() {
        long id = importBoth().get(0);
        long other = accounts.createWorkspace("他の事例集 " + UUID.randomUUID());
        assertThat(casebook.search(other, "誤送付", null, 10)).isEmpty();
        assertThat(casebook.count(other)).isZero();
        assertThat(casebook.stats(other).total()).isZero();
        assertThatThrownBy(() -> casebook.find(other, id)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void aBadSourceStoresNothingOfTheImport() {
        casebook.search(ws, "", null, 10); // builds the (empty) index first: an import must not leave it stale
        assertThatThrownBy(() -> casebook.importNotices(ws, List.of(new NoticeSource("good.txt", fixture("dental-usb-loss.txt")),
                NoticeSource.decode("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})), null, null))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("image.png");
        assertThat(casebook.count(ws)).isZero();
        assertThatThrownBy(() -> new NoticeSource("big.txt", "あ".repeat(NoticeReader.MAX_CHARS + 1)))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("1 MB");
        assertThatThrownBy(() -> NoticeSource.decode("big.txt", new byte[NoticeSource.MAX_BYTES + 1]))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("1 MB");
        assertThatThrownBy(() -> new NoticeSource("blank.txt", "  \n")).isInstanceOf(CaseImportException.class);

        importBoth();
        assertThat(casebook.search(ws, "", null, 10)).as("the import makes the next search rebuild").hasSize(2);
        assertThat(casebook.rebuild(ws)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'case.index.rebuild'")
                .param(ws).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void textThatIsNotANoticeIsRefusedAndNothingIsStored() {
        String mojibake = new String(fixture("dental-usb-loss.txt").getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-31j"));
        assertThatThrownBy(() -> casebook.importNotices(ws, List.of(new NoticeSource("good.txt", fixture("dental-usb-loss.txt")),
                new NoticeSource("hello.txt", "hello world")), null, null))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("hello.txt: 事案の公表文として読めません");
        assertThatThrownBy(() -> casebook.importNotices(ws, List.of(new NoticeSource("upload.txt", mojibake)), null, null))
                .isInstanceOf(CaseImportException.class).hasMessageContaining("upload.txt: 文字化けしています");
        assertThat(casebook.count(ws)).isZero();
    }

    @Test
    void anOfficerCorrectsFieldsTheSearchAndColumnsFollowAndTheTrailNamesTheFields() {
        long id = importBoth().get(0);
        assertThat(casebook.search(ws, "", new Casebook.Filter("loss_theft", null, null), 10)).extracting(CaseSummary::id)
                .doesNotContain(id);

        StoredCase c = casebook.correct(ws, id, java.util.Map.of("persons_affected", 118, "incident_types",
                List.of("misdelivery", "loss_theft"), "organization", "みなと書房株式会社"), null);

        assertThat(c.record().personsAffected()).isEqualTo(118);
        assertThat(c.record().incidentTypes()).containsExactly("misdelivery", "loss_theft");
        assertThat(c.record().confidence().get("persons_affected")).isEqualTo(1.0);
        assertThat(c.record().evidence()).doesNotContainKey("persons_affected");
        assertThat(c.record().dataItems()).as("untouched fields keep their values")
                .isEqualTo(NoticeReader.read(fixture("bookshop-misdelivery.txt")).dataItems());
        assertThat(casebook.search(ws, "", new Casebook.Filter("loss_theft", null, null), 10)).extracting(CaseSummary::id)
                .as("the index notices the correction").contains(id);
        assertThat(jdbc.sql("SELECT persons_affected FROM casebook_case WHERE workspace_id = ? AND id = ?").params(ws, id)
                .query(Long.class).single()).isEqualTo(118L);
        assertThat(jdbc.sql("SELECT changed_fields FROM audit_record WHERE workspace_id = ? AND action = 'case.correct'")
                .param(ws).query(String.class).single())
                .contains("persons_affected", "incident_types", "organization").doesNotContain("118");

        assertThatThrownBy(() -> casebook.correct(ws, id, java.util.Map.of("persons_affected", 5, "occurred", "2025-02-30"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("occurred は YYYY-MM-DD の形の日付で入力してください: 2025-02-30");
        assertThatThrownBy(() -> casebook.correct(ws, id, java.util.Map.of("incident_types", List.of("DROP TABLE")), null))
                .hasMessageStartingWith("incident_types に不明なコードがあります: DROP TABLE")
                .extracting(e -> ((CasebookRuleException) e).code()).isEqualTo("casebook.rule.correction.code");
        assertThatThrownBy(() -> casebook.correct(ws, id, java.util.Map.of("source_text", "x"), null))
                .hasMessageStartingWith("訂正できない項目です: source_text");
        assertThat(casebook.find(ws, id).record().personsAffected()).as("a refused correction changes nothing").isEqualTo(118);
    }

    @Test
    void aDeletedCaseIsGoneFromTheLibraryOnlyInItsWorkspace() {
        List<Long> ids = importBoth();
        long other = accounts.createWorkspace("他の事例集 " + UUID.randomUUID());
        assertThatThrownBy(() -> casebook.delete(other, ids.get(0))).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> casebook.correct(other, ids.get(0), java.util.Map.of("title", "x"), null))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(casebook.search(ws, "", null, 10)).hasSize(2);

        casebook.delete(ws, ids.get(0));

        assertThat(casebook.search(ws, "", null, 10)).extracting(CaseSummary::id).containsExactly(ids.get(1));
        assertThatThrownBy(() -> casebook.find(ws, ids.get(0))).isInstanceOf(CaseNotFoundException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE workspace_id = ? AND action = 'case.delete' AND target_id = ?")
                .params(ws, String.valueOf(ids.get(0))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void statisticsCountTypesByYearCausesPersonsAndVendors() {
        importBoth();
        CaseStats stats = casebook.stats(ws);
        assertThat(stats.total()).isEqualTo(2);
        assertThat(stats.typesByYear().bars()).extracting(CaseStats.Bar::label).containsExactly("2024", "2025");
        assertThat(stats.typesByYear().legend()).extracting(CaseStats.Legend::label)
                .as("a USB stick taken out and lost is a loss, not an insider").containsExactly("loss_theft", "misdelivery");
        assertThat(stats.vendorShare().bars()).extracting(CaseStats.Bar::total).containsExactly(1L, 1L);
        assertThat(stats.persons().bars()).extracting(CaseStats.Bar::total).containsExactly(0L, 0L, 2L, 0L, 0L, 0L);
        assertThat(stats.causes().bars()).isNotEmpty();
    }
}
