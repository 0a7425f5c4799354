package dev.mpsh.lab;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.Server;
import dev.mpsh.command.CommandException;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.KeptNamespaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.sockdiag.SockDiag;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Builds and removes one lab from scenario data. Every write is a command a person could type,
 * shown through {@code show}; every namespace and process is journaled before or as it comes to
 * exist (see {@link StateJournal}), and removal touches only what the journal proves is ours.
 */
public final class LabEngine {
    /** Only a server that hangs hits this (one that exits is reported at once); a loaded machine starts JVMs slowly. */
    static final long READY_TIMEOUT_MILLIS = 60_000;
    /** Covers the kernel's coarse clock, which may stamp a new namespace slightly in the past. */
    private static final long CLOCK_SLACK_NANOS = 2_000_000_000L;

    private final LabLayout layout;
    private final ScenarioSource scenario;
    private final StateJournal journal;
    private BooleanSupplier cancelled = () -> false;

    /** @param scenario loaded on first need: removing a lab needs only its journal */
    public LabEngine(LabLayout layout, ScenarioSource scenario) {
        this.layout = layout;
        this.scenario = scenario;
        this.journal = new StateJournal(layout.stateFile());
    }

    public LabLayout layout() {
        return layout;
    }

    /** Builds the broken initial state and starts the servers; on failure removes all of it. */
    public String up(Consumer<String> show) throws CommandException {
        return up(show, () -> false);
    }

