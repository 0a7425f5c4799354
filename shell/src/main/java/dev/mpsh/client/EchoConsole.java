package dev.mpsh.client;

import java.net.InetSocketAddress;

/**
 * A front end's own echo console (the dashboard's), attached to the session while it is open:
 * {@code client -addr …} typed in its command line opens or focuses that console on the address
 * instead of reading lines from a terminal the command line does not have.
 */
public interface EchoConsole {
    /** Points the console at addr, connecting from the lab namespace ns; returns what to tell the user. */
    String open(String ns, InetSocketAddress addr);
}
