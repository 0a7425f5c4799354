package dev.mpsh.repl;

import dev.mpsh.command.Session;
import dev.mpsh.ns.NamespaceView;
import dev.mpsh.output.Style;

/**
 * The prompt: {@code mpsh[client]> } in the default lab, {@code mpsh:t1[client]> } in another,
 * with {@code (down)} when the lab engine says the lab is down.
 */
public final class Prompt {
    private Prompt() {
    }

    public static String render(Session session, Style style) {
        StringBuilder sb = new StringBuilder("mpsh");
        if (!Session.DEFAULT_LAB.equals(session.labName())) {
            sb.append(':').append(session.labName());
        }
        if (Boolean.FALSE.equals(new NamespaceView(session).labUp())) {
            sb.append(style.red("(down)"));
        }
        String ns = session.namespace();
        sb.append('[').append(ns == null ? style.dim("host") : style.cyan(ns)).append("]> ");
        return sb.toString();
    }
}
