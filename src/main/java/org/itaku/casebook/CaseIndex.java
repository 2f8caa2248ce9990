package org.itaku.casebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Japanese full-text search over case records, with filters by incident type, year and vendor involvement. The
 * index lives in memory and is rebuilt from the cases on demand: the database stays the only source of truth.
 */
final class CaseIndex implements AutoCloseable {

    /**
     * One case as the library stores it: its id, the notice text, what the reader took from it and the sector the
     * importer gave (null when none).
     */
    record IndexedCase(long id, String text, CaseRecord record, String sector) {
        IndexedCase {
            if (text == null || record == null) {
                throw new IllegalArgumentException("a case needs its text and record");
            }
        }

        IndexedCase(long id, String text, CaseRecord record) {
            this(id, text, record, null);
        }
    }

    /** Filters; null means "any". The sector matches exactly as the importer wrote it. */
    record Filter(String incidentType, Integer year, Boolean vendorInvolved, String sector) {
        static final Filter NONE = new Filter(null, null, null, null);

        Filter(String incidentType, Integer year, Boolean vendorInvolved) {
            this(incidentType, year, vendorInvolved, null);
        }
    }

    private final JapaneseAnalyzer analyzer = new JapaneseAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /** Replaces the whole index with {@code cases}. */
    void rebuild(Iterable<IndexedCase> cases) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            for (IndexedCase c : cases) {
                writer.addDocument(document(c));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reopen();
    }

    private static Document document(IndexedCase c) {
        CaseRecord r = c.record();
        Document d = new Document();
        d.add(new StoredField("id", c.id()));
        StringBuilder body = new StringBuilder(c.text());
        if (r.organization() != null) {
            body.append('\n').append(r.organization());
        }
        r.vendorNames().forEach(v -> body.append('\n').append(v));
        d.add(new TextField("body", body.toString(), Field.Store.NO));
        for (String type : r.incidentTypes()) {
            d.add(new StringField("type", type, Field.Store.NO));
        }
        String date = r.occurred() != null ? r.occurred() : r.discovered() != null ? r.discovered() : r.published();
        if (date != null) {
            d.add(new IntPoint("year", Integer.parseInt(date.substring(0, 4))));
        }
        d.add(new StringField("vendor", Boolean.toString(r.vendorInvolved()), Field.Store.NO));
        if (c.sector() != null) {
            d.add(new StringField("sector", c.sector(), Field.Store.NO));
        }
        return d;
    }

    private void reopen() {
        try {
            if (reader != null) {
                reader.close();
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of the best matching cases, best first. A blank query lists cases matching the filters. */
    List<Long> search(String query, Filter filter, int limit) {
        if (searcher == null) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(textQuery(query), Occur.MUST);
        Filter f = filter == null ? Filter.NONE : filter;
        if (f.incidentType() != null) {
            q.add(new TermQuery(new Term("type", f.incidentType())), Occur.FILTER);
        }
        if (f.year() != null) {
            q.add(IntPoint.newExactQuery("year", f.year()), Occur.FILTER);
        }
        if (f.vendorInvolved() != null) {
            q.add(new TermQuery(new Term("vendor", f.vendorInvolved().toString())), Occur.FILTER);
        }
        if (f.sector() != null) {
            q.add(new TermQuery(new Term("sector", f.sector())), Occur.FILTER);
        }
        try {
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q.build(), Math.max(1, limit)).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().longValue());
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query textQuery(String query) {
        if (query == null || query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        QueryParser parser = new QueryParser("body", analyzer);
        // Every word the user typed must match; the user's text is words, not query syntax.
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(QueryParser.escape(NoticeText.normalise(query)));
        } catch (ParseException e) {
            return new MatchAllDocsQuery();
        }
    }

    int size() {
        return reader == null ? 0 : reader.numDocs();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        analyzer.close();
    }
}
