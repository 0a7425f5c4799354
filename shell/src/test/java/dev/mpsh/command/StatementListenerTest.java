package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dispatcher's hook for recordings: one report per top-level statement, output as the user saw it. */
class StatementListenerTest {
    private final List<String> events = new ArrayList<>();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    /** Writes to stdout, then stderr, then stdout; with "nested", runs another statement inside. */
    private final Command noisy = new Command() {
        @Override
        public String name() {
            return "noisy";
        }

        @Override
        public String group() {
            return "test";
        }

        @Override
        public String summary() {
            return "writes to both streams";
        }

        @Override
        public String help() {
            return "usage: noisy [nested]\n";
        }

        @Override
        public Result run(CommandContext ctx, List<String> args) {
            ctx.out().println("out 1");
            ctx.err().println("err 2");
            if (args.contains("nested")) {
                dispatcher.run(List.of("noisy"), ctx);
            }
            return new Result(3, new dev.mpsh.output.Text("out 3"));
        }
    };
    private final Dispatcher dispatcher = new Dispatcher(new CommandRegistry().register(noisy).register(new HelpCommand()));

    private int type(Session session, String line) {
        PrintStream user = new PrintStream(screen, true, StandardCharsets.UTF_8);
        return dispatcher.execute(line, new CommandContext(session, dispatcher.registry(), user, user, () -> null,
                new Cancellation(), Style.PLAIN, false));
    }

    private final StatementListener listener = new StatementListener() {
        @Override
        public void started(List<String> words) {
            events.add("started " + words);
        }

        @Override
        public void finished(List<String> words, int status, String output, Duration took) {
            events.add("finished " + words + " [" + status + "] " + output.replace("\n", "|"));
            assertTrue(!took.isNegative());
        }
    };

    @Test
    void eachStatementIsReportedWithItsInterleavedOutputAndStatus() {
        Session session = new Session(Session.DEFAULT_LAB);
        session.statementListener(listener);
        assertEquals(3, type(session, "noisy a 'b c'"));
        assertEquals(List.of("started [noisy, a, b c]", "finished [noisy, a, b c] [3] out 1|err 2|out 3|"), events);
        assertEquals("out 1\nerr 2\nout 3\n", screen.toString(StandardCharsets.UTF_8), "the user still sees it all");
    }

    @Test
    void aStatementRunInsideAnotherIsPartOfItNotReportedAgain() {
        Session session = new Session(Session.DEFAULT_LAB);
        session.statementListener(listener);
        type(session, "noisy nested");
        assertEquals(2, events.size(), events.toString());
        assertEquals("finished [noisy, nested] [3] out 1|err 2|out 1|err 2|out 3|out 3|", events.get(1));
    }

    @Test
    void unknownCommandsAndSeveralStatementsAreReportedOneByOne() {
        Session session = new Session(Session.DEFAULT_LAB);
        session.statementListener(listener);
        type(session, "help help; nosuch");
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.get(3).startsWith("finished [nosuch] [127] mpsh: unknown command 'nosuch'"), events.get(3));
    }

    @Test
    void aFailingListenerCostsOneLineAndNotTheStatement() {
        Session session = new Session(Session.DEFAULT_LAB);
        session.statementListener(new StatementListener() {
            @Override
            public void started(List<String> words) {
            }

            @Override
            public void finished(List<String> words, int status, String output, Duration took) {
                throw new java.io.UncheckedIOException("cannot write to x.t (No space left on device)",
                        new java.io.IOException("No space left on device"));
            }
        });
        assertEquals(3, type(session, "noisy"));
        assertEquals("out 1\nerr 2\nout 3\nmpsh: cannot write to x.t (No space left on device)\n",
                screen.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAListenerNothingIsCaptured() {
        assertEquals(3, type(new Session(Session.DEFAULT_LAB), "noisy"));
        assertEquals(List.of(), events);
    }
}
