/**
 * Documents of a breach case in Japanese: the PPC report draft (速報 and 確報, with the 確報's changes since the
 * 速報, a joint-report and a My Number Act variant), the notice from an entrustee to each principal (委託元への通知,
 * one ZIP with a CSV index for a whole cascade), the notice to individuals (letter and e-mail; Rules Art. 10
 * items only), the public announcement and an internal one-page summary.
 *
 * <p>API for other modules: build the input records ({@link org.itaku.document.BreachReport},
 * {@link org.itaku.document.PrincipalNotice}, {@link org.itaku.document.IndividualNotice},
 * {@link org.itaku.document.PublicAnnouncement}, {@link org.itaku.document.IncidentSummary}), wrap one in a
 * {@link org.itaku.document.DocumentRequest} and call {@link org.itaku.document.Documents#render} for HTML, the
 * copy-friendly field view, DOCX, PDF, JSON or text. The result carries a SHA-256 so the caller can record the
 * exact version handed out. The wording lives in {@code Drafts}; every format is laid out from the same blocks.
 *
 * <p>Settings: {@code itaku.document.font} (or {@code ITAKU_DOCUMENT_FONT}) for the PDF font, otherwise IPAex
 * is searched under /usr/share/fonts; {@code itaku.document.template-dir} for replaced HTML templates
 * ({@code document/document.html}, {@code document/fields.html}; per workspace under {@code <workspace>/},
 * chosen with {@link org.itaku.document.DocumentRequest#forWorkspace}).
 */
package org.itaku.document;
