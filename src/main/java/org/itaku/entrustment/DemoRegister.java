package org.itaku.entrustment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.itaku.vocabulary.DataItem;
import org.itaku.vocabulary.OperatorKind;
import org.itaku.vocabulary.PersonCount;

/**
 * The invented example register the demo workspace starts with: a SaaS vendor for social-insurance offices, its
 * data-centre sub-contractor, three 社労士 offices using it and a dozen client companies entrusting staff records
 * to the offices. Every name is invented; corporate numbers use the unassigned prefix 9990 so that they pass the
 * check digit without pointing at a real company.
 */
@Component
public class DemoRegister {

    private final Register register;

    DemoRegister(Register register) {
        this.register = register;
    }

    /** Loads the example into the workspace and returns the vendor's operator id. */
    @Transactional
    public long load(long workspaceId) {
        LocalDate today = register.today();
        long vendor = register.createOperator(workspaceId, new Operator(0, "クラウド労務株式会社", "クラウドロウムカブシキガイシャ",
                number(1), OperatorKind.PRIVATE, "情報通信業（労務手続SaaS）", "東京都中央区架空町1-1", "個人情報保護管理者 青木 望",
                "privacy@cloud-roumu.example", "03-0000-1000", true));
        long dataCentre = register.createOperator(workspaceId, new Operator(0, "北関東データセンター株式会社", "キタカントウデータセンター",
                number(2), OperatorKind.PRIVATE, "データセンター", "栃木県架空市2-2", "運用部 石井 学", "security@kitakanto-dc.example",
                "028-000-2000", false));
        register.createEntrustment(workspaceId, new Entrustment(0, vendor, dataCentre, "サーバー・バックアップの運用", today.minusYears(4),
                null, false, null, 24, EndOfContract.DELETE, true, today.minusMonths(5)));
        register.createHolding(workspaceId, new Holding(0, dataCentre, vendor, "手続システムのバックアップ",
                DataItem.parseList("NAME,BIRTH_DATE,ADDRESS,MY_NUMBER,PENSION_NO,EMPLOYMENT_INSURANCE_NO,SALARY"), null,
                PersonCount.estimate(2600, 3000L), "顧客企業の従業員", "バックアップストレージ", "JP", StorageLocation.ON_PREMISES,
                Encryption.STRONG, "AES-256-GCM", true, "世代管理30日", null, null, null, null));
        // The case the register exists for: a sub-contractor still holding data years after it should have gone.
        register.createHolding(workspaceId, new Holding(0, dataCentre, vendor, "旧システムの移行用データ",
                DataItem.parseList("NAME,ADDRESS,MY_NUMBER,PENSION_NO"), "氏名、住所、個人番号、基礎年金番号", PersonCount.exact(1830),
                "顧客企業の従業員", "移行用サーバー", "JP", StorageLocation.ON_PREMISES, Encryption.NONE, null, false,
                "移行完了後に削除", today.minusYears(2), null, null, null));

        String[][] offices = {
                {"あおば社会保険労務士法人", "アオバシャカイホケンロウムシホウジン", "宮城県架空市3-3"},
                {"みなと社労士事務所", "ミナトシャロウシジムショ", "神奈川県架空市4-4"},
                {"さくら労務管理事務所", "サクラロウムカンリジムショ", "大阪府架空市5-5"}};
        String[] industries = {"製造業", "小売業", "建設業", "飲食業"};
        String[][] clients = {
                {"株式会社ひまわり製作所", "有限会社かえで商店", "つばき建設株式会社", "株式会社すずらん食堂"},
                {"株式会社いちょう精機", "もみじ物産株式会社", "株式会社けやき工務店", "なでしこ珈琲株式会社"},
                {"株式会社あやめ化成", "株式会社ききょう堂", "はぎ住宅設備株式会社", "株式会社ふじ屋"}};
        int serial = 10;
        for (int o = 0; o < offices.length; o++) {
            long office = register.createOperator(workspaceId, new Operator(0, offices[o][0], offices[o][1], number(3 + o),
                    OperatorKind.PRIVATE, "社会保険労務士業", offices[o][2], "所長", null, null, false));
            // The third office never recorded its approval of the vendor's sub-contractor: a watch-list finding.
            boolean approved = o < 2;
            register.createEntrustment(workspaceId, new Entrustment(0, office, vendor, "社会保険・労働保険手続システムの提供",
                    today.minusYears(3), null, true, approved ? "データセンターへの再委託を書面で承認（" + today.minusYears(3) + "）" : null,
                    o == 1 ? null : 48, EndOfContract.DELETE, o != 1, o == 2 ? today.minusMonths(20) : today.minusMonths(3)));
            long officeTotal = 0;
            List<Long> clientIds = new ArrayList<>();
            for (int c = 0; c < clients[o].length; c++) {
                long client = register.createOperator(workspaceId, new Operator(0, clients[o][c], null, number(serial++),
                        OperatorKind.PRIVATE, industries[c], null, "総務部", null, null, false));
                clientIds.add(client);
                register.createEntrustment(workspaceId, new Entrustment(0, client, office, "社会保険・労働保険の手続代行、給与計算",
                        today.minusYears(2 + c), null, c % 2 == 0, c % 2 == 0 ? "クラウド労務株式会社の利用を承認" : null, 72,
                        EndOfContract.RETURN, true, today.minusMonths(2 + c * 4)));
                long staff = 25L + 37L * (o * 4 + c);
                officeTotal += staff;
                register.createHolding(workspaceId, new Holding(0, office, client, "従業員の社会保険・給与関係書類",
                        DataItem.parseList("NAME,BIRTH_DATE,ADDRESS,MY_NUMBER,PENSION_NO,EMPLOYMENT_INSURANCE_NO,SALARY,FAMILY"),
                        "氏名、生年月日、住所、個人番号、基礎年金番号、雇用保険被保険者番号、給与額、扶養家族", PersonCount.exact(staff),
                        "従業員、扶養家族", "事務所内ファイルサーバー", "JP", StorageLocation.ON_PREMISES, Encryption.AT_REST, "BitLocker",
                        false, "退職後7年（マイナンバーは不要となり次第削除）", null, null, null, null));
            }
            register.createHolding(workspaceId, new Holding(0, vendor, office, "手続システムの顧問先従業員データ",
                    DataItem.parseList("NAME,BIRTH_DATE,ADDRESS,MY_NUMBER,PENSION_NO,EMPLOYMENT_INSURANCE_NO,SALARY,FAMILY"), null,
                    PersonCount.exact(officeTotal), "顧問先企業の従業員", "クラウド労務（SaaS）", "JP", StorageLocation.CLOUD,
                    Encryption.AT_REST, "AES-256", false, "契約終了後30日", null, null, null, null));
        }
        return vendor;
    }

    private static CorporateNumber number(int serial) {
        return CorporateNumber.withBase(String.format("9990%08d", serial));
    }
}
