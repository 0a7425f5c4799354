package dev.mpsh.command;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What lasts between commands of one shell: which lab this shell drives, the current
 * namespace context, and the user's settings. Front ends share one Session with the dispatcher.
 */
public final class Session {
    /** The name of the default lab, whose namespaces carry no prefix. */
    public static final String DEFAULT_LAB = "default";

    private final String labName;
    private volatile StatementListener statementListener;
    private volatile String namespace;
    private volatile String previousNamespace;
    private volatile boolean switched;
    private volatile boolean verbose;
    private volatile Integer exitStatus;
    private volatile Namespaces namespaces;
    private volatile StatementGuard guard;
    private volatile BackgroundOutput background = BackgroundOutput.STDOUT;
    private volatile TerminalHandover terminalHandover = TerminalHandover.NONE;
    private final java.util.List<AfterStatement> afterStatement = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Supplier<ScreenSize> screenSize;
    private final ConcurrentHashMap<Class<?>, Object> services = new ConcurrentHashMap<>();

    public Session(String labName) {
        this.labName = labName;
    }

    public String labName() {
        return labName;
    }

    /** Told about every statement run in this session (e.g. by {@code record}); null for none. */
    public StatementListener statementListener() {
        return statementListener;
    }

    public void statementListener(StatementListener listener) {
        this.statementListener = listener;
    }

    /** The current namespace as the scenario names it (e.g. "client"), or null for the host's. */
    public String namespace() {
        return namespace;
    }

    public void namespace(String ns) {
        this.previousNamespace = this.namespace;
        this.namespace = ns;
        this.switched = true;
    }

    /** Whether {@code ns -} has somewhere to go back to (the host counts). */
    public boolean hasPreviousNamespace() {
        return switched;
    }

    public String previousNamespace() {
        return previousNamespace;
    }

    public boolean verbose() {
        return verbose;
    }

    public void verbose(boolean verbose) {
        this.verbose = verbose;
    }

    /** Asks the front end to leave after the current command, with this status. */
    public void requestExit(int status) {
        this.exitStatus = status;
    }

    /** Forgets an {@code exit}: a sourced script's exit ends the script, not the shell. */
    public void clearExit() {
        this.exitStatus = null;
    }

    /** The status asked for by {@code exit}, or null while the shell should go on. */
    public Integer exitStatus() {
        return exitStatus;
    }

    /** What refuses statements before they run (a confined shell's), or null for none. */
    public StatementGuard guard() {
        return guard;
    }

    public void guard(StatementGuard guard) {
        this.guard = guard;
    }

    /** Where the shell starts: like {@link #namespace(String)}, but leaves nothing for {@code ns -} to go back to. */
    public void startIn(String ns) {
        this.namespace = ns;
        this.previousNamespace = null;
        this.switched = false;
    }

    /** The lab's namespaces; set by the lab engine when the session starts. */
    public Namespaces namespaces() {
        return namespaces;
    }

    public void namespaces(Namespaces namespaces) {
        this.namespaces = namespaces;
    }

    /** The lab's scenario (help texts, examples, completion), or null when it is unknown. */
    public dev.mpsh.api.Scenario scenario() {
        Namespaces ns = namespaces;
        return ns == null ? null : ns.scenario();
    }

    /** Where output produced outside a command's own turn goes; see {@link BackgroundOutput}. */
    public BackgroundOutput background() {
        return background;
    }

    public void background(BackgroundOutput background) {
        this.background = background == null ? BackgroundOutput.STDOUT : background;
    }

    /** What a full-screen front end calls when it gives the terminal back; see {@link TerminalHandover}. */
    public TerminalHandover terminalHandover() {
        return terminalHandover;
    }

    public void terminalHandover(TerminalHandover handover) {
        this.terminalHandover = handover == null ? TerminalHandover.NONE : handover;
    }

    /** The terminal's size now, or null when no front end with a terminal set it. */
    public ScreenSize screenSize() {
        Supplier<ScreenSize> s = screenSize;
        return s == null ? null : s.get();
    }

    public void screenSize(Supplier<ScreenSize> size) {
        this.screenSize = size;
    }

    /**
     * The session's one object of a type, made on first use: what lives as long as the shell
     * and several commands share (the built-in client's open sockets, the subflow collector).
     * Making one may make another (the collector needs the client's sockets): computeIfAbsent
     * would then throw "Recursive update" whenever both keys fall in one bin, so a lock that
     * the same thread may take again guards the making instead.
     */
    public <T> T service(Class<T> type, Supplier<? extends T> create) {
        Object have = services.get(type);
        if (have == null) {
            synchronized (services) {
                have = services.get(type);
                if (have == null) {
                    have = create.get();
                    services.put(type, have);
                }
            }
        }
        return type.cast(have);
    }

    /** Hooks run after each top-level statement, in the order added. */
    public java.util.List<AfterStatement> afterStatement() {
        return java.util.List.copyOf(afterStatement);
    }

    public void addAfterStatement(AfterStatement hook) {
        afterStatement.add(hook);
    }

    public void removeAfterStatement(AfterStatement hook) {
        afterStatement.remove(hook);
    }

    /**
     * The session's object of a type if there is one, without making it (e.g. the walkthrough
     * in progress, which a front end shows only when the trainee started it); null when none.
     */
    public <T> T attachment(Class<T> type) {
        return type.cast(services.get(type));
    }

    /** Sets (or, with null, removes) the session's object of a type; see {@link #service}. */
    public <T> void attach(Class<T> type, T value) {
        if (value == null) {
            services.remove(type);
        } else {
            services.put(type, value);
        }
    }
}
