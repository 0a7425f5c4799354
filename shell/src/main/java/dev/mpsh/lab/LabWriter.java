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
        StringBuilder sb = new StringBuilder("[" + c.namespace() + "]");
        for (String w : c.words()) {
            // an id to look up reads as the placeholder it is, not as a quoted word
            sb.append(' ').append(NsCommand.ENDPOINT_ID.matcher(w).matches() ? w : ShellWords.join(List.of(w)));
        }
        return sb.toString();
    }

    /** The same command as typed on the host, e.g. {@code ip -n t1-server addr show}. */
    public String hostForm(NsCommand c) {
        return ShellWords.join(SetupPlan.hostForm(layout.netnsName(c.namespace()), c.expand(layout::netnsName)));
    }

    /**
     * The command as it will run: each {@code {endpoint-id:ADDR[:PORT]}} word replaced by that
     * endpoint's id in the command's namespace now. Null when such an endpoint is not there
     * (nothing to delete).
     */
    public NsCommand resolve(NsCommand c) throws CommandException {
        if (!c.looksUpEndpoints()) {
            return c;
        }
        List<dev.mpsh.mptcp.Endpoint> endpoints;
        try (dev.mpsh.linux.NetNs ns = dev.mpsh.linux.NetNs.open(layout.netnsName(c.namespace()));
             dev.mpsh.mptcp.PathManager pm = dev.mpsh.mptcp.PathManager.open(ns)) {
            endpoints = pm.endpoints();
        } catch (IOException e) {
            throw new CommandException("cannot read the MPTCP endpoints in " + c.namespace() + " for '" + shown(c)
                    + "': " + e.getMessage());
        }
        List<String> words = new java.util.ArrayList<>();
        for (String w : c.words()) {
            java.util.regex.Matcher m = NsCommand.ENDPOINT_ID.matcher(w);
            if (!m.matches()) {
                words.add(w);
                continue;
            }
            int port = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            Integer id = null;
            for (dev.mpsh.mptcp.Endpoint ep : endpoints) {
                if (dev.mpsh.linux.SockAddr.ntop(ep.address()).equals(m.group(1)) && ep.port() == port) {
                    id = ep.id();
                    break;
                }
            }
            if (id == null) {
                return null;
            }
            words.add(Integer.toString(id));
        }
        return new NsCommand(c.namespace(), words, c.line());
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
