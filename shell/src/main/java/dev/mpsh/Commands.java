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
import dev.mpsh.lab.ScenarioSource;
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
        return dispatcher(new ScenarioSource(), new ChildProcessRunner());
    }

    /** The same with another way to run programs (tests use one that refuses). */
    public static Dispatcher dispatcher(ProcessRunner runner) {
        return dispatcher(new ScenarioSource(), runner);
    }

    /** The commands, sharing one scenario source with the session's namespace view. */
    public static Dispatcher dispatcher(ScenarioSource scenario, ProcessRunner runner) {
        AtomicReference<Dispatcher> self = new AtomicReference<>();
        CommandRegistry registry = new CommandRegistry()
                .register(new HelpCommand())
                .register(new LabCommand(scenario))
                .register(new NsCommand())
                .register(new ShCommand(runner))
                .register(new FixCommand(scenario))
                .register(new CheckCommand(scenario))
                .register(new DiagnoseCommand(scenario))
                .register(new ClientCommand())
                .register(new MonitorCommand())
                .register(new SubflowsCommand())
                .register(new WatchCommand())
                .register(new CountersCommand(self::get))
                .register(new SourceCommand(self::get))
                .register(new RecordCommand())
                .register(new ReplayCommand(r -> self.get()))
                .register(new TuiCommand(scenario, self::get))
                .register(new WalkthroughCommand(scenario));
        StepCommand.all().forEach(registry::register);
        registry.register(new ExitCommand());
        Dispatcher dispatcher = new Dispatcher(registry, new PassthroughCommand(runner));
        self.set(dispatcher);
        return dispatcher;
    }
}
