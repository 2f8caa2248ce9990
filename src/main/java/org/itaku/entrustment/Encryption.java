package org.itaku.entrustment;

/**
 * NONE, encrypted at rest, or STRONG in the sense of the PPC guideline (高度な暗号化: a recommended cipher,
 * properly implemented, key kept separately). Only STRONG can remove the duty to report.
 */
public enum Encryption {
    NONE, AT_REST, STRONG
}
