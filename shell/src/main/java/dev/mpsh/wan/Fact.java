package dev.mpsh.wan;

import dev.mpsh.api.NsCommand;
import dev.mpsh.linux.Interfaces;
import dev.mpsh.linux.NftTables;
import dev.mpsh.linux.Qdiscs;
import dev.mpsh.linux.Routes;
import dev.mpsh.mptcp.Endpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One thing a WAN command found before it changed the lab, so it can be put back: what restore
 * compares with the kernel afterwards, producing only the commands that are needed. Each fact
 * is one line of words in the {@link RestoreJournal}. Namespaces are the scenario's names.
 */
sealed interface Fact {

    /** The commands that bring the kernel back to this fact; none when it already holds. */
    List<NsCommand> restore(KernelView now, UnaryOperator<String> netns) throws IOException;

    /** The journal line. */
    String encode();

    /** The order restores run in: links first (routes need them), endpoints last. */
    int rank();

    /** The interface was up. */
    record LinkUp(String ns, String dev) implements Fact {
        @Override
        public List<NsCommand> restore(KernelView now, UnaryOperator<String> netns) throws IOException {
            Optional<Interfaces.Iface> i = now.link(netns.apply(ns), dev);
            return i.isPresent() && !i.get().up() ? List.of(cmd(ns, "ip", "link", "set", "dev", dev, "up")) : List.of();
        }

        @Override
        public String encode() {
            return "link " + ns + " " + dev;
        }

        @Override
        public int rank() {
            return 0;
        }
    }

    /**
     * A route through dev (one that 'ip link set DEV down' deletes and 'up' does not bring back).
     * gateway and prefSrc are "-" when there is none.
     */
    record RouteVia(String ns, String dev, int table, String dst, String gateway, long metric, int protocol, int scope,
                    String prefSrc) implements Fact {
        static RouteVia of(String ns, String dev, Routes.Route r) {
            return new RouteVia(ns, dev, r.table(), r.dst(), r.gateway() == null ? "-" : r.gateway(), r.metric(),
                    r.protocol(), r.scope(), r.prefSrc() == null ? "-" : r.prefSrc());
        }

        Routes.Route route(int oif) {
            return new Routes.Route(table, dst, gateway.equals("-") ? null : gateway, oif, metric, protocol, scope,
                    prefSrc.equals("-") ? null : prefSrc);
        }

        @Override
        public List<NsCommand> restore(KernelView now, UnaryOperator<String> netns) throws IOException {
            Optional<Interfaces.Iface> i = now.link(netns.apply(ns), dev);
            if (i.isEmpty()) {
                return List.of();
            }
            int oif = i.get().index();
            boolean there = now.routes(netns.apply(ns)).stream().anyMatch(r -> r.oif() == oif && r.table() == table
                    && r.dst().equals(dst) && r.metric() == metric && String.valueOf(r.gateway()).equals(gateway.equals("-") ? "null" : gateway));
            return there ? List.of() : List.of(new NsCommand(ns, Routes.addCommand(route(oif), dev), 0));
        }

        @Override
        public String encode() {
            return String.join(" ", "route", ns, dev, String.valueOf(table), dst, gateway, String.valueOf(metric),
                    String.valueOf(protocol), String.valueOf(scope), prefSrc);
        }

        @Override
        public int rank() {
            return 1;
        }
    }

    /** The root qdisc of dev: a tbf with these parameters, or (kind anything else) the default. */
    record RootQdisc(String ns, String dev, String kind, long rateBytes, long burstBytes, long limitBytes) implements Fact {
        static RootQdisc of(String ns, String dev, Optional<Qdiscs.Qdisc> q) {
            return q.filter(Qdiscs.Qdisc::tbf).map(x -> new RootQdisc(ns, dev, "tbf", x.rateBytes(), x.burstBytes(), x.limitBytes()))
                    .orElse(new RootQdisc(ns, dev, "default", 0, 0, 0));
        }

