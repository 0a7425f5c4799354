package dev.mpsh.flows;

import dev.mpsh.linux.NetNs;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.mptcp.PmEvent;
import dev.mpsh.mptcp.PmEvents;
import dev.mpsh.netlink.NetlinkOverflowException;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test (bench/subflows.sh runs it on a fixed lab): bursts of MPTCP connections
 * from the client namespace to the VIP, each echoing one line so its joins are made, while
 * mpsh's subscription (as the subflow tables use it) and `ip mptcp monitor` listen side by side
 * in the client and in app-1. Reports the events each received, overflows, and the model's
 * update cost per event (live, and replayed into a fresh model).
 *
 * <p>usage: SubflowsBench LAB [BURST...]
 */
public final class SubflowsBench {
    private static final InetSocketAddress VIP = new InetSocketAddress("10.0.83.1", 80);

    /** mpsh's side: a subscription feeding a model, timing each apply. */
    static final class Listener implements Runnable {
        final PmEvents events;
        final FlowModel model;
        final List<PmEvent> recorded = new ArrayList<>();
        final AtomicLong count = new AtomicLong();
        final AtomicLong applyNanos = new AtomicLong();
        final AtomicInteger overflows = new AtomicInteger();

        Listener(NetNs ns, String name) throws Exception {
            events = PmEvents.subscribe(ns);
            events.largeReceiveBuffer(NamespaceWatcher.RECEIVE_BUFFER);
            model = new FlowModel(name);
        }

        @Override
        public void run() {
            while (true) {
                PmEvent e;
                try {
                    e = events.next();
                } catch (NetlinkOverflowException o) {
                    overflows.incrementAndGet();
                    model.eventsLost(Instant.now());
                    continue;
                } catch (Exception ex) {
                    return;
                }
                if (e == null) {
                    return;
                }
                long t0 = System.nanoTime();
                model.apply(e, Instant.now());
                applyNanos.addAndGet(System.nanoTime() - t0);
                count.incrementAndGet();
                recorded.add(e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String lab = args[0];
        List<Integer> bursts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            bursts.add(Integer.parseInt(args[i]));
        }
        if (bursts.isEmpty()) {
            bursts = List.of(1000, 5000);
        }
        System.out.println("| burst | namespace | mpsh events | ip events | mpsh overflows | model apply, mean ns/event (live) | replayed ns/event | burst time |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (int n : bursts) {
            run(lab, n);
        }
    }

    private static void run(String lab, int burst) throws Exception {
        String[] names = {"client", "app-1"};
        List<Listener> mine = new ArrayList<>();
        List<Process> ips = new ArrayList<>();
        List<File> ipOut = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<NetNs> spaces = new ArrayList<>();
        for (String name : names) {
            String netns = lab + "-" + name;
            NetNs ns = NetNs.open(netns);
            spaces.add(ns);
            Listener l = new Listener(ns, name);
            mine.add(l);
            Thread t = new Thread(l, "bench-" + name);
            t.start();
            threads.add(t);
            File f = File.createTempFile("ip-monitor-" + name, ".out");
            ipOut.add(f);
            ips.add(new ProcessBuilder("ip", "netns", "exec", netns, "ip", "mptcp", "monitor")
                    .redirectOutput(f).redirectError(ProcessBuilder.Redirect.appendTo(f)).start());
        }
        Thread.sleep(1500); // both subscribed before the burst
        long t0 = System.nanoTime();
        NetNs client = spaces.get(0);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        for (int i = 0; i < burst; i++) {
            pool.execute(() -> {
                try (MptcpSocket s = MptcpSocket.connect(client, VIP, Duration.ofSeconds(5))) {
                    byte[] b = "x\n".getBytes(StandardCharsets.UTF_8);
                    s.write(b, 0, b.length);
                    s.read(new byte[2], 0, 2);
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        double burstSeconds = (System.nanoTime() - t0) / 1e9;
        // wait until ip's output stops growing (CLOSED events come after the sockets close)
        long last = -1;
        while (true) {
            Thread.sleep(1500);
            long size = ipOut.stream().mapToLong(File::length).sum();
            if (size == last) {
                break;
            }
            last = size;
        }
        for (int i = 0; i < names.length; i++) {
            ProcessHandle.of(ips.get(i).pid()).ifPresent(ProcessHandle::destroy);
            ips.get(i).waitFor(5, TimeUnit.SECONDS);
            mine.get(i).events.stop();
            threads.get(i).join(5000);
            mine.get(i).events.close();
            spaces.get(i).close();
            List<String> lines = Files.readAllLines(ipOut.get(i).toPath());
            long ipEvents = lines.stream().filter(l -> l.startsWith("[")).count();
            Files.deleteIfExists(ipOut.get(i).toPath());
            Listener l = mine.get(i);
            System.out.printf("| %d%s | %s | %d | %d | %d | %.0f | %.0f | %.1f s |%n", burst,
                    failed.get() > 0 ? " (" + failed.get() + " failed)" : "", names[i], l.count.get(), ipEvents,
                    l.overflows.get(), (double) l.applyNanos.get() / Math.max(1, l.count.get()), replay(l.recorded, names[i]),
                    burstSeconds);
        }
    }

    /** The events replayed into a fresh model, best of 5 rounds: the model's own cost per event. */
    private static double replay(List<PmEvent> events, String name) {
        double best = Double.MAX_VALUE;
        Instant now = Instant.now();
        for (int round = 0; round < 5; round++) {
            FlowModel m = new FlowModel(name);
            long t0 = System.nanoTime();
            for (PmEvent e : events) {
                m.apply(e, now);
            }
            best = Math.min(best, (double) (System.nanoTime() - t0) / Math.max(1, events.size()));
        }
        return best;
    }
}
