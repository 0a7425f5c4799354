package dev.mpsh.client;

import dev.mpsh.command.Command;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.CommandException;
import dev.mpsh.command.Result;
import dev.mpsh.api.Scenario;
import dev.mpsh.lab.Examples;
import dev.mpsh.lab.ScenarioRoles;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.Wakeup;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.output.Output;
import dev.mpsh.output.Style;
import dev.mpsh.traffic.BulkClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code client [-addr HOST:PORT] [-msg TEXT | --bulk DURATION | --bytes SIZE]}: the scenario's MPTCP echo client. */
public final class ClientCommand implements Command {
    static final String DASHES = "-".repeat(56);
    /** Exit status after Ctrl-C, as a shell reports SIGINT. */
    static final int STATUS_CANCELLED = 130;

    @Override
    public String name() {
        return "client";
    }

    @Override
    public String group() {
        return "mptcp";
    }

    @Override
    public String summary() {
        return "connect to an echo server over MPTCP and talk to it";
    }

    @Override
    public String help() {
        return help(null);
    }

    @Override
    public String help(Scenario scenario) {
        Examples e = Examples.of(scenario);
        return """
                usage: client [-addr HOST:PORT] [-msg TEXT] [-timeout DURATION] [-ns NAMESPACE]
                       client [-addr HOST:PORT] --bulk DURATION | --bytes SIZE [--timeline] [--interval D] [-ns NAMESPACE]
                       client CMD...   runs CMD in the client namespace, as 'NAMESPACE CMD' does
                                       (the first word is no option, e.g. 'client ip addr')

                Connects over MPTCP from the lab's client namespace (%1$s, or NAMESPACE) and
                says whether MPTCP is really in use. Without -msg it reads lines and sends each
                one, printing the echo as "recv> ...", until Ctrl+D; Ctrl+C stops it at any time.
                In the dashboard's command line it opens the echo console on that address.

                  -addr HOST:PORT     where to connect; default: the scenario's traffic address,
                                      else the one 'check' grades (%4$s in this lab)
                  -msg TEXT           send TEXT once, print the echo and exit (--json works here)
                  -timeout DURATION   how long to wait for the connection: 3s (default), 500ms, 2
                  -ns NAMESPACE       connect from another lab namespace, e.g. %3$s

                Bulk traffic: --bulk sends for DURATION, --bytes sends SIZE, over one connection,
                and checks that every byte comes back unchanged (the echo servers return what
                they get). A terminal
                shows a live line (bytes, rate, each subflow's share); the summary gives the
                goodput (echoed bytes per second), each subflow's bytes and share, and what was
                lost or changed. Ctrl+C stops sending and still prints the summary.

                  --bulk DURATION     e.g. 10s, 2m
                  --bytes SIZE        e.g. 200M, 1.5G (powers of 1000), 64KiB (of 1024)
                  --timeline          also the bytes each subflow moved per interval
                  --interval DURATION how often each subflow's counters are read: 100ms
                                      (default), the timeline's resolution

                Exit status: 0 done (bulk: every byte came back unchanged), 1 failed,
                2 bad usage, 130 stopped by Ctrl+C.

                examples:
                  client
                  client -addr %2$s -msg hello
                  client -addr %2$s -ns %3$s -timeout 1s
                  client --bulk 10s
                  client --bytes 200M --timeline --json
                """.formatted(e.client(), e.target(), e.other(), traffic(scenario, e));
    }

    private static String traffic(Scenario scenario, Examples e) {
        InetSocketAddress t = scenario == null ? null : ScenarioRoles.trafficTarget(scenario);
        return t == null ? e.target() : HostPort.format(t);
    }

