package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Borders;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Panel;

/** A bordered, titled region of the dashboard with the one component Tab gives focus to. */
abstract class Pane {
    private final Panel body = new Panel(new BorderLayout());
    private final Component frame;

    Pane(String title) {
        this.frame = body.withBorder(Borders.singleLine(title));
    }

    /** What the layout places and sizes: the border with everything inside. */
    final Component frame() {
        return frame;
    }

    /** Inside the border: components added with a BorderLayout location. */
    final Panel body() {
        return body;
    }

    /** What Tab and Shift-Tab move the focus to. */
    abstract Interactable focusTarget();

    /** Whether Tab and Shift-Tab stop here now. */
    boolean inTabOrder() {
        return true;
    }

    static <T extends Component> T at(T component, BorderLayout.Location where) {
        component.setLayoutData(where);
        return component;
    }
}
