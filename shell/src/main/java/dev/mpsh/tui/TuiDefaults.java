package dev.mpsh.tui;

import dev.mpsh.command.Dispatcher;
import dev.mpsh.lab.ScenarioSource;
import java.net.InetSocketAddress;

/** Where the dashboard's panes get their data by default: the services this build has. */
final class TuiDefaults {
    private TuiDefaults() {
    }

    /** The echo console's server when the user names none; null when the scenario names none. */
    static InetSocketAddress echoTarget(ScenarioSource scenario) {
        return null;
    }

    static FixRows fixRows(ScenarioSource scenario, Dispatcher dispatcher) {
        return new ScenarioFixRows(scenario, dispatcher);
    }
}
