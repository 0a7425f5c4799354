package dev.mpsh.tui;

import dev.mpsh.lab.Examples;
import dev.mpsh.api.Scenario;
import dev.mpsh.client.HostPort;
import dev.mpsh.command.BackgroundOutput;
import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Result;
import dev.mpsh.command.Session;
import dev.mpsh.flows.FlowCollector;
import dev.mpsh.client.ClientSockets;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.StdStreams;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** {@code tui}: the full-screen dashboard, on the shell's terminal, back to the prompt on q. */
public final class TuiCommand implements Command {
    private static final AtomicBoolean OPEN = new AtomicBoolean();

    private final Supplier<Dispatcher> dispatcher;

    public TuiCommand(Supplier<Dispatcher> dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public String name() {
        return "tui";
    }

    @Override
    public String group() {
        return "shell";
    }

    @Override
    public String summary() {
        return "full-screen dashboard: namespaces, fixes, live subflows, walkthrough, echo console, command line";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: tui [-addr HOST:PORT] [-ns NAMESPACE]

                Opens a full-screen dashboard on this terminal (at least 80x24) with six panes:
                  Namespaces    the lab's namespaces and the host; Enter makes one current
                  Fixes         every fix with its state read from the kernel (refreshed every
                                3s); Space or Enter toggles one: 'fix toggle --with-deps ID',
                                whose commands show in the log
                  Subflows      the live subflow model ('subflows', 'watch') of the client
                                side and the servers (%1$s): where each client
                                subflow landed, counters of the built-in client's connections
                                (the echo console's too)
                  Walkthrough   the current step of the walkthrough, its state and the
                                hints asked for (type 'walkthrough' in the log to start)
                  Echo console  each line typed goes over one MPTCP connection to the echo
                                server and the reply shows; an error is one line, and the next
                                line connects again
                  Log           what commands print, and a command line that runs any mpsh
                                command (the same as at the prompt; Ctrl-C stops it)
                Keys: Tab / Shift-Tab next / previous pane, F1 help, q / F10 / Esc back to the
                shell (q only where you are not typing text). 'mpsh --tui' opens it at start.

                  -addr HOST:PORT  the echo server the echo console talks to (default: the
                                   address 'check' grades, %2$s in this lab)
                  -ns NAMESPACE    where the echo console connects from (default: where
                                   'check' connects from, %3$s)

                examples:
                  tui
                  tui -addr %2$s -ns %4$s
                """.formatted(e.watched(), e.target(), e.client(), e.other());
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        InetSocketAddress addr = null;
        String from = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.equals("-addr") && !a.equals("-ns")) {
                throw CommandException.unknownOption(a, "see 'tui --help'");
            }
            if (i + 1 >= args.size()) {
                throw CommandException.usage(a + " needs a value; see 'tui --help'");
            }
            String v = args.get(++i);
            if (a.equals("-ns")) {
                from = v;
            } else {
                try {
                    addr = HostPort.parse(v);
                } catch (IllegalArgumentException e) {
                    throw CommandException.usage(e.getMessage());
                }
            }
        }
        if (!ctx.interactive() || !StdStreams.direct(ctx.out(), ctx.err())) {
            throw new CommandException("the dashboard needs the shell's own terminal; run 'tui' at the mpsh prompt or 'mpsh --tui'");
        }
        if (!OPEN.compareAndSet(false, true)) {
            throw new CommandException("the dashboard is already open; use its command line");
        }
        try {
            Session session = ctx.session();
            ScenarioSource scenario = ScenarioSource.of(session);
            EchoLink first = echo(session, from == null ? TuiDefaults.echoFrom(scenario) : from,
                    addr == null ? TuiDefaults.echoTarget(scenario) : addr);
            open(session, new SwitchingEchoLink(first, (ns, to) -> echo(session, ns, to)));
        } catch (IOException e) {
            throw new CommandException("cannot open the dashboard on this terminal: " + e.getMessage() + "; is TERM set?");
        } finally {
            OPEN.set(false);
        }
        return Result.ok();
    }

    private static EchoLink echo(Session session, String from, InetSocketAddress addr) {
        return addr == null || from == null || session.namespaces() == null ? new NoEchoLink()
                : new ClientEchoLink(session.namespaces(), from, addr,
                (ns, socket) -> ClientSockets.of(session).register(ns, socket));
    }

    private void open(Session session, EchoLink echo) throws IOException {
        ExecutorService commands = Executors.newSingleThreadExecutor(r -> daemon(r, "tui-command"));
        ExecutorService echoes = Executors.newSingleThreadExecutor(r -> daemon(r, "tui-echo"));
        ExecutorService reads = Executors.newSingleThreadExecutor(r -> daemon(r, "tui-reads"));
        FlowCollector collector = FlowCollector.of(session);
        CollectorFlowRows flows = new CollectorFlowRows(collector, collector.defaults(),
                () -> session.namespaces() != null && session.namespaces().labUp(), () -> links(session));
        DashboardSources src = new DashboardSources(session, dispatcher.get(),
                TuiDefaults.fixRows(ScenarioSource.of(session), dispatcher.get(), session), flows, echo, commands, echoes, reads);
        BackgroundOutput background = session.background();
        try (TuiTerminal terminal = TuiTerminal.open()) {
            EventLoop.run(terminal.screen(), gui -> {
                Dashboard d = new Dashboard(gui, src);
                session.background(d::background);
                return d;
            });
        } finally {
            session.background(background);
            session.terminalHandover().reclaim();
            commands.shutdownNow();
            echoes.shutdownNow();
            reads.shutdownNow();
            flows.close();
            echo.close();
        }
    }

    /** The lab's WANs as the subflow pane's status line shows them, or null (none, or unreadable). */
    public static String links(Session session) {
        try {
            dev.mpsh.wan.WanStatus w = dev.mpsh.wan.WanStatus.read(ScenarioSource.of(session).get(),
                    dev.mpsh.lab.LabLayout.of(session.labName()));
            return w.rows().isEmpty() ? null : String.join(" · ", w.rows().stream()
                    .map(r -> r.device() + (r.label().equals(r.device()) ? "" : " " + r.label()) + " " + r.summary()).toList());
        } catch (IOException | CommandException | RuntimeException e) {
            return null;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The echo console when no address is known. */
    private static final class NoEchoLink implements EchoLink {
        @Override
        public String target() {
            return "none (open the dashboard with 'tui -addr HOST:PORT')";
        }

        @Override
        public String send(String line) throws IOException {
            throw new IOException("no echo server address; leave with q and open 'tui -addr HOST:PORT'");
        }

        @Override
        public void close() {
        }
    }
}
