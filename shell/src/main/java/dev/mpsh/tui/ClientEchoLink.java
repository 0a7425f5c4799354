package dev.mpsh.tui;

import dev.mpsh.client.HostPort;
import dev.mpsh.command.Namespaces;
import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpSocket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * The echo console's connection: one MPTCP connection from a lab namespace, kept open between
 * lines, as the built-in client makes it. A failure closes it; the next line connects again.
 */
final class ClientEchoLink implements EchoLink {
    static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final int MAX_REPLY = 64 * 1024;

    private final Namespaces namespaces;
    private final String from;
    private final InetSocketAddress to;
    private final BiFunction<String, MptcpSocket, AutoCloseable> register;
    private NetNs ns;
    private MptcpSocket socket;
    private AutoCloseable listed;

    /** @param register lists the open socket with the session's built-in client connections (their counters show in the subflow table) */
    ClientEchoLink(Namespaces namespaces, String from, InetSocketAddress to,
                   BiFunction<String, MptcpSocket, AutoCloseable> register) {
        this.namespaces = namespaces;
        this.from = from;
        this.to = to;
        this.register = register;
    }

    @Override
    public String target() {
        return HostPort.format(to) + " from " + from;
    }

    @Override
    public synchronized String send(String line) throws IOException {
        try {
            if (socket == null) {
                connect();
            }
            byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
            socket.write(b, 0, b.length);
            return readLine();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        if (!namespaces.labUp()) {
            throw new IOException("the lab is down; run 'lab up' in the command line below first");
        }
        try {
            ns = NetNs.open(namespaces.netnsName(from));
            socket = MptcpSocket.connect(ns, to, TIMEOUT);
            listed = register.apply(from, socket);
        } catch (IOException e) {
            throw new IOException("cannot connect to " + HostPort.format(to) + " from " + from + ": " + e.getMessage()
                    + "; the fixes pane shows what is missing", e);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] one = new byte[1];
        while (got.size() < MAX_REPLY) {
            int n = socket.read(one, 0, 1);
            if (n <= 0) {
                throw new IOException("the server closed the connection; the next line connects again");
            }
            if (one[0] == '\n') {
                break;
            }
            got.write(one[0]);
        }
        String reply = got.toString(StandardCharsets.UTF_8);
        return socket.mptcpInUse() ? reply : reply + "   (plain TCP: MPTCP is not in use)";
    }

    @Override
    public synchronized void close() {
        if (listed != null) {
            try {
                listed.close();
            } catch (Exception e) {
                // unlisting does not fail
            }
            listed = null;
        }
        if (socket != null) {
            socket.close();
            socket = null;
        }
        if (ns != null) {
            ns.close();
            ns = null;
        }
    }
}
