package dev.mpsh.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one walkthrough step in one language, from its Markdown file:
 * <pre>
 * # Title
 *
 * The body: the idea, what to look at, what to do (any Markdown).
 *
 * ## Hint
 * A first, gentle hint.
 *
 * ## Hint
 * A stronger one.
 * </pre>
 * A level-2 heading {@code ## Hint} (or {@code ## ヒント}) starts a hint and everything after
 * the first one is hints; the exact commands come from the step's fixes, not from the text.
 */
public record StepText(String title, String body, List<String> hints) {
    private static final Pattern HINT = Pattern.compile("##\\s*(Hint|ヒント)(\\s+\\d+)?\\s*");

    public StepText {
        hints = List.copyOf(hints);
    }

    /** @param source names the file in error messages, e.g. {@code handover:lessons/ja/01-vip.md} */
    public static StepText parse(String source, String markdown) throws ScenarioFormatException {
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i >= lines.length || !lines[i].startsWith("# ") || lines[i].substring(2).isBlank()) {
            throw new ScenarioFormatException(source, i + 1, "a step text starts with its title as '# Title'");
        }
        String title = lines[i].substring(2).strip();
        StringBuilder body = new StringBuilder();
        List<String> hints = new ArrayList<>();
        StringBuilder hint = null;
        int hintLine = 0;
        for (i++; i < lines.length; i++) {
            String line = lines[i];
            if (HINT.matcher(line.strip()).matches()) {
                if (hint != null) {
                    hints.add(nonEmpty(source, hintLine, hint));
                }
                hint = new StringBuilder();
                hintLine = i + 1;
            } else {
                (hint == null ? body : hint).append(line).append('\n');
            }
        }
        if (hint != null) {
            hints.add(nonEmpty(source, hintLine, hint));
        }
        if (body.toString().isBlank()) {
            throw new ScenarioFormatException(source, 0, "step '" + title + "' has a title but no text");
        }
        return new StepText(title, body.toString().strip(), hints);
    }

    private static String nonEmpty(String source, int line, StringBuilder hint) throws ScenarioFormatException {
        if (hint.toString().isBlank()) {
            throw new ScenarioFormatException(source, line, "an empty '## Hint' section; write the hint below the heading");
        }
        return hint.toString().strip();
    }
}
