/**
 * Casebook: the notice reader and (later) the public case library.
 *
 * <p>{@link org.itaku.casebook.NoticeReader#read(String)} turns a Japanese incident notice into a
 * {@link org.itaku.casebook.CaseRecord}. The text is NFKC-normalised, split into lines and sentences, and each
 * sentence is tagged with its section (facts, countermeasures, contact desk, commentary, release archive) so the
 * rules read facts only. Kuromoji (Lucene 9.12, the last line that runs on Java 17) bounds organisation names;
 * regular-expression rules, each with a literal prefilter, find dates, counts, items, types and causes.
 *
 * <p>Rule data lives in {@code casebook/data-items.tsv} (the glossary's data item codes) and
 * {@code casebook/root-causes.tsv} (ids and labels from Itaku's incident root-cause map). {@code itaku notice read}
 * ({@link org.itaku.casebook.NoticeCommand}) prints the records as JSON lines without starting Spring.
 */
package org.itaku.casebook;
