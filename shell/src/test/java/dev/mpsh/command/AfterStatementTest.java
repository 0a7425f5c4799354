package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.output.Style;
import dev.mpsh.output.Text;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hook the walkthrough uses: once after each top-level statement, after its output. */
class AfterStatementTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final List<String> seen = new ArrayList<>();
    private Dispatcher dispatcher;

    /** "outer" runs "inner" through the dispatcher, as a script or a replay runs its lines. */
    private Command command(String name, int status) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String group() {
                return "test";
            }

            @Override
            public String summary() {
                return name;
            }

            @Override
            public String help() {
                return "usage: " + name + "\n";
            }

            @Override
            public Result run(CommandContext ctx, List<String> args) {
                if (name.equals("outer")) {
                    dispatcher.run(List.of("inner"), ctx);
                }
                return new Result(status, new Text(name + " printed"));
            }
        };
    }

    private void type(Session session, String line) {
        PrintStream user = new PrintStream(screen, true, StandardCharsets.UTF_8);
        dispatcher.execute(line, new CommandContext(session, dispatcher.registry(), user, user, () -> null,
                new Cancellation(), Style.PLAIN, false));
    }

    @Test
    void runsOnceAfterEachTopLevelStatementWithItsStatus() {
        dispatcher = new Dispatcher(new CommandRegistry().register(command("outer", 0)).register(command("inner", 0))
                .register(command("fails", 4)));
        Session session = new Session("t");
        AfterStatement hook = (words, status, ctx) -> {
            seen.add(String.join(" ", words) + " -> " + status);
            ctx.out().println("hook after " + words.get(0));
        };
        session.addAfterStatement(hook);
        type(session, "outer x; inner");
        type(session, "fails; inner");
        assertEquals(List.of("outer x -> 0", "inner -> 0", "fails -> 4"), seen, "nested 'inner' is part of 'outer'");
        assertEquals("inner printed\nouter printed\nhook after outer\ninner printed\nhook after inner\n"
                + "fails printed\nhook after fails\n", screen.toString(StandardCharsets.UTF_8));

        session.removeAfterStatement(hook);
        type(session, "inner");
        assertEquals(3, seen.size());
    }

    @Test
    void aHookThatThrowsCostsOneLineAndTheNextStatementStillRuns() {
        dispatcher = new Dispatcher(new CommandRegistry().register(command("inner", 0)));
        Session session = new Session("t");
        session.addAfterStatement((words, status, ctx) -> {
            throw new IllegalStateException("boom");
        });
        type(session, "inner; inner");
        assertEquals("inner printed\nmpsh: internal error after the command: java.lang.IllegalStateException: boom; please report it\n"
                + "inner printed\nmpsh: internal error after the command: java.lang.IllegalStateException: boom; please report it\n",
                screen.toString(StandardCharsets.UTF_8));
    }

    @Test
    void attachmentsAreKeptByTypeForTheSession() {
        Session session = new Session("t");
        assertEquals(null, session.attachment(StringBuilder.class));
        StringBuilder mine = new StringBuilder("x");
        session.attach(StringBuilder.class, mine);
        assertEquals(mine, session.attachment(StringBuilder.class));
        session.attach(StringBuilder.class, null);
        assertEquals(null, session.attachment(StringBuilder.class));
    }
}
