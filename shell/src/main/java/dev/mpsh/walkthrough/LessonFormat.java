package dev.mpsh.walkthrough;

import dev.mpsh.api.Fix;
import dev.mpsh.api.NsCommand;
import dev.mpsh.api.StepText;
import dev.mpsh.output.Style;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lesson text for a terminal: Markdown as plain lines, with bold and code picked out. */
final class LessonFormat {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private LessonFormat() {
    }

    static String step(int number, int total, StepText t, String state, String lang, Style style) {
        StringBuilder b = new StringBuilder();
        b.append(style.bold(Messages.get(lang, "header", number, total, t.title()))).append(state.isEmpty() ? "" : " " + state).append("\n\n");
        b.append(markdown(t.body(), style)).append("\n\n");
        b.append(style.dim(Messages.get(lang, "footer"))).append('\n');
        return b.toString();
    }

    /** Markdown for the terminal: headings bold, **bold** bold, `code` in cyan, the rest as written. */
    static String markdown(String md, Style style) {
        StringBuilder b = new StringBuilder();
        for (String line : md.split("\n", -1)) {
            if (line.startsWith("#")) {
                b.append(style.bold(line.replaceFirst("^#+\\s*", ""))).append('\n');
                continue;
            }
            b.append(inline(line, style)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String inline(String line, Style style) {
        Matcher m = CODE.matcher(line);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(bold(line.substring(last, m.start()), style)).append(style.cyan(m.group(1)));
            last = m.end();
        }
        return sb.append(bold(line.substring(last), style)).toString();
    }

    private static String bold(String s, Style style) {
        Matcher m = BOLD.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(style.bold(m.group(1))));
        }
        m.appendTail(sb);
        // *emphasis* has no terminal form that reads well everywhere: the words alone
        return ITALIC.matcher(sb.toString()).replaceAll("$1");
    }

    /**
     * The fixes' commands as a trainee types them in mpsh ({@code NAMESPACE PROGRAM ARGS}), each
     * fix headed by its title and whether it is in place now.
     */
    static String commands(List<Fix> fixes, List<String> missing, String lang, UnaryOperator<String> netnsName, Style style) {
        StringBuilder b = new StringBuilder();
        for (Fix f : fixes) {
            boolean in = !missing.contains(f.id());
            b.append(style.dim("# " + f.title().in(lang) + " (" + f.id() + ")")).append(' ')
                    .append(in ? style.green(Messages.get(lang, "in-place")) : style.yellow(Messages.get(lang, "missing"))).append('\n');
            for (NsCommand c : f.apply()) {
                if (c.looksUpEndpoints()) {
                    continue; // deletes an endpoint of the fix's address that someone added by hand: not on a fresh lab
                }
                b.append("  ").append(typed(c, netnsName)).append('\n');
            }
        }
        return b.toString();
    }

    static String typed(NsCommand c, UnaryOperator<String> netnsName) {
        StringBuilder b = new StringBuilder(c.namespace());
        for (String w : c.expand(netnsName)) {
            b.append(' ').append(SAFE.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'");
        }
        return b.toString();
    }
}
