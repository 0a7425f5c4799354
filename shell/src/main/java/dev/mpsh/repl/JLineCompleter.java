package dev.mpsh.repl;

import dev.mpsh.complete.ShellCompleter;
import dev.mpsh.complete.Suggestion;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Hands JLine what the plain-Java {@link ShellCompleter} suggests. */
final class JLineCompleter implements Completer {
    private final ShellCompleter shell;

    JLineCompleter(ShellCompleter shell) {
        this.shell = shell;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String upToCursor = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        for (Suggestion s : shell.complete(upToCursor)) {
            candidates.add(new Candidate(s.value(), s.value(), s.group(), s.description(), null, null, s.complete()));
        }
    }
}
