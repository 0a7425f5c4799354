package dev.mpsh.record;

import java.util.regex.Pattern;

/** Removes terminal escape sequences (colour, cursor moves) and carriage returns from output. */
final class Ansi {
    // CSI sequences (ESC [ ... final byte), OSC sequences (ESC ] ... BEL or ESC \), two-byte escapes.
    private static final Pattern ESCAPES = Pattern.compile(
            "\u001b\\[[0-?]*[ -/]*[@-~]|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)|\u001b[@-Z\\\\-_]");

    private Ansi() {
    }

    static String strip(String s) {
        return ESCAPES.matcher(s).replaceAll("").replace("\r\n", "\n").replace("\r", "");
    }
}
