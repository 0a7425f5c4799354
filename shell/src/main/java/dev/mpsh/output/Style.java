package dev.mpsh.output;

/** ANSI styling that switches itself off when colour is not wanted (NO_COLOR, not a terminal). */
public record Style(boolean color) {

    public static final Style PLAIN = new Style(false);

    /** Colour only on a terminal and only when NO_COLOR is unset (https://no-color.org). */
    public static Style detect(boolean terminal) {
        String noColor = System.getenv("NO_COLOR");
        return new Style(terminal && (noColor == null || noColor.isEmpty()));
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String red(String s) {
        return wrap("31", s);
    }

    public String green(String s) {
        return wrap("32", s);
    }

    public String yellow(String s) {
        return wrap("33", s);
    }

    public String cyan(String s) {
        return wrap("36", s);
    }

    private String wrap(String code, String s) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
