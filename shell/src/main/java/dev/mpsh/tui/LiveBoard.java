package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mpsh.classroom.ClassBoard.Row;
import dev.mpsh.classroom.LabRun;
import dev.mpsh.classroom.LiveReading;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.output.StdStreams;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code class board}: the live board on the shell's terminal until q, or, with
 * {@code --headless S}, the same loop on a virtual screen for S seconds, which then says how
 * many readings it made and the CPU the process spent meanwhile (what bench/class-scale.sh
 * measures). One reading before the loop loads the classes and the scenario; it is timed on
 * its own and not counted, so the figure is the board's steady cost.
 */
public final class LiveBoard {
    /** USER_HZ: the unit of utime and stime in /proc/PID/stat, 100 on every Linux ABI. */
    static final int USER_HZ = 100;
    /**
     * Between input polls. Longer than the dashboard's: the board has no typing to echo, a
     * key within 40 ms still feels immediate, and an idle board wakes 25 times a second, not 100.
     */
    static final long POLL_MS = 40;
    private static final AtomicBoolean OPEN = new AtomicBoolean();

    private LiveBoard() {
    }

    /** Where the board reads: its readings of every class (or one), and a lab's commands run in this JVM. */
    static BoardSource source(LiveReading reading, Dispatcher dispatcher, AtomicInteger readings) {
        LabRun run = new LabRun(dispatcher);
        return new BoardSource() {
            @Override
            public List<Row> rows() throws CommandException {
                List<Row> rows = reading.read().rows();
                readings.incrementAndGet();
                return rows;
            }

            @Override
            public String run(Row lab, String line, Cancellation cancel) {
                return run.run(lab.lab(), lab.scenario(), line, cancel).text();
            }
        };
    }

    public static void open(CommandContext ctx, String prefix, Dispatcher dispatcher) throws CommandException {
        if (!ctx.interactive() || !StdStreams.direct(ctx.out(), ctx.err())) {
            throw new CommandException("the board needs the shell's own terminal; run 'class board' at the mpsh prompt, "
                    + "or 'class status' for the same table once");
        }
        if (!OPEN.compareAndSet(false, true)) {
            throw new CommandException("the board is already open");
        }
        ExecutorService reads = Executors.newSingleThreadExecutor(r -> daemon(r, "board-reads"));
        ExecutorService looks = Executors.newSingleThreadExecutor(r -> daemon(r, "board-looks"));
        LiveReading reading = new LiveReading(prefix, System::currentTimeMillis);
        try (TuiTerminal terminal = TuiTerminal.open()) {
            BoardSource src = source(reading, dispatcher, new AtomicInteger());
            loop(terminal.screen(), new BoardScreen(terminal.screen(), src, reads, looks, System::currentTimeMillis), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new CommandException("cannot open the board on this terminal: " + e.getMessage() + "; is TERM set?");
        } finally {
            // not interrupted: a reading cut short could leave a task queued on a kept namespace
            // thread that opens a socket nobody closes; close() waits for it instead
            reads.shutdown();
            looks.shutdownNow();
            reading.close();
            ctx.session().terminalHandover().reclaim();
            OPEN.set(false);
        }
    }

    /** The board's loop on a 120x40 virtual screen for seconds, then what it cost. */
    public static void headless(String prefix, int seconds, Dispatcher dispatcher, PrintStream out) throws CommandException {
        ExecutorService reads = Executors.newSingleThreadExecutor(r -> daemon(r, "board-reads"));
        AtomicInteger readings = new AtomicInteger();
        LiveReading reading = new LiveReading(prefix, System::currentTimeMillis);
        try {
            Screen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(120, 40)));
            screen.startScreen();
            BoardSource src = source(reading, dispatcher, readings);
            // The first reading loads the classes and the scenario once: timed apart, not counted.
            long first = System.nanoTime();
            src.rows();
            long firstMs = (System.nanoTime() - first) / 1_000_000;
            readings.set(0);
            int kernelBefore = reading.kernelReadings();
            BoardScreen board = new BoardScreen(screen, src, reads, Runnable::run, System::currentTimeMillis);
            long cpu = cpuTicks();
            long start = System.nanoTime();
            loop(screen, board, start + seconds * 1_000_000_000L);
            long wall = System.nanoTime() - start;
            long used = cpuTicks() - cpu;
            double perMinute = used / (double) USER_HZ * 60e9 / wall;
            out.println(String.format(Locale.ROOT, "board: %d readings of %d labs in %.1f s (%d of a lab's kernel state);"
                            + " CPU %.2f s (utime+stime), %.2f s per minute; first reading %d ms (not counted)",
                    readings.get(), board.model().total(), wall / 1e9, reading.kernelReadings() - kernelBefore,
                    used / (double) USER_HZ, perMinute, firstMs));
            screen.stopScreen();
        } catch (IOException e) {
            throw new CommandException("cannot run the board: " + e.getMessage());
        } finally {
            reads.shutdown();
            reading.close();
        }
    }

    /** Keys and refreshes until q (or until untilNanos of System.nanoTime()), sleeping {@link #POLL_MS} between polls. */
    private static void loop(Screen screen, BoardScreen board, long untilNanos) throws IOException {
        while (System.nanoTime() < untilNanos) {
            board.tick(System.currentTimeMillis());
            KeyStroke k = screen.pollInput();
            if (k != null) {
                if (!board.key(k)) {
                    return;
                }
                continue;
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** utime + stime of this process, from /proc/self/stat (fields 14 and 15, after the command name). */
    static long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
