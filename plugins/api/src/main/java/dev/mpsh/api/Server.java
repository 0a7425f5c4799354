package dev.mpsh.api;

/**
 * A server the lab runs as its own process, e.g. the MPTCP echo server app-1.
 *
 * @param name      how the user names it ({@code lab logs app-1})
 * @param namespace the scenario namespace it runs in
 * @param kind      what it is; the engine knows {@code echo}
 * @param host      the address it listens on, e.g. 0.0.0.0
 * @param port      the TCP port it listens on
 */
public record Server(String name, String namespace, String kind, String host, int port) {

    /** {@code host:port}, as given to the server's --listen. */
    public String listen() {
        return host + ":" + port;
    }
}
