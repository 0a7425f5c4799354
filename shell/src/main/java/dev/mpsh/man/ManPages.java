package dev.mpsh.man;

import dev.mpsh.Commands;
import dev.mpsh.Main;
import dev.mpsh.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the man pages for the packages: {@code ManPages OUTDIR RECORDINGS_MD} makes
 * OUTDIR/man1/mpsh.1.gz and OUTDIR/man5/mpsh-transcript.5.gz (gzip -9, no name or time in the
 * header, as Debian ships man pages). The packaging build runs it (docs/packaging.md).
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ManPages OUTDIR RECORDINGS_MD");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        String recordings = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        write(out.resolve("man1/mpsh.1.gz"), shell());
        write(out.resolve("man5/mpsh-transcript.5.gz"), TranscriptManPage.render(Version.get(), recordings));
    }

    /** mpsh(1) with the commands and examples of the built-in scenario, as docs/commands.md has them. */
    public static String shell() {
        return ShellManPage.render(Version.get(), Main.usage(), Commands.dispatcher().registry(),
                new dev.mpsh.lab.ScenarioSource().orNull());
    }

    static void write(Path file, String page) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file)) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(page.getBytes(StandardCharsets.UTF_8));
        }
    }
}
