package io.hedgecone.rl.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table. */
public final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public MarkdownTable(String... header) { this.header = List.of(header); }

    public MarkdownTable add(String... cells) {
        if (cells.length != header.size()) throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        rows.add(List.of(cells));
        return this;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        row(sb, header);
        sb.append('|');
        for (int i = 0; i < header.size(); i++) sb.append("---|");
        sb.append('\n');
        for (List<String> r : rows) row(sb, r);
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        sb.append('\n');
    }
}
