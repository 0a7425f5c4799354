package dev.mpsh.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * HOST:PORT as people type it: 192.0.2.1:80, or [2001:db8::1]:80 for IPv6. HOST must be an IP
 * address: the lab has no DNS, and a name would be resolved by the host, not the namespace.
 */
public final class HostPort {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private HostPort() {
    }

    /** Parses HOST:PORT; the message of the exception is the one-line error to show. */
    public static InetSocketAddress parse(String text) {
        String s = text == null ? "" : text.strip();
        String host;
        String port;
        if (s.startsWith("[")) {
            int close = s.indexOf("]:");
            if (close < 0) {
                throw malformed(text);
            }
            host = s.substring(1, close);
            port = s.substring(close + 2);
            if (!IPV6.matcher(host).matches() || !host.contains(":")) {
                throw malformed(text);
            }
        } else {
            int colon = s.lastIndexOf(':');
            if (colon <= 0 || s.indexOf(':') != colon) {
                throw malformed(text);
            }
            host = s.substring(0, colon);
            port = s.substring(colon + 1);
            if (!IPV4.matcher(host).matches()) {
                throw new IllegalArgumentException("'" + host + "' is not an IPv4 address; HOST:PORT expects an IP address, e.g. 192.0.2.1:80");
            }
        }
        if (port.isEmpty() || !port.chars().allMatch(Character::isDigit) || port.length() > 6) {
            throw malformed(text);
        }
        int p = Integer.parseInt(port);
        if (p < 1 || p > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, got " + p);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), p); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw malformed(text);
        }
    }

    /** The address as HOST:PORT again (IPv6 in brackets). */
    public static String format(InetSocketAddress a) {
        String host = dev.mpsh.linux.SockAddr.ntop(a.getAddress());
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("malformed address '" + text + "': expects HOST:PORT, e.g. 192.0.2.1:80");
    }
}
