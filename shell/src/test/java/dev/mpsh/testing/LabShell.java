package dev.mpsh.testing;

import dev.mpsh.Commands;
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
import java.util.List;

/** Runs mpsh command lines for one lab in-process, through the real dispatcher, and captures the output. */
public final class LabShell {
    /** What one line printed and returned. */
    public record Outcome(int status, String out, String err) {
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public final String lab;
    private final ScenarioSource scenario;
    private boolean confined;
    private final Dispatcher dispatcher = Commands.dispatcher(new dev.mpsh.ns.ChildProcessRunner());

    /** A shell on lab, with the scenario built into mpsh (as 'mpsh --lab LAB'). */
    public LabShell(String lab) {
        this(lab, null);
    }

    /** A shell on lab with scenario (as 'mpsh --lab LAB --scenario ID'); null for the built-in one. */
    public LabShell(String lab, String scenario) {
        this.lab = lab;
        this.scenario = new ScenarioSource(LabLayout.of(lab), scenario);
        System.clearProperty("mpsh.echo.main"); // the real MPTCP echo server, as the launcher runs it
    }

    /**
     * The same lab as 'mpsh --lab LAB --confine' opens it: each line runs in a session that starts
     * in the client namespace, under the confinement guard.
     */
    public LabShell confined() {
        LabShell c = new LabShell(lab, scenario.requested());
        c.confined = true;
        return c;
    }

    /** The scenario this shell's lab runs. */
    public dev.mpsh.api.Scenario scenario() throws dev.mpsh.command.CommandException {
        return scenario.get();
    }

    public Outcome run(String line) {
        return run(line, new Cancellation());
    }

    /** Runs a line that cancel can stop, as Ctrl-C would. */
    public Outcome run(String line, Cancellation cancel) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(lab);
        session.namespaces(new LabNamespaces(LabLayout.of(lab), scenario));
        session.addAfterStatement(new dev.mpsh.lab.LabActivity.LastCommand(LabLayout.of(lab))); // as Main does
        if (confined) {
            session.guard(dev.mpsh.confine.Confinement.of(lab));
            session.startIn(dev.mpsh.lab.ScenarioRoles.clientNamespace(scenario.orNull()));
        }
        CommandContext ctx = new CommandContext(session, dispatcher.registry(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> null, cancel, Style.PLAIN, false);
        int status = dispatcher.execute(line, ctx);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs a line that must succeed. */
    public Outcome ok(String line) {
        Outcome o = run(line);
        if (o.status() != 0) {
            throw new AssertionError("'" + line + "' failed:\n" + o);
        }
        return o;
    }

    /** The /run/netns name of a scenario namespace. */
    public String ns(String name) {
        return ReferenceAnswer.ns(lab, name);
    }
}
