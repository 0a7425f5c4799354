package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** F1: the keys, over the dashboard; any key closes it. */
final class HelpWindow extends BasicWindow {
    static final String TEXT = """
            Tab / Shift-Tab  next / previous pane
            Namespaces       Enter makes the selected one current (commands run there);
                             c prints its MPTcpExt counters in the log ('counters NS')
            Fixes            Space or Enter toggles the selected fix; the log shows its commands
            Subflows         the kernel's subflows, live, with rate and share; arrows scroll
            Walkthrough      the lesson's current step and hints (start: 'walkthrough' in the
                             log); arrows and PageUp/PageDown scroll it
            Echo console     type a line, Enter sends it to the echo server over MPTCP
            Log              type any mpsh command, Enter runs it; Ctrl-C stops it
            F1               this help (any key closes it)
            q, F10, Esc      back to the shell (q only where you are not typing text)""";

    HelpWindow() {
        super("mpsh tui: keys");
        setHints(List.of(Hint.CENTERED, Hint.MODAL));
        setComponent(new Label(TEXT));
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        close();
        return true;
    }
}
