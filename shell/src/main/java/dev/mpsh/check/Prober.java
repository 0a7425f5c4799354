package dev.mpsh.check;

import dev.mpsh.api.Check;
import dev.mpsh.api.Scenario;
import dev.mpsh.api.Server;
import dev.mpsh.command.Cancellation;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.SockAddr;
import dev.mpsh.mptcp.Endpoint;
import dev.mpsh.mptcp.MptcpInfo;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.mptcp.PathManager;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.sockdiag.KernelConnection;
import dev.mpsh.sockdiag.KernelSnapshot;
import dev.mpsh.sockdiag.SockDiag;
import dev.mpsh.sockdiag.TcpSock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes real MPTCP connections from the check's namespace to its address, one after another,
 * until every backend has been reached or the attempts or time run out, and tells what each
 * connection did from the kernel's socket list of the client (read while the connection is
 * open: its subflows, as ss shows them) and the path-manager events of the client and of each
 * backend's namespace (what came and went: announcements, joins that closed, the C flag).
 * Subscriptions are made before the first connection so no event is missed.
 */
public final class Prober {
    /** A SYN-ACK crosses this lab in well under a millisecond; a missing one is not worth waiting for. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(400);
    static final long ECHO_TIMEOUT_MILLIS = 2000;
    /**
     * After the echo, the connection is settled once the kernel has done what its path manager
     * will do (see {@link #pending}) and then no event arrived for this long (the last join's
     * event trails its socket by a round trip).
     */
    static final long QUIET_MILLIS = 250;
    /** Only catches a path manager that never does what its endpoints say; a slow machine gets there first. */
    static final long SETTLE_MAX_MILLIS = 20_000;
    static final String MESSAGE = "mpsh check";

    private final Scenario scenario;
    private final Check check;
    private final LabLayout layout;
    private final Cancellation cancellation;

    public Prober(Scenario scenario, Check check, LabLayout layout, Cancellation cancellation) {
        this.scenario = scenario;
        this.check = check;
        this.layout = layout;
        this.cancellation = cancellation;
    }

    /** Up to maxAttempts connections within withinMillis, stopping once every backend was reached. */
    public List<Attempt> run(int maxAttempts, long withinMillis) throws IOException {
        List<NetNs> opened = new ArrayList<>();
        Map<String, EventLog> backendLogs = new LinkedHashMap<>();
        Map<String, NetNs> backendNs = new LinkedHashMap<>();
        EventLog clientLog = null;
        try {
            NetNs client = NetNs.open(layout.netnsName(check.namespace()));
            opened.add(client);
            Map<String, String> ifaceOf = new HashMap<>();
            for (Interfaces.Iface i : Interfaces.list(client)) {
                i.addresses().forEach(a -> ifaceOf.put(a.substring(0, a.indexOf('/')), i.name()));
            }
            for (Check.Backend b : check.backends()) {
                Server s = scenario.server(b.server()).orElseThrow();
                NetNs ns = NetNs.open(layout.netnsName(s.namespace()));
                opened.add(ns);
                backendNs.put(b.server(), ns);
                backendLogs.put(b.server(), EventLog.subscribe(ns));
            }
            List<Endpoint> endpoints = endpoints(client);
            clientLog = EventLog.subscribe(client);
            List<Attempt> out = new ArrayList<>();
            long deadline = System.currentTimeMillis() + withinMillis;
            for (int n = 1; n <= maxAttempts && System.currentTimeMillis() < deadline && !cancellation.isCancelled(); n++) {
                out.add(attempt(n, client, clientLog, backendLogs, backendNs, ifaceOf, endpoints));
                if (allReached(out)) {
                    break;
                }
            }
            return out;
        } finally {
            if (clientLog != null) {
                clientLog.close();
            }
            backendLogs.values().forEach(EventLog::close);
            opened.forEach(NetNs::close);
        }
    }

    private boolean allReached(List<Attempt> attempts) {
        return check.backends().stream().allMatch(b -> attempts.stream().anyMatch(a -> b.server().equals(a.backend())));
    }

    private Attempt attempt(int n, NetNs client, EventLog clientLog, Map<String, EventLog> backendLogs,
                            Map<String, NetNs> backendNs, Map<String, String> ifaceOf, List<Endpoint> endpoints)
            throws IOException {
        InetSocketAddress target = new InetSocketAddress(InetAddress.getByName(check.address()), check.port());
        MptcpSocket s;
        try {
            s = MptcpSocket.connect(client, target, CONNECT_TIMEOUT);
        } catch (IOException e) {
            return Attempt.failed(n, e.getMessage());
        }
        try (s) {
            boolean mptcp = s.mptcpInUse();
            InetSocketAddress local = s.localAddress();
            String error = null;
            boolean echoed;
            try {
                echoed = echo(s);
                if (!echoed) {
                    error = "the echo came back different";
                }
            } catch (IOException e) {
                echoed = false;
                error = "no echo: " + e.getMessage();
            }
            Settled settled = mptcp ? settle(client, clientLog, local, endpoints) : Settled.NONE;
            return describe(n, mptcp, echoed, error, local, clientLog.events(), settled, backendLogs, backendNs, ifaceOf);
        }
    }

