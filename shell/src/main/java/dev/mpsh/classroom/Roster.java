package dev.mpsh.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which labs a class is made of, in {@code PREFIX.class} next to the labs' own state
 * ({@code /run/mpsh/labs}), so {@code class down} removes exactly those:
 * <pre>
 * class PREFIX scenario ID      ID is '-' for the scenario built into mpsh
 * lab PREFIX01
 * lab PREFIX02 …
 * </pre>
 * It is written whole before the labs are built (so a class killed half-way is still removed by
 * {@code class down}), then rewritten with the labs that came up.
 *
 * @param scenario the scenario the labs were asked to run, or null for the built-in one
 */
record Roster(String prefix, String scenario, List<String> labs) {
    static final String SUFFIX = ".class";

    Roster {
        labs = List.copyOf(labs);
    }

    /** The labs of a class of n: PREFIX01 … PREFIXNN. */
    static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(prefix + String.format("%02d", i));
        }
        return out;
    }

    static Path file(Path dir, String prefix) {
        return dir.resolve(prefix + SUFFIX);
    }

    Roster withLabs(List<String> kept) {
        return new Roster(prefix, scenario, kept);
    }

    String text() {
        StringBuilder b = new StringBuilder("class " + prefix + " scenario " + (scenario == null ? "-" : scenario) + "\n");
        labs.forEach(l -> b.append("lab ").append(l).append('\n'));
        return b.toString();
    }

    /** Creates the class's file; false when the class exists already. */
    boolean create(Path dir) throws IOException {
        Files.createDirectories(dir);
        try {
            Files.writeString(file(dir, prefix), text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return false;
        }
    }

    /** Replaces the file whole (a new file moved into place). */
    void rewrite(Path dir) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + prefix, ".class.tmp");
        Files.writeString(tmp, text(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file(dir, prefix), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file(dir, prefix), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    void delete(Path dir) throws IOException {
        Files.deleteIfExists(file(dir, prefix));
    }

    /** The class of prefix, or null when there is none. */
    static Roster read(Path dir, String prefix) throws IOException {
        String text;
        try {
            text = Files.readString(file(dir, prefix), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        return parse(text, file(dir, prefix));
    }

    static Roster parse(String text, Path where) throws IOException {
        String prefix = null;
        String scenario = null;
        List<String> labs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            if (f.length == 4 && f[0].equals("class") && f[2].equals("scenario")) {
                prefix = f[1];
                scenario = f[3].equals("-") ? null : f[3];
            } else if (f.length == 2 && f[0].equals("lab")) {
                labs.add(f[1]);
            } else if (!line.isEmpty()) {
                throw new IOException(where + " has a malformed line '" + line + "'");
            }
        }
        if (prefix == null) {
            throw new IOException(where + " has no 'class' line");
        }
        return new Roster(prefix, scenario, labs);
    }

    /** Every class on the host, by prefix. */
    static List<Roster> all(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Roster> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) && !name.startsWith(".")) {
                    Roster r = read(dir, name.substring(0, name.length() - SUFFIX.length()));
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }
}
