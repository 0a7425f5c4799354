package dev.mpsh.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * Text wrapped to the component's width: a bold head that stays put and a body below it that
 * scrolls with the arrows, PageUp/PageDown and Home/End. ▲ and ▼ at the right edge say there is
 * more above or below.
 */
final class LessonView extends AbstractInteractableComponent<LessonView> {
    private List<String> head = List.of();
    private List<String> body = List.of();
    private int top;
    /** As of the last drawing: how far the body can scroll, and how many of its lines show. */
    private int maxTop;
    private int bodyRows = 1;

    /** New text; {@code scroll} is where the body starts: 0 for its top, MAX_VALUE for its end. */
    synchronized void show(List<String> head, List<String> body, int scroll) {
        this.head = List.copyOf(head);
        this.body = List.copyOf(body);
        this.top = scroll;
        invalidate();
    }

    /** The first body line shown. */
    synchronized int top() {
        return top;
    }

    @Override
    public synchronized Result handleKeyStroke(KeyStroke key) {
        Integer step = switch (key.getKeyType()) {
            case ArrowDown -> 1;
            case ArrowUp -> -1;
            case PageDown -> bodyRows;
            case PageUp -> -bodyRows;
            case Home -> -Integer.MAX_VALUE / 2;
            case End -> Integer.MAX_VALUE / 2;
            default -> null;
        };
        if (step == null) {
            return super.handleKeyStroke(key);
        }
        top = Math.max(0, Math.min(maxTop, top + step));
        invalidate();
        return Result.HANDLED;
    }

    @Override
    protected InteractableRenderer<LessonView> createDefaultRenderer() {
        return new InteractableRenderer<>() {
            @Override
            public TerminalPosition getCursorLocation(LessonView view) {
                return null;
            }

            @Override
            public TerminalSize getPreferredSize(LessonView view) {
                return new TerminalSize(10, 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics g, LessonView view) {
                view.render(g);
            }
        };
    }

    private synchronized void render(TextGUIGraphics g) {
        int cols = g.getSize().getColumns();
        int rows = g.getSize().getRows();
        g.applyThemeStyle(getThemeDefinition().getNormal());
        g.fill(' ');
        List<String> headLines = LessonText.wrap(head, cols);
        List<String> bodyLines = LessonText.wrap(body, cols - 1); // the last column is for ▲ ▼
        int headRows = Math.min(headLines.size(), rows);
        bodyRows = Math.max(1, rows - headRows);
        maxTop = Math.max(0, bodyLines.size() - bodyRows);
        top = Math.max(0, Math.min(maxTop, top));
        g.enableModifiers(SGR.BOLD);
        for (int i = 0; i < headRows; i++) {
            g.putString(0, i, headLines.get(i));
        }
        g.disableModifiers(SGR.BOLD);
        for (int i = 0; i < rows - headRows && top + i < bodyLines.size(); i++) {
            g.putString(0, headRows + i, bodyLines.get(top + i));
        }
        if (top > 0 && headRows < rows) {
            g.putString(cols - 1, headRows, "▲");
        }
        if (top < maxTop && rows > headRows) {
            g.putString(cols - 1, rows - 1, "▼");
        }
    }
}
