package dev.mpsh.man;

import java.util.ArrayList;
import java.util.List;

/**
 * mpsh-transcript(5): the section "The transcript format" of docs/recordings.md (the format's
 * source of truth), from its heading to the next heading of the same level, turned into troff.
 * The Markdown it reads is the little that page uses: paragraphs, fenced code, tables, lists,
 * {@code `code`}, {@code **bold**}, {@code *italic*} and links.
 */
public final class TranscriptManPage {
    static final String SECTION = "## The transcript format";

    private TranscriptManPage() {
    }

    public static String render(String version, String recordingsMarkdown) {
        List<String> lines = section(recordingsMarkdown);
        Troff t = new Troff("MPSH-TRANSCRIPT", 5, "mpsh " + version, "File Formats");
        t.section("NAME").raw("mpsh\\-transcript \\- the format of mpsh's session recordings (.t files)");
        t.section("SYNOPSIS").raw(".nf").raw(Troff.bold("record start") + " " + Troff.italic("FILE"))
                .raw(Troff.bold("mpsh replay") + " " + Troff.italic("FILE") + " [\\-\\-play] [\\-\\-trust] [\\-\\-update] ...").raw(".fi");
        t.section("DESCRIPTION");
        t.paragraph(Troff.escape("mpsh records a session ('record start FILE') as a transcript that 'mpsh replay FILE' "
                + "runs again and verifies line by line. This page describes the file's format, as docs/recordings.md does."));
        render(t, lines.subList(1, lines.size()));
        t.section("SEE ALSO");
        t.raw(Troff.bold("mpsh") + "(1); the recording and replay commands: " + Troff.bold("help record")
                + ", " + Troff.bold("help replay") + " in mpsh");
        return t.toString();
    }

    /** The lines of the format's section, its heading first. */
    static List<String> section(String markdown) {
        List<String> all = markdown.lines().toList();
        int start = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith(SECTION)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no section '" + SECTION + "' in the recordings page");
        }
        int end = all.size();
        boolean fenced = false;
        for (int i = start + 1; i < all.size(); i++) {
            if (all.get(i).startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && all.get(i).startsWith("## ")) {
                end = i;
                break;
            }
        }
        return all.subList(start, end);
    }

    private static void render(Troff t, List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("#")) {
                t.subsection(line.replaceFirst("^#+\\s*", ""));
                i++;
            } else if (line.startsWith("```")) {
                List<String> code = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    code.add(lines.get(i));
                }
                i++;
                t.verbatim(code);
            } else if (line.startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                    rows.add(cells(lines.get(i)));
                }
                table(t, rows);
            } else if (line.startsWith("- ")) {
                StringBuilder item = new StringBuilder(line.substring(2));
                for (i++; i < lines.size() && lines.get(i).startsWith("  ") && !lines.get(i).isBlank(); i++) {
                    item.append(' ').append(lines.get(i).strip());
                }
                t.bullet(inline(item.toString()));
            } else {
                StringBuilder para = new StringBuilder();
                for (; i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i)); i++) {
                    para.append(para.length() == 0 ? "" : " ").append(lines.get(i).strip());
                }
                t.paragraph(inline(para.toString()));
            }
        }
    }

    private static boolean startsBlock(String line) {
        return line.startsWith("#") || line.startsWith("```") || line.startsWith("|") || line.startsWith("- ");
    }

    /** A table as tagged paragraphs: the first cell is the tag; further columns are named by their header. */
    private static void table(Troff t, List<List<String>> rows) {
        if (rows.size() < 2) {
            return;
        }
        List<String> header = rows.get(0);
        for (List<String> row : rows.subList(2, rows.size())) {
            StringBuilder text = new StringBuilder(row.size() > 1 ? inline(row.get(1)) : "");
            for (int c = 2; c < row.size(); c++) {
                String name = c < header.size() ? header.get(c) : "";
                text.append(" (").append(Troff.escapeChars(name)).append(": ").append(inline(row.get(c))).append(')');
            }
            t.tagged(inline(row.get(0)), text.toString());
        }
    }

    /** The cells of a table row; a pipe inside a code span does not split. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String r = row.strip();
        for (int i = 1; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }

    /**
     * Inline Markdown to troff: code spans in bold (as written, with their spaces), bold, italic,
     * and links as their text (with the address when it is a web address). Everything else is
     * escaped text.
     */
    static String inline(String md) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < md.length()) {
            char c = md.charAt(i);
            if (c == '`') {
                int end = md.indexOf('`', i + 1);
                if (end > i) {
                    out.append(Troff.bold(md.substring(i + 1, end)));
                    i = end + 1;
                    continue;
                }
            } else if (md.startsWith("**", i)) {
                int end = md.indexOf("**", i + 2);
                if (end > i) {
                    out.append("\\fB").append(inline(md.substring(i + 2, end))).append("\\fR");
                    i = end + 2;
                    continue;
                }
            } else if (c == '*' && i + 1 < md.length() && md.charAt(i + 1) != ' ') {
                int end = md.indexOf('*', i + 1);
                if (end > i + 1) {
                    out.append("\\fI").append(inline(md.substring(i + 1, end))).append("\\fR");
                    i = end + 1;
                    continue;
                }
            } else if (c == '[') {
                int close = md.indexOf("](", i);
                int end = close < 0 ? -1 : md.indexOf(')', close);
                if (close > i && end > close) {
                    String url = md.substring(close + 2, end);
                    out.append(inline(md.substring(i + 1, close)));
                    if (url.startsWith("http")) {
                        out.append(" <").append(Troff.escapeChars(url)).append('>');
                    }
                    i = end + 1;
                    continue;
                }
            }
            out.append(Troff.escapeChars(String.valueOf(c)));
            i++;
        }
        return out.toString();
    }
}
