package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A lesson's Markdown as plain text for the walkthrough pane: no {@code #}, backticks or
 * asterisks, and the source's hard-wrapped lines joined into paragraphs so they can be wrapped
 * again to the pane's width (Japanese lines are joined without a space).
 */
final class LessonText {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])");
    private static final Pattern ITEM = Pattern.compile("^\\s*([-*+]|\\d+\\.)\\s+.*");

    private LessonText() {
    }

    /** One string per paragraph, heading or list item, with "" between paragraphs. */
    static List<String> paragraphs(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder para = null;
        boolean fenced = false;
        for (String raw : markdown.strip().split("\n", -1)) {
            String line = raw.stripTrailing();
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                para = flush(out, para);
                continue;
            }
            if (fenced) {
                out.add(line);
                continue;
            }
            if (line.isBlank()) {
                para = flush(out, para);
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
                continue;
            }
            if (line.startsWith("#")) {
                para = flush(out, para);
                out.add(inline(line.replaceFirst("^#+\\s*", "")));
                continue;
            }
            if (para != null && ITEM.matcher(line).matches()) {
                para = flush(out, para);
            }
            if (para == null) {
                para = new StringBuilder(line.strip());
            } else {
                join(para, line.strip());
            }
        }
        flush(out, para);
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** Inline Markdown as plain words: `code`, **bold** and *emphasis* lose their markers. */
    static String inline(String s) {
        String t = CODE.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        t = BOLD.matcher(t).replaceAll("$1");
        return ITALIC.matcher(t).replaceAll("$1");
    }

    /** The lines wrapped to a width in columns (a wide character counts two); "" stays a blank line. */
    static List<String> wrap(List<String> lines, int columns) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || columns < 2) {
                out.add(line);
            } else {
                out.addAll(TerminalTextUtils.getWordWrappedText(columns, line));
            }
        }
        return out;
    }

    private static StringBuilder flush(List<String> out, StringBuilder para) {
        if (para != null) {
            out.add(inline(para.toString()));
        }
        return null;
    }

    private static void join(StringBuilder para, String next) {
        char last = para.charAt(para.length() - 1);
        boolean wide = TerminalTextUtils.isCharCJK(last) || TerminalTextUtils.isCharCJK(next.charAt(0));
        para.append(wide ? "" : " ").append(next);
    }
}
