package dev.mpsh.record;

import java.util.regex.Pattern;

/**
 * The {@code (esc)} form of an output line that could not be written plainly: control
 * characters as {@code \xNN}, a backslash as {@code \\}, and a first character that would read as
 * a command, continuation or status line ({@code $ }, {@code > }, {@code [N]}) escaped too.
 */
final class Escapes {
    private static final Pattern STATUS_LIKE = Pattern.compile("\\[\\d+\\]");
    private static final Pattern SUFFIX_LIKE = Pattern.compile(".* \\((re|glob|esc|no-eol)\\)");

    private Escapes() {
    }

    /** Whether a plain line would not read back as itself. */
    static boolean needed(String line) {
        if (line.startsWith("$ ") || line.startsWith("> ") || line.equals("$") || line.equals(">")
                || STATUS_LIKE.matcher(line).matches() || SUFFIX_LIKE.matcher(line).matches()) {
            return true;
        }
        return line.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    static String encode(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (i == 0 && (c == '$' || c == '>' || c == '[')) {
                sb.append(String.format("\\x%02x", (int) c));
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @throws IllegalArgumentException for a backslash not followed by {@code \} or {@code xNN} */
    static String decode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (i + 3 < text.length() && text.charAt(i + 1) == 'x'
                    && isHex(text.charAt(i + 2)) && isHex(text.charAt(i + 3))) {
                sb.append((char) Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                throw new IllegalArgumentException("bad escape at column " + (i + 1)
                        + " of an (esc) line; use \\\\ for a backslash or \\xNN for a byte");
            }
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
