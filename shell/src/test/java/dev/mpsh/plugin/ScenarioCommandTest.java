package dev.mpsh.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.Commands;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandContext;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.LabNamespaces;
import dev.mpsh.lab.ScenarioSource;
import dev.mpsh.output.Style;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** 'scenario list' and 'scenario show' on the scenarios installed with this build. */
class ScenarioCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String scenario, String line) {
        out.reset();
        err.reset();
        Session session = new Session("t0nolab");
        session.namespaces(new LabNamespaces(LabLayout.of("t0nolab"), new ScenarioSource(LabLayout.of("t0nolab"), scenario)));
        Dispatcher d = Commands.dispatcher();
        return d.execute(line, new CommandContext(session, d.registry(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> null, new Cancellation(), Style.PLAIN, false));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listMarksTheLabsScenarioAndSaysWhereEachComesFrom() {
        assertEquals(0, run("fallback", "scenario list"));
        assertTrue(out().startsWith("   ID        TITLE                         FROM\n"
                + "   handover  The Handover of the Handover  built in\n"
                + "*  fallback  The Silent Fallback           " + PluginDirs.installDir().resolve("plugins/fallback") + "\n"), out());
        assertEquals(0, run(null, "scenario list --json"));
        assertTrue(out().startsWith("{\"schema\":1,\"scenarios\":[{\"id\":\"handover\",\"title\":\"The Handover of the Handover\",\"from\":\"built in\","
                + "\"current\":true},{\"id\":\"fallback\""), out());
        assertEquals(0, run(null, "scenario list --names"));
        assertTrue(out().startsWith("handover\nfallback\n"), out());
    }

    @Test
    void showGivesTheScenarioInTheLanguageAskedFor() {
        assertEquals(0, run(null, "scenario show fallback --lang ja"));
        assertTrue(out().startsWith("fallback: 静かなフォールバック\n"), out());
        assertTrue(out().contains("namespaces: client, isp-wifi, isp-cell, firewall, server\n"), out());
        assertTrue(out().contains("check: from client to 10.20.9.10:80, up to 4 connections in 10 s\n"), out());
        assertTrue(out().contains("  cellular-backup (backup-interfaces, 15): "), out());
        assertTrue(out().contains("walkthrough: 6 steps: fallback, subflow-endpoint, source-rule, joins, backup, check\n"), out());
    }

    @Test
    void anUnknownScenarioExitsTwoWithOneLine() {
        assertEquals(2, run(null, "scenario show nope"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("scenario: no scenario 'nope'; installed: handover, fallback"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run(null, "scenario frob"));
    }
}
