package dev.mpsh.wan;

import dev.mpsh.api.NsCommand;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code lab shape [IF RATE | --clear [IF]]}: tbf on a WAN's two egresses, run as commands a
 * person could type and shown as a fix's commands are. Shaping both sides is all or nothing:
 * if the second command fails, the first side is put back as it was.
 */
public final class LabShape {
    private final Scenario scenario;
    private final LabLayout layout;
    private final Consumer<String> show;
    private final Consumer<String> showHost;

    /** @param show told each command as {@code [NS] command}; showHost the same as typed on the host (for -v) */
    public LabShape(Scenario scenario, LabLayout layout, Consumer<String> show, Consumer<String> showHost) {
        this.scenario = scenario;
        this.layout = layout;
        this.show = show;
        this.showHost = showHost;
    }

    /** The WANs' state now. */
    public WanStatus status() throws CommandException {
        try {
            return WanStatus.read(scenario, layout);
        } catch (IOException e) {
            throw new CommandException("cannot read the WANs of lab '" + layout.lab() + "': " + e.getMessage());
        }
    }

    /** Shapes the WAN named name (interface or label) to rate both ways. */
    public WanStatus shape(String name, String rate) throws CommandException {
        try {
            Shaping.bits(rate);
        } catch (IllegalArgumentException e) {
            throw CommandException.usage(e.getMessage());
        }
        WanLink l = WanLink.find(scenario, layout, name);
        List<Fact> found = new ArrayList<>();
        try (KernelView now = new KernelView()) {
            for (String[] side : sides(l)) {
                String problem = Shaping.foreign(side[0], side[2], now.rootQdisc(side[1], side[2]));
                if (problem != null) {
                    throw new CommandException(problem);
                }
                found.add(Fact.RootQdisc.of(side[0], side[2], now.rootQdisc(side[1], side[2])));
            }
        } catch (IOException e) {
            throw new CommandException("cannot read " + l.describe() + ": " + e.getMessage());
        }
        run(Shaping.shape(l, rate), found);
        return status();
    }

    /** Removes the shaping of one WAN (name) or of all (name null). */
    public WanStatus clear(String name) throws CommandException {
        List<WanLink> links = name == null ? WanLink.all(scenario, layout) : List.of(WanLink.find(scenario, layout, name));
        List<NsCommand> cmds = new ArrayList<>();
        List<Fact> found = new ArrayList<>();
        try (KernelView now = new KernelView()) {
            for (WanLink l : links) {
                cmds.addAll(Shaping.clear(l, now));
                for (String[] side : sides(l)) {
                    found.add(Fact.RootQdisc.of(side[0], side[2], now.rootQdisc(side[1], side[2])));
                }
            }
        } catch (IOException e) {
            throw new CommandException("cannot read the WANs: " + e.getMessage());
        }
        if (cmds.isEmpty()) {
            show.accept(name == null ? "no WAN is shaped; nothing to clear" : WanLink.find(scenario, layout, name).describe() + " is not shaped; nothing to clear");
        }
        run(cmds, found);
        return status();
    }

    /** {scenario namespace, netns, device} of each end of the link. */
    private static List<String[]> sides(WanLink l) {
        return List.of(new String[] {l.wan().namespace(), l.netns(), l.wan().device()},
                new String[] {l.wan().peerNamespace(), l.peerNetns(), l.wan().peerDevice()});
    }

    private void run(List<NsCommand> cmds, List<Fact> found) throws CommandException {
        LabWriter writer = new LabWriter(layout);
        writer.requireUp();
        for (NsCommand c : cmds) {
            show.accept(LabWriter.shown(c));
            showHost.accept(writer.hostForm(c));
            try {
                writer.run(c);
            } catch (CommandException e) {
                RestoreJournal.restore(layout, found, line -> show.accept("undo: " + line));
                throw new CommandException(e.getMessage() + "; the WAN was left as it was");
            }
        }
    }
}
