package dev.mpsh.tui;

import dev.mpsh.api.Check;
import dev.mpsh.api.Scenario;
import dev.mpsh.command.Dispatcher;
import dev.mpsh.command.Session;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.lab.ScenarioRoles;
import dev.mpsh.lab.ScenarioSource;
import java.net.InetSocketAddress;

/** Where the dashboard's panes get their data by default: the scenario and the services of this build. */
final class TuiDefaults {
    private TuiDefaults() {
    }

    /** The echo console's server when the user names none: the address {@code check} grades. */
    static InetSocketAddress echoTarget(ScenarioSource scenario) {
        Check c = check(scenario);
        return c == null ? null : new InetSocketAddress(c.address(), c.port());
    }

    /** Where the echo console connects from: the scenario's client side (where check connects from). */
    static String echoFrom(ScenarioSource scenario) {
        Scenario sc = scenario.orNull();
        return sc == null ? null : ScenarioRoles.clientNamespace(sc);
    }

    private static Check check(ScenarioSource scenario) {
        Scenario sc = scenario.orNull();
        return sc == null ? null : sc.check();
    }

    static FixRows fixRows(ScenarioSource scenario, Dispatcher dispatcher, Session session) {
        return new LabFixRows(scenario, dispatcher, LabLayout.of(session.labName()), session::namespaces);
    }
}
