package dev.mpsh.linux;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: two throwaway namespaces joined by a veth pair, built with ip(8) the way a
 * person would, and always deleted by close(). A: 10.201.N.1/24 on veth-a, B: 10.201.N.2/24 on veth-b.
 */
public final class TwoNamespaces implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    public final String a;
    public final String b;
    public final String addrA;
    public final String addrB;
    private final List<String> created = new ArrayList<>();

    public TwoNamespaces() throws IOException {
        long pid = ProcessHandle.current().pid();
        int n = COUNTER.incrementAndGet();
        a = "lx" + pid + "-" + n + "a";
        b = "lx" + pid + "-" + n + "b";
        int net = (int) ((pid * 7 + n) % 200) + 20;
        addrA = "10.201." + net + ".1";
        addrB = "10.201." + net + ".2";
        try {
            ip("netns", "add", a);
            created.add(a);
            ip("netns", "add", b);
            created.add(b);
            ip("-n", a, "link", "add", "veth-a", "type", "veth", "peer", "name", "veth-b", "netns", b);
            ip("-n", a, "addr", "add", addrA + "/24", "dev", "veth-a");
            ip("-n", b, "addr", "add", addrB + "/24", "dev", "veth-b");
            for (String ns : List.of(a, b)) {
                ip("-n", ns, "link", "set", "lo", "up");
            }
            ip("-n", a, "link", "set", "veth-a", "up");
            ip("-n", b, "link", "set", "veth-b", "up");
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs ip ARGS; a non-zero exit is an IOException with its output. */
    public static String ip(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("ip");
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    public static String run(List<String> cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(cmd + " did not finish");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            throw new IOException("interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (p.exitValue() != 0) {
            throw new IOException(cmd + " failed (" + p.exitValue() + "): " + out.strip());
        }
        return out;
    }

    @Override
    public void close() {
        for (String ns : created) {
            try {
                ip("netns", "del", ns);
            } catch (IOException e) {
                System.err.println("could not delete test namespace " + ns + ": " + e.getMessage());
            }
        }
        created.clear();
    }
}
