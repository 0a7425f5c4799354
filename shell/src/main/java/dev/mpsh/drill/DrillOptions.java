package dev.mpsh.drill;

import dev.mpsh.client.Durations;
import dev.mpsh.client.HostPort;
import dev.mpsh.command.CommandException;
import dev.mpsh.wan.WanFailure;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * The drill's command line: KIND WAN [--at D] [--for D] [--length D] [-addr HOST:PORT] [-v].
 *
 * @param forNanos how long the failure lasts; Long.MAX_VALUE: until the transfer ends
 * @param addr     null: the scenario's traffic address
 */
record DrillOptions(WanFailure.Kind kind, String wan, long atNanos, long forNanos, long lengthNanos, InetSocketAddress addr, boolean verbose) {
    static final Duration DEFAULT_AT = Duration.ofSeconds(3);
    static final Duration DEFAULT_LENGTH = Duration.ofSeconds(8);
    /** After a failure that ends, the transfer goes on at least this long, to show whether the WAN's subflows return. */
    static final Duration AFTER_RETURN = Duration.ofSeconds(3);

    boolean failureEnds() {
        return forNanos != Long.MAX_VALUE;
    }

    static DrillOptions parse(List<String> args) throws CommandException {
        WanFailure.Kind kind = null;
        String wan = null;
        Duration at = DEFAULT_AT;
        Duration forD = null;
        Duration length = null;
        InetSocketAddress addr = null;
        boolean verbose = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-v")) {
                verbose = true;
                continue;
            }
            if (a.startsWith("-")) {
                String opt = a.startsWith("--") ? a.substring(2) : a.substring(1);
                if (!List.of("at", "for", "length", "addr").contains(opt)) {
                    throw CommandException.unknownOption(a, "see 'drill --help'");
                }
                if (i + 1 >= args.size()) {
                    throw CommandException.usage(a + " needs a value; see 'drill --help'");
                }
                String v = args.get(++i);
                try {
                    switch (opt) {
                        case "at" -> at = Durations.parse(v);
                        case "for" -> forD = Durations.parse(v);
                        case "length" -> length = Durations.parse(v);
                        default -> addr = HostPort.parse(v);
                    }
                } catch (IllegalArgumentException e) {
                    throw CommandException.usage(e.getMessage());
                }
            } else if (kind == null) {
                kind = WanFailure.Kind.of(a).orElseThrow(() -> CommandException.usage("unknown drill '" + a + "'; expected "
                        + String.join(", ", WanFailure.Kind.words()) + " (or 'drill restore')"));
            } else if (wan == null) {
                wan = a;
            } else {
                throw CommandException.usage("unexpected '" + a + "'; usage: drill KIND WAN [--at D] [--for D] [--length D]");
            }
        }
        if (kind == null || wan == null) {
            throw CommandException.usage("expected 'drill KIND WAN', KIND one of " + String.join(", ", WanFailure.Kind.words()) + "; see 'drill --help'");
        }
        Duration minLength = forD == null ? at.plusSeconds(1) : at.plus(forD).plus(AFTER_RETURN);
        if (length == null) {
            length = DEFAULT_LENGTH.compareTo(minLength) >= 0 ? DEFAULT_LENGTH : minLength;
        } else if (length.compareTo(forD == null ? at : at.plus(forD)) <= 0) {
            throw CommandException.usage("--length " + Durations.format(length) + " ends before the failure "
                    + (forD == null ? "starts (--at " + Durations.format(at) + ")" : "is over (--at + --for)") + "; make it longer");
        }
        return new DrillOptions(kind, wan, at.toNanos(), forD == null ? Long.MAX_VALUE : forD.toNanos(), length.toNanos(), addr, verbose);
    }
}
