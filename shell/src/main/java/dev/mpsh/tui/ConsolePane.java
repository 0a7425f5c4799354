package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import java.util.function.Consumer;

/** A pane with scrolling output above and an input line with a prompt below; Tab focuses the input. */
abstract class ConsolePane extends Pane {
    private final TailView output = new TailView();
    private final InputLine input;

    ConsolePane(String title, String prompt, Consumer<String> onLine) {
        super(title);
        input = new InputLine(onLine);
        Panel line = new Panel(new BorderLayout());
        line.addComponent(at(new Label(prompt), BorderLayout.Location.LEFT));
        line.addComponent(at(input, BorderLayout.Location.CENTER));
        body().addComponent(at(output, BorderLayout.Location.CENTER));
        body().addComponent(at(line, BorderLayout.Location.BOTTOM));
    }

    final void print(String line) {
        output.add(line);
    }

    final TailView output() {
        return output;
    }

    @Override
    final Interactable focusTarget() {
        return input;
    }
}