    /**
     * As {@link #up(Consumer)}, checking {@code cancelled} (Ctrl-C) between steps: a cancelled
     * build is removed like a failed one.
     */
    public String up(Consumer<String> show, BooleanSupplier cancelled) throws CommandException {
        this.cancelled = cancelled;
        long started = System.nanoTime();
        Scenario sc = scenario.get();
        try (Held lock = lock()) {
            StateJournal.State state = readState();
            if (state != null && state.complete()) {
                return repair(sc, state, show);
            }
            if (state != null) {
                throw new CommandException("lab '" + layout.lab() + "' is half-built (an earlier 'lab up' was interrupted); run 'lab down' first");
            }
            for (Server s : sc.servers()) {
                String why = ServerLauncher.unavailable(s);
                if (why != null) {
                    throw new CommandException(why);
                }
            }
            for (String ns : sc.namespaces()) {
                String netns = layout.netnsName(ns);
                if (Files.exists(LabLayout.netnsPath(netns))) {
                    throw new CommandException(foreign(netns) + "; remove it with 'ip netns del " + netns
                            + "' or use another lab name (--lab NAME)");
                }
            }
            journal.create(layout.lab(), sc.id());
            try {
                build(sc, show, lock);
            } catch (CommandException | IOException | RuntimeException e) {
                String cleanup = rollback(lock);
                String why = e instanceof CommandException ? e.getMessage() : "cannot build the lab: " + e.getMessage();
                int status = e instanceof CommandException ce ? ce.status() : 1;
                throw new CommandException(why + (cleanup == null ? "; nothing was left behind" : "; " + cleanup), status);
            }
        } catch (IOException e) {
            // Only taking the lock and starting the journal throw this far: nothing was built yet.
            throw new CommandException("cannot write the lab's state in " + layout.runDir() + " (" + why(e)
                    + "); lab up created nothing: make that directory writable for root, then run 'lab up' again");
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        return "lab '" + layout.lab() + "' is up: " + sc.namespaces().size() + " namespaces, "
                + sc.servers().size() + (sc.servers().size() == 1 ? " server (" : " servers (") + ms + " ms)";
    }

    /**
     * 'lab up' on a lab that is up: restarts the servers that are not running, and only them.
     * A namespace that is gone cannot be mended in place (everything in it went with it).
     */
    private String repair(Scenario sc, StateJournal.State state, Consumer<String> show) throws CommandException, IOException {
        List<String> gone = goneNamespaces(state);
        if (!gone.isEmpty()) {
            throw new CommandException("lab '" + layout.lab() + "' is broken: namespace " + String.join(", ", gone)
                    + (gone.size() == 1 ? " is" : " are") + " gone; run 'lab down' (it removes the rest), then 'lab up'");
        }
        List<Server> dead = new ArrayList<>();
        for (StateJournal.ServerProcess sp : state.servers()) {
            if (!ProcFs.running(sp.pid(), sp.startTime())) {
                dead.add(sc.server(sp.name()).orElseThrow(() -> new CommandException("server " + sp.name()
                        + " of lab '" + layout.lab() + "' is not in scenario " + sc.id() + " any more; run 'lab down', then 'lab up'")));
            }
        }
        if (dead.isEmpty()) {
            throw new CommandException("lab '" + layout.lab() + "' is already up; 'lab reset' rebuilds it broken, 'lab down' removes it");
        }
        List<StateJournal.ServerProcess> started;
        try {
            started = startServers(dead, show);
        } catch (IOException e) {
            throw new CommandException("cannot restart the servers of lab '" + layout.lab() + "': " + e.getMessage()
                    + "; run 'lab down', then 'lab up'");
        }
        awaitServers(started);
        List<String> names = new ArrayList<>();
        for (StateJournal.ServerProcess sp : started) {
            names.add(sp.name() + " (PID " + sp.pid() + ")");
        }
        return "lab '" + layout.lab() + "' was up with " + (dead.size() == 1 ? "a server" : dead.size() + " servers")
                + " down: restarted " + String.join(", ", names) + "; nothing else was changed";
    }

    /** The recorded namespaces that are no longer there (or are another namespace of that name). */
    private static List<String> goneNamespaces(StateJournal.State state) {
        List<String> gone = new ArrayList<>();
        for (StateJournal.Netns n : state.namespaces()) {
            StateJournal.NetnsId id = StateJournal.NetnsId.of(n.netns());
            if (id == null || !ours(n, id)) {
                gone.add(n.netns());
            }
        }
        return gone;
    }

    private void build(Scenario sc, Consumer<String> show, Held lock) throws CommandException, IOException {
        long notBefore = System.currentTimeMillis() * 1_000_000 - CLOCK_SLACK_NANOS;
        StringBuilder adds = new StringBuilder();
        List<String> shown = new ArrayList<>();
        for (String ns : sc.namespaces()) {
            String netns = layout.netnsName(ns);
            journal.intent(ns, netns, notBefore);
            adds.append("netns add ").append(netns).append('\n');
            shown.add("ip netns add " + netns);
        }
        run(new SetupPlan.Step(List.of("ip", "-batch", "-"), adds.toString(), shown), show);
        for (String ns : sc.namespaces()) {
            String netns = layout.netnsName(ns);
            StateJournal.NetnsId id = StateJournal.NetnsId.of(netns);
            if (id == null) {
                throw new CommandException("namespace " + netns + " vanished right after 'ip netns add'; is another tool removing namespaces?");
            }
            journal.netns(ns, netns, id);
        }
        // A server needs only its namespace to listen on 0.0.0.0: starting the JVMs now lets
        // their start-up overlap the network setup, which roughly halves the time of 'lab up'.
        List<StateJournal.ServerProcess> servers = startServers(sc.servers(), show);
        for (SetupPlan.Step step : SetupPlan.steps(sc.setup(), layout::netnsName)) {
            run(step, show);
        }
        // The network is built: the next lab's build may start while these servers come up.
        lock.releaseHost();
        awaitServers(servers);
        journal.up();
    }

    private void run(SetupPlan.Step step, Consumer<String> show) throws CommandException, IOException {
        checkCancelled();
        step.shown().forEach(show);
        Exec.Outcome o = Exec.run(step.argv(), step.stdin(), p -> journal.exec(p.pid(), ProcFs.startTime(p.pid())));
        if (!o.ok()) {
            throw new CommandException("'" + step.failedCommand(o.stderr()) + "' failed: " + SetupPlan.Step.cleanError(o.stderr()));
        }
    }

    private List<StateJournal.ServerProcess> startServers(List<Server> servers, Consumer<String> show) throws IOException {
        Files.createDirectories(layout.logDir());
        List<StateJournal.ServerProcess> started = new ArrayList<>();
        for (Server s : servers) {
            String netns = layout.netnsName(s.namespace());
            List<String> argv = ServerLauncher.launchArgv(s, netns);
            show.accept(ShellWords.join(argv) + " >" + layout.serverLog(s.name()) + " 2>&1 &");
            journal.serverIntent(s.name(), s.namespace());
            Process p = ServerLauncher.start(argv, layout.serverLog(s.name()).toFile());
            StateJournal.ServerProcess sp = new StateJournal.ServerProcess(s.name(), s.namespace(), p.pid(),
                    ProcFs.startTime(p.pid()), s.port());
            journal.server(sp);
            started.add(sp);
        }
        return started;
    }

    /** Waits until every server listens in its namespace; fails when one exits or takes too long. */
    private void awaitServers(List<StateJournal.ServerProcess> started) throws CommandException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        List<StateJournal.ServerProcess> waiting = new ArrayList<>(started);
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext(); ) {
                StateJournal.ServerProcess sp = it.next();
                if (!ProcFs.running(sp.pid(), sp.startTime())) {
                    throw new CommandException("server " + sp.name() + " exited while starting: " + lastLine(sp.name()));
                }
                if (accepting(sp)) {
                    it.remove();
                }
            }
            if (!waiting.isEmpty() && System.currentTimeMillis() > deadline) {
                StateJournal.ServerProcess sp = waiting.get(0);
                throw new CommandException("server " + sp.name() + " did not listen on port " + sp.port() + " within "
                        + READY_TIMEOUT_MILLIS / 1000 + " s: " + lastLine(sp.name()));
            }
            checkCancelled();
            sleep(10);
        }
    }

    private void checkCancelled() throws CommandException {
        if (cancelled.getAsBoolean()) {
            throw new CommandException("lab up was interrupted (Ctrl-C)", 130);
        }
    }

    /** Listening in its own namespace (right after start it may still be in ours, on its way in). */
    boolean accepting(StateJournal.ServerProcess sp) {
        return accepting(sp, null);
    }

    private boolean accepting(StateJournal.ServerProcess sp, KeptNamespaces kept) {
        String netns = layout.netnsName(sp.namespace());
        StateJournal.NetnsId id = StateJournal.NetnsId.of(netns);
        if (id == null || ProcFs.netnsInode(sp.pid()) != id.inode()) {
            return false;
        }
        if (kept == null) {
            return ProcFs.listening(sp.pid(), sp.port());
        }
        try {
            NetNs ns = kept.enter(netns);
            return (ns.inode() == -1 || ns.inode() == id.inode()) && SockDiag.listening(ns, sp.port());
        } catch (IOException | RuntimeException e) {
            return false; // removed meanwhile, or a reply that cannot be read
        }
    }

    private String lastLine(String server) {
        try {
            List<String> lines = Files.readAllLines(layout.serverLog(server));
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException e) {
            // no log: say so below
        }
        return "it logged nothing";
    }

    /**
     * Only the word of {@link #status()}: up, down or broken, decided the same way (every
     * namespace the journal records is there and ours, every server runs and listens) without
     * listing each namespace's interfaces, which is most of status's cost. The board reads it
     * for every lab every 2 s. Reads only; takes no lock.
     */
    public String state() throws CommandException {
        return state(null);
    }

    /**
     * The same, with each server's listening socket read from a thread in its namespace that
     * kept holds (null: one entered for the question and left).
     */
    public String state(KeptNamespaces kept) throws CommandException {
        StateJournal.State state = readState();
        if (state == null) {
            return "down";
        }
        boolean whole = state.complete();
        for (StateJournal.Netns n : state.namespaces()) {
            StateJournal.NetnsId id = StateJournal.NetnsId.of(n.netns());
            whole &= id != null && ours(n, id);
        }
        for (StateJournal.ServerProcess s : state.servers()) {
            whole &= ProcFs.running(s.pid(), s.startTime()) && accepting(s, kept);
        }
        return whole ? "up" : "broken";
    }

    /** Up, down or broken, with what is there now. Reads only; takes no lock. */
    public LabStatus status() throws CommandException {
        StateJournal.State state = readState();
        if (state == null) {
            return new LabStatus(layout.lab(), null, "down", List.of(), List.of());
        }
        boolean whole = state.complete();
        List<LabStatus.Namespace> nss = new ArrayList<>();
        for (StateJournal.Netns n : state.namespaces()) {
            StateJournal.NetnsId id = StateJournal.NetnsId.of(n.netns());
            boolean present = id != null && ours(n, id);
            List<Interfaces.Iface> ifs = List.of();
            if (present) {
                try {
                    ifs = Interfaces.list(n.netns());
                } catch (IOException e) {
                    throw new CommandException("cannot list the interfaces of " + n.netns() + ": " + e.getMessage());
                }
            }
            whole &= present;
            nss.add(new LabStatus.Namespace(n.name(), n.netns(), present, ifs));
        }
        List<LabStatus.ServerState> svs = new ArrayList<>();
        for (StateJournal.ServerProcess s : state.servers()) {
            boolean running = ProcFs.running(s.pid(), s.startTime());
            boolean accepting = running && accepting(s);
            whole &= accepting;
            svs.add(new LabStatus.ServerState(s.name(), s.namespace(), s.pid(), s.port(), running, accepting));
        }
        return new LabStatus(layout.lab(), state.scenario(), whole ? "up" : "broken", nss, svs, null, !state.complete());
    }

    /** The log of a recorded server. */
    public String log(String server) throws CommandException {
        Scenario sc = scenario.get();
        if (sc.server(server).isEmpty()) {
            throw new CommandException("no server '" + server + "' in this lab; its servers are "
                    + String.join(", ", sc.servers().stream().map(Server::name).toList()), 2);
        }
        try {
            return Files.readString(layout.serverLog(server));
        } catch (NoSuchFileException e) {
            throw new CommandException("no log for " + server + ": lab '" + layout.lab() + "' is not up; 'lab up' starts it");
        } catch (IOException e) {
            throw new CommandException("cannot read " + layout.serverLog(server) + ": " + e.getMessage());
        }
    }

    /** Removes everything the journal records. */
    public String down(Consumer<String> show) throws CommandException {
        try (Held lock = lock()) {
            StateJournal.State state = readState();
            if (state == null) {
                throw new CommandException("no lab '" + layout.lab() + "' is up; nothing to remove ('lab up' builds it)");
            }
            List<String> missing = new ArrayList<>();
            for (StateJournal.Netns n : state.namespaces()) {
                if (n.identified() && StateJournal.NetnsId.of(n.netns()) == null) {
                    missing.add(n.netns());
                }
            }
            List<String> kept = remove(state, show);
            if (!kept.isEmpty()) {
                throw new CommandException(keptMessage(kept));
            }
            return "lab '" + layout.lab() + "' is down" + (missing.isEmpty() ? ""
                    : " (namespace " + String.join(", ", missing) + " had already been deleted)");
        } catch (IOException e) {
            throw new CommandException("cannot remove the lab: " + e.getMessage() + "; run 'lab down' again");
        }
    }

    /** After a failed build: removes what it made, quietly. Null when all went, else what is left. */
    private String rollback(Held lock) {
        try {
            lock.retakeHost();
            StateJournal.State state = journal.read();
            List<String> kept = state == null ? List.of() : remove(state, line -> { });
            return kept.isEmpty() ? null : keptMessage(kept);
        } catch (IOException | RuntimeException e) {
            return "removing the partial lab failed too (" + e.getMessage() + "); run 'lab down'";
        }
    }

    /** Stops the servers, deletes our namespaces, the logs and the journal. Returns namespaces kept as foreign. */
    private List<String> remove(StateJournal.State state, Consumer<String> show) throws IOException {
        Servers.killStrayCommands(state.execs());
        // The servers' JVMs take tens of milliseconds to exit: the namespaces are deleted meanwhile
        // (a namespace whose entry is gone lives on until its last process exits), and the journal
        // only once they are gone or killed.
        List<StateJournal.ServerProcess> stopping = Servers.terminate(state.servers(), show);
        if (!state.serverIntents().isEmpty()) {
            Servers.stopUnrecorded(state, show);
        }
        StringBuilder dels = new StringBuilder();
        List<String> shown = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (StateJournal.Netns n : state.namespaces()) {
            StateJournal.NetnsId id = StateJournal.NetnsId.of(n.netns());
            if (id == null) {
                continue; // already gone
            }
            if (ours(n, id)) {
                dels.append("netns del ").append(n.netns()).append('\n');
                shown.add("ip netns del " + n.netns());
            } else {
                kept.add(n.netns());
            }
        }
        if (!shown.isEmpty()) {
            shown.forEach(show);
            // -force: one namespace that cannot go must not keep the others.
            Exec.Outcome o = Exec.run(List.of("ip", "-force", "-batch", "-"), dels.toString());
            if (!o.ok()) {
                Servers.awaitOrKill(stopping, show);
                throw new IOException("'ip netns del' failed: " + SetupPlan.Step.cleanError(o.stderr()));
            }
        }
        Servers.awaitOrKill(stopping, show);
        deleteTree(layout.logDir());
        journal.delete();
        return kept;
    }

    /**
     * A namespace is ours when it is the very one we recorded (same nsfs inode and change time);
     * one recorded only as an intent (the shell died inside 'ip netns add') is ours when it was
     * made after the intent was written.
     */
    static boolean ours(StateJournal.Netns n, StateJournal.NetnsId now) {
        if (n.identified()) {
            return n.inode() == now.inode() && n.ctimeNanos() == now.ctimeNanos();
        }
        return now.ctimeNanos() >= n.notBeforeNanos();
    }

    private String keptMessage(List<String> kept) {
        return "left namespace " + String.join(", ", kept) + " alone: it was not created by this lab; remove it with 'ip netns del "
                + kept.get(0) + "' if it is yours";
    }

    private String foreign(String netns) {
        return "namespace '" + netns + "' exists but was not created by mpsh's lab '" + layout.lab() + "'";
    }

    StateJournal.State readState() throws CommandException {
        try {
            return journal.read();
        } catch (IOException e) {
            throw new CommandException("the state file " + layout.stateFile() + " is unreadable (" + e.getMessage()
                    + "); remove the lab's namespaces by hand and delete that file");
        }
    }

    /**
     * The host lock's side in this JVM: a file lock belongs to the whole process, so two threads
     * building labs at once ('class up') take turns here before the file lock, which would
     * otherwise throw OverlappingFileLockException in the second.
     */
    private static final java.util.concurrent.locks.ReentrantLock IN_PROCESS = new java.util.concurrent.locks.ReentrantLock();

    /**
     * The locks held; closing releases them (and the kernel does if we die). A build lets go of
     * the host's lock once its namespaces are set up ({@link #releaseHost}), so the next lab is
     * built while this one's servers finish starting; removing what it made takes it again.
     */
    private static final class Held implements java.io.Closeable {
        private final LabLock own;
        private final Path hostLock;
        private FileChannel channel;

        Held(LabLock own, Path hostLock, FileChannel channel) {
            this.own = own;
            this.hostLock = hostLock;
            this.channel = channel;
        }

        /** Lets the other labs' builds go on; this lab's own lock stays held. */
        void releaseHost() throws IOException {
            if (channel != null) {
                try {
                    channel.close();
                } finally {
                    channel = null;
                    IN_PROCESS.unlock();
                }
            }
        }

        /** Takes the host's lock again (waiting for it) if {@link #releaseHost} let it go. */
        void retakeHost() throws IOException {
            if (channel == null) {
                channel = hostChannel(hostLock);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                releaseHost();
            } finally {
                own.close();
            }
        }
    }

    /**
     * This lab's lock, at once or not at all (another mpsh is building or removing it), then
     * the lock every lab shares, waited for, so that two labs are never built at the same time.
     */
    private Held lock() throws IOException, CommandException {
        LabLock own;
        try {
            own = LabLock.acquire(layout);
        } catch (LabLock.Busy b) {
            throw new CommandException("lab '" + layout.lab() + "' is being built or removed by another mpsh"
                    + (b.pid > 0 ? " (PID " + b.pid + ")" : "") + "; wait for it to finish, then run 'lab status'");
        }
        try {
            return new Held(own, layout.lockFile(), hostChannel(layout.lockFile()));
        } catch (IOException | RuntimeException e) {
            own.close();
            throw e;
        }
    }

    /** The host's lock, waited for: this JVM's turn first, then the file lock. */
    private static FileChannel hostChannel(Path lockFile) throws IOException {
        IN_PROCESS.lock();
        try {
            FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                ch.lock();
                return ch;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IN_PROCESS.unlock();
            throw e;
        }
    }

    /** An I/O failure as "PATH: reason"; Java's own exceptions for a path carry only the path. */
    static String why(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            String reason = f.getReason() != null ? f.getReason()
                    : f instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : f instanceof NoSuchFileException ? "no such file or directory"
                    : f instanceof java.nio.file.FileAlreadyExistsException ? "it exists already"
                    : f.getClass().getSimpleName();
            return "cannot write " + f.getFile() + ": " + reason.toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage();
    }

    private static void deleteTree(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            if (!Files.isDirectory(dir)) {
                return;
            }
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            try {
                Files.deleteIfExists(dir);
                return;
            } catch (java.nio.file.DirectoryNotEmptyException e) {
                // a shell on the lab stamped its last command (LabActivity) meanwhile: once more
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