    /** Sends one line and reads it back; a watchdog closes the socket if no echo comes. */
    private static boolean echo(MptcpSocket s) throws IOException {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(ECHO_TIMEOUT_MILLIS);
                s.close();
            } catch (InterruptedException e) {
                // echo arrived in time
            }
        }, "echo-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            byte[] b = (MESSAGE + "\n").getBytes(StandardCharsets.UTF_8);
            s.write(b, 0, b.length);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] one = new byte[1];
            while (true) {
                int r = s.read(one, 0, 1);
                if (r < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (one[0] == '\n') {
                    return got.toString(StandardCharsets.UTF_8).equals(MESSAGE);
                }
                got.write(one[0]);
            }
        } finally {
            watchdog.interrupt();
        }
    }

    /** The client's endpoints; none when the path manager cannot be read (then nothing is waited for). */
    private static List<Endpoint> endpoints(NetNs client) {
        try (PathManager pm = PathManager.open(client)) {
            return pm.endpoints();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The connection as the kernel listed it once settled (null when it could not be read or the
     * connection is plain TCP), and what was still pending if the wait ran out (null when none).
     */
    record Settled(KernelConnection kernel, String pendingAtEnd) {
        static final Settled NONE = new Settled(null, null);
    }

    /**
     * Waits until the client's kernel has done for the connection what its path manager will do
     * ({@link #pending} is null) and its events have then been quiet for {@link #QUIET_MILLIS},
     * or {@link #SETTLE_MAX_MILLIS} passed; returns the connection as the kernel lists it then.
     * The wait ends on what the kernel shows, not on a time that a loaded machine can overrun.
     * One sock_diag socket serves every look at the kernel during the wait.
     */
    private Settled settle(NetNs client, EventLog log, InetSocketAddress local, List<Endpoint> endpoints) throws IOException {
        SockDiag diag;
        try {
            diag = SockDiag.open(client);
        } catch (IOException | RuntimeException e) {
            return Settled.NONE; // the events still tell
        }
        try (diag) {
            long start = System.currentTimeMillis();
            int last = -1;
            long lastChange = start;
            KernelConnection kernel = kernelConnection(diag, local);
            while (System.currentTimeMillis() - start < SETTLE_MAX_MILLIS && !cancellation.isCancelled()) {
                List<PmEvent> events = log.events();
                if (events.size() != last) {
                    last = events.size();
                    lastChange = System.currentTimeMillis();
                } else if (System.currentTimeMillis() - lastChange >= QUIET_MILLIS && pending(kernel, events, endpoints) == null) {
                    return new Settled(kernel, null);
                }
                sleep(20);
                kernel = kernelConnection(diag, local);
            }
            return new Settled(kernel, pending(kernel, log.events(), endpoints));
        }
    }

    /** The client's path manager for the connection as mptcp_info has it, with what was left pending. */
    static String pathManager(KernelConnection kernel, String pendingAtEnd) {
        if (kernel == null) {
            return null;
        }
        MptcpInfo i = kernel.msk().info();
        String s = "subflows " + i.subflows() + " of " + i.subflowsMax() + ", endpoints dealt with " + i.localAddrUsed()
                + ", announced taken up " + i.addAddrAccepted() + " of " + i.addAddrAcceptedMax();
        return pendingAtEnd == null ? s : s + "; still pending when the wait ran out: " + pendingAtEnd;
    }

    /**
     * Joins of the connection that did not become subflows: still in their handshake in the
     * kernel's list, or closed again as the client's events tell (with the error the kernel gave).
     */
    static List<String> notJoined(KernelConnection kernel, List<PmEvent> events, List<Attempt.Join> joined, Map<String, String> ifaceOf) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        joined.forEach(j -> seen.add(j.saddr() + " " + j.to()));
        if (kernel != null) {
            for (TcpSock sf : kernel.subflows()) {
                if (sf.id().connecting()) {
                    String saddr = SockAddr.ntop(sf.id().local().getAddress());
                    String to = SockAddr.ntop(sf.id().remote().getAddress()) + ":" + sf.id().remote().getPort();
                    out.add(ifaceOf.getOrDefault(saddr, "?") + " " + saddr + ":" + sf.id().local().getPort() + " -> " + to + ": "
                            + sf.id().stateName() + (sf.tcp() == null ? "" : ", SYN sent " + (sf.tcp().totalRetrans() + 1) + " time(s)"));
                    seen.add(saddr + " " + to);
                }
            }
        }
        Long token = kernel == null ? null : kernel.token();
        for (PmEvent e : events) {
            if (token != null && token.equals(e.token()) && e.type() == PmEvent.SUB_CLOSED && e.saddr() != null && e.daddr() != null) {
                String saddr = SockAddr.ntop(e.saddr());
                String to = SockAddr.ntop(e.daddr()) + ":" + e.dport();
                if (seen.add(saddr + " " + to)) {
                    out.add(ifaceOf.getOrDefault(saddr, "?") + " " + saddr + ":" + e.sport() + " -> " + to + ": closed"
                            + (e.error() == null || e.error() == 0 ? "" : " (error " + e.error() + ")"));
                }
            }
        }
        return out;
    }

    /** offsetof(struct mptcp_info, mptcpi_local_addr_max) + 1: kernels that fill less do not say. */
    static final int LOCAL_ADDR_FIELDS = 42;

    /**
     * What the client's path manager has still to do for the connection, or null when it is done.
     * The in-kernel path manager goes through the subflow endpoints once per connection, counting
     * each one it has dealt with in mptcpi_local_addr_used (whether it opened a subflow from it or
     * found nothing to join, e.g. the peer's C flag forbids joining the initial address); the
     * endpoint of the initial subflow's own address is set aside without being counted (Linux
     * 6.18, pm_kernel.c). So it is done with them once local_addr_used reaches the number of the
     * other subflow endpoints, or the connection has as many subflows as the limit allows. An
     * announced address is dealt with once add_addr_accepted counts it (up to its limit). A join
     * still in its handshake whose SYN was not yet sent twice is waited for: a join SYN crosses a
     * lab in a millisecond, and one dropped on the way is retransmitted after a second; then its
     * missing answer is the symptom, not something to wait for.
     */
    static String pending(KernelConnection kernel, List<PmEvent> events, List<Endpoint> endpoints) {
        if (kernel == null || kernel.msk().fallback()) {
            return null;
        }
        MptcpInfo info = kernel.msk().info();
        long token = kernel.token();
        for (TcpSock sf : kernel.subflows()) {
            if (sf.id().connecting() && sf.tcp() != null && sf.tcp().totalRetrans() == 0) {
                return "a join from " + SockAddr.ntop(sf.id().local().getAddress()) + " is in its handshake";
            }
        }
        if (info.subflows() >= info.subflowsMax()) {
            return null;
        }
        InetAddress initial = kernel.msk().id().local().getAddress();
        long others = endpoints.stream().filter(e -> e.has(Endpoint.Flag.SUBFLOW) && !e.address().equals(initial)).count();
        if (info.length() >= LOCAL_ADDR_FIELDS && info.localAddrUsed() < Math.min(others, info.localAddrMax())) {
            return "the path manager has dealt with " + info.localAddrUsed() + " of " + others + " subflow endpoints";
        }
        long announced = events.stream().filter(ev -> ev.type() == PmEvent.ANNOUNCED && ev.token() != null && ev.token() == token
                && ev.daddr() != null).map(ev -> SockAddr.ntop(ev.daddr()) + ":" + ev.dport()).distinct().count();
        if (info.addAddrAccepted() < Math.min(announced, info.addAddrAcceptedMax())) {
            return "an announced address is not taken up yet";
        }
        return null;
    }

    /** The client's connection from local, as the kernel lists it now, or null. */
    private static KernelConnection kernelConnection(SockDiag diag, InetSocketAddress local) {
        try {
            return diag.snapshot().connections().stream()
                    .filter(c -> c.msk().id().local().equals(local)).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null; // the events still tell
        }
    }

    private Attempt describe(int n, boolean mptcp, boolean echoed, String error, InetSocketAddress local,
                             List<PmEvent> events, Settled settled, Map<String, EventLog> backendLogs,
                             Map<String, NetNs> backendNs, Map<String, String> ifaceOf) throws IOException {
        KernelConnection kernel = settled.kernel();
        String localAddr = SockAddr.ntop(local.getAddress());
        Long token = kernel == null ? null : kernel.token();
        String initial = kernel == null ? null
                : SockAddr.ntop(kernel.msk().id().remote().getAddress()) + ":" + kernel.msk().id().remote().getPort();
        for (PmEvent e : events) {
            if (e.type() == PmEvent.CREATED && e.sport() != null && e.sport() == local.getPort()
                    && e.saddr() != null && SockAddr.ntop(e.saddr()).equals(localAddr)) {
                token = e.token();
                initial = SockAddr.ntop(e.daddr()) + ":" + e.dport();
            }
        }
        boolean denyJoin = false;
        List<String> announced = new ArrayList<>();
        for (PmEvent e : events) {
            if (token == null || !token.equals(e.token())) {
                continue;
            }
            if (e.type() == PmEvent.ESTABLISHED && e.flags() != null) {
                denyJoin = (e.flags() & PmEvent.FLAG_DENY_JOIN_ID0) != 0;
            } else if (e.type() == PmEvent.ANNOUNCED && e.daddr() != null) {
                announced.add(SockAddr.ntop(e.daddr()) + ":" + e.dport());
            }
        }
        String backend = null;
        for (Map.Entry<String, EventLog> b : backendLogs.entrySet()) {
            for (PmEvent e : b.getValue().events()) {
                // the server's own view of the same connection: its peer is our local address and port
                if (e.type() == PmEvent.CREATED && e.dport() != null && e.dport() == local.getPort()
                        && e.daddr() != null && SockAddr.ntop(e.daddr()).equals(localAddr)) {
                    backend = b.getKey();
                }
            }
        }
        if (backend == null && mptcp) {
            backend = backendByKernel(backendNs, local);
        }
        List<Attempt.Join> joins = joins(kernel, events, token, ifaceOf, backendLogs);
        return new Attempt(n, true, mptcp, echoed, error, localAddr + ":" + local.getPort(), initial, backend,
                denyJoin, announced, joins, ifaceOf.get(localAddr),
                notJoined(kernel, events, joins, ifaceOf), pathManager(kernel, settled.pendingAtEnd()));
    }

    /**
     * The connection's joins: those the kernel lists established now, and those the events saw that
     * are no longer there (closed since); each once, with whether either end flagged it backup.
     */
    static List<Attempt.Join> joins(KernelConnection kernel, List<PmEvent> events, Long token, Map<String, String> ifaceOf,
            Map<String, EventLog> backendLogs) throws IOException {
        Map<String, Attempt.Join> joins = new LinkedHashMap<>();
        if (kernel != null) {
            for (TcpSock sf : kernel.subflows()) {
                // a join still in its handshake (a SYN that gets no answer) is no subflow yet
                if (!KernelSnapshot.initial(kernel.msk(), sf) && !sf.id().connecting()) {
                    String saddr = SockAddr.ntop(sf.id().local().getAddress());
                    int sport = sf.id().local().getPort();
                    boolean backup = sf.mptcp() != null && (sf.mptcp().backupLocal() || sf.mptcp().backupRemote())
                            || serverSeesBackup(backendLogs, saddr, sport);
                    joins.put(saddr + ":" + sport, new Attempt.Join(ifaceOf.getOrDefault(saddr, "?"), saddr,
                            SockAddr.ntop(sf.id().remote().getAddress()), sf.id().remote().getPort(), backup));
                }
            }
        }
        for (PmEvent e : events) {
            if (token != null && token.equals(e.token()) && e.type() == PmEvent.SUB_ESTABLISHED) {
                String saddr = SockAddr.ntop(e.saddr());
                // the client's event carries the server's wish; the client's own is in the server's event
                boolean backup = (e.backup() != null && e.backup() != 0)
                        || serverSeesBackup(backendLogs, saddr, e.sport() == null ? -1 : e.sport());
                joins.putIfAbsent(saddr + ":" + e.sport(),
                        new Attempt.Join(ifaceOf.getOrDefault(saddr, "?"), saddr, SockAddr.ntop(e.daddr()), e.dport(), backup));
            }
        }
        return List.copyOf(joins.values());
    }

    /**
     * Whether a server saw the subflow from saddr:sport flagged backup. Measured on Linux 6.18:
     * a subflow the client opened from a 'backup' endpoint shows backup=0 in the client's own
     * SF_ESTABLISHED and backup=1 in the server's (the flag a side reports is the peer's).
     */
    private static boolean serverSeesBackup(Map<String, EventLog> backendLogs, String saddr, int sport) throws IOException {
        for (EventLog log : backendLogs.values()) {
            for (PmEvent e : log.events()) {
                if ((e.type() == PmEvent.SUB_ESTABLISHED || e.type() == PmEvent.SUB_PRIORITY) && e.daddr() != null
                        && e.dport() != null && e.dport() == sport && SockAddr.ntop(e.daddr()).equals(saddr)
                        && e.backup() != null && e.backup() != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The backend whose socket list has a connection from local, or null. */
    private static String backendByKernel(Map<String, NetNs> backendNs, InetSocketAddress local) {
        for (Map.Entry<String, NetNs> b : backendNs.entrySet()) {
            try {
                if (SockDiag.read(b.getValue()).connections().stream().anyMatch(c -> c.msk().id().remote().equals(local))) {
                    return b.getKey();
                }
            } catch (IOException | RuntimeException e) {
                // that backend cannot tell; the events may have
            }
        }
        return null;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
