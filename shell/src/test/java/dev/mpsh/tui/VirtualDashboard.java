package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mpsh.Commands;
import dev.mpsh.command.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The dashboard on a virtual terminal, driven like TableUnitTests: keys in, pump the GUI
 * thread by hand, read the screen back. Background work runs inline so every step is settled.
 */
final class VirtualDashboard implements AutoCloseable {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final MultiWindowTextGUI gui;
    final Dashboard dashboard;
    final Session session = new Session("t");
    final FakeFixes fixes = new FakeFixes();
    final FakeFlows flows = new FakeFlows();
    final ModelFlowRows events = new ModelFlowRows();
    final List<String> echoed = new ArrayList<>();
    long clock = 10_000;

    VirtualDashboard(int columns, int rows) throws IOException {
        this(columns, rows, false);
    }

    /** @param fromEvents the subflow pane reads {@link #events} (fed PmEvents) instead of {@link #flows} */
    VirtualDashboard(int columns, int rows, boolean fromEvents) throws IOException {
        this(columns, rows, fromEvents, session -> { });
    }

    /** @param before prepares the session before the dashboard opens (e.g. a walkthrough already running) */
    VirtualDashboard(int columns, int rows, boolean fromEvents, Consumer<Session> before) throws IOException {
        before.accept(session);
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen, new DefaultWindowManager(), null, new EmptySpace());
        EchoLink echo = new SwitchingEchoLink(fakeEcho("test echo"), (ns, to) -> fakeEcho(dev.mpsh.client.HostPort.format(to) + " from " + ns));
        DashboardSources src = new DashboardSources(session, Commands.dispatcher(), fixes, fromEvents ? events : flows, echo, Runnable::run, Runnable::run, Runnable::run);
        dashboard = new Dashboard(gui, src);
        gui.addWindow(dashboard);
        settle();
    }

    /** An echo link that answers each line and records it as LINE@TARGET (just LINE for the first one). */
    private EchoLink fakeEcho(String target) {
        return new EchoLink() {
            @Override
            public String target() {
                return target;
            }

            @Override
            public String send(String line) throws IOException {
                if (line.equals("fail")) {
                    throw new IOException("cannot connect to 10.0.83.1:80: timed out");
                }
                echoed.add(target.equals("test echo") ? line : line + "@" + target);
                return line;
            }

            @Override
            public void close() {
            }
        };
    }

    /** Runs queued GUI work and redraws, as the event loop does between polls. */
    void settle() throws IOException {
        for (int i = 0; i < 5; i++) {
            clock += Dashboard.FIX_REFRESH_MS;
            dashboard.tick(clock);
            gui.getGUIThread().processEventsAndUpdate();
        }
        gui.updateScreen();
    }

    void key(KeyStroke k) throws IOException {
        terminal.addInput(k);
        settle();
    }

    void key(KeyType type) throws IOException {
        key(new KeyStroke(type));
    }

    void type(String text) throws IOException {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        settle();
    }

    String text() {
        return terminal.toString();
    }

    List<String> lines() {
        return List.of(text().split("\n", -1));
    }

    char at(int col, int row) {
        return terminal.getCharacter(col, row).getCharacterString().charAt(0);
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
    }

    /** Fixes with a state that toggling flips, recording what was toggled. */
    static final class FakeFixes implements FixRows {
        final List<FixRow> rows = new CopyOnWriteArrayList<>(List.of(
                new FixRow("client-endpoints", "client", "MPTCP endpoints on both WANs", "not applied"),
                new FixRow("lb-accept-local", "LB", "accept replies from the VIP", "not applied"),
                new FixRow("app1-vip", "app-1", "the VIP on app-1", "applied")));
        final List<String> toggled = new ArrayList<>();

        @Override
        public List<FixRow> rows() {
            return List.copyOf(rows);
        }

        @Override
        public int toggle(String id, dev.mpsh.command.CommandContext ctx) {
            toggled.add(id);
            for (int i = 0; i < rows.size(); i++) {
                FixRow r = rows.get(i);
                if (r.id().equals(id)) {
                    boolean on = r.state().equals("applied");
                    ctx.out().println("[" + r.namespace() + "] command for " + id);
                    rows.set(i, new FixRow(r.id(), r.namespace(), r.title(), on ? "not applied" : "applied"));
                }
            }
            return 0;
        }
    }

    /** A model fed by the test. */
    static final class FakeFlows implements FlowRows {
        final List<FlowRow> rows = new CopyOnWriteArrayList<>();
        Runnable listener = () -> { };
        volatile String links;

        @Override
        public String links() {
            return links;
        }

        @Override
        public List<FlowRow> rows() {
            return List.copyOf(rows);
        }

        @Override
        public void onChange(Runnable l) {
            listener = l;
        }
    }
}
