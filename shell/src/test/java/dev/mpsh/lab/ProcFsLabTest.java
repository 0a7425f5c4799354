package dev.mpsh.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.testing.LabTests;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ProcFs.listening reads a process's namespace with sock_diag: this JVM's own (the host's),
 * with listeners on loopback that the test opens and closes. Only reads the host namespace.
 */
class ProcFsLabTest {
    private static final long SELF = ProcessHandle.current().pid();

    @BeforeAll
    static void lab() {
        LabTests.requireLab(); // entering a namespace (even one's own) takes root
    }

    @Test
    void anIpv4ListenerIsSeenWhileItListens() throws Exception {
        seenWhileItListens("127.0.0.1");
    }

    @Test
    void anIpv6ListenerIsSeenWhileItListens() throws Exception {
        seenWhileItListens("::1");
    }

    private static void seenWhileItListens(String address) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            port = s.getLocalPort();
            assertTrue(ProcFs.listening(SELF, port), "listening on " + address + " port " + port);
        }
        assertFalse(ProcFs.listening(SELF, port), "closed: " + address + " port " + port);
    }

    @Test
    void aConnectedSocketIsNotAListener() throws Exception {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            try (java.net.Socket c = new java.net.Socket(InetAddress.getByName("127.0.0.1"), s.getLocalPort());
                 java.net.Socket accepted = s.accept()) {
                assertFalse(ProcFs.listening(SELF, c.getLocalPort()), "a connection's own port " + c.getLocalPort());
            }
        }
    }

    @Test
    void aProcessThatIsGoneListensNowhere() {
        assertFalse(ProcFs.listening(Long.MAX_VALUE, 80));
    }
}
