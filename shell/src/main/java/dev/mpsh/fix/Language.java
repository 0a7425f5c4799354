package dev.mpsh.fix;

import dev.mpsh.command.CommandException;
import java.util.List;
import java.util.Map;

/** The user's language for scenario texts: {@code --lang en|ja}, else LC_ALL, LC_MESSAGES or LANG starting with "ja". */
public final class Language {
    private Language() {
    }

    /** Removes {@code --lang X} from args and returns "en" or "ja". */
    public static String take(List<String> args, Map<String, String> env) throws CommandException {
        int i = args.indexOf("--lang");
        if (i >= 0) {
            if (i + 1 >= args.size() || !List.of("en", "ja").contains(args.get(i + 1))) {
                throw CommandException.usage("--lang needs en or ja, e.g. --lang ja");
            }
            String lang = args.get(i + 1);
            args.remove(i + 1);
            args.remove(i);
            return lang;
        }
        return fromEnv(env);
    }

    /** The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as in POSIX locales. */
    static String fromEnv(Map<String, String> env) {
        for (String k : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = env.get(k);
            if (v != null && !v.isEmpty()) {
                return v.startsWith("ja") ? "ja" : "en";
            }
        }
        return "en";
    }
}