    @Override
    public Result run(CommandContext ctx, List<String> args) throws CommandException {
        ClientOptions o = ClientOptions.parse(args);
        Scenario scenario = ScenarioSource.of(ctx.session()).get();
        String nsName = o.ns() != null ? o.ns() : ScenarioRoles.clientNamespace(scenario);
        InetSocketAddress addr = o.addr() != null ? o.addr() : ScenarioRoles.trafficTarget(scenario);
        if (addr == null) {
            throw CommandException.usage("-addr is needed: this lab's scenario names no address to default to, e.g. 'client -addr "
                    + Examples.PLACEHOLDERS.target() + "'");
        }
        EchoConsole console = ctx.session().attachment(EchoConsole.class);
        if (o.interactive() && console != null) {
            // the dashboard's command line reads no lines from a terminal: its echo console does
            return Result.text(console.open(nsName, addr));
        }
        String target = HostPort.format(addr);
        try (NetNs ns = LabNamespace.open(ctx, nsName); Wakeup cancel = new Wakeup()) {
            MptcpSocket[] sock = new MptcpSocket[1];
            try (AutoCloseable hook = ctx.cancellation().onCancel(() -> {
                cancel.wake();
                synchronized (sock) {
                    if (sock[0] != null && o.bulk() == null) {
                        sock[0].close(); // wakes a blocked read; a bulk transfer stops itself and reports
                    }
                }
            })) {
                MptcpSocket s;
                try {
                    s = MptcpSocket.connect(ns, addr, o.timeout(), cancel);
                } catch (java.net.SocketTimeoutException e) {
                    throw new CommandException("cannot connect to " + target + ": " + e.getMessage());
                } catch (InterruptedIOException e) {
                    throw e; // Ctrl-C
                } catch (IOException e) {
                    throw new CommandException("cannot connect to " + target + ": " + e.getMessage());
                }
                synchronized (sock) {
                    sock[0] = s;
                    if (ctx.cancellation().isCancelled()) {
                        s.close();
                    }
                }
                try (s; AutoCloseable listed = ClientSockets.of(ctx.session()).register(nsName, s)) {
                    if (o.bulk() != null) {
                        return BulkClient.run(ctx, s, ns, nsName, scenario.wans(), target, o.bulk());
                    }
                    boolean mptcp = s.mptcpInUse();
                    String connected = "connected to " + target + " with mptcp: " + mptcp;
                    if (o.msg() != null) {
                        String echo = roundTrip(s, o.msg());
                        return Result.ok(new Exchange(connected, target, mptcp, o.msg(), echo));
                    }
                    interactive(ctx, s, connected);
                    return Result.ok();
                }
            }
        } catch (InterruptedIOException e) {
            return Result.status(STATUS_CANCELLED);
        } catch (IOException e) {
            if (ctx.cancellation().isCancelled()) {
                return Result.status(STATUS_CANCELLED);
            }
            throw new CommandException("cannot talk to " + target + ": " + e.getMessage());
        } catch (CommandException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandException("client failed: " + e);
        }
    }

    private static void interactive(CommandContext ctx, MptcpSocket s, String connected) throws IOException {
        PrintStream out = ctx.out();
        out.println(connected);
        out.println("entering interactive mode; type messages and press Enter to send");
        out.println("press Ctrl+D (EOF) to exit");
        out.println(DASHES);
        out.flush();
        while (!ctx.cancellation().isCancelled()) {
            String line = ctx.in().readLine();
            if (line == null || ctx.cancellation().isCancelled()) {
                break;
            }
            out.println("recv> " + roundTrip(s, line));
            out.flush();
        }
    }

    /** Sends text and a newline, returns the echoed line without it. */
    static String roundTrip(MptcpSocket s, String text) throws IOException {
        byte[] b = (text + "\n").getBytes(StandardCharsets.UTF_8);
        s.write(b, 0, b.length);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] one = new byte[1];
        // byte by byte up to the newline: the echo of the next line must stay in the socket
        while (true) {
            int n = s.read(one, 0, 1);
            if (n < 0) {
                throw new IOException("the server closed the connection"
                        + (got.size() > 0 ? " after " + got.size() + " bytes" : " without answering"));
            }
            if (one[0] == '\n') {
                return got.toString(StandardCharsets.UTF_8);
            }
            got.write(one[0]);
        }
    }

    /** One -msg exchange: printed like the interactive client, or as JSON. */
    record Exchange(String connected, String address, boolean mptcp, String sent, String received) implements Output {
        @Override
        public void render(PrintStream out, Style style) {
            out.println(connected);
            out.println("recv> " + received);
        }

        @Override
        public Object json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("address", address);
            m.put("mptcp", mptcp);
            m.put("sent", sent);
            m.put("received", received);
            return m;
        }
    }
}
