package org.itaku.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.itaku.entrustment.RegisterFixtures.entrust;
import static org.itaku.entrustment.RegisterFixtures.holding;
import static org.itaku.entrustment.RegisterFixtures.operator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itaku.identity.Accounts;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.PersonCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Register rules that must hold on every supported database. */
abstract class RegisterContract {

    @Autowired
    Register register;

    @Autowired
    Accounts accounts;

    @Autowired
    DemoRegister demo;

    @Autowired
    BenchRegister bench;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GraphVersions versions;

    @Autowired
    Entrustments entrustmentRows;

    @Autowired
    Operators operatorRows;

    long ws;
    long client;
    long office;
    long vendor;
    long dataCentre;

    /** 顧客企業 → 社労士事務所 → SaaS ベンダー → データセンター: the chain of the 2023 vendor incident, invented names. */
    @BeforeEach
    void threeLevelChain() {
        ws = accounts.createWorkspace("テスト " + UUID.randomUUID());
        client = register.createOperator(ws, operator("株式会社さくら製作所"));
        office = register.createOperator(ws, operator("みどり社会保険労務士事務所"));
        vendor = register.createOperator(ws, operator("クラウド労務株式会社"));
        dataCentre = register.createOperator(ws, operator("北関東データセンター株式会社"));
        register.createEntrustment(ws, entrust(client, office, "社会保険・労働保険の手続"));
        register.createEntrustment(ws, entrust(office, vendor, "手続システムの提供"));
        register.createEntrustment(ws, entrust(vendor, dataCentre, "サーバーの運用"));
    }

    @Test
    void anOperatorsEntrustmentsAreThoseItGivesAndThoseItTakesInIdOrder() {
        List<Entrustment> ofOffice = register.entrustmentsOf(ws, office);
        assertThat(ofOffice).extracting(e -> e.principalId() + ">" + e.entrusteeId())
                .containsExactly(client + ">" + office, office + ">" + vendor);
        assertThat(ofOffice.get(0).id()).isLessThan(ofOffice.get(1).id());
        assertThat(register.entrustmentsOf(ws, client)).extracting(Entrustment::entrusteeId).containsExactly(office);
        assertThat(register.entrustmentsOf(ws, dataCentre)).extracting(Entrustment::principalId).containsExactly(vendor);
    }

    @Test
    void theOperatorListPagesByNameWithoutASearchAndFiltersWithOne() {
        long second = register.createOperator(ws, operator("みどり社会保険労務士事務所"));
        List<String> all = java.util.stream.IntStream.range(0, 3)
                .mapToObj(p -> register.searchOperators(ws, "", p, 2).items()).flatMap(List::stream)
                .map(o -> o.name() + "#" + (o.id() == second ? "2" : "1")).toList();
        // In code point order (hiragana, then katakana, then kanji), a name shared by two in id order.
        assertThat(all).containsExactly("みどり社会保険労務士事務所#1", "みどり社会保険労務士事務所#2",
                "クラウド労務株式会社#1", "北関東データセンター株式会社#1", "株式会社さくら製作所#1");
        assertThat(register.searchOperators(ws, "", 0, 2).total()).isEqualTo(5);
        assertThat(register.searchOperators(ws, "みどり", 0, 10).total()).isEqualTo(2);
    }

    @Test
    void impactAtTheVendorReachesTheOfficeAndItsClient() {
        register.createHolding(ws, holding(office, client, "従業員台帳", "NAME,MY_NUMBER,PENSION_NO", 120));
        long atVendor = register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,MY_NUMBER,SALARY", 300));
        register.createHolding(ws, holding(dataCentre, vendor, "バックアップ", "NAME,HEALTH_CHECK", 50));

        Impact impact = register.impact(ws, vendor);

        assertThat(impact.operator().id()).isEqualTo(vendor);
        assertThat(impact.holdings()).singleElement().satisfies(h -> {
            assertThat(h.holdingId()).isEqualTo(atVendor);
            assertThat(h.flags()).containsExactly(DataItem.Flag.MY_NUMBER);
            assertThat(h.path()).extracting(OperatorRef::id).containsExactly(office, vendor);
            assertThat(h.pastDeletionDate()).isFalse();
        });
        assertThat(impact.principals()).extracting(p -> p.operator().id()).containsExactly(office, client);
        Impact.AffectedPrincipal top = impact.principals().get(1);
        assertThat(top.distance()).isEqualTo(2);
        assertThat(top.path()).extracting(OperatorRef::name)
                .containsExactly("株式会社さくら製作所", "みどり社会保険労務士事務所", "クラウド労務株式会社");
        // The client's stake is its own 120 employees that it entrusted to the office, not the office's 300, and only
        // the items of its own data that the office passed on (GL 3-5-3-1 (4): each operator counts its own persons).
        assertThat(top.persons()).isEqualTo(120);
        assertThat(top.personsUpperBound()).isEqualTo(120);
        assertThat(top.items()).extracting(DataItem::code).containsExactlyInAnyOrder("MY_NUMBER", "NAME");
        assertThat(impact.principals().get(0).persons()).as("the office itself").isEqualTo(300);
    }

    @Test
    void withManyOfficesInTheMiddleEveryClientStillCountsItsOwnShare() {
        // More offices than are read one by one: their holdings are read in one pass, the answer must not change.
        Map<Long, Long> ownPersons = new java.util.HashMap<>();
        for (int i = 0; i < 70; i++) {
            long o = register.createOperator(ws, operator("社労士事務所" + i));
            long c = register.createOperator(ws, operator("顧問先" + i));
            register.createEntrustment(ws, entrust(o, vendor, "手続システムの提供"));
            register.createEntrustment(ws, entrust(c, o, "社会保険の手続"));
            register.createHolding(ws, holding(vendor, o, "手続データ" + i, "NAME,MY_NUMBER,SALARY", 500));
            register.createHolding(ws, holding(o, c, "従業員台帳" + i, "NAME,MY_NUMBER", 10 + i));
            ownPersons.put(c, 10L + i);
        }

        Impact impact = register.impact(ws, vendor);

        List<Impact.AffectedPrincipal> clients = impact.principals().stream().filter(p -> p.distance() == 2).toList();
        assertThat(clients).hasSize(70).allSatisfy(p -> {
            assertThat(p.persons()).isEqualTo(ownPersons.get(p.operator().id()));
            assertThat(p.items()).extracting(DataItem::code).containsExactlyInAnyOrder("MY_NUMBER", "NAME");
        });
        assertThat(impact.summary().levels()).extracting(Impact.Level::principals).containsExactly(70L, 70L);
    }

