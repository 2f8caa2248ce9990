package org.itaku.casebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Search latency over 100,000 invented cases: p50 and p99 of {@link CaseIndex#search} for word queries with and
 * without filters. Run with {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.itaku.casebook.CaseSearchBench [cases] [queries]}. Cases are generated, not read (reading 100,000 notices
 * would measure the reader, not the search).
 */
public final class CaseSearchBench {

    private static final String[] KINDS = {"ランサムウェア", "不正アクセス", "メールの誤送信", "USBメモリの紛失", "ウェブサイトへの誤掲載",
            "決済画面の改ざん", "従業員による持ち出し", "メールアカウントの不正利用"};
    private static final String[] TYPES = {"ransomware", "unauthorized_access", "misdelivery", "loss_theft", "wrong_publication",
            "web_skimming", "insider", "account_takeover"};
    private static final String[] PLACES = {"サーバー", "顧客管理システム", "通販サイト", "業務用パソコン", "クラウドストレージ", "配送システム"};
    private static final String[] ITEMS = {"氏名", "住所", "電話番号", "メールアドレス", "生年月日", "クレジットカード番号", "病名", "口座番号"};
    private static final String[] NAMES = {"アオイ", "カエデ", "ツバキ", "ヒノキ", "スミレ", "ナデシコ", "ミズキ", "ユズリハ", "クスノキ", "サクラ"};
    private static final String[] SUFFIXES = {"商事", "物産", "電機", "食品", "運輸", "情報システム", "医院", "不動産", "書店", "工業"};
    private static final String[] QUERIES = {"ランサムウェア", "不正アクセス サーバー", "誤送信", "紛失 パソコン", "委託先", "クレジットカード",
            "病名", "通販サイト 改ざん", "カエデ電機", "個人情報 漏えい", "メールアドレス 誤送信", "口座番号"};

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Random random = new Random(7);
        List<CaseIndex.IndexedCase> list = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            int k = random.nextInt(KINDS.length);
            String org = "株式会社" + NAMES[random.nextInt(NAMES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
            int year = 2018 + random.nextInt(8);
            boolean vendor = random.nextInt(3) == 0;
            String text = org + "\n" + year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日、当社の"
                    + PLACES[random.nextInt(PLACES.length)] + "において" + KINDS[k] + "が発生しました。"
                    + (vendor ? "委託先の保守作業に起因するものです。" : "")
                    + "対象は約" + (1 + random.nextInt(50_000)) + "名の" + ITEMS[random.nextInt(ITEMS.length)] + "、"
                    + ITEMS[random.nextInt(ITEMS.length)] + "です。再発防止に努めてまいります。";
            CaseRecord record = new CaseRecord(null, org, null, year + "-01-01", null, List.of(TYPES[k]), null, false,
                    List.of(), List.of(), null, null, vendor, List.of(), null, List.of(), List.of(), Map.of(), Map.of());
            list.add(new CaseIndex.IndexedCase(i, text, record));
        }
        try (CaseIndex index = new CaseIndex()) {
            long start = System.nanoTime();
            index.rebuild(list);
            System.out.printf("indexed %d cases in %.1f s%n", index.size(), (System.nanoTime() - start) / 1e9);
            for (int i = 0; i < 300; i++) {
                index.search(QUERIES[i % QUERIES.length], null, 20); // warm-up
            }
            long[] nanos = new long[queries];
            for (int i = 0; i < queries; i++) {
                CaseIndex.Filter filter = switch (i % 3) {
                    case 0 -> CaseIndex.Filter.NONE;
                    case 1 -> new CaseIndex.Filter(TYPES[random.nextInt(TYPES.length)], null, null);
                    default -> new CaseIndex.Filter(null, 2018 + random.nextInt(8), random.nextBoolean());
                };
                long t = System.nanoTime();
                index.search(QUERIES[random.nextInt(QUERIES.length)], filter, 20);
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("%d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", queries, nanos[queries / 2] / 1e6,
                    nanos[(int) (queries * 0.99)] / 1e6, nanos[queries - 1] / 1e6);
        }
    }
}
