package dev.mpsh;

import dev.mpsh.check.CheckCommand;
import dev.mpsh.client.ClientCommand;
import dev.mpsh.command.CommandRegistry;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.ExitCommand;
import dev.mpsh.command.HelpCommand;
import dev.mpsh.diagnose.DiagnoseCommand;
import dev.mpsh.fix.FixCommand;
import dev.mpsh.lab.LabCommand;
import dev.mpsh.flows.SubflowsCommand;
import dev.mpsh.flows.WatchCommand;
import dev.mpsh.mib.CountersCommand;
import dev.mpsh.mptcp.MonitorCommand;
import dev.mpsh.ns.ChildProcessRunner;
import dev.mpsh.ns.NsCommand;
import dev.mpsh.ns.PassthroughCommand;
import dev.mpsh.ns.ProcessRunner;
import dev.mpsh.ns.ShCommand;
import dev.mpsh.record.RecordCommand;
import dev.mpsh.record.ReplayCommand;
import dev.mpsh.script.SourceCommand;
import dev.mpsh.tui.TuiCommand;
import dev.mpsh.walkthrough.StepCommand;
import dev.mpsh.walkthrough.WalkthroughCommand;
import java.util.concurrent.atomic.AtomicReference;

/** The one place where mpsh's commands are registered and wired to the dispatcher. */
public final class Commands {
    private Commands() {
    }

    public static CommandRegistry all() {
        return dispatcher().registry();
    }

    /** The dispatcher every front end uses: real programs run as children of mpsh. */
    public static Dispatcher dispatcher() {
        return dispatcher(new ChildProcessRunner());
    }

    /**
     * The same with another way to run programs (tests use one that refuses). Commands take the
     * scenario from the session they run in (its lab's, see ScenarioSource#of(Session)).
     */
    public static Dispatcher dispatcher(ProcessRunner runner) {
        AtomicReference<Dispatcher> self = new AtomicReference<>();
        CommandRegistry registry = new CommandRegistry()
                .register(new HelpCommand())
                .register(new LabCommand())
                .register(new dev.mpsh.plugin.ScenarioCommand())
                .register(new NsCommand())
                .register(new ShCommand(runner))
                .register(new FixCommand())
                .register(new CheckCommand())
                .register(new DiagnoseCommand())
                .register(new ClientCommand())
                .register(new MonitorCommand())
                .register(new dev.mpsh.drill.DrillCommand())
                .register(new SubflowsCommand())
                .register(new WatchCommand())
                .register(new CountersCommand(self::get))
                .register(new SourceCommand(self::get))
                .register(new RecordCommand())
                .register(new ReplayCommand(r -> self.get()))
                .register(new TuiCommand(self::get))
                .register(new WalkthroughCommand())
                .register(new dev.mpsh.classroom.ClassCommand(self::get));
        StepCommand.all().forEach(registry::register);
        registry.register(new ExitCommand());
        Dispatcher dispatcher = new Dispatcher(registry, new PassthroughCommand(runner));
        self.set(dispatcher);
        return dispatcher;
    }
}
