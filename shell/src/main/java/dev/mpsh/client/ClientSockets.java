package dev.mpsh.client;

import dev.mpsh.command.Session;
import dev.mpsh.mptcp.MptcpSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The built-in client's open connections in this session, so views can take a last reading of
 * a connection's counters just before it closes. The client registers a socket once it is
 * connected and removes it when it closes.
 */
public final class ClientSockets {

    /** One open connection and the lab namespace (scenario name) it was made from. */
    public record Open(String namespace, MptcpSocket socket) {
    }

    private final List<Open> open = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Open>> closing = new CopyOnWriteArrayList<>();

    /** The session's registry. */
    public static ClientSockets of(Session session) {
        return session.service(ClientSockets.class, ClientSockets::new);
    }

    /** Adds a connected socket; closing the handle (before the socket) removes it. */
    public AutoCloseable register(String namespace, MptcpSocket socket) {
        Open o = new Open(namespace, socket);
        open.add(o);
        return () -> {
            for (var c : closing) {
                try {
                    c.accept(o);
                } catch (RuntimeException ignored) {
                    // a view that cannot take its last reading must not break the client
                }
            }
            open.remove(o);
        };
    }

    /** Called with each connection just before it is removed, while its socket is still open. */
    public void onClosing(java.util.function.Consumer<Open> c) {
        closing.add(c);
    }

    /** The open connections now. */
    public List<Open> list() {
        return List.copyOf(open);
    }
}
