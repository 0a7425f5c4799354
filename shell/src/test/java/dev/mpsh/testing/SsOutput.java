package dev.mpsh.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `ss -tniMe` output, parsed: the MPTCP subflows (tcp sockets with tcp-ulp-mptcp) and the MPTCP
 * sockets of one namespace, as iproute2 6.1 prints them. The reference the subflow tables are
 * compared with.
 */
public final class SsOutput {
    /** One subflow: addresses (local without its %device), the device if ss shows one, its MPTCP details. */
    public record Subflow(String local, String device, String remote, String tokenRemote, int idRemote,
                          String tokenLocal, int idLocal, String flags) {
    }

    /** One MPTCP socket: the initial subflow's addresses and the connection's token. */
    public record Mptcp(String local, String remote, String token) {
    }

    private static final Pattern HEAD = Pattern.compile("^(tcp|mptcp)\\s+\\S+\\s+\\d+\\s+\\d+\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern ULP = Pattern.compile(
            "tcp-ulp-mptcp flags:(\\S*) token:([0-9a-f]+)\\(id:(\\d+)\\)/([0-9a-f]+)\\(id:(\\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("\\btoken:([0-9a-f]+)");

    public final List<Subflow> subflows = new ArrayList<>();
    public final List<Mptcp> mptcp = new ArrayList<>();

    public SsOutput(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            Matcher h = HEAD.matcher(lines[i]);
            if (!h.find() || !lines[i + 1].startsWith("\t")) {
                continue;
            }
            String info = lines[++i];
            String local = h.group(2);
            String device = null;
            int pct = local.indexOf('%');
            if (pct >= 0) {
                int colon = local.lastIndexOf(':');
                device = local.substring(pct + 1, colon);
                local = local.substring(0, pct) + local.substring(colon);
            }
            if (h.group(1).equals("mptcp")) {
                Matcher t = TOKEN.matcher(info);
                if (t.find()) {
                    mptcp.add(new Mptcp(local, h.group(3), pad(t.group(1))));
                }
                continue;
            }
            Matcher u = ULP.matcher(info);
            if (u.find()) {
                subflows.add(new Subflow(local, device, h.group(3), pad(u.group(2)), Integer.parseInt(u.group(3)),
                        pad(u.group(4)), Integer.parseInt(u.group(5)), u.group(1)));
            }
        }
    }

    /** ss prints tokens with %x: "0000" is 0, "1a2b" is 00001a2b. */
    private static String pad(String hex) {
        return String.format("%08x", Long.parseLong(hex, 16));
    }
}
