package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import dev.mpsh.Commands;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Session;
import dev.mpsh.mptcp.PmEvent;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark (not a test): the real dashboard and event loop on a 160x48 virtual terminal with
 * N live connections in the subflow model (each: initial subflow, ANNOUNCED, two joins), fed as
 * path-manager events into the session's subflow model (FlowModel, joined as the collector joins it). Measures
 * key press to screen flush, idle and with events streaming, and the process CPU while idle.
 *
 * <pre>java -cp shell/target/test-classes:shell/target/classes:shell/target/lib/* dev.mpsh.tui.TuiBench [N]</pre>
 */
public final class TuiBench {
    private static final int KEYS = 200;

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        DefaultVirtualTerminal term = new DefaultVirtualTerminal(new TerminalSize(160, 48));
        Semaphore flushes = new Semaphore(0);
        term.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                flushes.release();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize s) {
            }
        });
        TerminalScreen screen = new TerminalScreen(term);
        screen.startScreen();
        ModelFlowRows flows = new ModelFlowRows();
        for (int i = 0; i < connections; i++) {
            connection(flows, i);
        }
        Session session = new Session("bench");
        DashboardSources src = new DashboardSources(session, Commands.dispatcher(), new StaticFixes(), flows,
                new VirtualDashboardEcho(), Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor(), Executors.newSingleThreadExecutor());
        Dashboard[] dashboard = new Dashboard[1];
        Thread loop = new Thread(() -> {
            try {
                EventLoop.run(screen, gui -> dashboard[0] = new Dashboard(gui, src));
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "bench-gui");
        loop.start();
        Thread.sleep(2000); // first layout, first table build, JIT warm-up of the draw path
        System.out.printf("model: %d connections, %d subflow rows; terminal 160x48; event loop poll %d ms%n",
                connections, flows.rows().size(), EventLoop.POLL_MS);

        // Typing into the command line: the character is on the screen at the flush.
        List<Double> typing = keys(term, flushes, letters(), TuiBench::commandLine, KEYS);
        // Moving in the subflow table (the pane with every row in it).
        tab(term, 3); // log -> namespaces -> fixes -> subflows
        List<Double> scrolling = keys(term, flushes, upAndDown(), TuiBench::highlightedRow, KEYS);

        // The same while events stream in (200 connections open and 200 close per second: 1,000 events/s).
        Thread feeder = new Thread(() -> {
            int i = connections;
            while (!Thread.currentThread().isInterrupted()) {
                connection(flows, i);
                // churn: one connection closes for each that opens, so about N stay live
                flows.event("client", ev(PmEvent.CLOSED, 0x10000000L + i - connections, 0, null, null, null, null, null));
                i++;
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-events");
        feeder.start();
        tab(term, 2); // subflows -> echo -> log
        List<Double> busyTyping = keys(term, flushes, letters(), TuiBench::commandLine, KEYS);
        tab(term, 3); // log -> namespaces -> fixes -> subflows
        List<Double> busy = keys(term, flushes, upAndDown(), TuiBench::highlightedRow, KEYS);
        feeder.interrupt();
        feeder.join();
        Thread.sleep(1000);

        // Idle: no keys, no events, for 10 s.
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        Thread.sleep(10_000);
        double idle = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);

        report("key to screen, typing in the command line", typing);
        report("key to screen, Down/Up in the subflow table", scrolling);
        report("key to screen, typing while 1,000 events/s arrive", busyTyping);
        report("key to screen, Down/Up in the table while 1,000 events/s arrive", busy);
        System.out.printf("CPU while idle (10 s, whole JVM): %.1f%% of one core%n", idle);
        System.out.printf("rows at the end: %d%n", flows.rows().size());
        term.addInput(new KeyStroke(KeyType.Escape));
        loop.join(5000);
        System.exit(0);
    }

    private static void tab(DefaultVirtualTerminal term, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            term.addInput(new KeyStroke(KeyType.Tab));
        }
        Thread.sleep(300);
    }

    /** a, b, c, ...: the command line's text changes with every key, also once it scrolls. */
    private static Key letters() {
        int[] n = {0};
        return () -> new KeyStroke((char) ('a' + n[0]++ % 26), false, false);
    }

    /** Down, Up, Down, ...: every key moves the selection, so every key changes the screen. */
    private static Key upAndDown() {
        int[] n = {0};
        return () -> new KeyStroke(n[0]++ % 2 == 0 ? KeyType.ArrowDown : KeyType.ArrowUp);
    }

    interface Key {
        KeyStroke next();
    }

    /**
     * Sends n keys; each one's time runs until the first flush after which {@code shown} holds,
     * so a redraw that happened to come from a model refresh does not count as the key's.
     */
    private static List<Double> keys(DefaultVirtualTerminal term, Semaphore flushes, Key key, Shown shown, int n)
            throws InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread.sleep(20);
            Object before = shown.state(term);
            flushes.drainPermits();
            long t0 = System.nanoTime();
            term.addInput(key.next());
            long deadline = t0 + 2_000_000_000L;
            double took = 2000.0;
            while (System.nanoTime() < deadline) {
                if (flushes.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)
                        && !shown.state(term).equals(before)) {
                    took = (System.nanoTime() - t0) / 1e6;
                    break;
                }
            }
            ms.add(took);
        }
        return ms;
    }

    /** What the screen shows that the key must change. */
    interface Shown {
        Object state(DefaultVirtualTerminal term);
    }

    /** The command line's row: typing changes it. */
    private static Object commandLine(DefaultVirtualTerminal term) {
        String[] lines = term.toString().split("\n", -1);
        return lines[46];
    }

    /** Which screen row of the subflow table is drawn highlighted: Down/Up moves it. */
    private static Object highlightedRow(DefaultVirtualTerminal term) {
        var normal = term.getCharacter(2, 18).getBackgroundColor(); // the header row
        for (int row = 19; row < 29; row++) {
            var c = term.getCharacter(2, row);
            if (!c.getBackgroundColor().equals(normal) || !c.getModifiers().isEmpty()) {
                return row;
            }
        }
        return -1;
    }

    private static void report(String what, List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d keys)%n", what,
                s.get(s.size() / 2), s.get((int) (s.size() * 0.95)), s.get(s.size() - 1), s.size());
    }

    private static void connection(ModelFlowRows sink, int i) {
        try {
            long token = 0x10000000L + i;
            InetAddress vip = InetAddress.getByName("10.0.83.1");
            InetAddress wifi = InetAddress.getByName("10.0.81.10");
            InetAddress cell = InetAddress.getByName("10.0.82.10");
            int sport = 20000 + (i % 40000);
            int port = 8081 + (i % 2);
            sink.event("client", ev(PmEvent.ESTABLISHED, token, 0, wifi, vip, sport, 80, 2));
            sink.event("client", ev(PmEvent.ANNOUNCED, token, 1, null, vip, null, port, null));
            sink.event("client", ev(PmEvent.SUB_ESTABLISHED, token, 0, wifi, vip, sport + 1, port, 2));
            sink.event("client", ev(PmEvent.SUB_ESTABLISHED, token, 0, cell, vip, sport + 2, port, 3));
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PmEvent ev(int type, long token, int remId, InetAddress s, InetAddress d, Integer sport, Integer dport, Integer ifindex) {
        return new PmEvent(type, token, 2, 0, remId, s, d, sport, dport, 0, null, 0, null, ifindex, null, null, null);
    }

    /** Fixes that never change: the pane still re-reads them every few seconds. */
    private static final class StaticFixes implements FixRows {
        @Override
        public List<FixRow> rows() {
            return List.of(new FixRow("client-endpoints", "client", "", "not applied"),
                    new FixRow("lb-accept-local", "LB", "", "applied"));
        }

        @Override
        public int toggle(String id, CommandContext ctx) {
            return 0;
        }
    }

    private static final class VirtualDashboardEcho implements EchoLink {
        @Override
        public String target() {
            return "bench";
        }

        @Override
        public String send(String line) {
            return line;
        }

        @Override
        public void close() {
        }
    }
}
