package dev.mpsh.ns;

import dev.mpsh.linux.Interfaces.Iface;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Interfaces of a namespace from {@code ip -n NETNS -br addr}: the stand-in for the netlink
 * reader until the Linux layer provides {@link dev.mpsh.linux.Interfaces#list(String)}.
 */
final class IpBrief {
    private IpBrief() {
    }

    static List<Iface> addresses(String netns) {
        try {
            Process p = new ProcessBuilder("ip", "-n", netns, "-br", "addr")
                    .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return List.of();
            }
            return parse(text);
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Parses lines like {@code eth1@if5  UP  10.0.81.10/24 fe80::1/64}. */
    static List<Iface> parse(String text) {
        List<Iface> out = new ArrayList<>();
        int index = 0;
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || f[0].isEmpty()) {
                continue;
            }
            String name = f[0].contains("@") ? f[0].substring(0, f[0].indexOf('@')) : f[0];
            boolean up = !f[1].equals("DOWN");
            out.add(new Iface(++index, name, up, List.copyOf(Arrays.asList(f).subList(2, f.length))));
        }
        return out;
    }
}