    /**
     * A register that is not a tree: an office that is a direct principal at the vendor and also the client of another
     * office, a client of two offices, and a holding the vendor keeps for itself. Worked out by hand from the rules of
     * {@link Register#impact}: a principal's path is the first one the holdings (in id order) reach it by, its figures
     * sum every holding whose chain passes through it, narrowed to its own share at the next operator down.
     */
    @Test
    void impactOnAGraphThatIsNotATree() {
        long second = register.createOperator(ws, operator("あさひ社会保険労務士事務所"));
        long other = register.createOperator(ws, operator("株式会社かえで商会"));
        register.createEntrustment(ws, entrust(second, vendor, "手続システムの提供"));
        register.createEntrustment(ws, entrust(second, office, "給与計算の再委託"));
        register.createEntrustment(ws, entrust(client, second, "社会保険の手続"));
        register.createEntrustment(ws, entrust(other, second, "社会保険の手続"));
        long h1 = register.createHolding(ws, holding(vendor, office, "手続データ1", "NAME,MY_NUMBER,SALARY", 300));
        long h2 = register.createHolding(ws, holding(vendor, second, "手続データ2", "NAME,ADDRESS", 200));
        long own = register.createHolding(ws, holding(vendor, vendor, "自社の従業員", "NAME", 5));
        register.createHolding(ws, holding(office, second, "再委託分", "NAME,SALARY", 40));
        register.createHolding(ws, holding(office, client, "従業員台帳", "NAME,MY_NUMBER", 12));
        register.createHolding(ws, holding(second, other, "従業員台帳", "ADDRESS,HEALTH_CHECK", 7));

        Impact impact = register.impact(ws, vendor);

        assertThat(impact.principals()).extracting(p -> p.operator().id(), Impact.AffectedPrincipal::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(office, 1), org.assertj.core.groups.Tuple.tuple(client, 2),
                        org.assertj.core.groups.Tuple.tuple(second, 2), org.assertj.core.groups.Tuple.tuple(other, 3),
                        org.assertj.core.groups.Tuple.tuple(vendor, 1));
        Map<Long, Impact.AffectedPrincipal> by = new java.util.HashMap<>();
        impact.principals().forEach(p -> by.put(p.operator().id(), p));
        assertThat(by.get(second).path()).extracting(OperatorRef::id).containsExactly(second, office, vendor);
        assertThat(by.get(other).path()).extracting(OperatorRef::id).containsExactly(other, second, office, vendor);
        assertThat(by.get(vendor).path()).extracting(OperatorRef::id).containsExactly(vendor);
        assertThat(by.get(office).holdingIds()).containsExactly(h1);
        assertThat(by.get(second).holdingIds()).containsExactly(h1, h2);
        assertThat(by.get(client).holdingIds()).containsExactly(h1, h2);
        assertThat(by.get(other).holdingIds()).containsExactly(h1, h2);
        assertThat(by.get(vendor).holdingIds()).containsExactly(own);
        // Narrowed to the own share at the next operator down: 40 at the office, 12 at the office, 7 at the second office.
        assertThat(by.get(second).persons()).isEqualTo(40);
        assertThat(by.get(second).items()).extracting(DataItem::code).containsExactly("NAME", "SALARY");
        assertThat(by.get(client).persons()).isEqualTo(12);
        assertThat(by.get(client).items()).extracting(DataItem::code).containsExactly("MY_NUMBER", "NAME");
        assertThat(by.get(other).persons()).isEqualTo(7);
        assertThat(by.get(other).items()).extracting(DataItem::code).containsExactly("ADDRESS");
        assertThat(by.get(office).persons()).isEqualTo(300);
        assertThat(by.get(office).flags()).containsExactly(DataItem.Flag.MY_NUMBER);

        Impact.Summary summary = impact.summary();
        assertThat(summary.holdings()).isEqualTo(3);
        assertThat(summary.persons()).isEqualTo(505);
        assertThat(summary.levels()).extracting(Impact.Level::distance, Impact.Level::principals, Impact.Level::persons)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2L, 305L), org.assertj.core.groups.Tuple.tuple(2, 2L, 52L),
                        org.assertj.core.groups.Tuple.tuple(3, 1L, 7L));
    }

    /** The compact answer the pages use says what the records say, page by page, at every distance. */
    @Test
    void theImpactsPagesAndSummaryAgreeWithTheWholeAnswer() {
        long demoWs = accounts.createWorkspace("デモ " + UUID.randomUUID());
        long demoVendor = demo.load(demoWs);
        long benchWs = accounts.createWorkspace("ベンチ " + UUID.randomUUID());
        BenchRegister.Generated g = bench.generate(benchWs, BenchRegister.Scale.SMALL);
        impactOnAGraphThatIsNotATree();
        for (long[] at : new long[][] {{demoWs, demoVendor}, {benchWs, g.vendorId()}, {benchWs, g.dataCentreId()}, {ws, vendor},
                {ws, office}}) {
            ImpactIndex index = register.impactIndex(at[0], at[1]);
            Impact whole = register.impact(at[0], at[1]);
            assertThat(index.summary()).isEqualTo(whole.summary());
            assertThat(index.principalCount()).isEqualTo(whole.principals().size());
            java.util.List<Integer> distances = new java.util.ArrayList<>();
            distances.add(null);
            index.summary().levels().forEach(l -> distances.add(l.distance()));
            distances.add(99);
            for (Integer d : distances) {
                for (int size : new int[] {1, 7, 500}) {
                    for (int page = 0; page <= Math.min(3, whole.principals().size() / size + 1); page++) {
                        assertThat(index.principals(d, page, size)).as("distance %s, page %d of %d", d, page, size)
                                .isEqualTo(whole.principals(d, page, size));
                    }
                }
            }
            int last = (int) Math.max(0, (whole.principals().size() - 1) / 50);
            assertThat(index.principals(null, last, 50)).isEqualTo(whole.principals(null, last, 50));
            assertThat(index.holdings(1, 7)).isEqualTo(whole.holdings(1, 7));
        }
        assertThatThrownBy(() -> register.impactIndex(ws, vendor).principals(null, 0, 501))
                .isInstanceOf(RegisterRuleException.class);
        assertThatThrownBy(() -> register.impactIndex(ws, vendor).holdings(-1, 10)).isInstanceOf(RegisterRuleException.class);
    }

    @Test
    void impactAtTheBottomOfTheChainShowsEveryLevelAndUnionsItems() {
        register.createHolding(ws, holding(dataCentre, vendor, "バックアップ1", "NAME,HEALTH_CHECK", 50));
        register.createHolding(ws, new Holding(0, dataCentre, vendor, "バックアップ2", DataItem.parseList("BANK_ACCOUNT"), "口座番号",
                PersonCount.estimate(10, 40L), null, null, "JP", StorageLocation.ON_PREMISES, Encryption.STRONG, "AES-256-GCM",
                true, null, LocalDate.now().minusDays(3), null, null, null));

        Impact impact = register.impact(ws, dataCentre);

        assertThat(impact.principals()).extracting(p -> p.operator().id(), Impact.AffectedPrincipal::distance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(vendor, 1), org.assertj.core.groups.Tuple.tuple(office, 2),
                        org.assertj.core.groups.Tuple.tuple(client, 3));
        Impact.AffectedPrincipal client3 = impact.principals().get(2);
        assertThat(client3.path()).extracting(OperatorRef::id).containsExactly(client, office, vendor, dataCentre);
        assertThat(client3.items()).extracting(DataItem::code).containsExactly("BANK_ACCOUNT", "HEALTH_CHECK", "NAME");
        assertThat(client3.flags()).containsExactlyInAnyOrder(DataItem.Flag.SPECIAL_CARE, DataItem.Flag.FINANCIAL);
        assertThat(client3.persons()).isEqualTo(60);
        assertThat(client3.personsUpperBound()).isEqualTo(90);
        assertThat(client3.encryption()).containsExactlyInAnyOrder(Encryption.AT_REST, Encryption.STRONG);
        assertThat(client3.anyPastDeletionDate()).isTrue();
        assertThat(impact.holdings()).filteredOn(Impact.AffectedHolding::strongEncryption).hasSize(1);
        assertThat(impact.totalPersonsUpperBound()).isEqualTo(90);

        // The summary says the same in a few lines; pages cut the principals by distance.
        Impact.Summary summary = impact.summary();
        assertThat(summary.holdings()).isEqualTo(2);
        assertThat(summary.principals()).isEqualTo(3);
        assertThat(summary.levels()).extracting(Impact.Level::distance, Impact.Level::principals)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1L), org.assertj.core.groups.Tuple.tuple(2, 1L),
                        org.assertj.core.groups.Tuple.tuple(3, 1L));
        assertThat(summary.flags()).containsExactlyInAnyOrder(DataItem.Flag.SPECIAL_CARE, DataItem.Flag.FINANCIAL);
        assertThat(summary.encryption()).containsEntry(Encryption.STRONG, 1L).containsEntry(Encryption.AT_REST, 1L);
        assertThat(summary.holdingsPastDeletionDate()).isEqualTo(1);
        assertThat(impact.principals(3, 0, 10).items()).extracting(p -> p.operator().id()).containsExactly(client);
        assertThat(impact.principals(null, 1, 2).items()).extracting(p -> p.operator().id()).containsExactly(client);
        assertThat(impact.principals(null, 1, 2).total()).isEqualTo(3);
        assertThatThrownBy(() -> impact.principals(null, -1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCycleIsRejectedWithItsPath() {
        assertThatThrownBy(() -> register.createEntrustment(ws, entrust(dataCentre, client, "逆委託")))
                .isInstanceOf(ChainCycleException.class)
                .hasMessageContaining("株式会社さくら製作所 → みどり社会保険労務士事務所 → クラウド労務株式会社 → 北関東データセンター株式会社 → 株式会社さくら製作所");
        assertThat(register.chain(ws, client, 100).downstream()).hasSize(3);
    }

    @Test
    void aCycleIsAlsoRejectedWhenAnEntrustmentIsEdited() {
        Entrustment e = register.entrustmentsOf(ws, dataCentre).get(0);
        Entrustment reversed = new Entrustment(e.id(), vendor, client, e.purpose(), null, null, false, null, null, null,
                false, null);
        assertThatThrownBy(() -> register.updateEntrustment(ws, reversed)).isInstanceOf(ChainCycleException.class);
    }

    @Test
    void theChainShowsPathsUpAndDown() {
        Chain chain = register.chain(ws, vendor, 100);
        assertThat(chain.upstream()).extracting(p -> p.stream().map(OperatorRef::id).toList())
                .containsExactly(java.util.List.of(office, vendor), java.util.List.of(client, office, vendor));
        assertThat(chain.downstream()).extracting(p -> p.stream().map(OperatorRef::id).toList())
                .containsExactly(java.util.List.of(vendor, dataCentre));
        assertThat(chain.truncated()).isFalse();
    }

    @Test
    void anotherWorkspaceSeesNothing() {
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        assertThatThrownBy(() -> register.operator(other, vendor)).isInstanceOf(RegisterNotFoundException.class);
        assertThatThrownBy(() -> register.impact(other, vendor)).isInstanceOf(RegisterNotFoundException.class);
        long mine = register.createOperator(other, operator("他社の事業者"));
        assertThatThrownBy(() -> register.createEntrustment(other, entrust(mine, vendor, "越境")))
                .isInstanceOf(RegisterNotFoundException.class);
        assertThatThrownBy(() -> register.createHolding(other, holding(mine, client, "越境", "NAME", 1)))
                .isInstanceOf(RegisterNotFoundException.class);
        assertThat(register.searchOperators(other, "", 0, 50).items()).extracting(Operator::name).containsExactly("他社の事業者");
    }

    @Test
    void theSameCorporateNumberIsRegisteredOnce() {
        register.createOperator(ws, operator("一つ目", "000012050002"));
        assertThatThrownBy(() -> register.createOperator(ws, operator("二つ目", "000012050002")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7000012050002");
        assertThat(register.searchOperators(ws, "7000012050002", 0, 10).items()).extracting(Operator::name)
                .containsExactly("一つ目");
    }

    @Test
    void onlyOneOperatorIsSelf() {
        Operator a = register.operator(ws, office);
        register.updateOperator(ws, new Operator(a.id(), a.name(), "ミドリ", null, a.kind(), null, null, null, null, null, true));
        Operator b = register.operator(ws, vendor);
        register.updateOperator(ws, new Operator(b.id(), b.name(), null, null, b.kind(), null, null, null, null, null, true));
        assertThat(register.selfOperator(ws)).contains(vendor);
        assertThat(register.operator(ws, office).self()).isFalse();
        assertThat(register.operator(ws, office).kana()).isEqualTo("ミドリ");
    }

    @Test
    void holdingsRoundTripThroughTheDatabase() {
        Holding h = new Holding(0, vendor, office, "健診結果", DataItem.parseList("NAME HEALTH_CHECK"), "氏名、健診結果",
                PersonCount.estimate(800, 1200L), "従業員", "健診システム", "jp", StorageLocation.CLOUD, Encryption.STRONG,
                "AES-256", true, "5年", LocalDate.of(2030, 3, 31), null, null, null);
        long id = register.createHolding(ws, h);
        assertThat(register.holding(ws, id)).isEqualTo(h.withId(id));
        assertThat(register.holdingsAt(ws, vendor, 0, 10).total()).isEqualTo(1);
    }

    @Test
    void anOperatorInUseCannotBeDeleted() {
        assertThatThrownBy(() -> register.deleteOperator(ws, vendor)).isInstanceOf(IllegalArgumentException.class);
        long lonely = register.createOperator(ws, operator("単独"));
        register.deleteOperator(ws, lonely);
        assertThatThrownBy(() -> register.operator(ws, lonely)).isInstanceOf(RegisterNotFoundException.class);
    }

    @Test
    void theWatchListFindsWhatNeedsAttention() {
        register.createHolding(ws, new Holding(0, dataCentre, vendor, "旧システムのデータ", DataItem.parseList("NAME"), null,
                PersonCount.exact(86936), null, null, null, null, Encryption.NONE, null, false, null,
                LocalDate.now().minusYears(3), null, null, null));
        long late = register.createOperator(ws, operator("見直し未了株式会社"));
        register.createEntrustment(ws, new Entrustment(0, client, late, "給与計算", null, null, false, null, null, null, false,
                LocalDate.now().minusYears(2)));
        long sub = register.createOperator(ws, operator("無断再委託先"));
        register.createEntrustment(ws, entrust(late, sub, "入力作業"));

        WatchList watch = register.watchList(ws);

        assertThat(watch.pastDeletionDate()).singleElement().satisfies(i -> {
            assertThat(i.persons()).isEqualTo(86936L);
            assertThat(i.detailCode()).isEqualTo("watch.detail.PAST_DELETION_DATE");
        });
        assertThat(watch.unapprovedReEntrustment()).singleElement()
                .satisfies(i -> assertThat(i.subject()).isEqualTo("株式会社さくら製作所 → 見直し未了株式会社 → 無断再委託先"));
        assertThat(watch.noIncidentClause()).singleElement().satisfies(i -> assertThat(i.subject()).contains("給与計算"));
        assertThat(watch.reviewOverdue()).singleElement().satisfies(i -> assertThat(i.subject()).contains("給与計算"));
    }

    @Test
    void aReEntrustmentAllowedButWithoutAnApprovalOnRecordIsWatchedTooAndOneApprovedIsNot() {
        long allowedOnly = register.createOperator(ws, operator("許可のみ株式会社"));
        register.createEntrustment(ws, new Entrustment(0, client, allowedOnly, "年末調整", null, null, true, null, 24, null,
                true, LocalDate.now()));
        register.createEntrustment(ws, entrust(allowedOnly, register.createOperator(ws, operator("承認記録なし再委託先")),
                "入力作業"));
        long approved = register.createOperator(ws, operator("承認済株式会社"));
        register.createEntrustment(ws, new Entrustment(0, client, approved, "賞与計算", null, null, true, "2025-04-01 書面承認",
                24, null, true, LocalDate.now()));
        register.createEntrustment(ws, entrust(approved, register.createOperator(ws, operator("承認済再委託先")), "入力作業"));

        assertThat(register.watchList(ws).unapprovedReEntrustment()).extracting(WatchList.Item::subject)
                .contains("株式会社さくら製作所 → 許可のみ株式会社 → 承認記録なし再委託先")
                .noneMatch(subject -> subject.contains("承認済"));
    }

    @Test
    void theDemoRegisterShowsTheVendorCascadeAndTheWatchList() {
        long demoWs = accounts.createWorkspace("デモ " + UUID.randomUUID());
        long demoVendor = demo.load(demoWs);

        Impact impact = register.impact(demoWs, demoVendor);

        assertThat(impact.holdings()).hasSize(3);
        assertThat(impact.principals()).hasSize(15);
        assertThat(impact.principals()).filteredOn(p -> p.distance() == 2).hasSize(12)
                .allSatisfy(p -> assertThat(p.flags()).contains(DataItem.Flag.MY_NUMBER));
        Impact atDataCentre = register.impact(demoWs, register.searchOperators(demoWs, "データセンター", 0, 1).items().get(0).id());
        assertThat(atDataCentre.principals()).hasSize(16);
        assertThat(atDataCentre.holdings()).filteredOn(Impact.AffectedHolding::pastDeletionDate).hasSize(1);
        WatchList watch = register.watchList(demoWs);
        assertThat(watch.pastDeletionDate()).hasSize(1);
        assertThat(watch.unapprovedReEntrustment()).isNotEmpty();
        assertThat(watch.noIncidentClause()).hasSize(1);
        assertThat(watch.reviewOverdue()).hasSize(4); // one office contract and the three oldest client contracts
    }

    /** Following each page's next cursor gives the pages page=N gives, names shared by several included. */
    @Test
    void theOperatorListPagesByCursorAsByNumber() {
        register.createOperator(ws, operator("みどり社会保険労務士事務所"));
        register.createOperator(ws, operator("みどり社会保険労務士事務所"));
        register.createOperator(ws, operator("あおば商事株式会社"));
        for (String q : List.of("", "株式会社", "みどり")) {
            List<List<Long>> byNumber = new java.util.ArrayList<>();
            for (int p = 0; p < 5; p++) {
                byNumber.add(register.searchOperators(ws, q, p, 2).items().stream().map(Operator::id).toList());
            }
            List<List<Long>> byCursor = new java.util.ArrayList<>();
            ResultPage<Operator> page = register.searchOperators(ws, q, 0, 2, null);
            byCursor.add(page.items().stream().map(Operator::id).toList());
            while (page.next() != null) {
                ResultPage<Operator> following = register.searchOperators(ws, q, 0, 2, page.next());
                assertThat(following.page()).isEqualTo(page.page() + 1);
                assertThat(following.total()).isEqualTo(page.total());
                page = following;
                byCursor.add(page.items().stream().map(Operator::id).toList());
            }
            assertThat(byCursor).as("query '%s'", q).isNotEmpty()
                    .isEqualTo(byNumber.stream().filter(ids -> !ids.isEmpty()).toList());
            assertThat(register.searchOperators(ws, q, byCursor.size() - 1, 2).next()).as("the last page has no next").isNull();
        }
        // A cursor says nothing of another workspace: its rows are not read.
        String next = register.searchOperators(ws, "", 0, 2).next();
        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        register.createOperator(other, operator("他社の事業者"));
        assertThat(register.searchOperators(other, "", 0, 2, next).items()).extracting(Operator::name)
                .containsExactly("他社の事業者");
        assertThatThrownBy(() -> register.searchOperators(ws, "", 0, 2, "not a cursor"))
                .isInstanceOf(RegisterRuleException.class).hasFieldOrPropertyWithValue("code", "register.badCursor");
    }

    /** The list's total is a kept count (V33): it must follow every way operators come and go, and nothing else. */
    @Test
    void theOperatorListsTotalIsKeptThroughInsertsDeletesRollbacksAndImports(@Autowired RegisterTransfer transfer)
            throws Exception {
        assertThat(total(ws)).isEqualTo(4).isEqualTo(rows(ws));
        long lonely = register.createOperator(ws, operator("単独"));
        assertThat(total(ws)).isEqualTo(5);
        assertThatThrownBy(() -> register.deleteOperator(ws, vendor)).isInstanceOf(IllegalArgumentException.class);
        register.deleteOperator(ws, lonely);
        assertThat(total(ws)).isEqualTo(4);
        register.createOperator(ws, operator("一つ目", "000012050002"));
        assertThatThrownBy(() -> register.createOperator(ws, operator("二つ目", "000012050002")))
                .isInstanceOf(IllegalArgumentException.class);
        transaction.executeWithoutResult(status -> {
            register.createOperator(ws, operator("取り消される事業者"));
            assertThat(total(ws)).as("the transaction sees its own insert").isEqualTo(6);
            status.setRollbackOnly();
        });
        assertThat(total(ws)).isEqualTo(5).isEqualTo(rows(ws));

        long other = accounts.createWorkspace("他社 " + UUID.randomUUID());
        assertThat(total(other)).isZero();
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        transfer.exportRegister(ws, csv, RegisterTransfer.Format.CSV, java.nio.charset.StandardCharsets.UTF_8);
        transfer.importRegister(other, new java.io.ByteArrayInputStream(csv.toByteArray()), RegisterTransfer.Format.CSV,
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(total(other)).isEqualTo(rows(other)).isEqualTo(5);
        assertThat(total(ws)).as("another workspace's operators are its own").isEqualTo(5);

        long benchWs = accounts.createWorkspace("ベンチ " + UUID.randomUUID());
        BenchRegister.Generated g = bench.generate(benchWs, BenchRegister.Scale.SMALL);
        assertThat(total(benchWs)).isEqualTo(g.operators()).isEqualTo(rows(benchWs));
    }

    private long total(long workspaceId) {
        return register.searchOperators(workspaceId, "", 0, 1).total();
    }

    private long rows(long workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM operator WHERE workspace_id = ?").param(workspaceId).query(Long.class).single();
    }

    @Test
    void benchDataAtSmallScaleCascadesFromTheVendorToEveryClient() {
        long benchWs = accounts.createWorkspace("ベンチ " + UUID.randomUUID());
        BenchRegister.Generated g = bench.generate(benchWs, BenchRegister.Scale.SMALL);

        Impact impact = register.impact(benchWs, g.vendorId());

        assertThat(g.operators()).isEqualTo(2 + 34 + 34 * 50);
        assertThat(impact.holdings()).hasSize(34);
        assertThat(impact.principals()).hasSize(34 + 34 * 50);
        assertThat(impact.principals().get(impact.principals().size() - 1).path()).hasSize(3);
        assertThat(register.holdingsAt(benchWs, g.dataCentreId(), 3, 50).items()).hasSize(50);
        assertThatThrownBy(() -> bench.generate(benchWs, BenchRegister.Scale.SMALL)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- impact is kept in memory between calls (GraphSnapshots): every change must show at once

    private java.util.List<String> upstreamNames(long workspaceId, long at) {
        return register.impact(workspaceId, at).principals().stream().map(p -> p.operator().name()).toList();
    }

    @Test
    void impactReflectsEveryChangeToTheRegisterAtOnce() {
        long held = register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所");
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所"); // warm

        long second = register.createOperator(ws, operator("あおば商事株式会社"));
        long link = register.createEntrustment(ws, entrust(second, office, "給与計算"));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所", "あおば商事株式会社");

        Operator renamed = register.operator(ws, client);
        register.updateOperator(ws, new Operator(client, "株式会社さくら精機", renamed.kana(), null, renamed.kind(), null, null,
                null, null, null, false));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら精機", "あおば商事株式会社");

        // the second client now entrusts the data centre directly: no longer upstream of the vendor
        Entrustment moved = register.entrustment(ws, link);
        register.updateEntrustment(ws, new Entrustment(link, second, dataCentre, moved.purpose(), moved.startOn(), moved.endOn(),
                moved.reEntrustmentAllowed(), moved.reEntrustmentApproval(), moved.incidentReportHours(), moved.endOfContract(),
                moved.auditRights(), moved.lastReviewOn()));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら精機");

        long direct = register.createHolding(ws, holding(vendor, second, "直接の委託データ", "NAME", 10));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら精機", "あおば商事株式会社");
        register.deleteHolding(ws, direct);
        register.deleteEntrustment(ws, link);
        register.deleteOperator(ws, second);
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら精機");

        long clientLink = register.entrustmentsOf(ws, client).get(0).id();
        register.deleteEntrustment(ws, clientLink);
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所");
        register.deleteHolding(ws, held);
        assertThat(register.impact(ws, vendor).holdings()).isEmpty();
        assertThat(register.impact(ws, vendor).principals()).isEmpty();
    }

    @Test
    void aTransactionSeesItsOwnChangeAndARollbackLeavesNothingBehind() {
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        long second = register.createOperator(ws, operator("あおば商事株式会社"));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所"); // cached

        transaction.executeWithoutResult(status -> {
            register.createEntrustment(ws, entrust(second, office, "給与計算"));
            assertThat(upstreamNames(ws, vendor)).contains("あおば商事株式会社");
            status.setRollbackOnly();
        });
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所");

        // The next commit takes the version number the rolled-back transaction had used: the rolled-back link must
        // not come back with it, and the new operator's name must be there.
        long third = register.createOperator(ws, operator("かえで物産株式会社"));
        register.createHolding(ws, holding(vendor, third, "直接の委託データ", "NAME", 10));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所", "かえで物産株式会社");
    }

    @Test
    void aChangeCommittedByAnotherNodeIsSeen() {
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所");

        // what another node's Register does: change the rows and raise the version in one transaction
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE operator SET name = ? WHERE workspace_id = ? AND id = ?").params("株式会社さくら精機", ws, client).update();
            jdbc.sql("UPDATE entrustment_graph_version SET version = version + 1 WHERE workspace_id = ?").param(ws).update();
        });
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら精機");
    }

    @Autowired
    RegisterViews views;

    /** The impact and the watch list are kept between calls: every change to a holding must show in the next one. */
    @Test
    void everyChangeToAHoldingShowsInTheNextImpactAndWatchList() {
        long held = register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        ImpactIndex first = register.impactIndex(ws, vendor);
        assertThat(register.impactIndex(ws, vendor)).as("kept while nothing changed").isSameAs(first);
        assertThat(register.watchList(ws)).isSameAs(register.watchList(ws));
        assertThat(first.summary().persons()).isEqualTo(300);

        // holdings at an operator the impact does not read (the data centre below the vendor): the kept answer stays,
        // brought up to date from this node's log of what each holdings change touched
        long below = register.createHolding(ws, holding(dataCentre, vendor, "保管データ", "NAME", 5));
        assertThat(register.impactIndex(ws, vendor)).isSameAs(first);
        register.deleteHolding(ws, below);
        assertThat(register.impactIndex(ws, vendor)).isSameAs(first);

        Holding h = register.holding(ws, held);
        register.updateHolding(ws, new Holding(held, h.operatorId(), h.principalId(), h.description(), h.items(), h.itemsRaw(),
                PersonCount.exact(450), h.personKinds(), h.storageSystem(), h.storageCountry(), h.storageLocation(),
                h.encryption(), h.cipher(), h.keyKeptSeparately(), h.retentionRule(), register.today().minusDays(1), null, null,
                null));
        ImpactIndex changed = register.impactIndex(ws, vendor);
        assertThat(changed.summary().persons()).isEqualTo(450);
        assertThat(changed.summary().holdingsPastDeletionDate()).isEqualTo(1);
        assertThat(register.watchList(ws).pastDeletionDate()).singleElement()
                .satisfies(i -> assertThat(i.persons()).isEqualTo(450L));

        // what another node does: change the row and raise the holdings counter in one transaction
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE holding SET persons = 99, deletion_due_on = NULL WHERE workspace_id = ? AND id = ?").params(ws, held)
                    .update();
            jdbc.sql("UPDATE entrustment_graph_version SET holdings_version = holdings_version + 1 WHERE workspace_id = ?")
                    .param(ws).update();
        });
        assertThat(register.impactIndex(ws, vendor).summary().persons()).isEqualTo(99);
        assertThat(register.watchList(ws).pastDeletionDate()).isEmpty();

        // a transaction sees its own change; after its rollback the committed answer is served again
        ImpactIndex committed = register.impactIndex(ws, vendor);
        transaction.executeWithoutResult(status -> {
            register.createHolding(ws, holding(vendor, client, "直接の委託データ", "NAME", 10));
            assertThat(register.impactIndex(ws, vendor).summary().holdings()).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(register.impactIndex(ws, vendor)).isSameAs(committed);
        assertThat(committed.summary().holdings()).isEqualTo(1);

        // the next commit takes the counter the rolled-back transaction had used: its holding must not come back
        long other = register.createHolding(ws, holding(vendor, client, "別の委託データ", "NAME,ADDRESS", 20));
        assertThat(register.impactIndex(ws, vendor).holdings(0, 10).items()).extracting(Impact.AffectedHolding::holdingId)
                .containsExactly(held, other);
        register.deleteHolding(ws, other);
        assertThat(register.impactIndex(ws, vendor).summary().holdings()).isEqualTo(1);
        assertThat(register.impactIndex(ws, office).summary().holdings()).isZero();
    }

    /**
     * A new client of an office, entrusted and given its data at the office one step at a time: the kept impact at the
     * vendor is brought up to date from this node's change log, and says what the answer worked out afresh says.
     */
    @Test
    void aNewClientOfAnOfficeJoinsTheKeptImpactAsTheWalkWouldHavePutIt() {
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        register.createHolding(ws, holding(office, client, "給与データ", "NAME,SALARY", 40));
        ImpactIndex before = register.impactIndex(ws, vendor);

        long newcomer = register.createOperator(ws, operator("架空商事株式会社"));
        register.createEntrustment(ws, entrust(newcomer, office, "給与計算"));
        register.createHolding(ws, holding(office, newcomer, "給与データ", "NAME", 12));
        ImpactIndex after = register.impactIndex(ws, vendor);

        assertThat(after.principalCount()).isEqualTo(before.principalCount() + 1);
        assertThat(after.principals(2, 0, 10).items()).filteredOn(p -> p.operator().id() == newcomer).singleElement()
                .satisfies(p -> {
                    assertThat(p.persons()).isEqualTo(12);
                    assertThat(p.path()).extracting(OperatorRef::id).containsExactly(newcomer, office, vendor);
                });
        // worked out afresh: a transaction that has changed the register reads everything itself
        Impact fresh = transaction.execute(status -> {
            status.setRollbackOnly();
            register.updateOperator(ws, register.operator(ws, dataCentre));
            return register.impact(ws, vendor);
        });
        assertThat(after.toImpact()).isEqualTo(fresh);
    }

    @Test
    void theEntrusteesOfAPrincipalFollowTheRegister() {
        assertThat(register.entrusteeNames(ws, office)).containsOnlyKeys(vendor);
        assertThat(register.entrusteeNames(ws, null)).containsOnlyKeys(office, vendor, dataCentre);
        assertThat(register.entrusteeNames(ws, office)).isSameAs(register.entrusteeNames(ws, office));
        long second = register.createOperator(ws, operator("あおば給与計算株式会社"));
        register.createEntrustment(ws, entrust(office, second, "給与計算"));
        register.createEntrustment(ws, entrust(client, second, "給与計算"));
        assertThat(register.entrusteeNames(ws, office)).containsOnlyKeys(second, vendor)
                .containsEntry(second, "あおば給与計算株式会社");
        assertThat(register.entrusteeNames(ws, null)).hasSize(4);
        assertThat(register.entrusteeNames(ws, dataCentre)).isEmpty();
    }

    @Test
    void anImportedHoldingShowsInTheNextImpact(@Autowired RegisterTransfer transfer) throws Exception {
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        assertThat(register.impactIndex(ws, vendor).summary().holdings()).isEqualTo(1);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        transfer.exportRegister(ws, csv, RegisterTransfer.Format.CSV, java.nio.charset.StandardCharsets.UTF_8);
        String text = csv.toString(java.nio.charset.StandardCharsets.UTF_8).replace("手続データ", "手続データ（全件）");
        transfer.importRegister(ws, new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                RegisterTransfer.Format.CSV, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(register.impactIndex(ws, vendor).holdings(0, 10).items()).extracting(Impact.AffectedHolding::description)
                .contains("手続データ（全件）");
    }

    @Test
    void aKeptAnswerIsWorkedOutAgainTheNextDayAndTheCacheIsBounded() {
        org.itaku.testsupport.MutableClock clock = new org.itaku.testsupport.MutableClock(java.time.Instant.now(),
                org.itaku.vocabulary.JapanTime.ZONE);
        RegisterViews small = new RegisterViews(versions, clock, transaction.getTransactionManager(), 10, false, 3);
        java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<String> answer = () -> "answer " + worked.incrementAndGet();
        assertThat(small.get(ws, "a", x -> 4, answer)).isEqualTo("answer 1");
        assertThat(small.get(ws, "a", x -> 4, answer)).isEqualTo("answer 1");
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(small.get(ws, "a", x -> 4, answer)).as("holdings past their date change with the day").isEqualTo("answer 2");
        small.get(ws, "b", x -> 4, answer);
        assertThat(small.size()).containsExactly(2, 8);
        small.get(ws, "c", x -> 4, answer);
        assertThat(small.size()).containsExactly(2, 8); // the least recently used made room
        small.get(ws, "huge", x -> 11, answer);
        assertThat(small.size()).containsExactly(2, 8); // larger than the bound: never kept
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME", 1));
        assertThat(small.get(ws, "c", x -> 4, answer)).as("a holding changed").isEqualTo("answer 6");
    }

    private record Probe(String name) {
    }

    @Test
    void aKeptAnswerIsWorkedOutAgainInTheBackgroundAfterACommit() throws Exception {
        RegisterViews refreshing = new RegisterViews(versions, java.time.Clock.systemUTC(), transaction.getTransactionManager(),
                1000, true, 3);
        try {
            java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Supplier<String> answer = () -> "holdings " + jdbc.sql("SELECT COUNT(*) FROM holding WHERE workspace_id = ?")
                    .param(ws).query(Long.class).single() + " (" + worked.incrementAndGet() + ")";
            java.util.concurrent.atomic.AtomicInteger refreshed = new java.util.concurrent.atomic.AtomicInteger();
            refreshing.refreshWith(Probe.class, (w, what) -> {
                refreshing.get(w, what, x -> 1, answer);
                refreshed.incrementAndGet();
            });
            assertThat(refreshing.get(ws, new Probe("count"), x -> 1, answer)).isEqualTo("holdings 0 (1)");

            register.createHolding(ws, holding(vendor, office, "手続データ", "NAME", 1));
            // Until the background's get has returned, the answer it works out may not be kept yet.
            await(() -> refreshed.get() == 1);
            assertThat(worked.get()).isEqualTo(2);
            // worked out by the background thread after the commit; the reader finds it kept
            assertThat(refreshing.get(ws, new Probe("count"), x -> 1, answer)).isEqualTo("holdings 1 (2)");

            // a rolled-back change refreshes nothing
            transaction.executeWithoutResult(status -> {
                register.createHolding(ws, holding(vendor, office, "取り消される保有", "NAME", 1));
                status.setRollbackOnly();
            });
            Thread.sleep(200);
            assertThat(worked.get()).isEqualTo(2);
        } finally {
            refreshing.stop();
        }
    }

    @Test
    void anAnswerWorkedOutAheadIsKeptForTheFirstReader() throws Exception {
        RegisterViews ahead = new RegisterViews(versions, java.time.Clock.systemUTC(), transaction.getTransactionManager(),
                1000, false, 3);
        try {
            java.util.concurrent.atomic.AtomicInteger worked = new java.util.concurrent.atomic.AtomicInteger();
            java.util.function.Supplier<String> answer = () -> "worked " + worked.incrementAndGet();
            ahead.refreshWith(Probe.class, (w, what) -> ahead.get(w, what, x -> 1, answer));
            assertThatThrownBy(() -> ahead.warm(ws, "no refresher for a String")).isInstanceOf(IllegalArgumentException.class);
            ahead.warm(ws, new Probe("ahead"));
            await(() -> ahead.size()[0] == 1); // kept (worked out, then kept: waiting for the first is a race)
            assertThat(ahead.get(ws, new Probe("ahead"), x -> 1, answer)).isEqualTo("worked 1");
            assertThat(worked.get()).isEqualTo(1);
        } finally {
            ahead.stop();
        }
    }

    /** After a start, the impact at the workspace's own operator is worked out before anyone asks. */
    @Test
    void theOwnOperatorsImpactIsWorkedOutAtStart() throws Exception {
        long other = accounts.createWorkspace("自社 " + UUID.randomUUID());
        long own = register.createOperator(other, new Operator(0, "自社クラウド株式会社", null, null,
                org.itaku.vocabulary.OperatorKind.PRIVATE, null, null, null, null, null, true));
        long client = register.createOperator(other, operator("顧問先株式会社"));
        register.createEntrustment(other, entrust(client, own, "手続システムの提供"));
        register.createHolding(other, holding(own, client, "手続データ", "NAME", 12));
        long before = views.size()[0];
        register.warmOwnImpacts();
        await(() -> views.size()[0] > before);
        assertThat(register.impactIndex(other, own).summary().persons()).isEqualTo(12);
    }

    @Test
    void eachWorkspaceHasItsOwnSnapshot() {
        register.createHolding(ws, holding(vendor, office, "手続データ", "NAME,SALARY", 300));
        long other = accounts.createWorkspace("別 " + UUID.randomUUID());
        long otherOffice = register.createOperator(other, operator("別の事務所"));
        long otherVendor = register.createOperator(other, operator("別のベンダー"));
        register.createEntrustment(other, entrust(otherOffice, otherVendor, "手続システムの提供"));
        register.createHolding(other, holding(otherVendor, otherOffice, "手続データ", "NAME", 5));

        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所");
        assertThat(upstreamNames(other, otherVendor)).containsExactly("別の事務所");
        register.createEntrustment(other, entrust(register.createOperator(other, operator("別の顧客")), otherOffice, "手続"));
        assertThat(upstreamNames(other, otherVendor)).containsExactly("別の事務所", "別の顧客");
        assertThat(upstreamNames(ws, vendor)).containsExactly("みどり社会保険労務士事務所", "株式会社さくら製作所");
    }

    @Test
    void theSnapshotCacheIsBounded() {
        GraphSnapshots small = snapshots(9, false);
        long other = accounts.createWorkspace("別 " + UUID.randomUUID());
        register.createEntrustment(other, entrust(register.createOperator(other, operator("甲")),
                register.createOperator(other, operator("乙")), "手続"));

        assertThat(small.of(ws).graph().edges()).isEqualTo(3);
        assertThat(small.size()).containsExactly(1, 7); // 4 operators and 3 edges
        small.of(other);
        assertThat(small.size()).containsExactly(1, 3); // the first workspace made room
        assertThat(small.of(other)).isSameAs(small.of(other));

        GraphSnapshots tiny = snapshots(5, false);
        tiny.of(ws);
        assertThat(tiny.size()).containsExactly(0, 0); // larger than the bound: read every time, never kept
    }

    GraphSnapshots snapshots(long maxEntries, boolean prefetch) {
        return new GraphSnapshots(versions, entrustmentRows, operatorRows, jdbc, transaction.getTransactionManager(),
                maxEntries, prefetch, 3);
    }

    @Test
    void aCommittedChangeIsPrefetchedInTheBackground() throws Exception {
        GraphSnapshots prefetching = snapshots(1_000_000, true);
        try {
            prefetching.prefetchAll();
            await(() -> prefetching.keptVersion(ws) == versions.current(ws));
            long before = prefetching.keptVersion(ws);

            register.createOperator(ws, operator("新しい委託元"));
            long after = versions.current(ws);
            assertThat(after).isGreaterThan(before);
            await(() -> prefetching.keptVersion(ws) == after);

            // A rolled-back change prefetches nothing: the kept snapshot stays at the committed version.
            transaction.executeWithoutResult(status -> {
                register.createOperator(ws, operator("取り消される事業者"));
                status.setRollbackOnly();
            });
            Thread.sleep(200);
            assertThat(prefetching.keptVersion(ws)).isEqualTo(after);
        } finally {
            prefetching.stop();
        }
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
