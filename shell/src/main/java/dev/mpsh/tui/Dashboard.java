package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbsoluteLayout;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.mpsh.client.EchoConsole;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The full-screen window: lays the panes out for the terminal's size (or shows why it cannot),
 * moves the focus between panes and turns keys into actions. Everything here runs on the GUI
 * thread; work that takes time goes to the executors of {@link DashboardSources} and comes back
 * through {@code invokeLater}.
 */
public final class Dashboard extends BasicWindow {
    /** How often the fixes' probes are read again while nothing else asks for it. */
    static final long FIX_REFRESH_MS = 3000;
    /** At most this often the subflow table is rebuilt while events stream in. */
    static final long FLOW_REFRESH_MS = 250;
    /** The built-in client's counters change without events: the subflow table is read again this often anyway. */
    static final long FLOW_TIMER_MS = 1000;

    private final WindowBasedTextGUI gui;
    private final DashboardSources src;
    private final NamespacePane namespaces = new NamespacePane();
    private final FixPane fixes = new FixPane();
    private final FlowPane flows = new FlowPane();
    private final WalkthroughPane walkthrough = new WalkthroughPane();
    private final WalkthroughFeed lesson;
    private final EchoPane echo;
    private final LogPane log;
    private final List<Pane> panes;
    private final Panel root = new Panel(new AbsoluteLayout());
    private final Label tooSmall = new Label("");
    private final PrintStream logOut;
    private final AtomicBoolean flowsChanged = new AtomicBoolean(true);
    private final AtomicBoolean fixesLoading = new AtomicBoolean();
    private final AtomicBoolean flowsReading = new AtomicBoolean();
    private final AtomicReference<CommandContext> running = new AtomicReference<>();
    private long lastFlowRefresh;
    private long lastFixRefresh;
    private TerminalSize laidOut;
    private boolean laidOutLesson;

    public Dashboard(WindowBasedTextGUI gui, DashboardSources src) {
        super("mpsh");
        this.gui = gui;
        this.src = src;
        this.echo = new EchoPane(this::sendEcho);
        this.log = new LogPane(this::runCommand);
        this.panes = List.of(namespaces, fixes, flows, walkthrough, echo, log);
        this.lesson = new WalkthroughFeed(src.session(), view -> ui(() -> walkthrough.show(view)));
        this.logOut = LineStream.printing(line -> ui(() -> log.print(line)));
        setHints(List.of(Hint.FULL_SCREEN, Hint.NO_DECORATIONS, Hint.NO_POST_RENDERING));
        setComponent(root);
        src.flows().onChange(() -> flowsChanged.set(true));
        showNamespaces();
        log.print("mpsh tui: F1 for the keys, q or Esc to go back to the shell. Echo: " + src.echo().target());
        src.commands().execute(this::followLesson); // a walkthrough started at the prompt shows at once
        if (src.echo() instanceof SwitchingEchoLink switching) {
            src.session().attach(EchoConsole.class, (ns, addr) -> pointEcho(switching, ns, addr));
        }
    }

    /**
     * 'client -addr …' typed in the command line: the command line cannot read lines from a
     * terminal, so the echo console takes them, talking to that address from now on.
     */
    private String pointEcho(SwitchingEchoLink link, String ns, java.net.InetSocketAddress addr) {
        link.point(ns, addr);
        String target = link.target();
        ui(() -> {
            echo.print("-- now talking to " + target + " --");
            focus(EchoPane.class);
        });
        return "the echo console talks to " + target + " now: type your lines there (Tab moves between panes)";
    }

