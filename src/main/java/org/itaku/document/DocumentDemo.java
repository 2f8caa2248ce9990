package org.itaku.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import org.itaku.vocabulary.Discoverer;
import org.itaku.vocabulary.PersonCount;

/**
 * The demo case, fictional throughout: a payroll SaaS vendor (an entrustee) hit by ransomware, with its
 * 速報, its 確報 and notices. Tests, the benchmark and the demo data loader share it; running {@link #main}
 * writes every document in every format into a directory, the endpoint-free way to look at the output.
 */
public final class DocumentDemo {

    public static final Reporter VENDOR = new Reporter("株式会社みなと給与システム", "東京都港区芝浦一丁目2番3号",
            "代表取締役　高橋　誠");
    public static final NamedBusiness PRINCIPAL = new NamedBusiness("みなと社会保険労務士法人", "東京都千代田区神田錦町三丁目4番5号",
            "03-5555-0100");
    public static final Inquiry DESK = new Inquiry("株式会社みなと給与システム　個人情報お問い合わせ窓口", "0120-000-123",
            "平日9時～18時（土日祝日を除く）", "privacy@minato-payroll.example.jp");

    static final String PUBLIC_SUMMARY = "弊社が提供する給与計算クラウドサービス「みなとペイロール」のサーバが第三者による不正アクセスを受け、"
            + "保存されていた個人情報が暗号化されました。外部の専門機関による調査の結果、情報が外部に持ち出された可能性を否定できないことが判明いたしました。";
    static final String PUBLIC_CAUSE = "弊社が利用していた通信機器の脆弱性を悪用され、サーバに侵入されたことによるものです。";

    private DocumentDemo() {
    }

    /** The 速報, as filed on 2026-06-09: cause, secondary damage and planned measures still unknown. */
    public static BreachReport preliminary() {
        return BreachReport.builder()
                .stage(ReportStage.PRELIMINARY)
                .preparedOn(LocalDate.of(2026, 6, 9))
                .reporter(VENDOR)
                .title("給与計算クラウドサービスへの不正アクセス（ランサムウェア）")
                .occurredOn(LocalDate.of(2026, 6, 5))
                .discoveredOn(LocalDate.of(2026, 6, 6))
                .occurrences(Set.of(Occurrence.LEAK, Occurrence.DAMAGE))
                .suspected(true)
                .discoverer(Discoverer.SELF, "弊社システム運用担当者")
                .categories(Set.of(Art7Category.ITEM3, Art7Category.ITEM4))
                .principal(PRINCIPAL)
                .event(LocalDate.of(2026, 6, 5), "2時頃", "サービス基盤のサーバ上のファイルが暗号化される")
                .event(LocalDate.of(2026, 6, 6), "9時頃", "運用担当者が障害を検知し、サービスを停止")
                .event(LocalDate.of(2026, 6, 6), "15時頃", "外部の専門調査機関に調査を依頼")
                .event(LocalDate.of(2026, 6, 7), null, "警察に相談")
                .event(LocalDate.of(2026, 6, 8), null, "委託元各社への第一報、弊社ウェブサイトにて公表")
                .summary("弊社が提供する給与計算クラウドサービス「みなとペイロール」のサーバが、ランサムウェアを用いた第三者による不正アクセスを受け、"
                        + "同サーバに保存されていた委託元の従業員等の個人データが暗号化された。外部への持ち出しの有無は調査中であるが、漏えいのおそれを否定できない。")
                .dataItems(List.of("氏名", "住所", "生年月日", "基礎年金番号", "給与額"))
                .dataMedium("委託元から預かった従業員等の個人データ（クラウドサーバ上の電子データ）")
                .persons(PersonCount.atMost(125_000))
                .individualResponse("委託元と連携し、本人への通知の方法を調整中。")
                .publication("2026年6月8日、弊社ウェブサイトにて第一報を公表済み。")
                .measuresTaken(List.of("被害を受けたサーバのネットワークからの切り離し", "全管理者アカウントのパスワード変更"))
                .otherNotes("2026年6月7日、警察に相談済み。")
                .build();
    }

    /** The 確報 of 2026-07-03, carrying the 速報 so the changes show. */
    public static BreachReport finalReport() {
        BreachReport sokuho = preliminary();
        return sokuho.toBuilder()
                .stage(ReportStage.FINAL)
                .preparedOn(LocalDate.of(2026, 7, 3))
                .event(LocalDate.of(2026, 6, 26), null, "調査機関から調査結果の報告を受領")
                .persons(PersonCount.exact(98_412))
                .cause("VPN装置の既知の脆弱性を悪用して認証情報を窃取され、サービス基盤のサーバに侵入された。", "報告者（弊社）")
                .secondaryDamage("現時点で、二次被害は確認されておりません。情報の公開の有無について、継続して監視しております。")
                .individualResponse("委託元と連携し、2026年6月20日から順次、本人への通知を実施中。")
                .publication("2026年6月8日に第一報、同年6月30日に続報を弊社ウェブサイトにて公表済み。")
                .measuresTaken(List.of("被害を受けたサーバのネットワークからの切り離し", "全管理者アカウントのパスワード変更",
                        "VPN装置のファームウェア更新"))
                .measuresPlanned(List.of("VPN接続への多要素認証の導入（2026年8月末まで）", "脆弱性情報の収集及び適用手順の見直し"))
                .previous(sokuho)
                .build();
    }

