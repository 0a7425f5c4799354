package dev.mpsh.output;

/**
 * Word wrap for prose in command output (explanations, symptoms), by display columns: CJK
 * characters take two columns, and Japanese text, which has no spaces, breaks between any two
 * characters. Lines are indented; the first line can have its own label.
 */
public final class Wrap {
    /** Prose is easier to read at this width than at a wide terminal's. */
    public static final int WIDTH = 88;

    private Wrap() {
    }

    /** Wraps text to WIDTH columns, every line after the first starting with indent. */
    public static String text(String text, String firstPrefix, String indent) {
        StringBuilder out = new StringBuilder(firstPrefix);
        int col = width(firstPrefix);
        boolean lineHasText = false;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = width(word);
            if (lineHasText && col + 1 + w > WIDTH && w <= WIDTH - width(indent)) {
                out.append('\n').append(indent);
                col = width(indent);
                lineHasText = false;
            }
            if (lineHasText) {
                out.append(' ');
                col++;
            }
            // A word wider than the line (Japanese prose, a long command) breaks by character.
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                int cw = columns(cp);
                if (col + cw > WIDTH && lineHasText) {
                    out.append('\n').append(indent);
                    col = width(indent);
                }
                out.appendCodePoint(cp);
                col += cw;
                lineHasText = true;
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** Display columns of a string. */
    public static int width(String s) {
        return s.codePoints().map(Wrap::columns).sum();
    }

    private static int columns(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        boolean wide = b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.HIRAGANA
                || b == Character.UnicodeBlock.KATAKANA
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61;
        return wide ? 2 : 1;
    }
}
