package dev.mpsh.testing;

import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.ns.ProcessRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Runs nothing: records what would have run and answers with a fixed status, or refuses. */
public final class RecordingRunner implements ProcessRunner {
    public final List<List<String>> runs = new CopyOnWriteArrayList<>();
    private final boolean refuse;

    private RecordingRunner(boolean refuse) {
        this.refuse = refuse;
    }

    public static RecordingRunner recording() {
        return new RecordingRunner(false);
    }

    /** For fuzzing: never runs a program, reports it as one error line. */
    public static RecordingRunner refusing() {
        return new RecordingRunner(true);
    }

    @Override
    public int run(List<String> argv, CommandContext ctx) throws CommandException {
        runs.add(List.copyOf(argv));
        if (refuse) {
            throw new CommandException("test refuses to run programs", 126);
        }
        return 0;
    }
}