        @Override
        public List<NsCommand> restore(KernelView now, UnaryOperator<String> netns) throws IOException {
            Optional<Qdiscs.Qdisc> q = now.rootQdisc(netns.apply(ns), dev).filter(Qdiscs.Qdisc::tbf);
            if (kind.equals("tbf")) {
                boolean same = q.isPresent() && q.get().rateBytes() == rateBytes && q.get().limitBytes() == limitBytes;
                return same ? List.of() : List.of(cmd(ns, "tc", "qdisc", "replace", "dev", dev, "root", "tbf",
                        "rate", (rateBytes * 8) + "bit", "burst", String.valueOf(burstBytes), "limit", String.valueOf(limitBytes)));
            }
            return q.isPresent() ? List.of(cmd(ns, "tc", "qdisc", "del", "dev", dev, "root")) : List.of();
        }

        @Override
        public String encode() {
            return String.join(" ", "qdisc", ns, dev, kind, String.valueOf(rateBytes), String.valueOf(burstBytes), String.valueOf(limitBytes));
        }

        @Override
        public int rank() {
            return 2;
        }
    }

    /** There was no nftables table FAMILY NAME. */
    record NoTable(String ns, String family, String name) implements Fact {
        @Override
        public List<NsCommand> restore(KernelView now, UnaryOperator<String> netns) throws IOException {
            boolean there = now.tables(netns.apply(ns)).contains(new NftTables.Table(family, name));
            return there ? List.of(cmd(ns, "nft", "delete", "table", family, name)) : List.of();
        }

        @Override
        public String encode() {
            return "no-table " + ns + " " + family + " " + name;
        }

        @Override
        public int rank() {
            return 3;
        }
    }

    /** The MPTCP endpoint for address had these backup and fullmesh flags. */
    record EndpointFlags(String ns, String address, boolean backup, boolean fullmesh) implements Fact {
        @Override
        public List<NsCommand> restore(KernelView now, UnaryOperator<String> netns) throws IOException {
            Optional<Endpoint> e = now.endpoint(netns.apply(ns), address);
            if (e.isEmpty()) {
                return List.of();
            }
            boolean b = e.get().flagSet().contains(Endpoint.Flag.BACKUP);
            boolean f = e.get().flagSet().contains(Endpoint.Flag.FULLMESH);
            return b == backup && f == fullmesh ? List.of() : List.of(change(ns, e.get().id(), backup, fullmesh));
        }

        /**
         * ip mptcp endpoint change id N backup|nobackup [fullmesh]. The kernel sets both flags
         * from one change (a change without 'fullmesh' clears it), so fullmesh is said each time.
         */
        static NsCommand change(String ns, int id, boolean backup, boolean fullmesh) {
            List<String> w = new ArrayList<>(List.of("ip", "mptcp", "endpoint", "change", "id", String.valueOf(id),
                    backup ? "backup" : "nobackup"));
            if (fullmesh) {
                w.add("fullmesh");
            }
            return new NsCommand(ns, w, 0);
        }

        @Override
        public String encode() {
            return "endpoint " + ns + " " + address + " " + (backup ? 1 : 0) + " " + (fullmesh ? 1 : 0);
        }

        @Override
        public int rank() {
            return 4;
        }
    }

    static NsCommand cmd(String ns, String... words) {
        return new NsCommand(ns, List.of(words), 0);
    }

    /** Reads a journal line back; null for one this version does not know. */
    static Fact decode(String line) {
        String[] f = line.strip().split(" ");
        try {
            return switch (f[0]) {
                case "link" -> new LinkUp(f[1], f[2]);
                case "route" -> new RouteVia(f[1], f[2], Integer.parseInt(f[3]), f[4], f[5], Long.parseLong(f[6]),
                        Integer.parseInt(f[7]), Integer.parseInt(f[8]), f[9]);
                case "qdisc" -> new RootQdisc(f[1], f[2], f[3], Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]));
                case "no-table" -> new NoTable(f[1], f[2], f[3]);
                case "endpoint" -> new EndpointFlags(f[1], f[2], f[3].equals("1"), f[4].equals("1"));
                default -> null;
            };
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }
}
