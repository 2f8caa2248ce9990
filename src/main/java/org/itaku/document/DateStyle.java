package org.itaku.document;

/** How dates appear in a document: 西暦 (2026年11月23日) or 和暦 (令和8年11月23日), a workspace preference. */
public enum DateStyle {
    SEIREKI, WAREKI
}
