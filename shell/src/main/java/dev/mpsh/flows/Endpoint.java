package dev.mpsh.flows;

import dev.mpsh.linux.SockAddr;
import java.net.InetAddress;

/** An address and port as the events carry them; either may be missing (null / 0). */
public record Endpoint(InetAddress address, int port) {

    /** "192.0.2.1:8081", "[fd00::1]:80", "?" for a missing address. */
    @Override
    public String toString() {
        String a = address == null ? "?" : SockAddr.ntop(address);
        if (address != null && a.contains(":")) {
            a = "[" + a + "]";
        }
        return a + ":" + port;
    }
}
