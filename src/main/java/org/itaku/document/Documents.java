package org.itaku.document;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The document module's API: one input record in, one document out, in any {@link Format}.
 *
 * <pre>{@code
 * Documents documents = new Documents(DocumentSettings.defaults());
 * RenderedDocument pdf = documents.render(DocumentRequest.ppcReport(report, DateStyle.WAREKI), Format.PDF);
 * }</pre>
 *
 * Thread safety: every method may be called concurrently. PDF rendering uses a small pool of renderers,
 * each with its own parsed font (at most one per processor, up to four).
 */
public final class Documents {

    private final DocumentSettings settings;
    private final HtmlRenderer html;
    private final DocxRenderer docx = new DocxRenderer();
    private final JsonRenderer json = new JsonRenderer();
    private final int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final BlockingQueue<PdfRenderer> idlePdfRenderers = new LinkedBlockingQueue<>();
    private int pdfRenderers;

    public Documents(DocumentSettings settings) {
        this.settings = settings == null ? DocumentSettings.defaults() : settings;
        this.html = new HtmlRenderer(this.settings.templateDir());
    }

    /** Renders into memory, with the file name and SHA-256 the incident module keeps with the case. */
    public RenderedDocument render(DocumentRequest request, Format format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        render(request, format, buffer);
        byte[] bytes = buffer.toByteArray();
        return new RenderedDocument(fileName(request, format), format.mediaType(), bytes, sha256(bytes));
    }

    /** Renders the draft with the officer's edits (block position → text) in place, into memory. */
    public RenderedDocument render(DocumentRequest request, Format format, Map<Integer, String> edits) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        render(new Drafts(request.dateStyle()).build(request).withEdits(edits), request, format, buffer);
        byte[] bytes = buffer.toByteArray();
        return new RenderedDocument(fileName(request, format), format.mediaType(), bytes, sha256(bytes));
    }

    /** The blocks of the generated draft, for the officer to review and edit before keeping it. */
    public List<DraftBlock> blocks(DocumentRequest request) {
        List<Doc.Block> blocks = new Drafts(request.dateStyle()).build(request).blocks();
        List<DraftBlock> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Doc.Block b = blocks.get(i);
            out.add(new DraftBlock(i, b.type().name(), b.label(), b.text()));
        }
        return out;
    }

    /** The visible text with the officer's edits in place. */
    public String text(DocumentRequest request, Map<Integer, String> edits) {
        return new Drafts(request.dateStyle()).build(request).withEdits(edits).plainText();
    }

    /** Renders straight into a stream (the stream is not closed). */
    public void render(DocumentRequest request, Format format, OutputStream out) {
        render(new Drafts(request.dateStyle()).build(request), request, format, out);
    }

    private void render(Doc doc, DocumentRequest request, Format format, OutputStream out) {
        try {
            switch (format) {
                case HTML -> html.render(doc, request.input(), false, request.workspace(), out);
                case HTML_FIELDS -> html.render(doc, request.input(), true, request.workspace(), out);
                case DOCX -> docx.render(doc, out);
                case PDF -> {
                    PdfRenderer renderer = borrowPdfRenderer();
                    try {
                        renderer.render(doc, out);
                    } finally {
                        idlePdfRenderers.add(renderer);
                    }
                }
                case JSON -> json.render(doc, request.dateStyle(), out);
                case TEXT -> out.write(doc.plainText().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + request.kind() + " as " + format, e);
        }
    }

    /** The visible text of a document, the same words every format shows (also what the golden files hold). */
    public String text(DocumentRequest request) {
        return new Drafts(request.dateStyle()).build(request).plainText();
    }

    /**
     * Writes one notice per principal into a ZIP, followed by {@code index.csv} (UTF-8 with BOM, so Excel
     * opens the Japanese names correctly). Notices are rendered on up to {@link #workers} threads but written
     * in input order as soon as each is ready, with only a small window in flight, so memory does not grow
     * with the number of principals.
     *
     * @return the number of notices written
     */
    public int principalNoticesZip(Iterable<PrincipalNotice> notices, Format format, DateStyle style, OutputStream out) {
        return principalNoticesZip(notices, format, style, null, out);
    }

    /** As above, with the given workspace's replacement templates where it has any. */
    public int principalNoticesZip(Iterable<PrincipalNotice> notices, Format format, DateStyle style, String workspace,
            OutputStream out) {
        PrincipalNoticeIndex index = new PrincipalNoticeIndex();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "itaku-document-batch");
            t.setDaemon(true);
            return t;
        });
        Deque<Map.Entry<PrincipalNotice, Future<RenderedDocument>>> inFlight = new ArrayDeque<>();
        int n = 0;
        try {
            for (PrincipalNotice notice : notices) {
                DocumentRequest request = DocumentRequest.principalNotice(notice, style).forWorkspace(workspace);
                inFlight.add(Map.entry(notice, pool.submit(() -> render(request, format))));
                if (inFlight.size() >= 2 * workers) {
                    n = writeNext(inFlight.poll(), n, format, zip, index);
                }
            }
            while (!inFlight.isEmpty()) {
                n = writeNext(inFlight.poll(), n, format, zip, index);
            }
            zip.putNextEntry(new ZipEntry(PrincipalNoticeIndex.FILE_NAME));
            zip.write(index.bytes());
            zip.closeEntry();
            zip.finish();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the principal notice ZIP", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int writeNext(Map.Entry<PrincipalNotice, Future<RenderedDocument>> next, int written,
            Format format, ZipOutputStream zip, PrincipalNoticeIndex index) throws IOException {
        RenderedDocument rendered;
        try {
            rendered = next.getValue().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the principal notice ZIP", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot render a principal notice", e.getCause());
        }
        byte[] bytes = rendered.content();
        int number = written + 1;
        String name = PrincipalNoticeIndex.entryName(number, next.getKey(), format);
        zip.putNextEntry(storedEntry(name, bytes));
        zip.write(bytes);
        zip.closeEntry();
        index.add(number, name, next.getKey(), rendered.sha256());
        return number;
    }

    /**
     * PDF and DOCX are compressed already; deflating them again took most of the batch time for a few
     * percent of size, so entries are stored as they are.
     */
    private static ZipEntry storedEntry(String name, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    String fileName(DocumentRequest request, Format format) {
        String stem = request.kind().baseName();
        if (request.input() instanceof BreachReport r) {
            stem += r.stage() == ReportStage.PRELIMINARY ? "-sokuho" : "-kakuho";
            if (r.myNumber()) {
                stem += "-mynumber";
            }
            if (r.jointReporter() != null) {
                stem += "-joint";
            }
        }
        return stem + "." + format.extension();
    }

    /**
     * A parsed font is not safe to share between threads, and parsing one costs a third of a second and some
     * tens of MB, so PDF renderers are pooled: at most one per worker, each with its own parsed font, created
     * on first need and reused for every later PDF.
     */
    private PdfRenderer borrowPdfRenderer() {
        PdfRenderer idle = idlePdfRenderers.poll();
        if (idle != null) {
            return idle;
        }
        synchronized (this) {
            if (pdfRenderers < workers) {
                PdfRenderer created = new PdfRenderer(FontSource.open(settings.font()));
                pdfRenderers++;
                return created;
            }
        }
        try {
            return idlePdfRenderers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a PDF renderer", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
