package dev.mpsh.echo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.linux.NetNs;
import dev.mpsh.linux.TwoNamespaces;
import dev.mpsh.mptcp.MptcpSocket;
import dev.mpsh.testing.LabTests;
import java.io.File;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The echo server as the lab engine runs it: its own JVM inside a namespace, logging to a file. */
class EchoServerLabTest {

    @Test
    void echoesOverMptcpLogsEachConnectionAndStopsOnSigterm() throws Exception {
        LabTests.requireLab();
        Path log = Files.createTempFile("mpsh-echo", ".log");
        try (TwoNamespaces lab = new TwoNamespaces()) {
            String cp = String.join(File.pathSeparator, location(EchoServer.class), location(com.sun.jna.Native.class));
            List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", lab.b,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(EchoServer.JVM_OPTIONS);
            cmd.addAll(List.of("-cp", cp, "dev.mpsh.echo.EchoServer", "--listen", "0.0.0.0:7200", "--name", "app-1"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                waitForLine(log, "listening on 0.0.0.0:7200 (mptcp)", 5 * 60_000);
                String local;
                try (NetNs ns = NetNs.open(lab.a);
                        MptcpSocket c = MptcpSocket.connect(ns, new InetSocketAddress(lab.addrB, 7200), Duration.ofMinutes(1))) {
                    local = c.localAddress().getAddress().getHostAddress() + ":" + c.localAddress().getPort();
                    byte[] msg = "hello world!".getBytes();
                    c.write(msg, 0, msg.length);
                    byte[] buf = new byte[msg.length];
                    int got = 0;
                    while (got < msg.length) {
                        got += c.read(buf, got, msg.length - got);
                    }
                    assertArrayEquals(msg, buf);
                }
                waitForLine(log, "closed " + local + " bytes=12", 5 * 60_000);
                String text = Files.readString(log);
                assertTrue(text.matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z app-1 listening on 0\\.0\\.0\\.0:7200 \\(mptcp\\)\n.*"), text);
                assertTrue(text.contains(" app-1 accepted " + local + " mptcp=true\n"), text);
                long rssKib = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
                System.out.println("echo server RSS after one connection: " + rssKib + " KiB");
                p.destroy(); // SIGTERM
                assertTrue(p.waitFor(5, TimeUnit.MINUTES), "exits on SIGTERM");
                assertEquals(143, p.exitValue());
                assertTrue(Files.readString(log).contains("stopping (signal)"));
            } finally {
                p.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static void waitForLine(Path log, String text, long ms) throws Exception {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' in the log within " + ms + " ms:\n" + Files.readString(log));
    }
}
