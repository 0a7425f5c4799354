package dev.mpsh.tui;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.function.BiFunction;

/**
 * The echo console's link, which {@code client -addr …} typed in the dashboard's command line
 * points at another address (and namespace): the old connection closes, the next line connects.
 */
final class SwitchingEchoLink implements EchoLink {
    private final BiFunction<String, InetSocketAddress, EchoLink> make;
    private EchoLink current;

    SwitchingEchoLink(EchoLink first, BiFunction<String, InetSocketAddress, EchoLink> make) {
        this.current = first;
        this.make = make;
    }

    /** From now on lines go to addr, from the lab namespace ns. */
    synchronized void point(String ns, InetSocketAddress addr) {
        current.close();
        current = make.apply(ns, addr);
    }

    @Override
    public synchronized String target() {
        return current.target();
    }

    @Override
    public synchronized String send(String line) throws IOException {
        return current.send(line);
    }

    @Override
    public synchronized void close() {
        current.close();
    }
}
