package dev.mpsh.lab;

import dev.mpsh.api.Scenario;
import dev.mpsh.api.Server;
import java.util.List;

/**
 * The lab as two plain bash scripts, the counterparts of a hand-written setup_lab_net.sh and
 * cleanup_lab_net.sh: the same commands {@code lab up} runs, one per line, so the lab can be
 * built without mpsh and every step read. Namespaces built this way are not mpsh's: {@code lab
 * up} and {@code lab down} leave them alone.
 */
final class LabScripts {
    private LabScripts() {
    }

    /** Where the scripts keep server logs and PIDs; not mpsh's own state directory. */
    static String scriptDir(LabLayout layout) {
        return "/run/mpsh/scripts/" + layout.lab();
    }

    static String setup(Scenario sc, LabLayout layout) {
        StringBuilder sb = header(sc, layout, "Builds", "cleanup");
        sb.append("dir=").append(scriptDir(layout)).append("\nmkdir -p \"$dir\"\n");
        sb.append("\n# Namespaces, each listed in $dir/namespaces once made: the cleanup script removes only those\n");
        for (String ns : sc.namespaces()) {
            String netns = layout.netnsName(ns);
            sb.append("ip netns add ").append(netns).append('\n');
            sb.append("echo ").append(netns).append(" >>\"$dir/namespaces\"\n");
        }
        sb.append("\n# The broken initial state\n");
        for (SetupPlan.Step step : SetupPlan.steps(sc.setup(), layout::netnsName)) {
            step.shown().forEach(line -> sb.append(line).append('\n'));
        }
        sb.append("\n# The servers, detached so they outlive this script; logs and PIDs in $dir\n");
        for (Server s : sc.servers()) {
            List<String> argv = ServerLauncher.argv(s, layout.netnsName(s.namespace()));
            sb.append(ShellWords.join(argv)).append(" >\"$dir/").append(s.name()).append(".log\" 2>&1 </dev/null &\n");
            sb.append("echo $! >\"$dir/").append(s.name()).append(".pid\"\n");
        }
        for (Server s : sc.servers()) {
            String netns = layout.netnsName(s.namespace());
            String probe = "ss -N " + netns + " -Hltn 'sport = :" + s.port() + "' | grep -q .";
            sb.append("for i in $(seq 100); do ").append(probe).append(" && break; sleep 0.1; done\n");
            sb.append(probe).append(" || { echo \"").append(s.name()).append(" did not start; see $dir/")
                    .append(s.name()).append(".log\" >&2; exit 1; }\n");
        }
        return sb.toString();
    }

    static String cleanup(Scenario sc, LabLayout layout) {
        StringBuilder sb = header(sc, layout, "Removes", "setup");
        sb.append("dir=").append(scriptDir(layout)).append('\n');
        sb.append("\n# The servers: only a PID whose command line is still that server's\n");
        for (Server s : sc.servers()) {
            String pidFile = "\"$dir/" + s.name() + ".pid\"";
            sb.append("if [ -f ").append(pidFile).append(" ]; then\n")
                    .append("  pid=$(cat ").append(pidFile).append(")\n")
                    .append("  if tr '\\0' ' ' 2>/dev/null </proc/$pid/cmdline | grep -q -- '--name ").append(s.name())
                    .append("'; then kill \"$pid\"; fi\nfi\n");
        }
        sb.append("\n# The namespaces the setup script made (their interfaces go with them), newest first;\n")
                .append("# a namespace of the same name that it did not make is left alone\n")
                .append("if [ -f \"$dir/namespaces\" ]; then\n")
                .append("  for ns in $(tac \"$dir/namespaces\"); do\n")
                .append("    if [ -e \"/run/netns/$ns\" ]; then ip netns del \"$ns\"; fi\n")
                .append("  done\nfi\n");
        sb.append("rm -rf \"$dir\"\n");
        return sb.toString();
    }

    private static StringBuilder header(Scenario sc, LabLayout layout, String verb, String other) {
        String labOpt = layout.lab().equals(dev.mpsh.command.Session.DEFAULT_LAB) ? "" : " --lab " + layout.lab();
        return new StringBuilder()
                .append("#!/bin/bash\n")
                .append("# ").append(verb).append(" lab '").append(layout.lab()).append("' of scenario '").append(sc.id())
                .append("' (").append(sc.title().en()).append(") with plain iproute2, sysctl and nft.\n")
                .append("# Written by: mpsh").append(labOpt).append(" lab script ").append(verb.equals("Builds") ? "setup" : "cleanup")
                .append("; its counterpart: mpsh").append(labOpt).append(" lab script ").append(other).append("\n")
                .append("set -e\n");
    }
}
