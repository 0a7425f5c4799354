package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import java.util.function.Consumer;

/**
 * The log: what commands print (the command line's, the fix toggles', namespace changes) and a
 * command line that runs any mpsh command through the shell's dispatcher.
 */
final class LogPane extends Pane {
    static final String TITLE = "Log";
    static final String PROMPT = "mpsh> ";

    private final TailView output = new TailView();
    private final InputLine commandLine;

    LogPane(Consumer<String> run) {
        super(TITLE);
        commandLine = new InputLine(run);
        Panel line = new Panel(new BorderLayout());
        line.addComponent(at(new Label(PROMPT), BorderLayout.Location.LEFT));
        line.addComponent(at(commandLine, BorderLayout.Location.CENTER));
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
        return commandLine;
    }
}
