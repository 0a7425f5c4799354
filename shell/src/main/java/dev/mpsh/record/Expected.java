package dev.mpsh.record;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One expected output line as written in a transcript, and how it matches an actual line.
 * Like cram, every kind first tries a literal match of the text as written.
 *
 * @param text the line without its indent and suffixes; for {@link Kind#ESC} still escaped
 * @param noEol the output ends here without a newline ({@code (no-eol)})
 * @param line the transcript line, for diffs; 0 when not read from a file
 */
public record Expected(String text, Kind kind, boolean noEol, int line) {

    /** How the line is written: the suffix that follows it. */
    public enum Kind {
        /** Plain text; inline placeholders such as {@code {port}} match volatile parts. */
        LITERAL(""),
        /** {@code (re)}: a Java regular expression for the whole line. */
        RE(" (re)"),
        /** {@code (glob)}: {@code *} and {@code ?} wildcards, {@code \} escapes; placeholders too. */
        GLOB(" (glob)"),
        /** {@code (esc)}: a literal line with {@code \xNN} and {@code \\} escapes. */
        ESC(" (esc)");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    public static Expected literal(String text) {
        return new Expected(text, Kind.LITERAL, false, 0);
    }

    /** The best way to write an actual output line so that it reads back as exactly itself. */
    public static Expected of(String actual, boolean noEol) {
        return of(actual, noEol, NamespaceNames.DEFAULT);
    }

    /**
     * As {@link #of(String, boolean)}, with the lab's namespace names written as {@code {ns:NAME}}
     * so that the line replays on any lab; a line that must be escaped stays exactly itself.
     */
    public static Expected of(String actual, boolean noEol, NamespaceNames names) {
        if (Escapes.needed(actual)) {
            return new Expected(Escapes.encode(actual), Kind.ESC, noEol, 0);
        }
        String general = names.generalize(actual);
        if (!general.equals(actual) && !literal(general).matches(actual, names)) {
            general = actual; // braces in the line that would read as placeholders: keep it literal
        }
        return new Expected(general, Kind.LITERAL, noEol, 0);
    }

    /** The line as written in a transcript, without the two-space indent. */
    public String written() {
        return text + kind.suffix + (noEol ? " (no-eol)" : "");
    }

    /** Checks that a pattern line compiles; the message says what is wrong. */
    public void validate() {
        if (kind == Kind.RE || kind == Kind.GLOB) {
            try {
                pattern();
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "bad " + (kind == Kind.RE ? "regular expression" : "glob") + ": " + e.getDescription());
            }
        }
        if (kind == Kind.ESC) {
            Escapes.decode(text);
        }
    }

    public boolean matches(String actual) {
        return matches(actual, NamespaceNames.DEFAULT);
    }

    /** Whether {@code actual} matches, {@code {ns:NAME}} standing for {@code names}' name of NAME. */
    public boolean matches(String actual, NamespaceNames names) {
        if (kind == Kind.ESC) {
            return Escapes.decode(text).equals(actual);
        }
        if (text.equals(actual)) {
            return true;
        }
        if (kind == Kind.LITERAL && !Placeholders.contains(text)) {
            return false;
        }
        return pattern(names).matcher(actual).matches();
    }

    private Pattern pattern() {
        return pattern(NamespaceNames.DEFAULT);
    }

    private Pattern pattern(NamespaceNames names) {
        return switch (kind) {
            case RE -> Pattern.compile(text);
            case GLOB -> Pattern.compile(Placeholders.toRegex(text, Expected::globToRegex, names));
            default -> Pattern.compile(Placeholders.toRegex(text, Pattern::quote, names));
        };
    }

    private static String globToRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\' && i + 1 < glob.length()) {
                lit.append(glob.charAt(++i));
            } else if (c == '*' || c == '?') {
                if (!lit.isEmpty()) {
                    sb.append(Pattern.quote(lit.toString()));
                    lit.setLength(0);
                }
                sb.append(c == '*' ? ".*" : ".");
            } else {
                lit.append(c);
            }
        }
        if (!lit.isEmpty()) {
            sb.append(Pattern.quote(lit.toString()));
        }
        return sb.toString();
    }
}
