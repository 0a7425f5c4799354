package dev.mpsh.repl;

import dev.mpsh.complete.CompletionLine;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine where the word at the cursor starts, the same way the completion core splits
 * lines ({@code ;}, quotes, {@code #}). Accepting a line never fails here: the dispatcher reports
 * an unclosed quote as a one-line error.
 */
final class ReplParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        CompletionLine parsed = CompletionLine.parse(line.substring(0, Math.min(cursor, line.length())));
        List<String> words = new ArrayList<>(parsed.words());
        words.add(parsed.current());
        int rawWordCursor = Math.max(0, cursor - parsed.currentStart());
        return new Line(line, cursor, words, parsed.current(), rawWordCursor, parsed.quote());
    }

    private record Line(String line, int cursor, List<String> words, String word, int rawWordCursor, char quote)
            implements CompletingParsedLine {

        @Override
        public int wordIndex() {
            return words.size() - 1;
        }

        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return rawWordCursor;
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            StringBuilder sb = new StringBuilder();
            if (quote != 0) {
                // Inside an open quote: keep the quote, close it after a whole word.
                sb.append(quote).append(candidate);
                if (complete) {
                    sb.append(quote);
                }
                return sb;
            }
            for (int i = 0; i < candidate.length(); i++) {
                char c = candidate.charAt(i);
                if (" \t'\"\\;#".indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            return sb;
        }
    }
}