    /** Lays the panes out for the screen's current size; call after every resize. */
    public void layout(TerminalSize size) {
        if (size.equals(laidOut) && walkthrough.running() == laidOutLesson) {
            return;
        }
        laidOut = size;
        laidOutLesson = walkthrough.running();
        // The focused field may be about to leave the window: drop the focus first.
        Interactable was = getFocusedInteractable();
        setFocusedInteractable(null);
        root.removeAllComponents();
        Optional<DashboardLayout> layout = DashboardLayout.of(size, laidOutLesson);
        if (layout.isEmpty()) {
            tooSmall.setText(DashboardLayout.tooSmall(size));
            tooSmall.setLabelWidth(Math.max(10, size.getColumns() - 2));
            tooSmall.setPosition(new com.googlecode.lanterna.TerminalPosition(1, 1));
            tooSmall.setSize(new TerminalSize(Math.max(1, size.getColumns() - 2), Math.max(1, size.getRows() - 2)));
            root.addComponent(tooSmall);
            return;
        }
        DashboardLayout l = layout.get();
        place(namespaces, l.namespaces());
        place(fixes, l.fixes());
        place(flows, l.flows());
        flows.height(l.flows().height());
        place(walkthrough, l.walkthrough());
        place(echo, l.echo());
        place(log, l.log());
        // A resize or the walkthrough's pane growing keeps the focus where it was.
        boolean stays = panes.stream().anyMatch(p -> p.focusTarget() == was && p.inTabOrder());
        setFocusedInteractable(stays ? was : log.focusTarget());
    }

    private void place(Pane pane, Rect r) {
        pane.frame().setPosition(r.position());
        pane.frame().setSize(r.size());
        root.addComponent(pane.frame());
    }

    /**
     * Called by the event loop between input polls: picks up a resize, redraws the subflow table
     * when the model changed (at most every {@link #FLOW_REFRESH_MS}, and at least every
     * {@link #FLOW_TIMER_MS} for the client's counters), re-reads the fixes every
     * {@link #FIX_REFRESH_MS}, and closes when a command asked the shell to exit.
     */
    public void tick(long nowMillis) {
        layout(gui.getScreen().getTerminalSize());
        long sinceFlows = nowMillis - lastFlowRefresh;
        if (((flowsChanged.get() && sinceFlows >= FLOW_REFRESH_MS) || sinceFlows >= FLOW_TIMER_MS)
                && flowsReading.compareAndSet(false, true)) {
            flowsChanged.set(false);
            lastFlowRefresh = nowMillis;
            src.reads().execute(() -> {
                try {
                    List<FlowRow> rows = src.flows().rows();
                    String health = src.flows().health();
                    String links = src.flows().links();
                    long at = System.currentTimeMillis();
                    ui(() -> flows.show(rows, health, links, at));
                } finally {
                    flowsReading.set(false);
                }
            });
        }
        if (nowMillis - lastFixRefresh >= FIX_REFRESH_MS) {
            lastFixRefresh = nowMillis;
            showNamespaces(); // the lab may have come up or gone down meanwhile
            refreshFixes();
        }
        if (src.session().exitStatus() != null) {
            close();
        }
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        KeyType type = key.getKeyType();
        Interactable focused = getFocusedInteractable();
        boolean typing = focused instanceof TextBox;
        if (type == KeyType.Escape || type == KeyType.F10
                || (isChar(key, 'q') && (!typing || laidOutTooSmall()))) {
            close();
            return true;
        }
        if (laidOutTooSmall()) {
            return true;
        }
        if (type == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c') {
            interrupt();
            return true;
        }
        switch (type) {
            case Tab -> moveFocus(1);
            case ReverseTab -> moveFocus(-1);
            case F1 -> gui.addWindow(new HelpWindow());
            default -> {
                boolean activate = type == KeyType.Enter || isChar(key, ' ');
                if (activate && focused == fixes.focusTarget()) {
                    toggleSelectedFix();
                } else if (activate && focused == namespaces.focusTarget()) {
                    chooseNamespace();
                } else if (isChar(key, 'c') && focused == namespaces.focusTarget()) {
                    String ns = namespaces.selected();
                    runCommand(ns == null ? "counters --host" : "counters " + ns);
                } else {
                    return super.handleInput(key);
                }
            }
        }
        return true;
    }

    private static boolean isChar(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.getCharacter() == c
                && !key.isCtrlDown() && !key.isAltDown();
    }

    private boolean laidOutTooSmall() {
        return laidOut != null && DashboardLayout.of(laidOut).isEmpty();
    }

