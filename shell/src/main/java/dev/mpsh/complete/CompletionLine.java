package dev.mpsh.complete;

import java.util.ArrayList;
import java.util.List;

/**
 * The line up to the cursor, split the way {@link dev.mpsh.command.LineParser} splits it but
 * forgiving an unclosed quote: the words of the statement being typed and the word at the cursor.
 *
 * @param words the finished words of the current statement (after the last {@code ;})
 * @param current the word at the cursor, unquoted, as typed so far ("" at a word boundary)
 * @param currentStart where that word starts in the line (its raw text, quotes included)
 * @param inComment true when the cursor is inside a {@code #} comment: nothing to complete
 * @param quote the quote still open at the cursor, or 0
 */
public record CompletionLine(List<String> words, String current, int currentStart, boolean inComment, char quote) {

    public static CompletionLine parse(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int start = line.length();
        char quote = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
                i++;
                continue;
            }
            if (!inWord && (c == '#')) {
                return new CompletionLine(words, "", line.length(), true, (char) 0);
            }
            if (c == ';' || Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (c == ';') {
                    words.clear();
                }
                i++;
                continue;
            }
            if (!inWord) {
                inWord = true;
                start = i;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (c != '\\') {
                word.append(c);
            }
            i++;
        }
        if (!inWord) {
            start = line.length();
        }
        return new CompletionLine(List.copyOf(words), word.toString(), start, false, quote);
    }
}
