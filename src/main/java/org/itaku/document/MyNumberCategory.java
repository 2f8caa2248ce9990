package org.itaku.document;

/**
 * The reportable situations of 特定個人情報の漏えい等に関する報告等に関する規則 Art. 2 (My Number Act
 * Art. 29-4(1)), used instead of Rules Art. 7 in the My Number variant (appi-rules.md §7).
 */
public enum MyNumberCategory {
    ITEM1("第1号（情報提供ネットワークシステム等で管理される特定個人情報の漏えい等）"),
    ITEM2("第2号（不正の目的をもって行われたおそれがある漏えい等、利用又は提供）"),
    ITEM3("第3号（電磁的方法により不特定多数の者に閲覧され、又は閲覧されるおそれがある事態）"),
    ITEM4("第4号（本人の数が100人を超える漏えい等、番号法第9条に反する利用又は第19条に反する提供）");

    private final String japanese;

    MyNumberCategory(String japanese) {
        this.japanese = japanese;
    }

    String japanese() {
        return japanese;
    }
}