    private void moveFocus(int step) {
        List<Pane> order = panes.stream().filter(Pane::inTabOrder).toList();
        int at = 0;
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).focusTarget() == getFocusedInteractable()) {
                at = i;
            }
        }
        setFocusedInteractable(order.get(Math.floorMod(at + step, order.size())).focusTarget());
    }

    /** The pane with the focus: what Tab moved to. */
    String focusedPane() {
        for (Pane p : panes) {
            if (p.focusTarget() == getFocusedInteractable()) {
                return p.getClass().getSimpleName();
            }
        }
        return "";
    }

    void focus(Class<? extends Pane> pane) {
        panes.stream().filter(pane::isInstance).findFirst().ifPresent(p -> setFocusedInteractable(p.focusTarget()));
    }

    private void chooseNamespace() {
        String ns = namespaces.selected();
        src.session().namespace(ns);
        log.print("namespace: " + (ns == null ? "the host's" : ns) + " (commands typed below run there)");
        showNamespaces();
    }

    private void showNamespaces() {
        Session s = src.session();
        boolean up = s.namespaces() != null && s.namespaces().labUp();
        namespaces.show(s.namespaces() == null ? List.of() : s.namespaces().names(), s.namespace(), up);
    }

    private void toggleSelectedFix() {
        String id = fixes.selectedId();
        if (id == null) {
            return;
        }
        fixes.busy(id);
        log.print("toggle " + id);
        src.commands().execute(() -> {
            src.fixes().toggle(id, context());
            logOut.flush();
            List<FixRow> rows = src.fixes().rows();
            ui(() -> fixes.show(rows));
        });
    }

    private void refreshFixes() {
        if (!fixesLoading.compareAndSet(false, true)) {
            return;
        }
        src.commands().execute(() -> {
            try {
                List<FixRow> rows = src.fixes().rows();
                ui(() -> fixes.show(rows));
            } finally {
                fixesLoading.set(false);
            }
        });
    }

    private void runCommand(String line) {
        if (line.isBlank()) {
            return;
        }
        log.print(LogPane.PROMPT + line);
        src.commands().execute(() -> {
            CommandContext ctx = context();
            running.set(ctx);
            try {
                src.dispatcher().execute(line, ctx);
            } finally {
                running.set(null);
                ctx.out().close();
                ctx.err().close();
            }
            List<FixRow> rows = src.fixes().rows();
            ui(() -> {
                showNamespaces();
                fixes.show(rows);
            });
            followLesson(); // the command may have started or stopped the walkthrough
        });
    }

    /** Shows the session's walkthrough (or that none runs), subscribing to a new one; off the GUI thread. */
    private void followLesson() {
        WalkthroughFeed.Shown shown = lesson.check();
        ui(() -> {
            if (shown.none()) {
                walkthrough.idle();
            } else if (shown.error() != null) {
                walkthrough.error(shown.error());
            } else {
                walkthrough.show(shown.view());
            }
            layout(gui.getScreen().getTerminalSize()); // its pane grows or shrinks
        });
    }

    @Override
    public void close() {
        src.session().attach(EchoConsole.class, null);
        lesson.close();
        super.close();
    }

    private void interrupt() {
        CommandContext ctx = running.get();
        if (ctx != null) {
            log.print("^C");
            ctx.cancellation().cancel();
        }
    }

    private void sendEcho(String line) {
        if (line.isEmpty()) {
            return;
        }
        echo.print("> " + line);
        src.echoes().execute(() -> {
            String shown;
            try {
                shown = "< " + src.echo().send(line);
            } catch (java.io.IOException | RuntimeException e) {
                shown = "echo: " + dev.mpsh.command.Dispatcher.oneLine(e.getMessage());
            }
            String s = shown;
            ui(() -> echo.print(s));
        });
    }

    /** A command context whose output lands in the log; children read nothing from the terminal. */
    private CommandContext context() {
        PrintStream out = LineStream.printing(line -> ui(() -> log.print(line)));
        PrintStream err = LineStream.printing(line -> ui(() -> log.print(line)));
        return new CommandContext(src.session(), src.dispatcher().registry(), out, err, () -> null,
                new Cancellation(), Style.PLAIN, false);
    }

    private void ui(Runnable r) {
        gui.getGUIThread().invokeLater(r);
    }

    /** Where asynchronous output (background monitors) goes while the dashboard is open. */
    void background(String text) {
        for (String line : text.split("\n", -1)) {
            logOut.println(line);
        }
    }

    // for tests
    TailView logView() {
        return log.output();
    }

    TailView echoView() {
        return echo.output();
    }

    boolean lessonShown() {
        return walkthrough.running();
    }
}
