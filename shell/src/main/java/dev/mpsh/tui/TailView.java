package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last lines of a growing text, as many as fit, newest at the bottom (log and echo output). */
final class TailView extends AbstractComponent<TailView> {
    static final int KEEP = 2000;

    private final Deque<String> lines = new ArrayDeque<>();

    /** Appends one line; call on the GUI thread. */
    synchronized void add(String line) {
        lines.addLast(line);
        while (lines.size() > KEEP) {
            lines.removeFirst();
        }
        invalidate();
    }

    synchronized List<String> last(int n) {
        List<String> all = new ArrayList<>(lines);
        return all.subList(Math.max(0, all.size() - n), all.size());
    }

    @Override
    protected ComponentRenderer<TailView> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(TailView view) {
                return new TerminalSize(10, 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics g, TailView view) {
                TerminalSize size = g.getSize();
                g.applyThemeStyle(view.getThemeDefinition().getNormal());
                g.fill(' ');
                List<String> shown = view.last(size.getRows());
                for (int i = 0; i < shown.size(); i++) {
                    String s = shown.get(i);
                    g.putString(0, i, s.length() > size.getColumns() ? s.substring(0, size.getColumns()) : s);
                }
            }
        };
    }
}
