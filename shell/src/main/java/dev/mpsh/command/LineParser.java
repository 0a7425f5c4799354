package dev.mpsh.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an input line into statements (separated by {@code ;}) and words, shell style:
 * single quotes keep everything, double quotes allow {@code \"} and {@code \\}, a backslash
 * outside quotes escapes the next character, and {@code #} starts a comment only at the start
 * of a word (so {@code a#b} is one word).
 */
public final class LineParser {
    private LineParser() {
    }

    /** Thrown for a line that cannot be split, e.g. an unclosed quote. */
    public static final class ParseException extends Exception {
        public ParseException(String message) {
            super(message);
        }
    }

    public static List<List<String>> statements(String line) throws ParseException {
        List<List<String>> statements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new ParseException("unclosed single quote; close it with '");
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = line.charAt(i);
                    if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    }
                    if (d == '\\' && i + 1 < n && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                        word.append(line.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    word.append(d);
                    i++;
                }
                if (!closed) {
                    throw new ParseException("unclosed double quote; close it with \"");
                }
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 < n) {
                    word.append(line.charAt(i + 1));
                    i += 2;
                } else {
                    i++;
                }
                inWord = true;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == ';') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (!words.isEmpty()) {
                    statements.add(List.copyOf(words));
                }
                words.clear();
                i++;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (!words.isEmpty()) {
            statements.add(List.copyOf(words));
        }
        return statements;
    }
}
