package dev.mpsh.complete;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** File names relative to the working directory; directories end in '/' and go on. */
public final class FileNames {
    private FileNames() {
    }

    public static List<Suggestion> complete(String prefix) {
        int slash = prefix.lastIndexOf('/');
        String dirPart = slash >= 0 ? prefix.substring(0, slash + 1) : "";
        String base = slash >= 0 ? prefix.substring(slash + 1) : prefix;
        Path dir;
        try {
            dir = dirPart.isEmpty() ? Path.of(System.getProperty("user.dir")) : Path.of(dirPart);
            if (!dir.isAbsolute()) {
                dir = Path.of(System.getProperty("user.dir")).resolve(dir);
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        List<Suggestion> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (name.startsWith(base) && (base.startsWith(".") || !name.startsWith("."))) {
                    out.add(Files.isDirectory(p) ? Suggestion.stem(dirPart + name + "/") : Suggestion.word(dirPart + name));
                }
            });
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return out;
    }
}
