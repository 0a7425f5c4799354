package dev.mpsh.complete;

/**
 * One completion: the text to insert, a short description, a group for listing, and whether it
 * is a whole word (a space follows) or a stem to go on from (a directory, a sysctl prefix).
 */
public record Suggestion(String value, String description, String group, boolean complete) {

    public static Suggestion word(String value) {
        return new Suggestion(value, null, null, true);
    }

    public static Suggestion word(String value, String description, String group) {
        return new Suggestion(value, description, group, true);
    }

    public static Suggestion stem(String value) {
        return new Suggestion(value, null, null, false);
    }
}
