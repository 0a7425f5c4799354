package dev.mpsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

/**
 * After a full-screen program (Lanterna) registered its own SIGWINCH handler, the shell's
 * terminal must get the signal again: a real SIGWINCH is raised in this JVM to check it.
 */
class JLineHandoverTest {

    @Test
    @SuppressWarnings("removal")
    void afterAnotherHandlerTookSigwinchReclaimGivesItBackToTheTerminal() throws Exception {
        sun.misc.SignalHandler before = sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), sig -> { });
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm")
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
            AtomicInteger resizes = new AtomicInteger();
            CountDownLatch seen = new CountDownLatch(1);
            terminal.handle(Signal.WINCH, s -> {
                resizes.incrementAndGet();
                seen.countDown();
            });

            // What Lanterna does: the process-wide handler is now someone else's.
            CountDownLatch stolen = new CountDownLatch(1);
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), sig -> stolen.countDown());
            sun.misc.Signal.raise(new sun.misc.Signal("WINCH"));
            stolen.await(5, TimeUnit.MINUTES);
            assertEquals(0, resizes.get(), "while another handler holds SIGWINCH the terminal sees nothing");

            new JLineHandover(terminal).reclaim();
            sun.misc.Signal.raise(new sun.misc.Signal("WINCH"));
            seen.await(5, TimeUnit.MINUTES);
            assertEquals(1, resizes.get(), "after reclaim the terminal gets the resize again");
        } finally {
            sun.misc.Signal.handle(new sun.misc.Signal("WINCH"), before);
        }
    }
}
