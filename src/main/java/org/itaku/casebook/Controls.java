package org.itaku.casebook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cause → control map: for each root cause of Itaku's incident root-cause map, the PPC guideline items (通則編
 * 安全管理措置, summarised) and the IPA 自社診断 topics that address it. Data in {@code casebook/cause-controls.tsv},
 * {@code casebook/ppc-items.tsv} and {@code casebook/ipa-topics.tsv}; their headers carry the sources and licences.
 */
public final class Controls {

    /** A control: {@code kind} is "ppc" (guideline item) or "ipa" (自社診断 topic). */
    public record Control(String kind, String id, String label, String summary) {
        public Control {
            if (!"ppc".equals(kind) && !"ipa".equals(kind) || id == null || label == null) {
                throw new IllegalArgumentException("a control is a ppc item or an ipa topic with an id and a label");
            }
        }
    }

    /** A root cause with the controls that address it. */
    public record CauseControls(String causeId, String labelJa, String labelEn, List<Control> controls) {
        public CauseControls {
            controls = List.copyOf(controls);
        }
    }

    private static final Controls INSTANCE = load();

    private final Map<String, CauseControls> byCause;

    private Controls(Map<String, CauseControls> byCause) {
        this.byCause = byCause;
    }

    public static Controls catalogue() {
        return INSTANCE;
    }

    /** The causes in the order given, each with its controls; unknown ids are skipped. */
    public List<CauseControls> forCauses(List<String> causeIds) {
        List<CauseControls> out = new ArrayList<>();
        for (String id : causeIds) {
            CauseControls c = byCause.get(id);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** The Japanese label of a cause, or the id when unknown. */
    public String label(String causeId) {
        CauseControls c = byCause.get(causeId);
        return c == null ? causeId : c.labelJa();
    }

    private static Controls load() {
        Map<String, String[]> ppc = new LinkedHashMap<>();
        for (String[] row : rows("casebook/ppc-items.tsv")) {
            ppc.put(row[0], row);
        }
        Map<String, String[]> ipa = new LinkedHashMap<>();
        for (String[] row : rows("casebook/ipa-topics.tsv")) {
            ipa.put(row[0], row);
        }
        Map<String, CauseControls> byCause = new LinkedHashMap<>();
        for (String[] row : rows("casebook/cause-controls.tsv")) {
            List<Control> controls = new ArrayList<>();
            for (String id : split(row, 3)) {
                String[] p = ppc.get(id);
                if (p == null) {
                    throw new IllegalStateException("cause-controls.tsv names an unknown PPC item " + id);
                }
                controls.add(new Control("ppc", id, p[1], p.length > 3 ? p[3] : ""));
            }
            for (String no : split(row, 4)) {
                String[] t = ipa.get(no);
                if (t == null) {
                    throw new IllegalStateException("cause-controls.tsv names an unknown IPA topic " + no);
                }
                controls.add(new Control("ipa", "IPA-" + no, t[1], t[2]));
            }
            byCause.put(row[0], new CauseControls(row[0], row[1], row[2], controls));
        }
        return new Controls(Map.copyOf(byCause));
    }

    private static List<String> split(String[] row, int column) {
        List<String> out = new ArrayList<>();
        if (row.length > column) {
            for (String s : row[column].split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static List<String[]> rows(String resource) {
        InputStream in = Controls.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
