package org.itaku.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * Thread safety: HTML, DOCX, JSON and text rendering may run concurrently; PDF rendering shares one parsed
 * font and is serialised on it.
 */
public final class Documents {

    private final DocumentSettings settings;
    private final HtmlRenderer html;
    private final DocxRenderer docx = new DocxRenderer();
    private final JsonRenderer json = new JsonRenderer();
    private volatile PdfRenderer pdf;

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

    /** Renders straight into a stream (the stream is not closed). */
    public void render(DocumentRequest request, Format format, OutputStream out) {
        Doc doc = new Drafts(request.dateStyle()).build(request);
        try {
            switch (format) {
                case HTML -> html.render(doc, request.input(), false, out);
                case HTML_FIELDS -> html.render(doc, request.input(), true, out);
                case DOCX -> docx.render(doc, out);
                case PDF -> {
                    PdfRenderer renderer = pdfRenderer();
                    synchronized (renderer) {
                        renderer.render(doc, out);
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
     * opens the Japanese names correctly). Each notice is written to the ZIP as soon as it is rendered, so
     * memory does not grow with the number of principals.
     *
     * @return the number of notices written
     */
    public int principalNoticesZip(Iterable<PrincipalNotice> notices, Format format, DateStyle style, OutputStream out) {
        PrincipalNoticeIndex index = new PrincipalNoticeIndex();
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        try {
            int n = 0;
            for (PrincipalNotice notice : notices) {
                n++;
                buffer.reset();
                render(DocumentRequest.principalNotice(notice, style), format, buffer);
                String name = PrincipalNoticeIndex.entryName(n, notice, format);
                zip.putNextEntry(new ZipEntry(name));
                buffer.writeTo(zip);
                zip.closeEntry();
                index.add(n, name, notice, sha256(buffer.toByteArray()));
            }
            zip.putNextEntry(new ZipEntry(PrincipalNoticeIndex.FILE_NAME));
            zip.write(index.bytes());
            zip.closeEntry();
            zip.finish();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the principal notice ZIP", e);
        }
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

    private PdfRenderer pdfRenderer() {
        PdfRenderer r = pdf;
        if (r == null) {
            synchronized (this) {
                if (pdf == null) {
                    pdf = new PdfRenderer(FontSource.open(settings.font()));
                }
                r = pdf;
            }
        }
        return r;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
