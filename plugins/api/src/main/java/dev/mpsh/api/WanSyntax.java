package dev.mpsh.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code wan} and {@code traffic} lines of a scenario file (see {@link ScenarioParser});
 * they stand with the {@code server} lines, before the first fix.
 * <pre>
 * wan NS DEV ADDR peer PEER-NS PEER-DEV [label LABEL]   # e.g. wan client eth1 10.0.81.10 peer Router veth-rt-wifi label Wi-Fi
 * traffic ADDR:PORT                                      # where bulk traffic and drills go by default
 * </pre>
 */
final class WanSyntax {
    /** Interface names as Linux takes them: at most 15 characters, no blanks or slashes. */
    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_.@-]{1,15}");
    private static final Pattern LABEL = Pattern.compile("[^\\s]{1,24}");
    private static final String WAN_USAGE = "expected 'wan NS DEV ADDR peer PEER-NS PEER-DEV [label LABEL]',"
            + " e.g. 'wan client eth1 10.0.81.10 peer Router veth-rt-wifi label Wi-Fi'";

    private final ProbeSyntax.Context ctx;
    private final List<Wan> links = new ArrayList<>();
    private String target;

    WanSyntax(ProbeSyntax.Context ctx) {
        this.ctx = ctx;
    }

    void statement(String keyword, List<String> w) throws ScenarioFormatException {
        if (keyword.equals("traffic")) {
            traffic(w);
        } else {
            wan(w);
        }
    }

    private void wan(List<String> w) throws ScenarioFormatException {
        if ((w.size() != 6 && w.size() != 8) || !w.get(3).equals("peer") || (w.size() == 8 && !w.get(6).equals("label"))) {
            throw ctx.error(WAN_USAGE);
        }
        String ns = ctx.namespace(w.get(0));
        String dev = device(w.get(1));
        if (!ProbeSyntax.IPV4.matcher(w.get(2)).matches()) {
            throw ctx.error("wan address '" + w.get(2) + "' is not an IPv4 address; give the client's address on " + dev);
        }
        String peerNs = ctx.namespace(w.get(4));
        if (peerNs.equals(ns)) {
            throw ctx.error("the peer of wan " + dev + " is in its own namespace " + ns + "; name the router at the other end of the link");
        }
        String peerDev = device(w.get(5));
        String label = w.size() == 8 ? w.get(7) : dev;
        if (!LABEL.matcher(label).matches()) {
            throw ctx.error("wan label '" + label + "' must be one word of at most 24 characters, e.g. Wi-Fi");
        }
        for (Wan other : links) {
            if (other.namespace().equals(ns) && other.device().equals(dev)) {
                throw ctx.error("wan " + dev + " in " + ns + " is declared twice");
            }
            if (other.label().equalsIgnoreCase(label) || other.device().equalsIgnoreCase(label) || other.label().equalsIgnoreCase(dev)) {
                throw ctx.error("wan " + dev + ": the name or label '" + label + "' is already used by wan " + other.device());
            }
        }
        links.add(new Wan(ns, dev, w.get(2), peerNs, peerDev, label));
    }

    private void traffic(List<String> w) throws ScenarioFormatException {
        if (w.size() != 1) {
            throw ctx.error("expected 'traffic ADDR:PORT', e.g. 'traffic 10.0.83.1:80'");
        }
        if (target != null) {
            throw ctx.error("second 'traffic' line; a scenario has one default traffic target");
        }
        String s = w.get(0);
        int colon = s.lastIndexOf(':');
        if (colon < 0 || !ProbeSyntax.IPV4.matcher(s.substring(0, colon)).matches()) {
            throw ctx.error("'" + s + "' is not ADDR:PORT with an IPv4 address, e.g. 10.0.83.1:80");
        }
        target = s.substring(0, colon) + ":" + ctx.port(s.substring(colon + 1));
    }

    private String device(String s) throws ScenarioFormatException {
        if (!DEVICE.matcher(s).matches()) {
            throw ctx.error("interface name '" + s + "' is not valid; use at most 15 letters, digits, '_', '.', '-'");
        }
        return s;
    }

    Wans build() {
        return links.isEmpty() && target == null ? Wans.NONE : new Wans(links, target);
    }
}