    /** The 速報 filed jointly with the principal (連名, GL 3-5-3-2). */
    public static BreachReport joint() {
        return preliminary().toBuilder().jointReporter(PRINCIPAL).build();
    }

    /** The My Number Act Art. 29-4 variant: the same case where My Numbers were among the items. */
    public static BreachReport myNumber() {
        return preliminary().toBuilder()
                .categories(Set.of())
                .myNumber(Set.of(MyNumberCategory.ITEM2, MyNumberCategory.ITEM4))
                .dataItems(List.of("氏名", "住所", "生年月日", "個人番号（マイナンバー）", "給与額"))
                .build();
    }

    public static PrincipalNotice principalNotice(NamedBusiness principal, long persons, String reference) {
        return new PrincipalNotice(finalReport(), principal, PersonCount.exact(persons),
                List.of("氏名", "住所", "生年月日", "基礎年金番号", "給与額"), LocalDate.of(2026, 7, 3), DESK, reference);
    }

    /** {@code count} principals, generated on demand so a large batch never sits in memory at once. */
    public static List<PrincipalNotice> principalNotices(int count) {
        BreachReport report = finalReport();
        List<String> items = List.of("氏名", "住所", "生年月日", "基礎年金番号", "給与額");
        return new AbstractList<>() {
            @Override
            public PrincipalNotice get(int i) {
                NamedBusiness principal = new NamedBusiness(String.format("社会保険労務士法人　委託元%04d", i + 1),
                        "東京都千代田区神田錦町三丁目" + (i % 20 + 1) + "番" + (i % 9 + 1) + "号",
                        String.format("03-5555-%04d", i % 10000));
                return new PrincipalNotice(report, principal, PersonCount.exact(10 + (i * 37L) % 900), items,
                        LocalDate.of(2026, 7, 3), DESK, String.format("MP-%06d", i + 1));
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    public static IndividualNotice individualNotice() {
        return new IndividualNotice(finalReport(), LocalDate.of(2026, 7, 10), "山田　花子", List.of(), PUBLIC_SUMMARY,
                PUBLIC_CAUSE,
                List.of("弊社又は委託元を名乗る不審な電話、メール、郵便物にご注意ください。",
                        "身に覚えのない請求や問い合わせがあった場合は、下記の窓口までご連絡ください。"),
                DESK);
    }

    public static PublicAnnouncement announcement() {
        return new PublicAnnouncement(finalReport(), LocalDate.of(2026, 7, 3), PUBLIC_SUMMARY, PUBLIC_CAUSE,
                List.of("弊社又は委託元を名乗る不審な電話、メール、郵便物にご注意ください。"), DESK);
    }

    public static IncidentSummary summary() {
        return new IncidentSummary(finalReport(), LocalDate.of(2026, 7, 3), "INC-2026-0007", "情報セキュリティ室　佐藤",
                List.of(new IncidentSummary.Deadline("確報", LocalDate.of(2026, 8, 4), "規則第8条第2項（第3号該当のため60日）")),
                List.of("委託元への確報内容の共有", "本人通知の完了確認", "再発防止策の進捗報告（取締役会）"));
    }

    /** Every demo request, keyed by a short name. */
    public static List<DocumentRequest> requests(DateStyle style) {
        return List.of(DocumentRequest.ppcReport(preliminary(), style), DocumentRequest.ppcReport(finalReport(), style),
                DocumentRequest.ppcReport(joint(), style), DocumentRequest.ppcReport(myNumber(), style),
                DocumentRequest.principalNotice(principalNotice(PRINCIPAL, 1_234, "MP-000001"), style),
                DocumentRequest.individualLetter(individualNotice(), style),
                DocumentRequest.individualEmail(individualNotice(), style),
                DocumentRequest.announcement(announcement(), style), DocumentRequest.summary(summary(), style));
    }

    /** Writes every demo document in every format, and a ZIP of 20 principal notices, into the directory. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/document-demo");
        Files.createDirectories(dir);
        Documents documents = new Documents(DocumentSettings.defaults());
        for (DocumentRequest request : requests(DateStyle.WAREKI)) {
            for (Format format : Format.values()) {
                RenderedDocument doc = documents.render(request, format);
                Files.write(dir.resolve(doc.fileName()), doc.content());
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("principal-notices.zip"))) {
            documents.principalNoticesZip(principalNotices(20), Format.PDF, DateStyle.WAREKI, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.println("Wrote the demo documents to " + dir.toAbsolutePath());
    }
}
