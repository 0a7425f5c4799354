package dev.mpsh.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.mpsh.Commands;
import dev.mpsh.lab.LabActivity;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.testing.LabShell;
import dev.mpsh.testing.LabTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The live board over a class of two real labs, on a virtual screen with its real source (what
 * 'class board' reads): a fix applied in one lab shows on that lab's row only, Enter shows that
 * lab's fix list with the fix applied, a lab taken down while shown reads as down (and looking
 * into it says why), and a lab reset while shown reads as rebuilt.
 */
class BoardLabTest {
    private final String prefix = "b" + ProcessHandle.current().pid() % 100000;
    private final LabShell instructor = new LabShell(prefix + "01");

    @AfterEach
    void down() {
        if (Files.exists(LabLayout.stateDir().resolve(prefix + ".class"))) {
            instructor.run("class down --prefix " + prefix);
        }
    }

    @Test
    void aFixAppliedInOneLabShowsOnItsRow() throws Exception {
        LabTests.requireLab();
        String one = prefix + "01";
        String two = prefix + "02";
        instructor.ok("class up 2 --prefix " + prefix);

        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(140, 40));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        AtomicInteger readings = new AtomicInteger();
        long[] clock = {System.currentTimeMillis()};
        BoardScreen board = new BoardScreen(screen, LiveBoard.source(new dev.mpsh.classroom.LiveReading(prefix, () -> clock[0]), Commands.dispatcher(), readings),
                Runnable::run, Runnable::run, () -> clock[0]);
        Runnable refresh = () -> {
            clock[0] += BoardScreen.REFRESH_MS;
            try {
                board.tick(clock[0]);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        };
        try {
            refresh.run();
            assertEquals(1, readings.get());
            String total = String.valueOf(new LabShell(two).scenario().fixes().size());
            assertTrue(row(terminal, one).matches(one + " +up +0/" + total + " .*"), terminal.toString());
            assertTrue(row(terminal, two).matches(two + " +up +0/" + total + " .*"), terminal.toString());

            LabShell trainee = new LabShell(two);
            String fix = trainee.scenario().fixes().stream().filter(f -> f.requires().isEmpty()).findFirst().orElseThrow().id();
            trainee.ok("fix apply " + fix);
            refresh.run();
            assertEquals(2, readings.get());
            assertTrue(row(terminal, two).matches(two + " +up +1/" + total + " .*"), terminal.toString());
            assertTrue(row(terminal, one).matches(one + " +up +0/" + total + " .*"), "the other lab is untouched:\n" + terminal);
            long last = LabActivity.lastCommand(LabLayout.of(two));

            board.key(new KeyStroke(KeyType.ArrowDown));
            board.key(new KeyStroke(KeyType.Enter));
            refresh.run();
            String detail = terminal.toString();
            assertTrue(detail.contains("class board › " + two), detail);
            String fixRow = detail.lines().filter(l -> l.startsWith(fix + " ")).findFirst().orElseThrow(() -> new AssertionError(detail));
            assertTrue(fixRow.contains("applied") && !fixRow.contains("not applied"), fixRow);
            assertTrue(detail.contains("$ diagnose\n"), detail);
            assertEquals(last, LabActivity.lastCommand(LabLayout.of(two)), "looking into a lab is not the trainee's last command");
            board.key(new KeyStroke(KeyType.Escape));

            new LabShell(one).ok("lab down");
            refresh.run();
            assertTrue(row(terminal, one).matches(one + " +down +- .*"), "a lab taken down while shown:\n" + terminal);
            assertTrue(row(terminal, two).matches(two + " +up +1/" + total + " .*"), terminal.toString());

            // Looking into the lab that is down: fix list knows no state, diagnose says the lab is down.
            board.key(new KeyStroke(KeyType.Home));
            board.key(new KeyStroke(KeyType.Enter));
            refresh.run();
            String down = terminal.toString();
            assertTrue(down.contains("class board › " + one + " (down"), down);
            String unknown = down.lines().filter(l -> l.startsWith(fix + " ")).findFirst().orElseThrow(() -> new AssertionError(down));
            assertTrue(unknown.matches(fix + " +\\S+ +\\? .*"), unknown);
            String diagnosed = down.substring(down.indexOf("$ diagnose"));
            assertTrue(diagnosed.contains(one) && diagnosed.contains("up"), "diagnose on a lab that is down:\n" + diagnosed);
            board.key(new KeyStroke(KeyType.Escape));

            instructor.ok("class reset " + two);
            refresh.run();
            assertTrue(row(terminal, two).matches(two + " +up +0/" + total + " .*"), "a lab reset while shown is read afresh:\n" + terminal);
        } finally {
            screen.stopScreen();
        }
        instructor.ok("class down --prefix " + prefix);
        try (Stream<Path> left = Files.list(Path.of("/run/netns"))) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix + "0")).toList());
        }
    }

    private static String row(DefaultVirtualTerminal terminal, String lab) {
        return terminal.toString().lines().filter(l -> l.startsWith(lab + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(lab + " not on the board:\n" + terminal));
    }
}
