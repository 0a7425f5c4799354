package dev.mpsh.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The rule for tests that need a real lab: they run as root with MPTCP enabled. When they cannot,
 * they skip with a one-line reason on a developer's machine and fail under CI=true.
 */
public final class LabTests {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private LabTests() {
    }

    /** Call first in every lab test (or in @BeforeAll). */
    public static void requireLab() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("lab test cannot run under CI=true: " + missing);
        }
        assumeTrue(false, "lab test skipped: " + missing);
    }

    /** Null when this machine can build labs, else what is missing. */
    public static String missing() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "needs root (run the suite with sudo)";
        }
        try {
            String enabled = Files.readString(Path.of("/proc/sys/net/mptcp/enabled")).trim();
            if (!"1".equals(enabled)) {
                return "MPTCP is disabled (sysctl net.mptcp.enabled=0)";
            }
        } catch (IOException e) {
            return "this kernel has no MPTCP (/proc/sys/net/mptcp/enabled is missing)";
        }
        return null;
    }

    /**
     * The namespaces the default lab of a shipped scenario (handover or fallback) would have: the
     * scenarios' own names, unprefixed.
     */
    public static final java.util.List<String> DEFAULT_LAB_NAMESPACES = java.util.List.of("client", "Router",
            "LB", "switch", "app-1", "app-2", "isp-wifi", "isp-cell", "firewall", "server");

    /** Null when no default lab is here, else what shows one (its state file or a namespace). */
    public static String defaultLabInUse() {
        if (Files.exists(Path.of("/run/mpsh/labs/default.state"))) {
            return "/run/mpsh/labs/default.state exists";
        }
        for (String n : DEFAULT_LAB_NAMESPACES) {
            if (Files.exists(Path.of("/run/netns", n))) {
                return "namespace " + n + " exists";
            }
        }
        return null;
    }

    /**
     * For tests that build the default lab: never on a host where someone has one up. They skip
     * with the reason then, and fail under CI=true (a CI machine has no lab of its own).
     */
    public static void requireNoDefaultLab() {
        requireLab();
        String inUse = defaultLabInUse();
        if (inUse == null) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("the default lab seems to be up (" + inUse + "); a test that builds it cannot run under CI=true");
        }
        assumeTrue(false, "default-lab test skipped: a default lab is up here (" + inUse + "); 'lab down' first");
    }

    /** A lab name no other test run uses at the same time: t + pid + counter. */
    public static String uniqueLabName() {
        return uniqueLabName("t");
    }

    /** The same with another first letter, for tests that keep their labs apart by name. */
    public static String uniqueLabName(String prefix) {
        long pid = ProcessHandle.current().pid() % 100000;
        return prefix + pid + "x" + COUNTER.incrementAndGet();
    }
}
