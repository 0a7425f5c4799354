package dev.mpsh.classroom;

import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabNamespaces;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a command line against one lab of a class in this JVM, as a shell opened with
 * {@code mpsh --lab LAB} would run it, and returns what it printed (stdout, then stderr). The
 * board shows a lab's {@code fix list} and {@code diagnose} this way. The session records no
 * last command: what the instructor looks at must not show on the board as the trainee's work.
 */
public final class LabRun {
    private final Dispatcher dispatcher;

    public LabRun(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** What {@code line} printed in lab, and its exit status. */
    public record Printed(int status, String text) {
    }

    /** @param scenario the class's scenario, null for the built-in one */
    public Printed run(String lab, String scenario, String line, Cancellation cancel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Session session = new Session(lab);
        session.namespaces(new LabNamespaces(LabLayout.of(lab), new ScenarioSource(LabLayout.of(lab), scenario)));
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        CommandContext ctx = new CommandContext(session, dispatcher.registry(), print, print, () -> null, cancel, Style.PLAIN, false);
        int status;
        try {
            status = dispatcher.execute(line, ctx);
        } catch (RuntimeException e) {
            // a lab taken down half-way through: say so where the output would be
            print.println("mpsh: " + line + " failed: " + e);
            status = 1;
        }
        return new Printed(status, out.toString(StandardCharsets.UTF_8));
    }
}
