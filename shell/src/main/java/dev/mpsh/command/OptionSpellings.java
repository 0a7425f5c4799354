package dev.mpsh.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One convention for every command's options, read from the one place a command declares them,
 * its help text (as {@link DidYouMean#options} reads it): a long option may be typed with one
 * dash or two ({@code -addr} or {@code --addr}, {@code --at} or {@code -at}), and its value may
 * follow {@code =} ({@code --at=2s}). The dispatcher rewrites each such word to the spelling the
 * help declares before the command parses its arguments, so every command sees one spelling and
 * every user spelling works everywhere. A word after {@code --}, a value of an option, a single
 * letter option ({@code -v}) and any word no help declares are left as they are.
 */
public final class OptionSpellings {
    /**
     * An option and, when one follows it in the help, its value: a placeholder in capitals
     * (HOST:PORT, DURATION, N) or a list of choices ({@code en|ja}).
     */
    private static final Pattern DECLARED = Pattern.compile(
            "(?<![\\w-])(--?[a-zA-Z][a-zA-Z0-9_-]*)(?:[ =]([A-Z][A-Za-z0-9_:.|-]*|[a-z0-9]+(?:\\|[a-z0-9]+)+))?");

    /** Each declared spelling, and whether a value follows it. */
    private final Map<String, Boolean> declared;

    private OptionSpellings(Map<String, Boolean> declared) {
        this.declared = declared;
    }

    /** The options help declares, with whether each takes a value (a placeholder in capitals follows it). */
    public static OptionSpellings of(String help) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String o : DidYouMean.options(help)) {
            out.put(o, false);
        }
        for (String scan : DidYouMean.declarations(help)) {
            Matcher m = DECLARED.matcher(scan);
            while (m.find()) {
                if (m.group(2) != null) {
                    out.put(m.group(1), true);
                }
            }
        }
        return new OptionSpellings(out);
    }

    /** True when the help declares this exact spelling. */
    public boolean declares(String spelling) {
        return declared.containsKey(spelling);
    }

    /** True when the declared spelling takes a value. */
    public boolean takesValue(String spelling) {
        return Boolean.TRUE.equals(declared.get(spelling));
    }

    /**
     * The declared spelling of word: itself when declared, else the same name with the other
     * number of dashes when that one is declared, else null. Single letters ({@code -v}) have one
     * spelling.
     */
    public String spellingOf(String word) {
        if (declared.containsKey(word)) {
            return word;
        }
        String other;
        if (word.startsWith("--") && word.length() > 3 && Character.isLetter(word.charAt(2))) {
            other = word.substring(1);
        } else if (word.startsWith("-") && !word.startsWith("--") && word.length() > 2 && Character.isLetter(word.charAt(1))) {
            other = "-" + word;
        } else {
            return null;
        }
        return declared.containsKey(other) ? other : null;
    }

    /** args with every option in its declared spelling and {@code --opt=value} split in two. */
    public List<String> canonical(List<String> args) {
        List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            if (w.equals("--")) {
                out.addAll(args.subList(i, args.size()));
                break;
            }
            int eq = w.indexOf('=');
            String name = eq > 0 && w.startsWith("-") ? spellingOf(w.substring(0, eq)) : null;
            if (name != null && takesValue(name)) {
                out.add(name);
                out.add(w.substring(eq + 1));
                continue;
            }
            String spelled = w.startsWith("-") ? spellingOf(w) : null;
            if (spelled == null) {
                out.add(w);
                continue;
            }
            out.add(spelled);
            if (takesValue(spelled) && i + 1 < args.size()) {
                out.add(args.get(++i)); // its value, as typed, even when it begins with a dash
            }
        }
        return out;
    }
}
