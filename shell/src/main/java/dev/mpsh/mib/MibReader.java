package dev.mpsh.mib;

import dev.mpsh.linux.NetNs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a namespace's MIB counters: /proc/net/snmp and /proc/net/netstat from a thread inside it. */
public final class MibReader {
    /** thread-self: /proc/self/net would be the namespace of the process's main thread. */
    private static final List<Path> FILES = List.of(
            Path.of("/proc/thread-self/net/snmp"), Path.of("/proc/thread-self/net/netstat"));

    private MibReader() {
    }

    /** Every counter of ns now. Reading never changes anything (nstat -az keeps no history here). */
    public static Mib read(NetNs ns) throws IOException {
        String text = ns.call(() -> {
            StringBuilder b = new StringBuilder();
            for (Path f : FILES) {
                try {
                    b.append(Files.readString(f, StandardCharsets.US_ASCII)).append('\n');
                } catch (NoSuchFileException e) {
                    // a kernel without that file has none of its counters
                }
            }
            return b.toString();
        });
        return Mib.parse(text);
    }
}
