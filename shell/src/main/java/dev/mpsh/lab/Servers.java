package dev.mpsh.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stops a lab's recorded servers, and only them: a PID counts only with its recorded start time. */
final class Servers {
    static final long GRACE_MILLIS = 2_000;

    private Servers() {
    }

    /** SIGTERM to all, then SIGKILL to those still there after the grace period. */
    static void stop(List<StateJournal.ServerProcess> servers, Consumer<String> show) {
        awaitOrKill(terminate(servers, show), show);
    }

    /** SIGTERM to each server that is still the one we started; returns those signalled. */
    static List<StateJournal.ServerProcess> terminate(List<StateJournal.ServerProcess> servers, Consumer<String> show) {
        List<StateJournal.ServerProcess> alive = new ArrayList<>();
        for (StateJournal.ServerProcess s : servers) {
            if (signal(s, false)) {
                show.accept("kill " + s.pid() + "    # " + s.name());
                alive.add(s);
            }
        }
        return alive;
    }

    /** Waits for the signalled servers to exit; SIGKILL to those still there after the grace period. */
    static void awaitOrKill(List<StateJournal.ServerProcess> signalled, Consumer<String> show) {
        List<StateJournal.ServerProcess> alive = new ArrayList<>(signalled);
        long deadline = System.currentTimeMillis() + GRACE_MILLIS;
        while (!alive.isEmpty() && System.currentTimeMillis() < deadline) {
            alive.removeIf(s -> !ProcFs.present(s.pid(), s.startTime()));
            LabEngine.sleep(10);
        }
        for (StateJournal.ServerProcess s : alive) {
            if (signal(s, true)) {
                show.accept("kill -KILL " + s.pid() + "    # " + s.name() + " ignored SIGTERM");
            }
        }
        long killDeadline = System.currentTimeMillis() + 1_000;
        while (!alive.isEmpty() && System.currentTimeMillis() < killDeadline) {
            alive.removeIf(s -> !ProcFs.present(s.pid(), s.startTime()));
            LabEngine.sleep(10);
        }
    }

    /**
     * Servers whose start was journaled but not their PID (the shell died in between). Such a
     * process is recognised only inside a namespace this lab recorded, by the namespace's inode,
     * and only when its command line is that server's: never by a name alone. It may still be
     * on its way into the namespace, so look a few times.
     */
    static void stopUnrecorded(StateJournal.State state, Consumer<String> show) {
        List<StateJournal.ServerProcess> found = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && found.size() < state.serverIntents().size(); attempt++) {
            found.clear();
            for (StateJournal.ServerIntent intent : state.serverIntents()) {
                Optional<StateJournal.Netns> ns = state.namespaces().stream()
                        .filter(n -> n.name().equals(intent.namespace()) && n.identified()).findFirst();
                if (ns.isEmpty()) {
                    continue;
                }
                for (long pid : ProcFs.inNetns(ns.get().inode())) {
                    if (ProcFs.commandLine(pid).endsWith(" --name " + intent.name())) {
                        found.add(new StateJournal.ServerProcess(intent.name(), intent.namespace(), pid, ProcFs.startTime(pid), 0));
                    }
                }
            }
            if (found.size() < state.serverIntents().size()) {
                LabEngine.sleep(20);
            }
        }
        stop(found, show);
    }

    /**
     * Setup commands still running from a 'lab up' whose shell was killed: they would go on
     * creating links after 'lab down' removed the rest, so they are killed and waited for.
     */
    static void killStrayCommands(List<StateJournal.ExecProcess> execs) {
        List<StateJournal.ExecProcess> alive = new ArrayList<>();
        for (StateJournal.ExecProcess e : execs) {
            if (ProcFs.running(e.pid(), e.startTime())) {
                ProcessHandle.of(e.pid()).ifPresent(ProcessHandle::destroyForcibly);
                alive.add(e);
            }
        }
        long deadline = System.currentTimeMillis() + 1_000;
        while (!alive.isEmpty() && System.currentTimeMillis() < deadline) {
            alive.removeIf(e -> !ProcFs.present(e.pid(), e.startTime()));
            LabEngine.sleep(5);
        }
    }

    /** Signals s if it is still the process we started; true when it was. */
    private static boolean signal(StateJournal.ServerProcess s, boolean kill) {
        if (!ProcFs.running(s.pid(), s.startTime())) {
            return false;
        }
        Optional<ProcessHandle> h = ProcessHandle.of(s.pid());
        if (h.isEmpty()) {
            return false;
        }
        return kill ? h.get().destroyForcibly() : h.get().destroy();
    }
}
