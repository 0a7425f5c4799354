package dev.mpsh.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinuxLabTest {
    private static TwoNamespaces lab;

    @BeforeAll
    static void up() throws IOException {
        LabTests.requireLab();
        lab = new TwoNamespaces();
    }

    @AfterAll
    static void down() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void interfacesShowTheVethWithItsAddress() throws IOException {
        TwoNamespaces.ip("-n", lab.a, "addr", "add", "fd00:201::1/64", "dev", "veth-a", "nodad");
        List<Interfaces.Iface> ifaces = Interfaces.list(lab.a);
        assertEquals(2, ifaces.size(), ifaces.toString());
        Interfaces.Iface lo = ifaces.get(0);
        assertEquals(new Interfaces.Iface(1, "lo", true, List.of("127.0.0.1/8", "::1/128")), lo);
        Interfaces.Iface veth = ifaces.get(1);
        assertEquals("veth-a", veth.name());
        assertTrue(veth.up());
        assertTrue(veth.index() > 1);
        assertTrue(veth.addresses().contains(lab.addrA + "/24"), veth.toString());
        assertTrue(veth.addresses().contains("fd00:201::1/64"), veth.toString());

        TwoNamespaces.ip("-n", lab.b, "link", "set", "veth-b", "down");
        Interfaces.Iface vethB = Interfaces.list(lab.b).get(1);
        assertEquals("veth-b", vethB.name());
        assertEquals(false, vethB.up());
        TwoNamespaces.ip("-n", lab.b, "link", "set", "veth-b", "up");
    }

    @Test
    void sysctlReadsAndWritesTheNamespacesOwnValue() throws IOException {
        String key = "net.ipv4.conf.all.accept_local";
        String host = Files.readString(Path.of("/proc/sys/net/ipv4/conf/all/accept_local")).strip();
        String other = "1".equals(host) ? "0" : "1";
        TwoNamespaces.run(List.of("ip", "netns", "exec", lab.a, "sysctl", "-w", key + "=" + other));
        try (NetNs a = NetNs.open(lab.a); NetNs b = NetNs.open(lab.b)) {
            assertEquals(other, a.sysctl(key));
            assertEquals("1", a.sysctl("net/mptcp/enabled"), "a key with slashes is a path");
            b.sysctl("net.ipv4.conf.veth-b.rp_filter", "2");
            assertEquals("2", TwoNamespaces.run(List.of("ip", "netns", "exec", lab.b, "sysctl", "-n", "net.ipv4.conf.veth-b.rp_filter")).strip());
            assertNotEquals("2", a.sysctl("net.ipv4.conf.veth-a.rp_filter"));
            IOException missing = assertThrows(IOException.class, () -> a.sysctl("net.ipv4.conf.eth9.rp_filter"));
            assertEquals("no sysctl 'net.ipv4.conf.eth9.rp_filter' in namespace " + lab.a, missing.getMessage());
            assertThrows(IOException.class, () -> a.sysctl("kernel.hostname"));
        }
        assertEquals(host, Files.readString(Path.of("/proc/sys/net/ipv4/conf/all/accept_local")).strip(), "host untouched");
    }

    @Test
    void openingAMissingNamespaceSaysSo() {
        IOException e = assertThrows(IOException.class, () -> NetNs.open("lx-no-such-ns"));
        assertEquals("network namespace 'lx-no-such-ns' does not exist; see 'ip netns list'", e.getMessage());
    }

    @Test
    void tasksRunOnOneThreadInsideTheNamespace() throws IOException {
        try (NetNs a = NetNs.open(lab.a)) {
            String inside = a.call(() -> Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());
            String again = a.call(() -> Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString());
            String host = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
            assertEquals(inside, again);
            assertNotEquals(host, inside);
            assertEquals(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString(), host, "caller stays in the host namespace");
        }
    }
}
