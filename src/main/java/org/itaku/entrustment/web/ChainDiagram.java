package org.itaku.entrustment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.itaku.entrustment.Chain;
import org.itaku.entrustment.OperatorRef;
import org.springframework.stereotype.Component;

/**
 * Draws an operator's chain as SVG: principals to the left by distance, entrustees to the right, the operator in
 * the middle. Written by hand because the layout is simple (columns by depth) and the page's Content-Security-
 * Policy forbids inline styles and scripts: everything here is SVG presentation attributes.
 */
@Component
class ChainDiagram {

    static final int MAX_NODES_PER_SIDE = 60;
    private static final int COLUMN = 240;
    private static final int BOX_W = 200;
    private static final int BOX_H = 34;
    private static final int ROW = 46;
    private static final int MARGIN = 20;

    private record Node(OperatorRef ref, int column) {
    }

    private final RegisterMessages messages;

    ChainDiagram(RegisterMessages messages) {
        this.messages = messages;
    }

    /** @param links whether boxes link to the operator pages (true inside a page, false for a standalone file) */
    String render(Chain chain, boolean links) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        Set<List<Long>> edges = new LinkedHashSet<>();
        nodes.put(chain.operator().id(), new Node(chain.operator(), 0));
        for (List<OperatorRef> path : chain.upstream()) {
            // path runs from the far principal down to this operator: position i sits at column i - (size - 1)
            for (int i = 0; i < path.size(); i++) {
                nodes.putIfAbsent(path.get(i).id(), new Node(path.get(i), i - (path.size() - 1)));
                if (i > 0) {
                    edges.add(List.of(path.get(i - 1).id(), path.get(i).id()));
                }
            }
        }
        for (List<OperatorRef> path : chain.downstream()) {
            for (int i = 0; i < path.size(); i++) {
                nodes.putIfAbsent(path.get(i).id(), new Node(path.get(i), i));
                if (i > 0) {
                    edges.add(List.of(path.get(i - 1).id(), path.get(i).id()));
                }
            }
        }
        TreeMap<Integer, List<Node>> columns = new TreeMap<>();
        for (Node node : nodes.values()) {
            columns.computeIfAbsent(node.column(), c -> new ArrayList<>()).add(node);
        }
        int minColumn = columns.firstKey();
        int maxRows = columns.values().stream().mapToInt(List::size).max().orElse(1);
        Map<Long, int[]> position = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Node>> column : columns.entrySet()) {
            int x = MARGIN + (column.getKey() - minColumn) * COLUMN;
            int offset = (maxRows - column.getValue().size()) * ROW / 2;
            int row = 0;
            for (Node node : column.getValue()) {
                position.put(node.ref().id(), new int[] {x, MARGIN + offset + row++ * ROW});
            }
        }
        int width = 2 * MARGIN + (columns.lastKey() - minColumn) * COLUMN + BOX_W;
        int height = 2 * MARGIN + maxRows * ROW + (chain.truncated() ? 24 : 0);

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain-diagram\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title>").append(escape(messages.text("chain.title", chain.operator().name()))).append("</title>");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5b6775\"/></marker></defs>");
        for (List<Long> edge : edges) {
            int[] from = position.get(edge.get(0));
            int[] to = position.get(edge.get(1));
            svg.append("<line x1=\"").append(from[0] + BOX_W).append("\" y1=\"").append(from[1] + BOX_H / 2)
                    .append("\" x2=\"").append(to[0]).append("\" y2=\"").append(to[1] + BOX_H / 2)
                    .append("\" stroke=\"#5b6775\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>");
        }
        for (Node node : nodes.values()) {
            int[] p = position.get(node.ref().id());
            boolean centre = node.column() == 0;
            if (links) {
                svg.append("<a href=\"/register/operators/").append(node.ref().id()).append("\">");
            }
            svg.append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"4\" fill=\"").append(centre ? "#1f5f8b" : "#ffffff")
                    .append("\" stroke=\"#1f5f8b\"/>");
            svg.append("<text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 22).append("\" fill=\"")
                    .append(centre ? "#ffffff" : "#1d2733").append("\">").append(escape(shorten(node.ref().name())))
                    .append("<title>").append(escape(node.ref().name())).append("</title></text>");
            if (links) {
                svg.append("</a>");
            }
        }
        if (chain.truncated()) {
            svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(height - 8).append("\" fill=\"#a3261f\">")
                    .append(escape(messages.text("chain.truncated", MAX_NODES_PER_SIDE))).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String shorten(String name) {
        return name.length() <= 15 ? name : name.substring(0, 14) + "…";
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
