package dev.mpsh.record;

import dev.mpsh.Version;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** {@code record start|stop|status|chapter|note|export}: capture a session as a transcript. */
public final class RecordCommand implements Command {
    /** The last transcript recorded in this shell, the default for {@code export}. */
    private volatile Path last;

    @Override
    public String name() {
        return "record";
    }

    @Override
    public String group() {
        return "recordings";
    }

    @Override
    public String summary() {
        return "record this session as a transcript that replays and verifies";
    }

    @Override
    public List<String> subcommands() {
        return List.of("start", "stop", "status", "chapter", "note", "export");
    }

    @Override
    public String help() {
        return """
                usage: record start FILE [--force]
                       record stop | status
                       record chapter TITLE...
                       record note TEXT...
                       record export --cast OUT.cast [FILE] [--title T] [--width W] [--height H]

                start    capture every command you type from now on into FILE: the command, its
                         output (stdout and stderr as you saw them, without colour), its exit
                         status and its timing; --force overwrites an existing FILE
                stop     finish the recording
                status   say whether a recording runs, into which file, and how much it holds
                chapter  add a chapter mark (## TITLE): a marker in players, a heading in replays
                note     add narration, shown when the transcript is played
                export   write FILE (default: the current or last recording) as asciicast v2,
                         for asciinema players; chapters become markers

                Commands are written as they run, so a crash loses nothing. Edit the file by hand
                to mark volatile output (ports, tokens, timings); see docs/recordings.md. Replay
                it with 'replay FILE'.

                examples:
                  record start ~/fix-lb.t
                  record chapter "The router drops the replies"
                  record note "rp_filter drops what comes in from an address it routes elsewhere"
                  record stop
                  record export --cast ~/fix-lb.cast ~/fix-lb.t
                """;
    }

    /** A chapter's title and a note's text are words as typed: '-json' in a note stays in the note. */
    @Override
    public int freeTextFrom(List<String> args) {
        return !args.isEmpty() && (args.get(0).equals("chapter") || args.get(0).equals("note")) ? 1 : args.size();
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        if (args.isEmpty()) {
            throw CommandException.usage("which one? record start FILE | stop | status | chapter | note | export");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "start" -> start(ctx.session(), rest);
            case "stop" -> stop(ctx.session(), rest);
            case "status" -> status(ctx.session());
            case "chapter" -> chapter(ctx.session(), rest);
            case "note" -> note(ctx.session(), rest);
            case "export" -> export(ctx.session(), rest);
            default -> throw CommandException.usage("no 'record " + args.get(0)
                    + "'; use start, stop, status, chapter, note or export");
        };
    }

    private Result start(Session session, List<String> args) throws CommandException {
        if (session.statementListener() instanceof Recorder r) {
            throw new CommandException("already recording to " + r.file() + "; 'record stop' first");
        }
        if (session.statementListener() != null) {
            throw new CommandException("something else is capturing this session; stop it first");
        }
        boolean force = args.contains("--force");
        List<String> files = args.stream().filter(a -> !a.equals("--force")).toList();
        if (files.size() != 1 || files.get(0).startsWith("-")) {
            throw CommandException.usage("record start needs one FILE, e.g. 'record start ~/session.t'");
        }
        Path file = Path.of(files.get(0));
        String opening = "Recorded with mpsh " + Version.get() + " on " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + (Session.DEFAULT_LAB.equals(session.labName()) ? "" : ", lab " + session.labName()) + ".";
        try {
            Recorder recorder = Recorder.start(file, force, opening, NamespaceNames.of(session));
            session.statementListener(recorder);
        } catch (FileAlreadyExistsException e) {
            throw new CommandException(file + " exists; pick another name or add --force to overwrite it");
        } catch (NoSuchFileException e) {
            throw new CommandException("cannot create " + file + ": its directory does not exist");
        } catch (IOException e) {
            throw new CommandException("cannot create " + file + ": " + e.getMessage());
        }
        last = file;
        return Result.text("recording to " + file + "; 'record stop' ends it");
    }

