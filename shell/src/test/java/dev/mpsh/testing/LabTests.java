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
