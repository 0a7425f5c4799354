package dev.mpsh.client;

import dev.mpsh.command.CommandException;
import dev.mpsh.traffic.BulkClient;
import dev.mpsh.traffic.ByteSize;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * The client's command line. Options take one or two dashes ({@code -addr}, {@code --bulk}).
 *
 * @param addr null when not given (the client then goes to the scenario's traffic address)
 * @param bulk null unless --bulk or --bytes was given
 */
record ClientOptions(InetSocketAddress addr, String msg, Duration timeout, String ns, BulkClient.Plan bulk) {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    private static final List<String> VALUED = List.of("-addr", "-msg", "-timeout", "-ns", "-bulk", "-bytes", "-interval");

    /** Neither -msg nor bulk: lines typed are sent one by one. */
    boolean interactive() {
        return msg == null && bulk == null;
    }

    static ClientOptions parse(List<String> args) throws CommandException {
        InetSocketAddress addr = null;
        String msg = null;
        Duration timeout = DEFAULT_TIMEOUT;
        String ns = null;
        Duration bulk = null;
        Long bytes = null;
        boolean timeline = false;
        Duration interval = null;
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i).startsWith("--") ? args.get(i).substring(1) : args.get(i);
            if (opt.equals("-timeline")) {
                timeline = true;
                continue;
            }
            if (!VALUED.contains(opt)) {
                throw CommandException.unknownOption(args.get(i), "see 'client --help'");
            }
            if (i + 1 >= args.size()) {
                throw CommandException.usage(opt + " needs a value; see 'client --help'");
            }
            String v = args.get(++i);
            try {
                switch (opt) {
                    case "-addr" -> addr = HostPort.parse(v);
                    case "-msg" -> msg = v;
                    case "-timeout" -> timeout = Durations.parse(v);
                    case "-bulk" -> bulk = Durations.parse(v);
                    case "-bytes" -> bytes = ByteSize.parse(v);
                    case "-interval" -> interval = Durations.parse(v);
                    default -> ns = v;
                }
            } catch (IllegalArgumentException e) {
                throw CommandException.usage(e.getMessage());
            }
        }
        if (bulk != null && bytes != null) {
            throw CommandException.usage("--bulk and --bytes both set how much to send; give one of them");
        }
        boolean isBulk = bulk != null || bytes != null;
        if (isBulk && msg != null) {
            throw CommandException.usage("-msg sends one line, --bulk and --bytes a stream; give one of them");
        }
        if ((timeline || interval != null) && !isBulk) {
            throw CommandException.usage((timeline ? "--timeline" : "--interval") + " goes with --bulk or --bytes; see 'client --help'");
        }
        BulkClient.Plan plan = !isBulk ? null : new BulkClient.Plan(bulk == null ? Long.MAX_VALUE : bulk.toNanos(),
                bytes == null ? Long.MAX_VALUE : bytes, timeline,
                interval == null ? BulkClient.INTERVAL_NANOS : interval.toNanos());
        return new ClientOptions(addr, msg, timeout, ns, plan);
    }
}