    private Result stop(Session session, List<String> args) throws CommandException {
        if (!args.isEmpty()) {
            throw CommandException.usage("record stop takes no arguments");
        }
        Recorder r = recorder(session);
        session.statementListener(null);
        try {
            r.stop();
        } catch (IOException e) {
            throw new CommandException("cannot finish " + r.file() + ": " + e.getMessage());
        }
        return Result.text("recorded " + r.steps() + " commands to " + r.file() + "; replay it with 'replay " + r.file() + "'");
    }

    private Result status(Session session) {
        if (session.statementListener() instanceof Recorder r) {
            return Result.text("recording to " + r.file() + ": " + r.steps() + " commands in "
                    + r.elapsed().toSeconds() + " s");
        }
        return Result.text("not recording" + (last == null ? "" : "; the last recording is " + last));
    }

    private Result chapter(Session session, List<String> args) throws CommandException {
        if (args.isEmpty()) {
            throw CommandException.usage("record chapter needs a title, e.g. record chapter \"The first fix\"");
        }
        write(() -> recorder(session).chapter(String.join(" ", args)));
        return Result.ok();
    }

    private Result note(Session session, List<String> args) throws CommandException {
        if (args.isEmpty()) {
            throw CommandException.usage("record note needs text, e.g. record note \"now the SYN-ACK comes back\"");
        }
        write(() -> recorder(session).note(String.join(" ", args)));
        return Result.ok();
    }

    private interface Write {
        void run() throws CommandException;
    }

    private static void write(Write w) throws CommandException {
        try {
            w.run();
        } catch (UncheckedIOException e) {
            throw new CommandException(e.getMessage());
        }
    }

    private static Recorder recorder(Session session) throws CommandException {
        if (session.statementListener() instanceof Recorder r) {
            return r;
        }
        throw new CommandException("not recording; start with 'record start FILE'");
    }

    private Result export(Session session, List<String> args) throws CommandException {
        Path out = null;
        Path in = null;
        String title = null;
        int width = 0;
        int height = 30;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--cast" -> out = Path.of(value(args, ++i, "--cast OUT.cast"));
                case "--title" -> title = value(args, ++i, "--title \"Fixing the lab\"");
                case "--width" -> width = number(value(args, ++i, "--width 120"), "--width", 20, 1000);
                case "--height" -> height = number(value(args, ++i, "--height 40"), "--height", 5, 500);
                default -> {
                    if (a.startsWith("-") || in != null) {
                        throw CommandException.usage("unexpected '" + a + "'; see 'record --help'");
                    }
                    in = Path.of(a);
                }
            }
        }
        if (out == null) {
            throw CommandException.usage("record export needs --cast OUT.cast (asciicast v2 is the format it writes)");
        }
        if (in == null) {
            in = session.statementListener() instanceof Recorder r ? r.file() : last;
            if (in == null) {
                throw CommandException.usage("which transcript? e.g. record export --cast out.cast session.t");
            }
        }
        Transcript transcript = TranscriptFiles.read(in);
        if (title == null) {
            title = transcript.title() != null ? transcript.title() : in.getFileName().toString();
        }
        long timestamp;
        try {
            timestamp = Files.getLastModifiedTime(in).toInstant().getEpochSecond();
            Files.writeString(out, Asciicast.write(transcript, new Asciicast.Options(title, width, height, timestamp)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandException("cannot write " + out + ": " + e.getMessage());
        }
        return Result.text("wrote " + out + " (asciicast v2, " + transcript.steps().size()
                + " commands); play it with 'asciinema play " + out + "'");
    }

    private static String value(List<String> args, int i, String example) throws CommandException {
        if (i >= args.size()) {
            throw CommandException.usage("missing value; e.g. " + example);
        }
        return args.get(i);
    }

    private static int number(String s, String option, int min, int max) throws CommandException {
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // one error below
        }
        throw CommandException.usage(option + " wants a number from " + min + " to " + max + "; got '" + s + "'");
    }
}
