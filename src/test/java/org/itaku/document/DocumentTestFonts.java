package org.itaku.document;

import org.junit.jupiter.api.Assumptions;

/**
 * The system font for PDF tests. Without a Japanese font the PDF tests are skipped with a printed reason;
 * with ITAKU_REQUIRE_FONT=1, or ITAKU_REQUIRE_BROWSER=1 (set by .ci/run, which also installs
 * fonts-ipaexfont), a missing font fails the build instead, so CI can never pass by skipping.
 */
final class DocumentTestFonts {

    private DocumentTestFonts() {
    }

    static boolean required() {
        return "1".equals(System.getenv("ITAKU_REQUIRE_FONT")) || "1".equals(System.getenv("ITAKU_REQUIRE_BROWSER"));
    }

    static FontSource require() {
        try {
            return FontSource.open(null);
        } catch (IllegalStateException e) {
            if (required()) {
                throw new AssertionError("A Japanese font is required here (ITAKU_REQUIRE_FONT=1 or "
                        + "ITAKU_REQUIRE_BROWSER=1) but: " + e.getMessage(), e);
            }
            System.out.println("SKIPPED PDF test: " + e.getMessage());
            Assumptions.abort("no Japanese font for PDF output: " + e.getMessage());
            throw e;
        }
    }
}
