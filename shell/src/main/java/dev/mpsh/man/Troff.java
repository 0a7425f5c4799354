package dev.mpsh.man;

import java.util.List;

/** Writing man(7) source: escaping text for troff, and the few macros the pages use. */
final class Troff {
    private final StringBuilder out = new StringBuilder();

    /** {@code .TH}: the page's title, section, and the source (mpsh and its version). */
    Troff(String title, int section, String source, String manual) {
        out.append(".TH ").append(quoted(title)).append(' ').append(section).append(" \"\" ")
                .append(quoted(source)).append(' ').append(quoted(manual)).append('\n');
    }

    /**
     * Plain text for troff: a backslash becomes {@code \e}, every hyphen {@code \-} (so options
     * copy as the ASCII hyphen), and a line that would start with a control character ({@code .}
     * or {@code '}) gets the zero-width {@code \&} first.
     */
    static String escape(String text) {
        return controlSafe(escapeChars(text));
    }

    /** The same without the care for line starts: for text in the middle of a line. */
    static String escapeChars(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\e");
                case '-' -> sb.append("\\-");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Prefixes {@code \&} to each line that troff would read as a request. */
    static String controlSafe(String troffText) {
        StringBuilder sb = new StringBuilder(troffText.length() + 4);
        for (String line : troffText.split("\n", -1)) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                sb.append("\\&");
            }
            sb.append(line);
        }
        return sb.toString();
    }

    private static String quoted(String arg) {
        return "\"" + escape(arg).replace("\"", "\\(dq") + "\"";
    }

    Troff section(String name) {
        out.append(".SH ").append(quoted(name)).append('\n');
        return this;
    }

    Troff subsection(String name) {
        out.append(".SS ").append(quoted(name)).append('\n');
        return this;
    }

    /** A filled paragraph of text already in troff (escaped, with font changes). */
    Troff paragraph(String troffText) {
        out.append(".PP\n").append(controlSafe(troffText.strip())).append('\n');
        return this;
    }

    /** A tagged paragraph: {@code tag} in bold, then the text. Both already in troff. */
    Troff tagged(String troffTag, String troffText) {
        out.append(".TP\n").append(controlSafe(troffTag.strip())).append('\n')
                .append(controlSafe(troffText.strip())).append('\n');
        return this;
    }

    /** A bullet item of a list, already in troff. */
    Troff bullet(String troffText) {
        out.append(".IP \\(bu 2\n").append(controlSafe(troffText.strip())).append('\n');
        return this;
    }

    /** Lines shown as they are (no filling, no adjusting), indented: help texts and examples. */
    Troff verbatim(List<String> lines) {
        return verbatim(lines, 4);
    }

    /** The same indented by {@code indent} ens: 7 lines it up with the text of a tagged paragraph. */
    Troff verbatim(List<String> lines, int indent) {
        out.append(".PP\n.RS ").append(indent).append("\n.nf\n");
        for (String line : lines) {
            out.append(escape(line)).append('\n');
        }
        out.append(".fi\n.RE\n");
        return this;
    }

    /** Raw troff, for the NAME line and the like. */
    Troff raw(String troff) {
        out.append(troff).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String bold(String text) {
        return "\\fB" + escapeChars(text) + "\\fR";
    }

    static String italic(String text) {
        return "\\fI" + escapeChars(text) + "\\fR";
    }
}
