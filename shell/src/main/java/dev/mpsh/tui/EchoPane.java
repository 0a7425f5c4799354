package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import java.util.function.Consumer;

/** The echo console: each line typed goes to the echo server; replies and errors show above. */
final class EchoPane extends Pane {
    static final String TITLE = "Echo console";

    private final TailView output = new TailView();
    private final InputLine input;

    EchoPane(Consumer<String> send) {
        super(TITLE);
        input = new InputLine(send);
        Panel line = new Panel(new BorderLayout());
        line.addComponent(at(new Label("send> "), BorderLayout.Location.LEFT));
        line.addComponent(at(input, BorderLayout.Location.CENTER));
        body().addComponent(at(output, BorderLayout.Location.CENTER));
        body().addComponent(at(line, BorderLayout.Location.BOTTOM));
    }

    void print(String line) {
        output.add(line);
    }

    TailView output() {
        return output;
    }

    @Override
    Interactable focusTarget() {
        return input;
    }
}
