package dev.mpsh.record;

import dev.mpsh.command.CommandException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a transcript file for a command, turning every problem into a one-line error. */
final class TranscriptFiles {
    /** Transcripts are small; anything bigger is not one. */
    private static final long MAX_BYTES = 16L << 20;

    private TranscriptFiles() {
    }

    static Transcript read(Path file) throws CommandException {
        try {
            if (Files.isDirectory(file)) {
                throw CommandException.usage(file + " is a directory; give a transcript file, e.g. recordings/help.t");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw CommandException.usage(file + " is over 16 MB, too big for a transcript");
            }
            return TranscriptParser.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw CommandException.usage("no such transcript: " + file + "; check the path (shipped ones are in recordings/)");
        } catch (MalformedInputException e) {
            throw CommandException.usage(file + " is not UTF-8 text, so it is not a transcript");
        } catch (IOException e) {
            throw new CommandException("cannot read " + file + ": " + e.getMessage());
        } catch (TranscriptFormatException e) {
            throw CommandException.usage(file + ": " + e.getMessage());
        }
    }
}
