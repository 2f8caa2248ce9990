package org.itaku.document;

/** The four reportable situations of Rules Art. 7, worded as the online form lists them. */
public enum Art7Category {
    ITEM1("第1号（要配慮個人情報が含まれる個人データの漏えい等）"),
    ITEM2("第2号（不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等）"),
    ITEM3("第3号（不正の目的をもって行われたおそれがある行為による個人データの漏えい等）"),
    ITEM4("第4号（個人データに係る本人の数が千人を超える漏えい等）");

    private final String japanese;

    Art7Category(String japanese) {
        this.japanese = japanese;
    }

    String japanese() {
        return japanese;
    }
}
