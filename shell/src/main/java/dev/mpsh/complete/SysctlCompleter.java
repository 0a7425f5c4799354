package dev.mpsh.complete;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code sysctl} keys under net.ipv4.conf and net.mptcp, one dotted level at a time. Key names
 * are read from the host's /proc/sys (they are the same in every namespace); the per-interface
 * level lists the interfaces of the namespace the command runs in.
 */
public final class SysctlCompleter implements ArgumentCompleter {
    private final Path procSysNet;

    public SysctlCompleter() {
        this(Path.of("/proc/sys/net"));
    }

    SysctlCompleter(Path procSysNet) {
        this.procSysNet = procSysNet;
    }

    @Override
    public List<Suggestion> complete(CompletionRequest r) {
        String prefix = r.prefix();
        if (prefix.startsWith("-")) {
            return List.of(Suggestion.word("-w"), Suggestion.word("-n"), Suggestion.word("-a"));
        }
        if (prefix.contains("=")) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        List<Suggestion> suggestions = new ArrayList<>();
        for (String key : keys(r.interfaces())) {
            if (!key.startsWith(prefix)) {
                continue;
            }
            int dot = key.indexOf('.', prefix.length());
            String value = dot >= 0 ? key.substring(0, dot + 1) : key;
            if (out.add(value)) {
                suggestions.add(dot >= 0 ? Suggestion.stem(value) : Suggestion.word(value));
            }
        }
        return suggestions;
    }

    /** Every key offered, for the given interfaces. */
    List<String> keys(List<String> interfaces) {
        List<String> keys = new ArrayList<>();
        keys.add("net.ipv4.ip_forward");
        List<String> confKeys = names(procSysNet.resolve("ipv4/conf/all"));
        Set<String> devices = new LinkedHashSet<>(List.of("all", "default"));
        devices.addAll(interfaces);
        for (String dev : devices) {
            for (String k : confKeys) {
                keys.add("net.ipv4.conf." + dev.replace('.', '/') + "." + k);
            }
        }
        for (String k : names(procSysNet.resolve("mptcp"))) {
            keys.add("net.mptcp." + k);
        }
        return keys;
    }

    private static List<String> names(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
