package org.itaku.casebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The library's counts as charts ready to draw as SVG: every coordinate is computed here so the template only
 * writes presentation attributes (the CSP forbids inline style and script).
 */
public record CaseStats(int total, Chart typesByYear, Chart causes, Chart persons, Chart vendorShare) {

    static final int LABEL_WIDTH = 200;
    static final int BAR_WIDTH = 420;
    static final int ROW_HEIGHT = 24;
    static final String[] PALETTE = {"#1f6feb", "#d9822b", "#2da44e", "#cf222e", "#8250df", "#bf8700", "#0a7b83",
            "#e85aad", "#57606a", "#953800", "#116329"};

    /** What one case contributes. */
    record Row(Integer year, List<String> types, List<String> causes, boolean vendor, Long persons) {
        Row {
            types = List.copyOf(types);
            causes = List.copyOf(causes);
        }
    }

    /** A horizontal (stacked) bar chart. */
    public record Chart(int width, int height, List<Bar> bars, List<Legend> legend) {
        public Chart {
            bars = List.copyOf(bars);
            legend = List.copyOf(legend);
        }

        public boolean empty() {
            return bars.isEmpty();
        }
    }

    /**
     * One row of a chart: its label at (labelX, textY) and its segments. A {@code coded} label is a message key of the
     * casebook bundle (a share or a bucket without a number in it), rendered in the reader's language by the page.
     */
    public record Bar(String label, boolean coded, int y, int textY, int valueX, long total, List<Segment> segments) {
        public Bar {
            segments = List.copyOf(segments);
        }
    }

    public record Segment(int x, int width, String fill, String title) {
    }

    public record Legend(String label, String fill, int x, int y) {
    }

    /** Labels that are words, not numbers: message keys of the casebook bundle. */
    static final String VENDOR_YES = "casebook.stats.vendorInvolved";
    static final String VENDOR_NO = "casebook.stats.noVendorStated";
    static final String PERSONS_UNKNOWN = "casebook.stats.personsUnknown";
    static final String YEAR_UNKNOWN = "casebook.stats.yearUnknown";
    private static final java.util.Set<String> CODED = java.util.Set.of(VENDOR_YES, VENDOR_NO, PERSONS_UNKNOWN, YEAR_UNKNOWN);

    static CaseStats of(List<Row> rows) {
        // types by year
        Map<String, Map<String, Long>> byYear = new TreeMap<>();
        TreeSet<String> types = new TreeSet<>();
        Map<String, Long> causes = new TreeMap<>();
        Map<String, Long> vendor = new java.util.LinkedHashMap<>();
        vendor.put(VENDOR_YES, 0L);
        vendor.put(VENDOR_NO, 0L);
        String[] bucketNames = {PERSONS_UNKNOWN, "1–99", "100–999", "1,000–9,999", "10,000–99,999", "100,000+"};
        Map<String, Long> buckets = new java.util.LinkedHashMap<>();
        for (String b : bucketNames) {
            buckets.put(b, 0L);
        }
        for (Row r : rows) {
            String year = r.year() == null ? YEAR_UNKNOWN : r.year().toString();
            for (String t : r.types().isEmpty() ? List.of("other") : r.types()) {
                types.add(t);
                byYear.computeIfAbsent(year, y -> new TreeMap<>()).merge(t, 1L, Long::sum);
            }
            Controls controls = Controls.catalogue();
            for (String c : r.causes()) {
                causes.merge(c + " " + controls.label(c), 1L, Long::sum);
            }
            vendor.merge(r.vendor() ? VENDOR_YES : VENDOR_NO, 1L, Long::sum);
            buckets.merge(bucketNames[bucket(r.persons())], 1L, Long::sum);
        }
        List<String> typeList = new ArrayList<>(types);
        Map<String, String> colours = new TreeMap<>();
        for (int i = 0; i < typeList.size(); i++) {
            colours.put(typeList.get(i), PALETTE[i % PALETTE.length]);
        }
        List<Map.Entry<String, Map<String, Long>>> yearRows = new ArrayList<>(byYear.entrySet());
        return new CaseStats(rows.size(), stacked(yearRows, colours), simple(causes), simple(buckets), simple(vendor));
    }

    private static int bucket(Long persons) {
        if (persons == null) {
            return 0;
        }
        return persons < 100 ? 1 : persons < 1_000 ? 2 : persons < 10_000 ? 3 : persons < 100_000 ? 4 : 5;
    }

    private static Chart simple(Map<String, Long> counts) {
        List<Map.Entry<String, Map<String, Long>>> rows = new ArrayList<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            rows.add(Map.entry(e.getKey(), Map.of("", e.getValue())));
        }
        return stacked(rows, Map.of("", PALETTE[0]));
    }

    private static Chart stacked(List<Map.Entry<String, Map<String, Long>>> rows, Map<String, String> colours) {
        long max = 1;
        for (Map.Entry<String, Map<String, Long>> row : rows) {
            max = Math.max(max, row.getValue().values().stream().mapToLong(Long::longValue).sum());
        }
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        boolean any = false;
        for (Map.Entry<String, Map<String, Long>> row : rows) {
            long total = 0;
            int x = LABEL_WIDTH;
            List<Segment> segments = new ArrayList<>();
            for (Map.Entry<String, Long> part : row.getValue().entrySet()) {
                int w = (int) Math.round((double) part.getValue() * BAR_WIDTH / max);
                if (part.getValue() > 0) {
                    segments.add(new Segment(x, Math.max(w, 1), colours.getOrDefault(part.getKey(), PALETTE[0]),
                            (part.getKey().isEmpty() ? "" : part.getKey() + ": ") + part.getValue()));
                }
                x += w;
                total += part.getValue();
            }
            any |= total > 0;
            bars.add(new Bar(row.getKey(), CODED.contains(row.getKey()), y, y + 15, x + 6, total, segments));
            y += ROW_HEIGHT;
        }
        List<Legend> legend = new ArrayList<>();
        if (colours.size() > 1 || !colours.containsKey("")) {
            int lx = 0;
            int ly = y + 8;
            for (Map.Entry<String, String> c : colours.entrySet()) {
                if (lx > LABEL_WIDTH + BAR_WIDTH - 120) {
                    lx = 0;
                    ly += 18;
                }
                legend.add(new Legend(c.getKey(), c.getValue(), lx, ly));
                lx += 150;
            }
            y = ly + 18;
        }
        return new Chart(LABEL_WIDTH + BAR_WIDTH + 60, y + 4, any ? bars : List.of(), legend);
    }
}
