package dev.mpsh.lab;

import dev.mpsh.api.NsCommand;
import dev.mpsh.command.CommandException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Changes a lab that is up by running scenario commands (a fix's apply or revert) exactly as the
 * lab engine runs its setup: one process per command, {@code ip -n NS ...} or
 * {@code ip netns exec NS PROGRAM ...}, shown first as {@code [NS] command}.
 */
public final class LabWriter {
    private final LabLayout layout;

    public LabWriter(LabLayout layout) {
        this.layout = layout;
    }

    public LabLayout layout() {
        return layout;
    }

    /** Fails with a one-line error unless the lab is fully built and all its namespaces exist. */
    public void requireUp() throws CommandException {
        StateJournal.State state;
        try {
            state = new StateJournal(layout.stateFile()).read();
        } catch (IOException e) {
            throw new CommandException("cannot read the state of lab '" + layout.lab() + "': " + e.getMessage());
        }
        if (state == null) {
            throw new CommandException("lab '" + layout.lab() + "' is down; run 'lab up' first");
        }
        if (!state.complete()) {
            throw new CommandException("lab '" + layout.lab() + "' is half-built; run 'lab down' then 'lab up'");
        }
        for (StateJournal.Netns n : state.namespaces()) {
            if (!Files.exists(LabLayout.netnsPath(n.netns()))) {
                throw new CommandException("namespace " + n.netns() + " of lab '" + layout.lab()
                        + "' is gone; run 'lab down' then 'lab up'");
            }
        }
    }

    /**
     * One line per recorded server whose process is gone, saying so and what to do ('lab up'
     * restarts it); empty when every server runs. For a lab that {@link #requireUp} accepted.
     */
    public List<String> serversDown() throws CommandException {
        StateJournal.State state;
        try {
            state = new StateJournal(layout.stateFile()).read();
        } catch (IOException e) {
            throw new CommandException("cannot read the state of lab '" + layout.lab() + "': " + e.getMessage());
        }
        List<String> out = new java.util.ArrayList<>();
        for (StateJournal.ServerProcess s : state == null ? List.<StateJournal.ServerProcess>of() : state.servers()) {
            if (!ProcFs.running(s.pid(), s.startTime())) {
                out.add("server " + s.name() + " of lab '" + layout.lab() + "' is down (its process " + s.pid()
                        + " is gone); 'lab up' restarts it");
            }
        }
        return out;
    }

    /** How a command is shown to the user: {@code [server] sysctl -w net.ipv4.ip_forward=1}. */
    public static String shown(NsCommand c) {
        return "[" + c.namespace() + "] " + ShellWords.join(c.words());
    }

    /** The same command as typed on the host, e.g. {@code ip -n t1-server addr show}. */
    public String hostForm(NsCommand c) {
        return ShellWords.join(SetupPlan.hostForm(layout.netnsName(c.namespace()), c.expand(layout::netnsName)));
    }

    /** Runs one command; a failure is a one-line error naming the command and what the program said. */
    public void run(NsCommand c) throws CommandException {
        List<String> argv = SetupPlan.hostForm(layout.netnsName(c.namespace()), c.expand(layout::netnsName));
        Exec.Outcome o;
        try {
            o = Exec.run(argv, null);
        } catch (IOException e) {
            throw new CommandException("cannot run '" + shown(c) + "': " + e.getMessage());
        }
        if (!o.ok()) {
            throw new CommandException("'" + shown(c) + "' failed: " + SetupPlan.Step.cleanError(o.stderr()));
        }
    }
}
