package dev.mpsh.record;

import java.util.List;
import java.util.regex.Pattern;

/** Writes a statement's words back as a line the mpsh line parser splits into the same words. */
final class Quoting {
    /**
     * Words the line parser reads back as they are: no blank, quote, backslash or ';', no '#' at
     * the start. Shell operators such as | and 2>&1 stay bare, so recorded pipelines read naturally.
     */
    private static final Pattern PLAIN = Pattern.compile("[^\\s'\"\\\\;#\\p{Cntrl}][^\\s'\"\\\\;\\p{Cntrl}]*");

    private Quoting() {
    }

    static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(quote(w));
        }
        return sb.toString();
    }

    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        // Single quotes keep everything but a single quote, which is closed, escaped and reopened.
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
