package dev.mpsh.command;

import dev.mpsh.api.Scenario;
import java.util.List;

/**
 * What the shell knows of the lab's namespaces, for commands, prompts and completion.
 * The lab engine implements it; names are the scenario's (as its namespace lines name them).
 */
public interface Namespaces {

    /** The scenario's namespace names, in scenario order. */
    List<String> names();

    /** The /run/netns name for a scenario name: the lab prefix plus the name. */
    String netnsName(String name);

    /** Whether this lab is up (its state file exists and its namespaces are there). */
    boolean labUp();

    /** Interface names in that namespace now; empty when the lab is down. */
    List<String> interfaces(String name);

    /** The lab's addresses worth completing: those its scenario's commands mention. */
    List<String> addresses();

    /** The lab's scenario, for help texts and completion; null when there is none or it cannot be read. */
    default Scenario scenario() {
        return null;
    }
}
