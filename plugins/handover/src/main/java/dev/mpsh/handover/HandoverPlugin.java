package dev.mpsh.handover;

import dev.mpsh.api.ScenarioPlugin;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/** "The Handover of the Handover": all of it is the resources next to this class. */
public final class HandoverPlugin implements ScenarioPlugin {

    @Override
    public String id() {
        return "handover";
    }

    @Override
    public InputStream open(String path) throws IOException {
        if (path.startsWith("/") || path.contains("..")) {
            throw new FileNotFoundException("plugin resource paths are relative and stay inside the plugin: " + path);
        }
        InputStream in = HandoverPlugin.class.getResourceAsStream(path);
        if (in == null) {
            throw new FileNotFoundException("the handover plugin has no resource '" + path + "'");
        }
        return in;
    }
}
